"""The centre's booking desk: find the person, book a free time, and one appointment's
page with its steps (check in, completed, no-show), cancelling, moving and its .ics file.

Every appointment is read through Appointment.objects.visible_to(user) and every person
through Candidate.objects.visible_to(user): another centre's answers 404. Writes go
through apps.counselling.services, whose exclusion constraints decide every race."""

import datetime
from dataclasses import dataclass

from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from apps.candidates.models import Candidate
from apps.core.permissions import require_permission
from apps.core.redirects import back_to_next_or

from .. import selectors, services
from ..forms.booking import (
    NOT_FOUND_HERE,
    BookingForm,
    CancelForm,
    FindPersonForm,
    RescheduleForm,
    week_start,
)
from ..ics import appointment_calendar
from ..models import Appointment, AppointmentEvent, Counsellor, Topic, may_read_case_records

WEEK = datetime.timedelta(days=7)
# The buttons of the steps taken at the centre (Appointment.NEXT_STATUSES).
STEP_LABELS = {
    Appointment.Status.CHECKED_IN: gettext_lazy("Check in"),
    Appointment.Status.COMPLETED: gettext_lazy("Session completed"),
    Appointment.Status.NO_SHOW: gettext_lazy("Did not come"),
}
# How far ahead the week navigator goes: half a year is more than any centre plans.
BOOKING_HORIZON = datetime.timedelta(weeks=26)


def _slot_taken_message():
    return _("That time was just taken, please pick another.")


def _person_booked_message():
    return _("This person already has an appointment at that time.")


# --- The week and the free times the booking pages offer ---------------------


@dataclass(frozen=True)
class ShownWeek:
    start: datetime.date
    previous: datetime.date | None
    next: datetime.date | None

    @property
    def end(self) -> datetime.date:
        return self.start + WEEK - datetime.timedelta(days=1)


def _shown_week(data) -> ShownWeek:
    """The week a booking page shows: a navigator button's, else the one shown before."""
    today = timezone.localdate(timezone=selectors.centre_time_zone())
    furthest = today + BOOKING_HORIZON
    start = week_start(data.get("week") or data.get("shown_week"), today, furthest)
    return ShownWeek(
        start=start,
        previous=max(start - WEEK, today) if start > today else None,
        next=start + WEEK if start + WEEK <= furthest else None,
    )


def _is_refresh(request) -> bool:
    """A POST that only asks for other times (filters or another week), not to book."""
    return request.method == "POST" and ("refresh" in request.POST or "week" in request.POST)


def _chosen_counsellor(data, counsellors) -> str:
    chosen = str(data.get("counsellor") or "")
    return chosen if chosen in {str(c.pk) for c in counsellors} else ""


def _slot_picker_context(counsellors, chosen: str, week: ShownWeek, selected: str) -> dict:
    """What _slot_picker.html shows: the week's free times, by day, then by counsellor.
    Three queries (selectors.free_slots_of), however many counsellors and slots."""
    offered = [c for c in counsellors if not chosen or str(c.pk) == chosen]
    slots = selectors.free_slots_of(offered, week.start, days=WEEK.days)
    days = []
    for day, day_slots in selectors.slots_by_day(slots):
        by_counsellor = {}
        for slot in day_slots:
            by_counsellor.setdefault(slot.counsellor, []).append(slot)
        ordered = sorted(by_counsellor.items(), key=lambda item: str(item[0]))
        days.append((day, ordered))
    return {"week": week, "days": days, "selected_slot": selected}


# --- Finding the person and booking --------------------------------------------


@never_cache
@require_permission("counselling.add_appointment")
def find_person(request):
    """The desk types the number from the person's slip; only this centre's people."""
    form = FindPersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        number = form.cleaned_data["registration_number"]
        candidate = (
            Candidate.objects.visible_to(request.user)
            .filter(registration_number=number)
            .only("registration_number")
            .first()
        )
        if candidate is not None:
            return redirect("counselling:book", registration_number=candidate.registration_number)
        # Another centre's person gets the same answer as nobody: nothing is disclosed.
        form.add_error("registration_number", NOT_FOUND_HERE)
    return render(request, "counselling/find_person.html", {"form": form})


