"""Form widgets shared by the apps."""

from django import forms
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe


def _attributes(attrs: dict) -> str:
    """As Django's widgets/attrs.html: True is a bare attribute, False none at all."""
    return "".join(
        format_html(' {}="{}"', name, value) if value is not True else format_html(" {}", name)
        for name, value in attrs.items()
        if value is not False and value is not None
    )


class FastSelect(forms.Select):
    """A select drawn straight from its choices, with the markup of Django's templates.

    Django builds a dictionary per option and renders each through a template of its
    own: a filter form with the world's countries and every district (some 400 options)
    cost tens of milliseconds on each list page, more than its queries. Options carry
    no attributes of their own here (Django's Select gives them none either).
    """

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        if self.allow_multiple_selected:
            attrs["multiple"] = True
        options = _options_of(_choices_as_text(self.choices))
        for chosen in dict.fromkeys(str(chosen) for chosen in self.format_value(value)):
            # Only the first option of a value is marked, as Django does, but for a
            # multiple select, where every option of a chosen value is.
            unmarked = f'<option value="{conditional_escape(chosen)}">'
            marked = f'<option value="{conditional_escape(chosen)}" selected>'
            if unmarked in options:
                options = options.replace(
                    unmarked, marked, -1 if self.allow_multiple_selected else 1
                )
                if not self.allow_multiple_selected:
                    break
        opening = format_html('<select name="{}"{}>', name, mark_safe(_attributes(attrs)))
        return mark_safe(f"{opening}\n{options}</select>")


def _choices_as_text(choices) -> tuple:
    """The choices as plain strings (labels already in the language of the page),
    grouped as given: what the options' markup depends on, and so the key it is kept
    under."""
    as_text = []
    for value, label in choices:
        if isinstance(label, (list, tuple)):
            as_text.append((str(value), tuple((_value_text(v), str(sub)) for v, sub in label)))
        else:
            as_text.append((_value_text(value), str(label)))
    return tuple(as_text)


def _value_text(value) -> str:
    return "" if value is None else str(value)


# The options of the last few distinct choice lists, each kept as drawn (nothing
# selected): a filter form draws the same countries and districts on every request, and
# escaping some 900 labels each time cost more than the page's queries.
_KEPT_OPTIONS: dict[tuple, str] = {}
_KEPT_OPTIONS_MAX = 256


def _options_of(choices: tuple) -> str:
    options = _KEPT_OPTIONS.get(choices)
    if options is None:
        lines = []
        for value, label in choices:
            if isinstance(label, tuple):
                lines.append(format_html('<optgroup label="{}">', value))
                lines.extend(_option(sub_value, sub_label) for sub_value, sub_label in label)
                lines.append("</optgroup>")
            else:
                lines.append(_option(value, label))
        options = "".join(f"{line}\n" for line in lines)
        if len(_KEPT_OPTIONS) >= _KEPT_OPTIONS_MAX:
            _KEPT_OPTIONS.clear()
        _KEPT_OPTIONS[choices] = options
    return options


def _option(value: str, label: str) -> str:
    return f'<option value="{conditional_escape(value)}">{conditional_escape(label)}</option>'
