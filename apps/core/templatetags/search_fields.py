"""`{{ form.field|as_search_field }}`: the markup crispy-forms draws for a Bootstrap 5
field, drawn in Python for the plain inputs and selects of the search forms.

Crispy draws each field through a dozen nested templates; on the search pages, asked
for on every keystroke-and-enter at every desk, that took longer than the search. Other
widgets (checkbox lists, date ranges) still go through crispy, so every field looks
the same whichever way it was drawn (tests/core/test_search_fields.py compares them)."""

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import forms, template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

# Widgets drawn here; anything else (several inputs, checkboxes) goes to crispy.
PLAIN_INPUTS = (forms.TextInput, forms.NumberInput, forms.EmailInput, forms.DateInput)


@register.filter
def as_search_field(bound_field):
    widget = bound_field.field.widget
    is_select = isinstance(widget, forms.Select)  # radios and checkbox lists are not
    if bound_field.is_hidden or not (is_select or type(widget) in PLAIN_INPUTS):
        return as_crispy_field(bound_field)
    classes = [widget.attrs.get("class", "")] if widget.attrs.get("class") else []
    widget_class = type(widget).__name__.lower()
    if widget_class not in " ".join(classes):
        classes.append(widget_class)
    classes.append("form-select" if is_select else "form-control")
    if bound_field.errors:
        classes.append("is-invalid")
    required = bound_field.field.required
    label = ""
    if bound_field.label:
        label = format_html(
            '<label for="{}" class="form-label{}">{}{}</label>',
            bound_field.id_for_label,
            " requiredField" if required else "",
            bound_field.label,
            mark_safe('<span class="asteriskField">*</span>') if required else "",
        )
    errors = ""
    if bound_field.errors:
        errors = format_html(
            '<div id="{}_error" class="invalid-feedback">{}</div>',
            bound_field.auto_id,
            format_html_join(
                "",
                '<p id="error_{}_{}"><strong>{}</strong></p>',
                (
                    (number, bound_field.auto_id, error)
                    for number, error in enumerate(bound_field.errors, start=1)
                ),
            ),
        )
    help_text = ""
    if bound_field.help_text:
        help_text = format_html(
            '<div id="{}_helptext" class="form-text">{}</div>',
            bound_field.auto_id,
            mark_safe(bound_field.help_text),  # as crispy: help texts are the portal's own
        )
    row_classes = bound_field.css_classes()
    return format_html(
        '<div id="div_{}" class="mb-3{}">{}{}{}{}</div>',
        bound_field.auto_id,
        f" {row_classes}" if row_classes else "",
        label,
        bound_field.as_widget(attrs={"class": " ".join(classes)}),
        errors,
        help_text,
    )
