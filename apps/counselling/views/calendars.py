"""The appointment book as calendars: the centre's day at the desk, and a counsellor's
own day and week.

Each page reads a fixed number of queries whatever the number of appointments,
counsellors or days: appointments come with their person and counsellor in one query,
and a counsellor's windows and exceptions in one query each.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from apps.core.fields import DayFirstDateField
from apps.core.permissions import require_permission

from ..models import Appointment, AvailabilityException, Counsellor
from ..selectors import appointments_between, centre_time_zone, local_day_bounds

# Dates a calendar accepts; anything outside (or unreadable) shows today instead, so a
# hand-edited URL never reaches date arithmetic that overflows.
EARLIEST_DAY = datetime.date(2000, 1, 1)
LATEST_DAY = datetime.date(2199, 12, 31)
ONE_DAY = datetime.timedelta(days=1)


@dataclass
class DayClosure:
    """An exception that touches a day: the counsellor's leave or the centre closed."""

    reason: str
    label: str
    note: str
    centre_wide: bool
    # The part of the day it takes (local); None where it takes the whole day.
    starts: datetime.datetime | None = None
    ends: datetime.datetime | None = None


@dataclass
class CalendarDay:
    date: datetime.date
    is_today: bool
    appointments: list = field(default_factory=list)  # active ones, in time order
    cancelled: list = field(default_factory=list)
    windows: list = field(default_factory=list)
    closures: list = field(default_factory=list)

    @property
    def is_quiet(self) -> bool:
        """Nothing to show (a weekend, say): the week gives it a narrow column."""
        return not (self.appointments or self.cancelled or self.windows or self.closures)


def _local_today() -> datetime.date:
    return timezone.now().astimezone(centre_time_zone()).date()


def _requested_day(request, name: str) -> datetime.date:
    """The date in GET parameter `name` (the portal's links send 2026-12-05; a person
    types 05/12/2026, in any digits); today if it is missing, unreadable or absurd
    (with a message saying so when something was given)."""
    value = request.GET.get(name, "").strip()
    if value:
        try:
            day = DayFirstDateField().clean(value)
        except ValidationError:
            day = None
        if day is not None and EARLIEST_DAY <= day <= LATEST_DAY:
            return day
        messages.warning(request, _("That date could not be read, so today is shown."))
    return _local_today()


def _split_by_status(appointments) -> tuple[list, list]:
    active, cancelled = [], []
    for appointment in appointments:
        (active if appointment.is_active else cancelled).append(appointment)
    return active, cancelled


def _closures_of_day(exceptions, day: datetime.date) -> list[DayClosure]:
    """The exceptions overlapping local `day`, with the part of the day they take."""
    tz = centre_time_zone()
    day_start, day_end = local_day_bounds(day)
    closures = []
    for exception in exceptions:
        if exception.starts_at >= day_end or exception.ends_at <= day_start:
            continue
        whole_day = exception.starts_at <= day_start and exception.ends_at >= day_end
        centre_wide = exception.counsellor_id is None
        if centre_wide:
            label = _("Centre closed")
        elif exception.reason == AvailabilityException.Reason.LEAVE:
            label = _("On leave")
        else:
            label = _("Not available")
        closures.append(
            DayClosure(
                reason=exception.reason,
                label=label,
                note=exception.note,
                centre_wide=centre_wide,
                starts=None if whole_day else max(exception.starts_at, day_start).astimezone(tz),
                ends=None if whole_day else min(exception.ends_at, day_end).astimezone(tz),
            )
        )
    return closures


def _exceptions_between(centre_id, counsellor, first_day, days):
    """The exceptions touching the days: the counsellor's own (if given) and the centre's."""
    start, end = local_day_bounds(first_day, days)
    whose = Q(counsellor__isnull=True, centre_id=centre_id)
    if counsellor is not None:
        whose |= Q(counsellor=counsellor)
    return list(AvailabilityException.objects.filter(whose, starts_at__lt=end, ends_at__gt=start))


