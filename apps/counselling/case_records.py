"""Confidential case records: who may open a person's record, and the writes to it.

A record is kept per person and centre: notes, follow-up actions and referrals written
by the centre's counsellors (a complaint against an agent goes to the complaints
register, which the record lists: case_panels.py). Notes are append-only (a correction is
a new note). Every write is a function here, so the views, the admin and commands keep
the same rules; a database CHECK constraint that refuses a row becomes EntryRefused,
carrying the constraint's own message for the form.
"""

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from apps.candidates.models import Candidate
from apps.candidates.services import violated_constraint, violated_constraint_message

from .models import Appointment, CaseNote, FollowUp, Referral


class EntryRefused(Exception):
    """The database refused the entry; `message` says why, in words for the person."""

    def __init__(self, message, constraint: str = ""):
        super().__init__(message)
        self.message = message
        self.constraint = constraint


def case_candidates(user):
    """The people whose case record `user` (a counsellor) may open: those registered at
    the user's centre, and those who have had an appointment with one of its counsellors
    (a person registered elsewhere may come to this centre for advice)."""
    if not user.is_authenticated or user.centre_id is None:
        return Candidate.objects.none()
    seen_here = Appointment.objects.filter(
        candidate=OuterRef("pk"), counsellor__user__centre_id=user.centre_id
    )
    return Candidate.objects.filter(Q(centre_id=user.centre_id) | Exists(seen_here))


def sessions_at_centre(*, candidate, centre_id):
    """The person's appointments with the centre's counsellors, newest first: the
    sessions a note, a follow-up or a referral may come from."""
    return (
        Appointment.objects.filter(candidate=candidate, counsellor__user__centre_id=centre_id)
        .select_related("counsellor__user")
        .order_by("-starts_at")
    )


def _check_session(appointment, candidate, centre_id):
    # The forms offer only this person's sessions here; the rule is kept for every caller.
    if appointment is None:
        return
    ours = sessions_at_centre(candidate=candidate, centre_id=centre_id).filter(pk=appointment.pk)
    if not ours.exists():
        raise EntryRefused(_("Choose one of this person's sessions at this centre."))


def _create(model, **fields):
    """Insert one entry; a violated CHECK constraint becomes EntryRefused with its message."""
    try:
        with transaction.atomic():
            return model.objects.create(**fields)
    except IntegrityError as error:
        refused = _refusal(model, error)
        if refused is None:
            raise
        raise refused from None


def _refusal(model, error: IntegrityError):
    message = violated_constraint_message(model, error)
    if message is None:
        return None
    return EntryRefused(message, constraint=violated_constraint(error))


def _entry_fields(*, candidate, author, appointment):
    if candidate.is_erased:
        # A new entry would put words about the person back on an erased record.
        raise EntryRefused(_("This person's data was erased: nothing more can be added."))
    _check_session(appointment, candidate, author.centre_id)
    return {
        "candidate": candidate,
        "centre_id": author.centre_id,
        "appointment": appointment,
        "created_by": author,
        "created_at": timezone.now(),
    }


@transaction.atomic
def add_case_note(*, candidate, author, outcome: str, text: str, appointment=None) -> CaseNote:
    """Write a confidential note to the person's record at the author's centre."""
    return _create(
        CaseNote,
        outcome=outcome,
        text=text,
        **_entry_fields(candidate=candidate, author=author, appointment=appointment),
    )


@transaction.atomic
def add_follow_up(*, candidate, author, action: str, due_on, appointment=None) -> FollowUp:
    """Record something to do for the person by `due_on`."""
    return _create(
        FollowUp,
        action=action,
        due_on=due_on,
        **_entry_fields(candidate=candidate, author=author, appointment=appointment),
    )


@transaction.atomic
def add_referral(
    *, candidate, author, service: str, details: str = "", appointment=None
) -> Referral:
    """Record that the person was sent on to `service` (legal aid, the Protector...)."""
    return _create(
        Referral,
        service=service,
        details=details,
        **_entry_fields(candidate=candidate, author=author, appointment=appointment),
    )


@transaction.atomic
def mark_follow_up_done(*, follow_up, by) -> FollowUp:
    """Mark the action done, with who and when; one already done keeps its first record."""
    follow_up = FollowUp.objects.select_for_update().get(pk=follow_up.pk)
    if follow_up.is_done:
        return follow_up
    follow_up.done_at = timezone.now()
    follow_up.done_by = by
    follow_up.save(update_fields=["done_at", "done_by"])
    return follow_up


def _change_status(model, entry, to_status, by):
    if to_status not in model.Status.values:
        raise EntryRefused(_("Choose one of the statuses offered."))
    entry = model.objects.select_for_update().get(pk=entry.pk)
    if entry.status == to_status:
        return entry
    entry.status = to_status
    entry.status_changed_by = by
    entry.status_changed_at = timezone.now()
    entry.save(update_fields=["status", "status_changed_by", "status_changed_at"])
    return entry


@transaction.atomic
def change_referral_status(*, referral, to_status: str, by) -> Referral:
    """Record how the referral is going (being dealt with, resolved...), with who and when."""
    return _change_status(Referral, referral, to_status, by)
