"""The personal-data page reads the same dictionary as the JSON file: these filters turn
its ISO dates back into the reader's date format."""

import datetime

from django import template
from django.template.defaultfilters import date as format_date

register = template.Library()


@register.filter
def when(value: str | None) -> str:
    """'2026-05-04T10:30+05:00' -> the short date and time of the active language."""
    if not value:
        return ""
    return format_date(datetime.datetime.fromisoformat(value), "SHORT_DATETIME_FORMAT")


@register.filter
def day(value: str | None) -> str:
    """'1990-01-01' -> the date of the active language."""
    if not value:
        return ""
    return format_date(datetime.date.fromisoformat(value), "DATE_FORMAT")