@never_cache
@require_permission("counselling.add_appointment")
def book(request, registration_number):
    """Choose topic, mode and one of the week's free times, and book it for the person.
    GET (or a POST with `refresh`/`week`) shows other times and books nothing."""
    candidate = get_object_or_404(
        Candidate.objects.visible_to(request.user), registration_number=registration_number
    )
    if candidate.is_erased:
        messages.error(request, _("This person's data was erased: no appointment can be booked."))
        return redirect("candidates:detail", registration_number=candidate.registration_number)
    if request.user.centre_id is None:
        # An administrator sees every person but belongs to no appointment book.
        return render(request, "counselling/book.html", {"candidate": candidate, "no_centre": True})
    data = request.POST if request.method == "POST" else request.GET
    topic = data.get("topic") if data.get("topic") in Topic.values else ""
    counsellors = list(selectors.counsellors_for(request.user.centre_id, topic=topic))
    chosen = _chosen_counsellor(data, counsellors)
    week = _shown_week(data)
    if request.method == "POST" and not _is_refresh(request):
        form = BookingForm(request.POST, counsellors=counsellors)
        if form.is_valid():
            appointment = _book(request, candidate, form)
            if appointment is not None:
                messages.success(
                    request,
                    _("Booked: %(name)s on %(when)s. A confirmation is sent to the person.")
                    % {"name": candidate.full_name, "when": _when(appointment)},
                )
                return redirect("counselling:appointment", pk=appointment.pk)
    else:
        mode = data.get("mode")
        form = BookingForm(
            initial={
                "topic": topic,
                "mode": mode if mode in Appointment.Mode.values else Appointment.Mode.IN_PERSON,
                "counsellor": chosen,
            },
            counsellors=counsellors,
        )
    upcoming = (
        Appointment.objects.visible_to(request.user)
        .active()
        .filter(candidate=candidate, starts_at__gte=timezone.now())
        .select_related("counsellor__user")
    )
    return render(
        request,
        "counselling/book.html",
        {
            "candidate": candidate,
            "form": form,
            "topic_chosen": bool(topic),
            "upcoming": upcoming,
            **_slot_picker_context(counsellors, chosen, week, form["slot"].value() or ""),
        },
    )


def _book(request, candidate, form):
    """The appointment, or None with the reason added to the form."""
    counsellor, starts_at = form.cleaned_data["slot"]
    is_counsellor = Counsellor.objects.filter(user=request.user).exists()
    try:
        return services.book_appointment(
            candidate=candidate,
            counsellor=counsellor,
            starts_at=starts_at,
            topic=form.cleaned_data["topic"],
            mode=form.cleaned_data["mode"],
            booked_by=request.user,
            channel=Appointment.Channel.COUNSELLOR if is_counsellor else Appointment.Channel.DESK,
        )
    except services.SlotTaken:
        form.add_error(None, _slot_taken_message())
    except services.PersonAlreadyBooked:
        form.add_error(None, _person_booked_message())
    return None


def _when(appointment) -> str:
    local = timezone.localtime(appointment.starts_at, selectors.centre_time_zone())
    return date_format(local, "l j F Y, H:i")


# --- One appointment -----------------------------------------------------------


def _appointment_for(user, pk, *related):
    queryset = Appointment.objects.visible_to(user).select_related(
        "candidate", "counsellor__user", *related
    )
    return get_object_or_404(queryset, pk=pk)


@never_cache
@require_permission("counselling.view_appointment")
def appointment_detail(request, pk):
    """The appointment, its history and the notices sent (never their text), and the
    steps the user may take. Case notes are never shown here."""
    queryset = (
        Appointment.objects.visible_to(request.user)
        .select_related(
            "candidate",
            "counsellor__user__centre",
            "booked_by",
            "status_changed_by",
        )
        .prefetch_related(
            Prefetch("events", queryset=AppointmentEvent.objects.select_related("by")),
            "notices",
        )
    )
    appointment = get_object_or_404(queryset, pk=pk)
    may_act = request.user.has_perm("counselling.change_appointment")
    return render(
        request,
        "counselling/appointment_detail.html",
        {
            "appointment": appointment,
            "may_act": may_act,
            "steps": _steps_possible_now(appointment) if may_act else [],
            "may_read_case": may_read_case_records(request.user),
        },
    )


def _steps_possible_now(appointment, now=None):
    """(status, button label) of the steps the service would accept now: nobody is
    checked in before the day, nor marked absent before the time has begun."""
    now = now or timezone.now()
    tz = selectors.centre_time_zone()
    day_has_come = appointment.starts_at.astimezone(tz).date() <= now.astimezone(tz).date()
    steps = []
    for status in appointment.next_statuses:
        if status == Appointment.Status.CHECKED_IN and not day_has_come:
            continue
        if status == Appointment.Status.NO_SHOW and now < appointment.starts_at:
            continue
        steps.append((status, STEP_LABELS[status]))
    return steps


