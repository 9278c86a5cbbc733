"""A counsellor's own profile, weekly hours and leave; a centre manager's closures.

A counsellor reaches only their own profile and leave, a manager only their own
centre's closures (an administrator every centre's): anything else answers 404.
Changing hours, adding leave or closing the centre never moves or cancels an
appointment. The pages list the booked ones that now fall outside the hours, in leave
or in a closure, for a person to move or cancel (the services tell the person when
they do).
"""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from apps.core.permissions import require_permission

from ..forms.availability import (
    CLOSURE_REASONS,
    LEAVE_REASONS,
    AvailabilityExceptionForm,
    CounsellorProfileForm,
    WeeklyAvailabilityFormSet,
)
from ..models import Appointment, AvailabilityException, Counsellor
from ..selectors import centre_time_zone
from ..services import save_exception, save_profile_and_hours

OWN_HOURS = "counselling.change_weeklyavailability"
CENTRE_CLOSURES = "counselling.manage_centre_closures"


def _counsellor_of_a_centre(user):
    # An administrator holds every permission but counsels nobody, and has no centre.
    if user.is_superuser or user.centre_id is None:
        raise PermissionDenied


def _own_profile(user) -> Counsellor:
    """The user's counsellor profile, made on their first visit."""
    _counsellor_of_a_centre(user)
    try:
        return user.counsellor_profile
    except Counsellor.DoesNotExist:
        counsellor, _created = Counsellor.objects.get_or_create(user=user)
        user.counsellor_profile = counsellor  # so the navigation sees it at once
        return counsellor


@never_cache
@require_permission(OWN_HOURS)
def my_availability(request):
    """The counsellor's profile and weekly windows (one form), and their leave."""
    counsellor = _own_profile(request.user)
    now = timezone.now()
    data = request.POST if request.method == "POST" else None
    adding_leave = data is not None and "add_leave" in data
    hours_data = None if adding_leave else data
    profile_form = CounsellorProfileForm(hours_data, instance=counsellor, prefix="profile")
    windows = WeeklyAvailabilityFormSet(hours_data, instance=counsellor, prefix="windows")
    leave_form = AvailabilityExceptionForm(
        data if adding_leave else None, prefix="leave", reasons=LEAVE_REASONS, now=now
    )
    if (
        adding_leave
        and leave_form.is_valid()
        and save_exception(leave_form, centre=request.user.centre, counsellor=counsellor)
    ):
        messages.success(request, _("Your leave was added. No slots are offered in it."))
        return redirect("counselling:my_availability")
    # Both are checked, so that one submission shows every mistake at once.
    hours_valid = hours_data is not None and all([profile_form.is_valid(), windows.is_valid()])
    if hours_valid and save_profile_and_hours(profile_form=profile_form, windows=windows):
        messages.success(request, _("Your profile and weekly hours were saved."))
        return redirect("counselling:my_availability")

    leave = _with_local_period(counsellor.exceptions.filter(ends_at__gt=now))
    closures = _with_local_period(
        AvailabilityException.objects.filter(
            centre_id=request.user.centre_id, counsellor__isnull=True, ends_at__gt=now
        )
    )
    return render(
        request,
        "counselling/my_availability.html",
        {
            "counsellor": counsellor,
            "profile_form": profile_form,
            "windows": windows,
            "leave_form": leave_form,
            "leave": leave,
            "closures": closures,
            "outside_hours": _booked_outside_hours(counsellor, windows.get_queryset(), now),
            "in_leave": _booked_in_exceptions(
                Appointment.objects.filter(counsellor=counsellor),
                AvailabilityException.objects.filter(counsellor=counsellor),
                now,
            ),
        },
    )


@require_POST
@require_permission(OWN_HOURS)
def delete_leave(request, pk):
    """Remove one of the counsellor's own leave entries; anybody else's is 404."""
    _counsellor_of_a_centre(request.user)
    leave = get_object_or_404(AvailabilityException, pk=pk, counsellor__user=request.user)
    leave.delete()
    messages.success(request, _("The leave was removed. Its slots are offered again."))
    return redirect("counselling:my_availability")


def _centre_closures_for(user):
    """Closures (exceptions without a counsellor) of the user's centre; every centre's
    for a superuser."""
    return (
        AvailabilityException.objects.visible_to(user)
        .filter(counsellor__isnull=True)
        .select_related("centre")
    )


