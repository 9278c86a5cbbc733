"""Complaints for tests, filed and moved along through the register's own services, then
dated where a test needs a past day (filing, acknowledging and closing stamp "now")."""

import datetime
from decimal import Decimal

from apps.accounts.models import User
from apps.complaints.models import Complaint, Kind
from apps.complaints.services import (
    Complainant,
    acknowledge_complaint,
    close_complaint,
    file_complaint,
    record_recovery,
)
from tests.factories import UserFactory


def complaints_handler(centre):
    """A counsellor of `centre` (one per centre, made once)."""
    handler = User.objects.filter(centre=centre, groups__name="Counsellor").first()
    return handler or UserFactory(centre=centre, role="counsellor")


def make_complaint_with_history(
    *,
    centre,
    filed_at: datetime.datetime | None = None,
    kind: str = Kind.EXCESS_FEES,
    agency=None,
    against: str | None = None,
    complainant: Complainant | None = None,
    candidate=None,
    acknowledged_at: datetime.datetime | None = None,
    closed_at: datetime.datetime | None = None,
    outcome: str = "",
    recoveries: tuple[tuple[int, datetime.date], ...] = (),
    **fields,
) -> Complaint:
    """A complaint filed at `centre` (an anonymous tip unless a complainant or candidate
    is given; tests.factories.make_complaint files a named walk-in's), acknowledged
    and closed with `outcome` when those times are given, with
    the money recovered [(amount, received on), ...]."""
    by = complaints_handler(centre)
    if against is None:
        against = Complaint.Against.AGENCY if agency else Complaint.Against.OTHER
    defaults = {
        "channel": Complaint.Channel.DESK,
        "language": "ur",
        "promised": "A driver's job in Riyadh",
    }
    if against == Complaint.Against.OTHER:
        defaults["other_party"] = "Sub-agent Rashid"
    defaults.update(fields)
    complaint = file_complaint(
        centre=centre,
        filed_by=by,
        kind=kind,
        against=against,
        agency=agency,
        candidate=candidate,
        complainant=complainant,
        filed_at=filed_at,
        **defaults,
    )
    if acknowledged_at or closed_at:
        acknowledge_complaint(complaint=complaint, by=by)
    if closed_at:
        close_complaint(
            complaint=complaint, outcome=outcome or Complaint.Outcome.SUBSTANTIATED, by=by
        )
    dates = {}
    if acknowledged_at or closed_at:
        dates["acknowledged_at"] = acknowledged_at or closed_at
    if closed_at:
        dates["closed_at"] = closed_at
    if dates:
        Complaint.objects.filter(pk=complaint.pk).update(**dates)
    for amount, received_on in recoveries:
        record_recovery(complaint=complaint, amount=Decimal(amount), received_on=received_on, by=by)
    complaint.refresh_from_db()
    return complaint


def named(name="Complainant", sex="") -> Complainant:
    return Complainant(name=name, sex=sex)
