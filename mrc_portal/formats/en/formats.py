"""Dates as people in Pakistan write them, on English pages: day first, always.

Django's English formats read 01/03/2027 as 3 January; here it is 1 March, and no
format reads month before day, so an input that could be read two ways is never read
the American way.
"""

DATE_FORMAT = "j F Y"  # 5 December 2026
SHORT_DATE_FORMAT = "d/m/Y"  # 05/12/2026
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# The ISO form first: it is what the portal's own links and the browser send.
DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # 2026-12-05
    "%d/%m/%Y",  # 05/12/2026
    "%d-%m-%Y",  # 05-12-2026
    "%d.%m.%Y",  # 05.12.2026
    "%d/%m/%y",  # 05/12/26
    "%d %B %Y",  # 5 December 2026
    "%d %b %Y",  # 5 Dec 2026
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%d/%m/%Y %H:%M",
    "%d-%m-%Y %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
