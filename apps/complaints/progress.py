"""How a complaint stands against its deadlines, as the register's pages show it: the
working days left to each date, or whether it was met; and who complains, masked.

A page reads one WorkingCalendar for the centre and passes it to every row: the
centre's closures are read once, however many complaints the page lists."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Complaint


@dataclass(frozen=True)
class DeadlineState:
    """One deadline of one complaint: pending (with the working days left, negative once
    passed), met or missed (with the day it was done), or not needed any more."""

    name: str  # "acknowledge", "escalate" or "resolve"
    label: str
    due: datetime.date
    days_left: int | None = None
    done: bool = False
    done_on: datetime.date | None = None  # None when done on a day the page did not read
    not_needed: bool = False

    @property
    def pending(self) -> bool:
        return not self.done and not self.not_needed

    @property
    def met(self) -> bool:
        return self.done_on is not None and self.done_on <= self.due

    @property
    def missed(self) -> bool:
        return self.done_on is not None and self.done_on > self.due

    @property
    def overdue(self) -> bool:
        """Pending and past its day (as Complaint.objects.overdue() counts it)."""
        return self.pending and self.due < timezone.localdate()

    @property
    def days_late(self) -> int:
        """Working days past the day (0 when the day passed over a weekend or holiday)."""
        return max(-(self.days_left or 0), 0)


LABELS = {
    "acknowledge": _("Acknowledge by"),
    "escalate": _("Escalate by"),
    "resolve": _("Resolve by"),
}


def _local_date(moment):
    return timezone.localdate(moment) if moment else None


def deadline_states(
    complaint, calendar, today: datetime.date, escalated_on: datetime.date | None = None
) -> list[DeadlineState]:
    """The complaint's three deadlines in the order they fall due. `escalated_on`: the
    day of its first escalation, if any (the list pages do not read escalations: a
    pending escalation is one whose complaint is neither escalated nor closed)."""
    states = []

    def state(name, due, done=False, done_on=None, not_needed=False):
        pending = not done and not not_needed
        states.append(
            DeadlineState(
                name=name,
                label=LABELS[name],
                due=due,
                days_left=calendar.days_left(today, due) if pending else None,
                done=done,
                done_on=done_on,
                not_needed=not_needed,
            )
        )

    Status = Complaint.Status
    closed = complaint.status == Status.CLOSED
    acknowledged_on = _local_date(complaint.acknowledged_at)
    state(
        "acknowledge", complaint.acknowledge_by, done=bool(acknowledged_on), done_on=acknowledged_on
    )
    if complaint.status == Status.ESCALATED or escalated_on is not None:
        state("escalate", complaint.escalate_by, done=True, done_on=escalated_on)
    else:
        # Closed without being sent on: it never had to be.
        state("escalate", complaint.escalate_by, not_needed=closed)
    closed_on = _local_date(complaint.closed_at) if closed else None
    state("resolve", complaint.resolve_by, done=closed, done_on=closed_on)
    return sorted(states, key=lambda s: s.due)


def next_deadline(complaint, calendar, today: datetime.date) -> DeadlineState | None:
    """The first deadline still pending (None once the complaint is closed)."""
    if not complaint.is_open:
        return None
    pending = [s for s in deadline_states(complaint, calendar, today) if s.pending]
    return pending[0] if pending else None


def is_overdue(complaint, today: datetime.date) -> bool:
    """As Complaint.objects.overdue(): open, and not acknowledged or not resolved in time."""
    if not complaint.is_open:
        return False
    unacknowledged = complaint.status == Complaint.Status.RECEIVED
    return (unacknowledged and complaint.acknowledge_by < today) or complaint.resolve_by < today


def initials(name: str) -> str:
    """The first letter of each word of a name: "S. P." for Shazia Parveen."""
    letters = []
    for word in (name or "").split():
        first = next((ch for ch in word if ch.isalpha()), "")
        if first:
            letters.append(f"{first.upper()}.")
    return " ".join(letters)


def complainant_masked(complaint) -> str:
    """Who complains, as a list shows it: their initials, or "Anonymous tip"."""
    if complaint.candidate_id:
        if complaint.candidate.is_erased:
            return str(_("Erased record"))
        return initials(complaint.candidate.full_name)
    if complaint.complainant_name:
        return initials(complaint.complainant_name)
    return str(_("Anonymous tip"))


def changed_field_labels(note: str) -> list[str]:
    """The labels of the fields a "details changed" event names (its note holds their
    names: services.change_complaint_details), in the page's language."""
    labels = []
    for name in note.split(","):
        try:
            labels.append(str(Complaint._meta.get_field(name.strip()).verbose_name))
        except FieldDoesNotExist:
            labels.append(name)
    return labels
