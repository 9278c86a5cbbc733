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
        selected = {str(chosen) for chosen in self.format_value(value)}
        parts = [format_html('<select name="{}"{}>', name, mark_safe(_attributes(attrs)))]
        for group_value, group_label in self.choices:
            if isinstance(group_label, (list, tuple)):
                parts.append(format_html('<optgroup label="{}">', group_value))
                parts.extend(self._options(group_label, selected))
                parts.append("</optgroup>")
            else:
                parts.extend(self._options([(group_value, group_label)], selected))
        parts.append("</select>")
        return mark_safe("\n".join(parts))

    def _options(self, choices, selected: set[str]):
        for option_value, label in choices:
            option_value = "" if option_value is None else str(option_value)
            mark = ""
            if option_value in selected:
                mark = " selected"
                if not self.allow_multiple_selected:
                    # Only the first option of the value is marked, as Django does.
                    selected.clear()
            yield (
                f'<option value="{conditional_escape(option_value)}"{mark}>'
                f"{conditional_escape(label)}</option>"
            )
