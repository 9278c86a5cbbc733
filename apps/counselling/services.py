"""Writes about appointments. The exclusion constraints decide every race; these
functions turn a lost race into an exception the page can explain."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.candidates.services import violated_constraint

from .models import Appointment
from .selectors import centre_time_zone, free_slots


class SlotTaken(Exception):
    """That time was just taken (or is no longer offered)."""


class PersonAlreadyBooked(Exception):
    """The person holds another appointment at an overlapping time."""


def book_appointment(
    *, candidate, counsellor, starts_at, topic, mode, booked_by, channel
) -> Appointment:
    """Book one of the counsellor's free slots for `candidate`."""
    day = starts_at.astimezone(centre_time_zone()).date()
    slot = next((slot for slot in free_slots(counsellor, day) if slot.starts_at == starts_at), None)
    if slot is None:
        raise SlotTaken
    try:
        with transaction.atomic():
            return Appointment.objects.create(
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
    except IntegrityError as error:
        constraint = violated_constraint(error)
        if constraint == "appointment_no_double_booking_of_counsellor":
            raise SlotTaken from None
        if constraint == "appointment_no_overlap_for_person":
            raise PersonAlreadyBooked from None
        raise


@transaction.atomic
def cancel_appointment(*, appointment, by, by_person: bool, reason: str) -> Appointment:
    """Cancel, freeing the time; who asked (the person or the centre) and why are kept."""
    appointment = Appointment.objects.select_for_update().get(pk=appointment.pk)
    appointment.status = (
        Appointment.Status.CANCELLED_BY_PERSON
        if by_person
        else Appointment.Status.CANCELLED_BY_CENTRE
    )
    appointment.cancellation_reason = reason
    appointment.status_changed_by = by
    appointment.status_changed_at = timezone.now()
    appointment.save(
        update_fields=["status", "cancellation_reason", "status_changed_by", "status_changed_at"]
    )
    return appointment
