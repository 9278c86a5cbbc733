"""Complaints for the register's page tests, filed through the service the pages use."""

import datetime

from django.utils import timezone

from apps.complaints.models import Complaint, Kind
from apps.complaints.services import Complainant, file_complaint
from tests.factories import UserFactory


def file_at(centre, *, by=None, days_ago=0, **overrides) -> Complaint:
    """A complaint at `centre` against a sub-agent, filed `days_ago` days ago."""
    fields = {
        "centre": centre,
        "channel": Complaint.Channel.DESK,
        "filed_by": by or UserFactory(centre=centre, role="registration_officer"),
        "language": "ur",
        "kind": Kind.EXCESS_FEES,
        "against": Complaint.Against.OTHER,
        "other_party": "Sub-agent Rashid",
        "promised": "A driver's job in Riyadh",
        "filed_at": timezone.now() - datetime.timedelta(days=days_ago),
    }
    fields.update(overrides)
    return file_complaint(**fields)


def named(name="Muhammad Akram", **fields) -> Complainant:
    return Complainant(name=name, sex=fields.pop("sex", "male"), **fields)
