"""Dates on Urdu pages: "5 دسمبر 2026", day first, as on English pages (en/formats.py)."""

from ..en.formats import (  # noqa: F401 (the formats Django reads)
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    DECIMAL_SEPARATOR,
    FIRST_DAY_OF_WEEK,
    NUMBER_GROUPING,
    SHORT_DATE_FORMAT,
    SHORT_DATETIME_FORMAT,
    THOUSAND_SEPARATOR,
    TIME_FORMAT,
)

DATE_FORMAT = "j F Y"  # 5 دسمبر 2026
DATETIME_FORMAT = "j F Y، H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