@never_cache
@require_permission(CENTRE_CLOSURES)
def centre_closures(request):
    """The days and times the whole centre gives no counselling, such as public holidays.
    An administrator without a centre sees every centre's and adds none."""
    now = timezone.now()
    user = request.user
    form = None
    if user.centre_id is not None:
        form = AvailabilityExceptionForm(
            request.POST if request.method == "POST" else None,
            prefix="closure",
            reasons=CLOSURE_REASONS,
            now=now,
        )
    if request.method == "POST" and form is None:
        raise PermissionDenied
    if (
        request.method == "POST"
        and form.is_valid()
        and save_exception(form, centre=user.centre, counsellor=None)
    ):
        messages.success(request, _("The closure was added. No slots are offered in it."))
        return redirect("counselling:closures")
    closures = _centre_closures_for(user)
    return render(
        request,
        "counselling/centre_closures.html",
        {
            "form": form,
            "every_centre": user.centre_id is None,
            "closures": _with_local_period(closures.filter(ends_at__gt=now)),
            "in_closures": _booked_in_exceptions(
                Appointment.objects.visible_to(user),
                # A closure takes the time of its own centre's counsellors only.
                closures.filter(centre_id=OuterRef("counsellor__user__centre_id")),
                now,
            ),
        },
    )


@require_POST
@require_permission(CENTRE_CLOSURES)
def delete_closure(request, pk):
    """Remove a closure of the user's own centre; another centre's is 404."""
    closure = get_object_or_404(_centre_closures_for(request.user), pk=pk)
    closure.delete()
    messages.success(request, _("The closure was removed. Its slots are offered again."))
    return redirect("counselling:closures")


def _with_local_period(exceptions) -> list[AvailabilityException]:
    """The exceptions in order, each told whether it covers whole local days (and which
    is the last), or lies within one day, so a page can say "3 to 5 April" or "3 April,
    14:00 to 17:00" rather than repeat midnights and dates."""
    tz = centre_time_zone()
    rows = list(exceptions.order_by("starts_at"))
    for row in rows:
        local_start = row.starts_at.astimezone(tz)
        local_end = row.ends_at.astimezone(tz)
        row.whole_days = local_start.time() == local_end.time() == datetime.time.min
        row.first_day = local_start.date()
        row.last_day = (local_end - datetime.timedelta(days=1)).date()
        row.within_one_day = local_start.date() == local_end.date()
    return rows


def _upcoming_booked(appointments, now):
    return (
        appointments.filter(status=Appointment.Status.BOOKED, ends_at__gt=now)
        .select_related("candidate", "counsellor__user")
        .order_by("starts_at")
    )


def _booked_in_exceptions(appointments, exceptions, now) -> list[Appointment]:
    """The booked, upcoming `appointments` that overlap any of `exceptions`."""
    overlapping = exceptions.filter(
        starts_at__lt=OuterRef("ends_at"), ends_at__gt=OuterRef("starts_at")
    )
    return list(_upcoming_booked(appointments, now).filter(Exists(overlapping)))


def _booked_outside_hours(counsellor, windows, now) -> list[Appointment]:
    """The counsellor's booked, upcoming appointments that none of their stored weekly
    `windows` holds."""
    windows = list(windows)
    tz = centre_time_zone()
    return [
        appointment
        for appointment in _upcoming_booked(Appointment.objects.filter(counsellor=counsellor), now)
        if not _within_a_window(appointment, windows, tz)
    ]


def _within_a_window(appointment, windows, tz) -> bool:
    starts_at = appointment.starts_at.astimezone(tz)
    ends_at = appointment.ends_at.astimezone(tz)
    # A window that began the day before may run past midnight into this day.
    for day in (starts_at.date(), starts_at.date() - datetime.timedelta(days=1)):
        for window in windows:
            if window.weekday != day.weekday():
                continue
            window_start = datetime.datetime.combine(day, window.starts, tzinfo=tz)
            end_day = day if window.ends > window.starts else day + datetime.timedelta(days=1)
            window_end = datetime.datetime.combine(end_day, window.ends, tzinfo=tz)
            if window_start <= starts_at and ends_at <= window_end:
                return True
    return False
