import segno
from django import forms, template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django_countries import countries

register = template.Library()


@register.filter
def kiosk_input(bound_field):
    """Render a text, number, date or select input large enough for a finger."""
    widget = bound_field.field.widget
    if isinstance(widget, forms.SelectDateWidget):  # day, month and year side by side
        css = "form-select form-select-lg d-inline-block w-auto me-2 mb-2"
    elif isinstance(widget, forms.Select):
        css = "form-select form-select-lg"
    else:
        css = "form-control form-control-lg"
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
    string like "female:gender-female,male:gender-male"; none when neither names one
    (a tick on every tile would look chosen)."""
    value = choice.data["value"]
    instance = getattr(value, "instance", None)
    if instance is not None:
        return getattr(instance, "kiosk_icon", "")
    mapping = dict(pair.split(":") for pair in icons.split(",") if pair)
    return mapping.get(str(value), "")


@register.filter
def flag(country_code) -> str:
    """The static path of a country's flag (static/vendor/flag-icons, 4:3)."""
    return f"vendor/flag-icons/4x3/{str(country_code).lower()}.svg"


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
    """An inline SVG QR code (segno), so the slip prints with no image request. It has a
    viewBox and no fixed size, so the stylesheet's size (on screen and on paper) scales
    the whole code instead of cropping or shifting it."""
    qr = segno.make(text, error="m")
    svg = qr.svg_inline(scale=8, border=2, title=None, omitsize=True)
    return mark_safe(svg)  # segno built it: no user markup


def screen_of(request) -> str:
    """The kiosk screen a request shows, as SpokenPrompt.SCREENS names it."""
    match = request.resolver_match
    if match is None:
        return ""
    step = match.kwargs.get("step")
    return f"{match.view_name}:{step}" if step else match.view_name


@register.inclusion_tag("kiosk/_listen.html", takes_context=True)
def listen_button(context):
    """The screen's Listen button: its recording when one was made in the page's
    language (played first), else the device's own voice; the script shows the button
    only when one of the two exists."""
    from ..cache import recorded_screens

    recording = recorded_screens().get((screen_of(context["request"]), get_language()))
    return {
        "recording_url": reverse("kiosk:recording", args=[recording]) if recording else "",
    }