@require_POST
@require_permission("counselling.change_appointment")
def change_status(request, pk):
    """Check in, complete or mark a no-show; a step not possible now is explained."""
    appointment = _appointment_for(request.user, pk)
    to_status = request.POST.get("status", "")
    try:
        appointment = services.change_appointment_status(
            appointment=appointment, to_status=to_status, by=request.user
        )
    except services.StatusChangeNotAllowed:
        messages.error(request, _why_not(appointment, to_status))
    else:
        messages.success(
            request,
            _("%(name)s: %(status)s.")
            % {"name": appointment.candidate.full_name, "status": appointment.get_status_display()},
        )
    return back_to_next_or(request, "counselling:appointment", pk=appointment.pk)


def _why_not(appointment, to_status) -> str:
    """In words, why change_appointment_status refused (its own reasons, re-read)."""
    appointment.refresh_from_db(fields=["status", "starts_at"])
    if to_status not in appointment.next_statuses:
        return _("That step is not possible from '%(status)s'.") % {
            "status": appointment.get_status_display()
        }
    if to_status == Appointment.Status.CHECKED_IN:
        return _("Check-in is possible on the day of the appointment.")
    return _("A person can be marked as not come once the appointment's time has begun.")


def _not_booked_any_more(request, appointment):
    messages.error(
        request,
        _("Only a booked appointment can be moved or cancelled. This one is '%(status)s'.")
        % {"status": appointment.get_status_display()},
    )
    return redirect("counselling:appointment", pk=appointment.pk)


@never_cache
@require_permission("counselling.change_appointment")
def cancel(request, pk):
    """Cancel with a reason, saying who asked; the time becomes free again."""
    appointment = _appointment_for(request.user, pk)
    if not appointment.may_change_time:
        return _not_booked_any_more(request, appointment)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.cancel_appointment(
                appointment=appointment,
                by=request.user,
                by_person=form.by_person,
                reason=form.cleaned_data["reason"],
            )
        except services.StatusChangeNotAllowed:
            appointment.refresh_from_db(fields=["status"])
            return _not_booked_any_more(request, appointment)
        messages.success(
            request,
            _("The appointment is cancelled and the time is free again. The person is told."),
        )
        return redirect("counselling:appointment", pk=appointment.pk)
    return render(request, "counselling/cancel.html", {"appointment": appointment, "form": form})


@never_cache
@require_permission("counselling.change_appointment")
def reschedule(request, pk):
    """Move a booked appointment to another free time of the centre, with a reason."""
    appointment = _appointment_for(request.user, pk)
    if not appointment.may_change_time:
        return _not_booked_any_more(request, appointment)
    data = request.POST if request.method == "POST" else request.GET
    centre = appointment.counsellor.user.centre_id
    counsellors = list(selectors.counsellors_for(centre, topic=appointment.topic))
    chosen = _chosen_counsellor(data, counsellors)
    week = _shown_week(data)
    if request.method == "POST" and not _is_refresh(request):
        form = RescheduleForm(request.POST, counsellors=counsellors)
        if form.is_valid():
            counsellor, starts_at = form.cleaned_data["slot"]
            try:
                moved = services.reschedule_appointment(
                    appointment=appointment,
                    counsellor=counsellor,
                    starts_at=starts_at,
                    by=request.user,
                    reason=form.cleaned_data["reason"],
                )
            except services.SlotTaken:
                form.add_error(None, _slot_taken_message())
            except services.PersonAlreadyBooked:
                form.add_error(None, _person_booked_message())
            except services.StatusChangeNotAllowed:
                appointment.refresh_from_db(fields=["status"])
                return _not_booked_any_more(request, appointment)
            else:
                messages.success(
                    request,
                    _("Moved to %(when)s. The person is told the new time.")
                    % {"when": _when(moved)},
                )
                return redirect("counselling:appointment", pk=appointment.pk)
    else:
        form = RescheduleForm(
            initial={"counsellor": chosen, "reason": data.get("reason", "")},
            counsellors=counsellors,
        )
    return render(
        request,
        "counselling/reschedule.html",
        {
            "appointment": appointment,
            "form": form,
            **_slot_picker_context(counsellors, chosen, week, form["slot"].value() or ""),
        },
    )


@never_cache
@require_permission("counselling.view_appointment")
def calendar_file(request, pk):
    """The appointment as an .ics file for a calendar (no notes, no identifiers)."""
    appointment = _appointment_for(request.user, pk, "counsellor__user__centre")
    response = HttpResponse(
        appointment_calendar(appointment), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="appointment-{appointment.pk}.ics"'
    return response
