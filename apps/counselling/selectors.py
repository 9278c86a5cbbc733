"""Reads shared by the booking pages and calendars: the free slots counsellors can offer,
and the appointments a day or a week holds. Each reads a fixed number of queries,
whatever the number of counsellors, slots or appointments."""

import datetime
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils import timezone

from .models import Appointment, AvailabilityException, Counsellor, WeeklyAvailability


@dataclass(frozen=True)
class Slot:
    counsellor: Counsellor
    starts_at: datetime.datetime
    ends_at: datetime.datetime

    @property
    def key(self) -> str:
        """How a page names this slot in a form: counsellor and start, in UTC."""
        return f"{self.counsellor.pk}@{self.starts_at.astimezone(datetime.UTC).isoformat()}"


def parse_slot_key(key: str) -> tuple[int, datetime.datetime] | None:
    """(counsellor id, aware start) from Slot.key, or None for anything malformed."""
    counsellor_id, _at, start = (key or "").partition("@")
    try:
        starts_at = datetime.datetime.fromisoformat(start)
        counsellor_pk = int(counsellor_id)
    except ValueError:
        return None
    if starts_at.tzinfo is None:
        return None
    return counsellor_pk, starts_at


def centre_time_zone() -> zoneinfo.ZoneInfo:
    """Availability is kept in the centre's local time (every centre: DJANGO_TIME_ZONE)."""
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def local_day_bounds(first_day, days=1):
    """The aware instants at which local day `first_day` starts and `days` later ends."""
    tz = centre_time_zone()
    start = datetime.datetime.combine(first_day, datetime.time.min, tzinfo=tz)
    end = datetime.datetime.combine(
        first_day + datetime.timedelta(days=days), datetime.time.min, tzinfo=tz
    )
    return start, end


def _windows(availabilities, first_day, last_day, tz):
    """(start, end, slot length) of each weekly window touching the days, as aware times."""
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


def free_slots_of(counsellors, first_day, days=1, now=None) -> list[Slot]:
    """The free slots of every counsellor in `counsellors` (one centre's) that start on
    `first_day` and the following `days - 1` local days: availability minus exceptions
    (their own leave and their centre's holidays) minus active appointments, never one
    that has already begun. Three queries, however many counsellors."""
    counsellors = list(
        Counsellor.objects.filter(pk__in=[c.pk for c in counsellors])
        .select_related("user")
        .prefetch_related(
            Prefetch("availabilities", queryset=WeeklyAvailability.objects.order_by("pk"))
        )
    )
    if not counsellors:
        return []
    tz = centre_time_zone()
    now = now or timezone.now()
    last_day = first_day + datetime.timedelta(days=days - 1)
    range_start, range_end = local_day_bounds(first_day, days)
    # A slot of a window that began the day before may end the day after the range.
    look_until = range_end + datetime.timedelta(days=1)
    busy = defaultdict(list)
    centre_ids = {c.user.centre_id for c in counsellors}
    exceptions = AvailabilityException.objects.filter(
        Q(counsellor__in=counsellors) | Q(counsellor__isnull=True, centre_id__in=centre_ids),
        starts_at__lt=look_until,
        ends_at__gt=range_start,
    ).values_list("counsellor_id", "centre_id", "starts_at", "ends_at")
    for counsellor_id, centre_id, starts_at, ends_at in exceptions:
        for counsellor in counsellors:
            if counsellor.pk == counsellor_id or (
                counsellor_id is None and counsellor.user.centre_id == centre_id
            ):
                busy[counsellor.pk].append((starts_at, ends_at))
    taken = (
        Appointment.objects.active_during(range_start, look_until)
        .filter(counsellor__in=counsellors)
        .values_list("counsellor_id", "starts_at", "ends_at")
    )
    for counsellor_id, starts_at, ends_at in taken:
        busy[counsellor_id].append((starts_at, ends_at))

    slots = set()
    for counsellor in counsellors:
        blocked = busy[counsellor.pk]
        windows = _windows(counsellor.availabilities.all(), first_day, last_day, tz)
        for window_start, window_end, length in windows:
            start = window_start
            while start + length <= window_end:
                end = start + length
                on_a_wanted_day = first_day <= start.astimezone(tz).date() <= last_day
                free = all(end <= b_start or start >= b_end for b_start, b_end in blocked)
                if on_a_wanted_day and start > now and free:
                    slots.add(Slot(counsellor, start, end))
                start = end
    return sorted(slots, key=lambda slot: (slot.starts_at, str(slot.counsellor)))


def free_slots(counsellor, first_day, days=1, now=None) -> list[Slot]:
    """The free slots of one counsellor (see free_slots_of)."""
    return free_slots_of([counsellor], first_day, days=days, now=now)


def counsellors_for(centre, *, topic: str = "", language: str = ""):
    """The centre's counsellors taking appointments, narrowed to a topic and a language."""
    counsellors = Counsellor.objects.filter(
        is_active=True, user__centre=centre, user__is_active=True
    )
    if topic:
        counsellors = counsellors.filter(topics__contains=[topic])
    if language:
        counsellors = counsellors.filter(languages__contains=[language])
    return counsellors.select_related("user")


def slots_by_day(slots) -> list[tuple[datetime.date, list[Slot]]]:
    """Slots grouped by their local day, days in order."""
    tz = centre_time_zone()
    grouped = defaultdict(list)
    for slot in slots:
        grouped[slot.starts_at.astimezone(tz).date()].append(slot)
    return sorted(grouped.items())


def appointments_between(queryset, first_day, days=1):
    """The appointments of `queryset` starting on the local days given, with what a
    calendar shows of each (person, counsellor) in the same query. A calendar names the
    person and their number: their identifiers and contact details are not read (a
    phone number is parsed as it is read, row by row)."""
    start, end = local_day_bounds(first_day, days)
    return (
        queryset.filter(starts_at__gte=start, starts_at__lt=end)
        .select_related("candidate", "counsellor__user")
        .defer(*(f"candidate__{name}" for name in NOT_ON_A_CALENDAR))
        .order_by("starts_at", "counsellor__user__first_name")
    )


NOT_ON_A_CALENDAR = (
    "cnic_encrypted",
    "passport_encrypted",
    "phone",
    "email",
    "address",
)
