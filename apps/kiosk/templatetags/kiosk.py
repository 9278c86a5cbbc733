import segno
from django import forms, template
from django.utils.safestring import mark_safe
from django_countries import countries

register = template.Library()


@register.filter
def kiosk_input(bound_field):
    """Render a text, number, date or select input large enough for a finger."""
    widget = bound_field.field.widget
    css = (
        "form-select form-select-lg"
        if isinstance(widget, forms.Select)
        else "form-control form-control-lg"
    )
    if bound_field.errors:
        css += " is-invalid"
    attrs = {"class": css}
    if bound_field.errors:
        attrs["aria-describedby"] = f"{bound_field.auto_id}_errors"
    elif bound_field.help_text:
        attrs["aria-describedby"] = f"{bound_field.auto_id}_help"
    return bound_field.as_widget(attrs=attrs)


@register.filter
def choice_icon(choice, icons):
    """The icon for a radio or checkbox choice: from an Occupation, or from a mapping
    string like "female:gender-female,male:gender-male"."""
    value = choice.data["value"]
    instance = getattr(value, "instance", None)
    if instance is not None:
        return getattr(instance, "kiosk_icon", "") or "check2"
    mapping = dict(pair.split(":") for pair in icons.split(",") if pair)
    return mapping.get(str(value), "check2")


@register.filter
def years_field(form, occupation):
    """The years-of-experience input that belongs to an occupation tile."""
    return form.years_field_for(occupation)


@register.filter
def country_name(code):
    """An ISO 3166 code's name in the active language."""
    return countries.name(code)


@register.filter
def qr_svg(text):
    """An inline SVG QR code (segno), so the slip prints with no image request."""
    qr = segno.make(text, error="m")
    return mark_safe(qr.svg_inline(scale=8, border=2, title=None))  # segno built it: no user markup
