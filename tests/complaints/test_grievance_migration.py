"""The counselling grievances carried into the complaints register (migration
complaints/0002), run for real: the database taken back to before it, grievances
written as they were kept, then migrated. Every grievance becomes a complaint with a
reference number in the order they were taken in, per centre and year; its status,
party, money, day and history carried over; the counters left at the last number; then
counselling/0003 removes the old table."""

import datetime
import zoneinfo
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from apps.complaints.services import status_check_hash
from tests.factories import (
    AgencyFactory,
    CentreFactory,
    EmployerFactory,
    UserFactory,
    make_candidate,
)

# The database is taken back and forth, outside any test transaction.
pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("complaints", "0001_initial"), ("counselling", "0002_case_records_events_notices")]
AFTER = [("complaints", "0002_deadlines_and_grievances")]
LOCAL = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def at(year, month, day, hour=11):
    return datetime.datetime(year, month, day, hour, tzinfo=LOCAL)


@pytest.fixture
def executor():
    """The migration executor, and the database back at its newest state afterwards."""
    executor = MigrationExecutor(connection)
    yield executor
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def table_exists(name: str) -> bool:
    with connection.cursor() as cursor:
        return name in connection.introspection.table_names(cursor)


def test_every_grievance_becomes_a_complaint_with_its_number_status_and_history(executor):
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Grievance = old.get_model("counselling", "Grievance")

    lahore, multan = CentreFactory(code="LHR"), CentreFactory(code="MUX")
    counsellor = UserFactory(centre=lahore, role="counsellor")
    other_counsellor = UserFactory(centre=lahore, role="counsellor")
    elsewhere = UserFactory(centre=multan, role="counsellor")
    shazia = make_candidate(centre=lahore, cnic="3520299887761", preferred_language="en")
    imran = make_candidate(centre=lahore, cnic="3520211122233")
    agency = AgencyFactory(name="Crescent Manpower", licence_number="3456/LHR")
    employer = EmployerFactory(name="Gulf Builders")

    def grievance(**fields):
        defaults = {"centre_id": lahore.pk, "created_by_id": counsellor.pk, "status": "open"}
        return Grievance.objects.create(**{**defaults, **fields})

    # Written out of order: the register numbers them in the order they were taken in.
    resolved = grievance(
        candidate_id=shazia.pk,
        against="agency",
        agency_id=agency.pk,
        description="Charged twice the approved fee.",
        amount_paid=Decimal(450000),
        happened_on=datetime.date(2026, 1, 20),
        created_at=at(2026, 2, 3),
        status="resolved",
        status_changed_by_id=other_counsellor.pk,
        status_changed_at=at(2026, 3, 1),
    )
    last_year = grievance(
        candidate_id=imran.pk,
        against="other",
        other_party="Sub-agent Rana",
        description="No visa came.",
        created_at=at(2025, 12, 30),
    )
    referred = grievance(
        candidate_id=imran.pk,
        against="employer",
        employer_id=employer.pk,
        description="Wages not paid.",
        created_at=at(2026, 1, 5),
        status="referred",
        status_changed_by_id=counsellor.pk,
        status_changed_at=at(2026, 1, 9),
    )
    closed = grievance(
        candidate_id=shazia.pk,
        against="employer",
        other_party="Al Noor Dairy, Riyadh",
        description="Contract changed.",
        created_at=at(2026, 2, 10),
        status="closed",
        status_changed_by_id=counsellor.pk,
        status_changed_at=at(2026, 2, 20),
    )
    at_multan = grievance(
        centre_id=multan.pk,
        created_by_id=elsewhere.pk,
        candidate_id=shazia.pk,
        against="other",
        other_party="Agent Akram",
        description="Kept the passport.",
        created_at=at(2026, 1, 15),
    )

    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    Complaint = new.get_model("complaints", "Complaint")
    Counter = new.get_model("complaints", "ComplaintCounter")
    Deadline = new.get_model("complaints", "ComplaintDeadline")

    complaints = {c.description: c for c in Complaint.objects.all()}
    assert len(complaints) == Grievance.objects.count() == 5
    assert {d: c.reference for d, c in complaints.items()} == {
        last_year.description: "LHR-C-2025-000001",
        referred.description: "LHR-C-2026-000001",
        resolved.description: "LHR-C-2026-000002",
        closed.description: "LHR-C-2026-000003",
        at_multan.description: "MUX-C-2026-000001",
    }
    counters = {(c.centre_id, c.year): c.last_number for c in Counter.objects.all()}
    assert counters == {(lahore.pk, 2025): 1, (lahore.pk, 2026): 3, (multan.pk, 2026): 1}

    # Statuses: open was taken up, referred went on, resolved was upheld, closed not.
    mapped = {
        d: (c.status, c.outcome, c.acknowledged_at, c.closed_at) for d, c in complaints.items()
    }
    assert mapped[last_year.description] == ("acknowledged", "", at(2025, 12, 30), None)
    assert mapped[referred.description] == ("escalated", "", at(2026, 1, 5), None)
    assert mapped[resolved.description] == (
        "closed",
        "substantiated",
        at(2026, 2, 3),
        at(2026, 3, 1),
    )
    assert mapped[closed.description] == ("closed", "unresolved", at(2026, 2, 10), at(2026, 2, 20))

    # Whom, how much, when, who took it in, from which record.
    upheld = complaints[resolved.description]
    assert (upheld.against, upheld.agency_id, upheld.kind) == ("agency", agency.pk, "other")
    assert upheld.amount_paid == Decimal(450000)
    assert upheld.happened_on == datetime.date(2026, 1, 20)
    assert (upheld.candidate_id, upheld.filed_by_id, upheld.channel) == (
        shazia.pk,
        counsellor.pk,
        "counsellor",
    )
    assert upheld.filed_at == at(2026, 2, 3)
    assert upheld.language == "en"
    assert complaints[referred.description].employer_id == employer.pk
    assert complaints[closed.description].other_party == "Al Noor Dairy, Riyadh"
    # Someone without a licence: the kind the register escalates early.
    assert complaints[last_year.description].kind == "unlicensed"
    # The public status check answers with the person's CNIC's last four digits.
    assert upheld.status_check_hash == status_check_hash(upheld.reference, "7761")

    # Deadlines in working days from the day it was taken in (3 February 2026, a
    # Tuesday; 5 February is Kashmir Day): acknowledge in 3, resolve in 20.
    assert upheld.acknowledge_by == datetime.date(2026, 2, 9)
    assert upheld.acknowledge_by <= upheld.escalate_by and upheld.acknowledge_by < upheld.resolve_by
    assert Deadline.objects.filter(centre=None).count() == 8

    # The history: filed, then the status it had, by whom and when.
    Event = new.get_model("complaints", "ComplaintEvent")

    def history(description):
        return list(
            Event.objects.filter(complaint=complaints[description])
            .order_by("at", "pk")
            .values_list("kind", "at", "by_id")
        )

    assert history(resolved.description) == [
        ("filed", at(2026, 2, 3), counsellor.pk),
        ("closed", at(2026, 3, 1), other_counsellor.pk),
    ]
    assert history(referred.description) == [
        ("filed", at(2026, 1, 5), counsellor.pk),
        ("escalated", at(2026, 1, 9), counsellor.pk),
    ]
    assert history(last_year.description) == [("filed", at(2025, 12, 30), counsellor.pk)]

    # Then the old table goes.
    assert table_exists("counselling_grievance")
    executor.loader.build_graph()
    executor.migrate([("counselling", "0003_grievances_moved_to_the_complaints_register")])
    assert not table_exists("counselling_grievance")
    assert Complaint.objects.count() == 5
