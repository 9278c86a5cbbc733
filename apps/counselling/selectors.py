"""Reads shared by the booking pages: the free slots a counsellor can offer."""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .models import Appointment, AvailabilityException, Counsellor


@dataclass(frozen=True)
class Slot:
    counsellor: Counsellor
    starts_at: datetime.datetime
    ends_at: datetime.datetime


def centre_time_zone() -> zoneinfo.ZoneInfo:
    """Availability is kept in the centre's local time (every centre: DJANGO_TIME_ZONE)."""
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def _windows(counsellor, first_day, last_day, tz):
    """(start, end, slot length) of each weekly window touching the days, as aware times."""
    availabilities = list(counsellor.availabilities.all())
    day = first_day - datetime.timedelta(days=1)  # yesterday's window may run past midnight
    while day <= last_day:
        for window in availabilities:
            if window.weekday != day.weekday():
                continue
            start = datetime.datetime.combine(day, window.starts, tzinfo=tz)
            end_day = day if window.ends > window.starts else day + datetime.timedelta(days=1)
            end = datetime.datetime.combine(end_day, window.ends, tzinfo=tz)
            yield start, end, datetime.timedelta(minutes=window.slot_minutes)
        day += datetime.timedelta(days=1)


def free_slots(counsellor, first_day, days=1, now=None) -> list[Slot]:
    """The slots `counsellor` can take that start on `first_day` and the following
    `days - 1` days (local dates): availability minus exceptions minus active
    appointments, and never one that has already begun."""
    tz = centre_time_zone()
    now = now or timezone.now()
    last_day = first_day + datetime.timedelta(days=days - 1)
    range_start = datetime.datetime.combine(first_day, datetime.time.min, tzinfo=tz)
    range_end = datetime.datetime.combine(
        last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
    )
    busy = [
        (block.starts_at, block.ends_at)
        for block in AvailabilityException.objects.filter(
            Q(counsellor=counsellor)
            | Q(counsellor__isnull=True, centre_id=counsellor.user.centre_id),
            starts_at__lt=range_end + datetime.timedelta(days=1),
            ends_at__gt=range_start,
        )
    ]
    busy += list(
        Appointment.objects.active()
        .filter(
            counsellor=counsellor,
            starts_at__lt=range_end + datetime.timedelta(days=1),
            ends_at__gt=range_start,
        )
        .values_list("starts_at", "ends_at")
    )
    slots = []
    for window_start, window_end, length in _windows(counsellor, first_day, last_day, tz):
        start = window_start
        while start + length <= window_end:
            end = start + length
            on_a_wanted_day = first_day <= start.astimezone(tz).date() <= last_day
            free = all(end <= taken_start or start >= taken_end for taken_start, taken_end in busy)
            if on_a_wanted_day and start > now and free:
                slots.append(Slot(counsellor, start, end))
            start = end
    return sorted(set(slots), key=lambda slot: slot.starts_at)
