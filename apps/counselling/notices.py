"""Messages to the person about an appointment: the confirmation, the new time and the
cancellation (each sent once the change has committed) and the reminder the day before.

Only a person who agreed to text messages gets them (Candidate.messages_agreed_at).
Messages are in the language the person reads (Candidate.preferred_language) and
name only their first name, the centre, the time and the mode: no case details, since
a phone is often shared. What is logged is the appointment's id and the message kind,
never a name, number or text.
"""

import datetime
import logging

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.candidates.services import violated_constraint
from apps.notifications.backends import Message, NotificationFailed, get_backend

from .models import Appointment, AppointmentNotice
from .selectors import centre_time_zone, local_day_bounds

logger = logging.getLogger(__name__)

Kind = AppointmentNotice.Kind


def send_after_commit(appointment, kind) -> None:
    """Send the `kind` notice for `appointment` once the current transaction commits:
    a booking that is rolled back sends nothing."""
    appointment_id = appointment.pk
    transaction.on_commit(lambda: _send_committed(appointment_id, kind))


def _send_committed(appointment_id, kind) -> None:
    # The change is committed: whatever happens here, the page that made it must still
    # answer, so even an unexpected error is only logged (by its type: no personal data).
    try:
        send_notice(appointment=_with_message_details().get(pk=appointment_id), kind=kind)
    except Exception as error:
        logger.error(
            "Notice %s for appointment %s failed: %s", kind, appointment_id, type(error).__name__
        )


def _with_message_details():
    return Appointment.objects.select_related("candidate", "counsellor__user__centre")


def send_notice(*, appointment, kind) -> bool:
    """Tell the person now about `appointment` (confirmation, new time or cancellation)
    and record it. False when the person did not agree to messages, or the backend
    failed (that failure is logged); the appointment stays as it is either way.
    Reminders go through send_due_reminders."""
    if kind == Kind.REMINDER:
        raise ValueError("Reminders are claimed and sent by send_due_reminders.")
    if not appointment.candidate.agrees_to_messages:
        return False
    backend = get_backend()
    try:
        backend.send(build_message(appointment, kind))
    except NotificationFailed:
        logger.warning(
            "Notice %s for appointment %s not sent through %s.", kind, appointment.pk, backend.name
        )
        return False
    AppointmentNotice.objects.create(
        appointment=appointment,
        kind=kind,
        for_starts_at=appointment.starts_at,
        sent_through=backend.name,
    )
    return True


def message_language(candidate) -> str:
    """The language the person reads (asked at the desk; the kiosk's at the kiosk)."""
    return candidate.preferred_language


# kind -> (subject, body, whether what to bring and how to change it follow the body)
MESSAGES = {
    Kind.CONFIRMATION: (
        gettext_lazy("Your legal-counselling appointment"),
        gettext_lazy(
            "%(name)s, your legal-counselling appointment at %(centre)s is on "
            "%(day)s at %(time)s (%(mode)s)."
        ),
        True,
    ),
    Kind.RESCHEDULED: (
        gettext_lazy("New time for your legal-counselling appointment"),
        gettext_lazy(
            "%(name)s, your legal-counselling appointment at %(centre)s has a new "
            "time: %(day)s at %(time)s (%(mode)s)."
        ),
        True,
    ),
    Kind.CANCELLATION: (
        gettext_lazy("Your legal-counselling appointment is cancelled"),
        gettext_lazy(
            "%(name)s, your legal-counselling appointment at %(centre)s on %(day)s "
            "at %(time)s is cancelled. To book another time call %(helpline)s."
        ),
        False,
    ),
    Kind.REMINDER: (
        gettext_lazy("Your legal-counselling appointment is tomorrow"),
        gettext_lazy(
            "%(name)s, a reminder: your legal-counselling appointment at %(centre)s "
            "is tomorrow, %(day)s, at %(time)s (%(mode)s)."
        ),
        True,
    ),
}