@never_cache
@require_permission("counselling.view_appointment")
def centre_day(request):
    """The centre's appointments on one day, optionally of one counsellor: the desk
    checks people in from here; a centre manager reads it."""
    day = _requested_day(request, "date")
    counsellors = list(
        Counsellor.objects.visible_to(request.user)
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "pk")
    )
    # Only the centre's own counsellors can be chosen; any other id shows everyone.
    chosen = next((c for c in counsellors if str(c.pk) == request.GET.get("counsellor", "")), None)
    appointments = Appointment.objects.visible_to(request.user)
    if chosen is not None:
        appointments = appointments.filter(counsellor=chosen)
    active, cancelled = _split_by_status(appointments_between(appointments, day))
    today = _local_today()
    closures = (
        _closures_of_day(_exceptions_between(request.user.centre_id, None, day, 1), day)
        if request.user.centre_id
        else []
    )
    return render(
        request,
        "counselling/centre_day.html",
        {
            "day": day,
            "is_today": day == today,
            "today": today,
            # People are checked in on the day they come, by the desk or a counsellor.
            "may_check_in": day == today
            and request.user.has_perm("counselling.change_appointment"),
            "previous_day": day - ONE_DAY,
            "next_day": day + ONE_DAY,
            "counsellors": counsellors,
            "chosen": chosen,
            "appointments": active,
            "cancelled": cancelled,
            "closures": closures,
        },
    )


def _own_counsellor_profile(request) -> Counsellor:
    """The logged-in user's counsellor profile; 403 for anyone without one."""
    try:
        return request.user.counsellor_profile
    except Counsellor.DoesNotExist:
        raise PermissionDenied from None


def _calendar_days(counsellor, first_day, days) -> list[CalendarDay]:
    """The counsellor's own appointments, windows and exceptions for each day: three
    queries, however many days and appointments."""
    today = _local_today()
    calendar = [
        CalendarDay(date=first_day + ONE_DAY * n, is_today=first_day + ONE_DAY * n == today)
        for n in range(days)
    ]
    by_date = {day.date: day for day in calendar}
    tz = centre_time_zone()
    own = Appointment.objects.filter(counsellor=counsellor)
    for appointment in appointments_between(own, first_day, days):
        day = by_date[appointment.starts_at.astimezone(tz).date()]
        (day.appointments if appointment.is_active else day.cancelled).append(appointment)
    windows = list(counsellor.availabilities.all())
    exceptions = _exceptions_between(counsellor.user.centre_id, counsellor, first_day, days)
    for day in calendar:
        day.windows = [window for window in windows if window.weekday == day.date.weekday()]
        day.closures = _closures_of_day(exceptions, day.date)
    return calendar


@never_cache
@require_permission("counselling.view_appointment")
def my_day(request):
    """A counsellor's own appointments on one day, with their hours and any leave."""
    counsellor = _own_counsellor_profile(request)
    day = _requested_day(request, "date")
    (calendar_day,) = _calendar_days(counsellor, day, 1)
    monday = day - ONE_DAY * day.weekday()
    return render(
        request,
        "counselling/my_day.html",
        {
            "counsellor": counsellor,
            "day": calendar_day,
            "today": _local_today(),
            "previous_day": day - ONE_DAY,
            "next_day": day + ONE_DAY,
            "week_start": monday,
        },
    )


@never_cache
@require_permission("counselling.view_appointment")
def my_week(request):
    """A counsellor's own week, Monday to Sunday, one column a day (stacked on a phone)."""
    counsellor = _own_counsellor_profile(request)
    day = _requested_day(request, "start")
    monday = day - ONE_DAY * day.weekday()
    today = _local_today()
    return render(
        request,
        "counselling/my_week.html",
        {
            "counsellor": counsellor,
            "days": _calendar_days(counsellor, monday, 7),
            "week_start": monday,
            "week_end": monday + ONE_DAY * 6,
            "today": today,
            "this_week": today - ONE_DAY * today.weekday(),
            "previous_week": monday - ONE_DAY * 7,
            "next_week": monday + ONE_DAY * 7,
        },
    )
