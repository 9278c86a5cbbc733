"""Numbers of the reports as the pages show them: a count withheld from the reader
(disclosure.Withheld) in its words, a number that cannot be worked out as a dash, the
figures kept left to right inside an Urdu sentence."""

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.html import format_html
from django.utils.translation import gettext as _

from apps.reports.disclosure import Withheld

register = template.Library()

NONE = "–"


def _shown(value, figures):
    if value is None:
        return NONE
    if isinstance(value, Withheld):
        return str(value)
    return format_html('<bdi dir="ltr">{}</bdi>', figures(value))


@register.filter
def rupees(value):
    """'Rs 450,000'."""
    if value is None or isinstance(value, Withheld):
        return _shown(value, str)
    return format_html("{} {}", _("Rs"), _shown(value, lambda v: intcomma(int(v))))


@register.filter
def percent(value):
    """'85%', whole percent."""
    return _shown(value, lambda v: f"{round(v)}%")


@register.filter
def days(value):
    """A number of days, with a half where a median falls between two."""
    return _shown(value, lambda v: f"{v:g}" if isinstance(v, float) else str(v))


@register.filter
def count(value):
    """A count: '1,250'."""
    return _shown(value, lambda v: intcomma(v))