def build_message(appointment, kind) -> Message:
    """The `kind` message about `appointment`, in the person's language."""
    candidate = appointment.candidate
    language = message_language(candidate)
    with translation.override(language):
        centre = appointment.counsellor.user.centre
        local_start = timezone.localtime(appointment.starts_at, centre_time_zone())
        details = {
            "name": (candidate.full_name.split() or [""])[0],
            "centre": centre.name,
            # Weeks ahead at most: no year, which an SMS has no room for.
            "day": formats.date_format(local_start, "l j F"),
            "time": formats.time_format(local_start, "H:i"),
            "mode": appointment.get_mode_display(),
            "helpline": centre.helpline.as_national if centre.helpline else "",
        }
        if appointment.mode == Appointment.Mode.IN_PERSON:
            bring = _("Bring your CNIC.")
        else:
            bring = _("Keep your CNIC at hand.")
        # Each sentence its own string, outside any f-string: makemessages finds them.
        change = _("To change it call %(helpline)s.") % details
        try:
            subject, body, with_instructions = MESSAGES[kind]
        except KeyError:
            raise ValueError(f"Unknown notice kind {kind!r}.") from None
        body = body % details
        if with_instructions:
            body = " ".join((body, bring, change))
        subject = str(subject)  # in the person's language, as the body
    return Message(
        phone=str(candidate.phone or ""),
        email=candidate.email or "",
        subject=subject,
        body=body,
        language=language,
    )


def send_due_reminders(*, now=None) -> tuple[int, int]:
    """Remind every person whose booked appointment is tomorrow (local day, counted
    from `now`) and who has had no reminder for its current time. Returns (sent, failed).

    Safe to run any number of times, several at once: each reminder is claimed first
    by inserting its notice, which the unique constraint appointment_one_reminder_per_time
    lets only one run do. A failed send gives the claim back, so the next run retries."""
    now = now or timezone.now()
    tomorrow = now.astimezone(centre_time_zone()).date() + datetime.timedelta(days=1)
    day_starts, day_ends = local_day_bounds(tomorrow)
    reminded = AppointmentNotice.objects.filter(
        appointment=OuterRef("pk"), kind=Kind.REMINDER, for_starts_at=OuterRef("starts_at")
    )
    due = (
        Appointment.objects.filter(
            status=Appointment.Status.BOOKED,
            starts_at__gte=day_starts,
            starts_at__lt=day_ends,
            candidate__messages_agreed_at__isnull=False,
        )
        .exclude(Exists(reminded))
        .order_by("starts_at", "pk")
        .values_list("pk", "starts_at")
    )
    backend = get_backend()
    sent = failed = 0
    for appointment_id, starts_at in list(due):
        claimed = _claim_reminder(appointment_id, starts_at, backend.name)
        if claimed is None:
            continue
        claim, message = claimed
        try:
            backend.send(message)
        except NotificationFailed:
            claim.delete()
            logger.warning(
                "Notice %s for appointment %s not sent through %s.",
                Kind.REMINDER,
                appointment_id,
                backend.name,
            )
            failed += 1
            continue
        sent_at = timezone.now()
        AppointmentNotice.objects.filter(pk=claim.pk).update(sent_at=sent_at)
        Appointment.objects.filter(pk=appointment_id).update(reminder_sent_at=sent_at)
        sent += 1
    return sent, failed


def _claim_reminder(appointment_id, starts_at, sent_through):
    """(the claimed notice, the message to send), or None when the appointment is no
    longer booked at that time or another run has claimed its reminder."""
    try:
        with transaction.atomic():
            # The lock waits for a reschedule or cancellation under way, so the
            # message is built from the appointment as it now stands.
            appointment = (
                _with_message_details()
                .select_for_update(of=("self",))
                .filter(pk=appointment_id, status=Appointment.Status.BOOKED, starts_at=starts_at)
                .first()
            )
            if appointment is None:
                return None
            claim = AppointmentNotice.objects.create(
                appointment=appointment,
                kind=Kind.REMINDER,
                for_starts_at=starts_at,
                sent_through=sent_through,
            )
            return claim, build_message(appointment, Kind.REMINDER)
    except IntegrityError as error:
        if violated_constraint(error) == "appointment_one_reminder_per_time":
            return None  # already sent, or being sent by another run
        raise
