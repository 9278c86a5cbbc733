"""Working days at a centre: Pakistan's weekend and public holidays, from the maintained
`holidays` library (the Islamic holidays there are estimated from the calendar until the
moon is sighted), plus the days a centre itself declares closed for a public holiday (a
counselling closure of the whole centre), which is how a sighted Eid or a provincial
holiday reaches the count.

A deadline of n working days falls on the n-th working day after the day of filing: the
day a complaint is filed is not counted, as an office counts "within 20 working days".
"""

import datetime
from functools import lru_cache

import holidays
from django.utils import timezone

from apps.counselling.models import AvailabilityException

# How far ahead a count may run: a year of working days is longer than any deadline.
_LONGEST_COUNT = 400


@lru_cache(maxsize=32)
def _national_calendar(year: int) -> holidays.HolidayBase:
    return holidays.Pakistan(years=year)


def national_holidays(year: int, language: str = "en_PK") -> dict[datetime.date, str]:
    """Pakistan's public holidays in `year`, named in `language` (en_PK or ur_PK)."""
    return dict(holidays.Pakistan(years=year, language=language))


def _weekend() -> set[int]:
    return set(_national_calendar(timezone.localdate().year).weekend)


def centre_closed_days(centre, start: datetime.date, end: datetime.date) -> set[datetime.date]:
    """The days from `start` to `end` on which `centre` declared itself closed for a
    public holiday (a closure of the whole centre, in its local dates)."""
    if centre is None:
        return set()
    closures = AvailabilityException.objects.filter(
        centre=centre,
        counsellor__isnull=True,
        reason=AvailabilityException.Reason.PUBLIC_HOLIDAY,
        starts_at__date__lte=end,
        ends_at__date__gte=start,
    ).values_list("starts_at", "ends_at")
    days = set()
    for starts_at, ends_at in closures:
        day = timezone.localtime(starts_at).date()
        # A closure that ends at midnight does not close the day it ends on.
        last = timezone.localtime(ends_at - datetime.timedelta(microseconds=1)).date()
        while day <= last:
            if start <= day <= end:
                days.add(day)
            day += datetime.timedelta(days=1)
    return days


class WorkingCalendar:
    """The working days of one centre (or of the country, with no centre) over a span
    of dates, read once: counting deadlines for a list of complaints asks nothing more."""

    def __init__(self, centre=None, start: datetime.date | None = None, end=None):
        self.start = start or timezone.localdate() - datetime.timedelta(days=_LONGEST_COUNT)
        self.end = end or timezone.localdate() + datetime.timedelta(days=_LONGEST_COUNT)
        self.weekend = _weekend()
        self.closed = set(centre_closed_days(centre, self.start, self.end))
        for year in range(self.start.year - 1, self.end.year + 2):
            self.closed.update(_national_calendar(year))

    def is_working_day(self, day: datetime.date) -> bool:
        return day.weekday() not in self.weekend and day not in self.closed

    def add(self, start: datetime.date, working_days: int) -> datetime.date:
        """The `working_days`-th working day after `start` (which is not counted)."""
        day = start
        counted = 0
        while counted < working_days:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def days_left(self, today: datetime.date, due: datetime.date) -> int:
        """Working days from `today` until `due`: 0 on the day itself, the working days
        after today up to and including `due` before it, and minus the working days
        after `due` up to and including today once it has passed."""
        if today == due:
            return 0
        low, high, sign = (today, due, 1) if today < due else (due, today, -1)
        count = 0
        day = low
        while day < high:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return sign * count


def add_working_days(start: datetime.date, working_days: int, *, centre=None) -> datetime.date:
    """The `working_days`-th working day after `start` at `centre`."""
    end = start + datetime.timedelta(days=working_days * 2 + 60)
    return WorkingCalendar(centre, start, end).add(start, working_days)
