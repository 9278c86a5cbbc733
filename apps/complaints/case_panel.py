"""The complaints panel of a person's counselling case record (registered in
ComplaintsConfig.ready): the person's complaints at the counsellor's centre, each with
its status and the working days left to its next deadline, and the way to take in a
new one."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.counselling.case_panels import CasePanel

from .models import Complaint, may_read_complaints
from .pages import complaint_page_url, new_complaint_url
from .working_days import WorkingCalendar


@dataclass(frozen=True)
class Deadline:
    """The next promise an open complaint has to keep: what, by when, and the working
    days left (negative once past)."""

    what: str
    due: datetime.date
    days_left: int

    @property
    def days_overdue(self) -> int:
        return -self.days_left


def next_deadline_of(complaint: Complaint) -> tuple[str, datetime.date] | None:
    """What is due next on `complaint` and by when: acknowledging it, then referring it
    on (if not yet referred) or resolving it, whichever comes first. None once closed."""
    if not complaint.is_open:
        return None
    if complaint.status == Complaint.Status.RECEIVED:
        return str(_("Acknowledge by")), complaint.acknowledge_by
    if complaint.status == Complaint.Status.ACKNOWLEDGED and (
        complaint.escalate_by < complaint.resolve_by
    ):
        return str(_("Refer on by")), complaint.escalate_by
    return str(_("Resolve by")), complaint.resolve_by


def complaints_case_panel(candidate, user) -> CasePanel | None:
    """The panel, for a counsellor who may read the centre's complaints."""
    if not may_read_complaints(user):
        return None
    complaints = list(
        Complaint.objects.visible_to(user)
        .filter(candidate=candidate)
        .select_related("agency", "employer")
        .order_by("-filed_at", "-pk")
    )
    today = timezone.localdate()
    due = {complaint.pk: next_deadline_of(complaint) for complaint in complaints}
    dates = [today, *(deadline[1] for deadline in due.values() if deadline)]
    # One calendar for every complaint's count: one read of the centre's closures.
    calendar = WorkingCalendar(user.centre, min(dates), max(dates)) if len(dates) > 1 else None
    rows = []
    for complaint in complaints:
        deadline = due[complaint.pk]
        if deadline is not None:
            what, by = deadline
            deadline = Deadline(what=what, due=by, days_left=calendar.days_left(today, by))
        rows.append((complaint, complaint_page_url(complaint), deadline))
    may_file = user.has_perm("complaints.add_complaint") and not candidate.is_erased
    return CasePanel(
        template="complaints/_case_complaints.html",
        context={
            "complaints": rows,
            "new_complaint_url": new_complaint_url(candidate.registration_number)
            if may_file
            else "",
        },
    )
