"""Type-ahead selects: a long list (the 436 occupations, some 5,000 employers) is chosen
by typing a few letters, the suggestions coming from a JSON endpoint of the portal.

The page holds a plain <select> with only the chosen option, so a form shown again
with an error keeps exactly what was chosen, and works (if only for what is chosen)
without scripts. static/js/autocomplete.js turns it into a Tom Select (vendored under
static/vendor/tom-select/) that asks `data-autocomplete-url` with `?q=<typed text>`; the
endpoint answers {"results": [{"value": ..., "text": ...}, ...]}, best first. The field
stays a ModelChoiceField: what is posted is still looked up in its queryset.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _

# More than a person reads through; the best come first.
MAX_SUGGESTIONS = 20
# Longer text is no search anybody types.
MAX_TYPED_LENGTH = 100


class AutocompleteSelect(forms.Select):
    """A select of a ModelChoiceField whose options are suggested as the person types.

    `url`: the JSON endpoint (a reverse_lazy() is fine); `placeholder`: what to type,
    in the page's language."""

    def __init__(self, url, *, placeholder=None, attrs=None):
        super().__init__(attrs)
        self.url = url
        self.placeholder = placeholder

    @property
    def media(self):
        return forms.Media(
            css={
                "all": [
                    "vendor/tom-select/css/tom-select.bootstrap5.min.css",
                    "css/autocomplete.css",
                ]
            },
            js=[
                forms.Script("vendor/tom-select/js/tom-select.popular.min.js", defer=True),
                forms.Script("js/autocomplete.js", defer=True),
            ],
        )

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        # The scripts' words travel as data attributes: the page allows no inline script.
        attrs.update(
            {
                "data-autocomplete-url": str(self.url),
                "data-autocomplete-placeholder": str(self.placeholder or _("Type to search")),
                "data-autocomplete-no-results": str(
                    _("Nothing found. Try another word, or fewer letters.")
                ),
                "data-autocomplete-loading": str(_("Looking…")),
                "data-autocomplete-remove": str(_("Remove")),
            }
        )
        if not self.is_required:
            attrs["data-autocomplete-clearable"] = "true"
        return attrs

    def optgroups(self, name, value, attrs=None):
        """Only the chosen option (and an empty one where nothing need be chosen), read in
        one query: the full list is never drawn."""
        chosen = _chosen_choice(self.choices.field, value[0] if value else None)
        options = []
        if chosen is None or not self.is_required:
            options.append(self.create_option(name, "", "", chosen is None, 0))
        if chosen is not None:
            options.append(self.create_option(name, *chosen, True, len(options)))
        return [(None, options, 0)]


def _chosen_choice(field: forms.ModelChoiceField, value) -> tuple[str, str] | None:
    """(value, label) of the chosen object; None for nothing chosen, or for a value that
    is no object of the queryset (a stale or forged id), which the field's own
    validation refuses with its message."""
    if value in field.empty_values:
        return None
    key = field.to_field_name or field.queryset.model._meta.pk.name
    try:
        value = field.queryset.model._meta.get_field(key).to_python(value)
    except ValidationError:
        return None
    chosen = field.queryset.filter(**{key: value}).first()
    if chosen is None:
        return None
    return field.prepare_value(chosen), field.label_from_instance(chosen)


def typed_text(request) -> str:
    """What the person typed (`?q=`), cut to a sane length."""
    return request.GET.get("q", "")[:MAX_TYPED_LENGTH]


def suggestions_response(objects, label=str) -> JsonResponse:
    """The endpoint's answer: each object's key and its label in the page's language."""
    return JsonResponse(
        {"results": [{"value": str(obj.pk), "text": label(obj)} for obj in objects]}
    )
