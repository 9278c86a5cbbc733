"""Writes about appointments: booking, moving, cancelling and the steps at the centre.

The exclusion constraints decide every race; these functions turn a lost race into an
exception the page can explain. Every change is recorded as an AppointmentEvent with
who and when, and the person is told (after the transaction commits, so a rolled-back
booking never sends a confirmation).
"""

from contextlib import contextmanager

from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.candidates.services import violated_constraint, violated_constraint_message

from . import notices
from .models import (
    Appointment,
    AppointmentEvent,
    AppointmentNotice,
    AvailabilityException,
    Counsellor,
    Topic,
    WeeklyAvailability,
)
from .selectors import centre_time_zone, free_slots


class SlotTaken(Exception):
    """That time was just taken (or is no longer offered)."""


class PersonAlreadyBooked(Exception):
    """The person holds another appointment at an overlapping time."""


class StatusChangeNotAllowed(Exception):
    """The step is not possible from the appointment's current status (or not yet)."""


def _offered_slot(counsellor, starts_at):
    day = starts_at.astimezone(centre_time_zone()).date()
    return next((slot for slot in free_slots(counsellor, day) if slot.starts_at == starts_at), None)


@contextmanager
def _lost_race_explained():
    """Turn the exclusion constraints' refusal into SlotTaken or PersonAlreadyBooked."""
    try:
        yield
    except IntegrityError as error:
        constraint = violated_constraint(error)
        if constraint == "appointment_no_double_booking_of_counsellor":
            raise SlotTaken from None
        if constraint == "appointment_no_overlap_for_person":
            raise PersonAlreadyBooked from None
        raise


def book_appointment(
    *, candidate, counsellor, starts_at, topic, mode, booked_by, channel
) -> Appointment:
    """Book one of the counsellor's free slots for `candidate`; the person is sent a
    confirmation. Raises SlotTaken or PersonAlreadyBooked."""
    slot = _offered_slot(counsellor, starts_at)
    if slot is None:
        raise SlotTaken
    with _lost_race_explained(), transaction.atomic():
        appointment = Appointment.objects.create(
            candidate=candidate,
            counsellor=counsellor,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            topic=topic,
            mode=mode,
            booked_by=booked_by,
            channel=channel,
            booked_at=timezone.now(),
        )
        AppointmentEvent.objects.create(
            appointment=appointment, kind=AppointmentEvent.Kind.BOOKED, by=booked_by
        )
        notices.send_after_commit(appointment, AppointmentNotice.Kind.CONFIRMATION)
    return appointment


def reschedule_appointment(*, appointment, counsellor, starts_at, by, reason: str) -> Appointment:
    """Move a booked appointment to another free slot (of the same or another counsellor
    of the centre), keeping its history; the person is told the new time."""
    slot = _offered_slot(counsellor, starts_at)
    if slot is None:
        raise SlotTaken
    with _lost_race_explained(), transaction.atomic():
        appointment = Appointment.objects.select_for_update().get(pk=appointment.pk)
        if not appointment.may_change_time:
            raise StatusChangeNotAllowed(appointment.status)
        previous_starts_at = appointment.starts_at
        appointment.counsellor = counsellor
        appointment.starts_at = slot.starts_at
        appointment.ends_at = slot.ends_at
        appointment.reminder_sent_at = None  # the new time gets its own reminder
        appointment.save(update_fields=["counsellor", "starts_at", "ends_at", "reminder_sent_at"])
        AppointmentEvent.objects.create(
            appointment=appointment,
            kind=AppointmentEvent.Kind.RESCHEDULED,
            by=by,
            reason=reason,
            previous_starts_at=previous_starts_at,
        )
        notices.send_after_commit(appointment, AppointmentNotice.Kind.RESCHEDULED)
    return appointment


@transaction.atomic
def cancel_appointment(*, appointment, by, by_person: bool, reason: str) -> Appointment:
    """Cancel a booked appointment, freeing the time; who asked (the person or the
    centre) and why are kept, and the person is told."""
    appointment = Appointment.objects.select_for_update().get(pk=appointment.pk)
    if appointment.status != Appointment.Status.BOOKED:
        raise StatusChangeNotAllowed(appointment.status)
    status = (
        Appointment.Status.CANCELLED_BY_PERSON
        if by_person
        else Appointment.Status.CANCELLED_BY_CENTRE
    )
    _set_status(appointment, status, by, reason=reason)
    notices.send_after_commit(appointment, AppointmentNotice.Kind.CANCELLATION)
    return appointment


@transaction.atomic
def change_appointment_status(*, appointment, to_status: str, by, now=None) -> Appointment:
    """Check in, complete, or mark a no-show: one allowed step, recorded with who and
    when. Nobody is checked in or marked absent before the appointment's day."""
    appointment = Appointment.objects.select_for_update().get(pk=appointment.pk)
    if to_status not in appointment.next_statuses:
        raise StatusChangeNotAllowed(f"{appointment.status} → {to_status}")
    now = now or timezone.now()
    tz = centre_time_zone()
    if appointment.starts_at.astimezone(tz).date() > now.astimezone(tz).date():
        raise StatusChangeNotAllowed("the appointment's day has not come")
    if to_status == Appointment.Status.NO_SHOW and now < appointment.starts_at:
        raise StatusChangeNotAllowed("the appointment has not begun")
    _set_status(appointment, to_status, by)
    return appointment


def _set_status(appointment, status, by, reason=""):
    appointment.status = status
    appointment.status_changed_by = by
    appointment.status_changed_at = timezone.now()
    fields = ["status", "status_changed_by", "status_changed_at"]
    if reason:
        appointment.cancellation_reason = reason
        fields.append("cancellation_reason")
    appointment.save(update_fields=fields)
    AppointmentEvent.objects.create(appointment=appointment, kind=status, by=by, reason=reason)


# --- A counsellor's hours and leave, a centre's closures ---------------------------


@transaction.atomic
def start_counselling(*, user, weekdays, starts, ends, languages=("ur",)) -> Counsellor:
    """A new counsellor's profile, taking every topic, with the same window on each of
    `weekdays` (WeeklyAvailability.Weekday values); they change both on their own page."""
    counsellor = Counsellor.objects.create(
        user=user, languages=list(languages), topics=list(Topic.values), is_active=True
    )
    WeeklyAvailability.objects.bulk_create(
        WeeklyAvailability(counsellor=counsellor, weekday=weekday, starts=starts, ends=ends)
        for weekday in sorted(set(weekdays))
    )
    return counsellor


def save_profile_and_hours(*, profile_form, windows) -> bool:
    """Save the profile and the weekly windows together, or nothing. A database
    constraint the forms did not catch becomes an error on the page (False)."""
    try:
        with transaction.atomic():
            profile_form.save()
            windows.save()
    except IntegrityError as error:
        message = violated_constraint_message(
            WeeklyAvailability, error
        ) or violated_constraint_message(Counsellor, error)
        if message is None:
            raise
        profile_form.add_error(None, message)
        return False
    return True


def save_exception(form, *, centre, counsellor) -> AvailabilityException | None:
    """Save leave (with `counsellor`) or a closure of `centre` (without); a database
    constraint the form did not catch becomes an error on the form (None)."""
    exception = form.save(commit=False)
    exception.centre = centre
    exception.counsellor = counsellor
    try:
        with transaction.atomic():
            exception.save()
    except IntegrityError as error:
        message = violated_constraint_message(AvailabilityException, error)
        if message is None:
            raise
        form.add_error(None, message)
        return None
    return exception
