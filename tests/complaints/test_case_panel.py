"""The person's complaints on their counselling case record (the panel the complaints
register adds through counselling/case_panels.py): this centre's complaints of this
person, each with its reference linking to its page, kind, status and working days left
to its next deadline; and the way to take in a new one. Counselling itself knows nothing
of complaints."""

import ast
import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from apps.complaints.case_panel import next_deadline_of
from apps.complaints.models import Complaint
from apps.complaints.services import acknowledge_complaint, close_complaint, escalate_complaint
from apps.complaints.working_days import WorkingCalendar
from apps.privacy.services import anonymise_candidate
from tests.factories import CentreFactory, make_candidate, make_complaint, make_counsellor

pytestmark = pytest.mark.django_db


@pytest.fixture
def counsellor(centre):
    return make_counsellor(centre)


@pytest.fixture
def person(centre):
    return make_candidate(centre=centre, full_name="Shazia Parveen")


@pytest.fixture
def counsellor_client(client, counsellor):
    client.force_login(counsellor.user)
    return client


def case_page(client, person):
    response = client.get(f"/counselling/cases/{person.registration_number}/")
    assert response.status_code == 200
    return response.content.decode()


def complaint_of(person, by, **fields):
    return make_complaint(
        centre=person.centre, filed_by=by, channel="counsellor", candidate=person, **fields
    )


def test_the_case_record_lists_the_persons_complaints_here_with_days_left(
    counsellor_client, counsellor, person
):
    received = complaint_of(person, counsellor.user, kind="documents")
    closed = complaint_of(person, counsellor.user, kind="wages", other_party="Gulf Builders")
    close_complaint(complaint=closed, outcome="substantiated", by=counsellor.user)
    someone_else = make_complaint(
        centre=person.centre, candidate=make_candidate(centre=person.centre)
    )
    elsewhere = make_complaint(centre=CentreFactory(), candidate=person)

    page = case_page(counsellor_client, person)

    assert f'href="/complaints/{received.reference}/"' in page
    assert f'href="/complaints/{closed.reference}/"' in page
    assert "Passport or documents kept back" in page and "Sub-agent Rashid" in page
    assert "Received" in page and "Closed: Upheld" in page
    calendar = WorkingCalendar(person.centre)
    days = calendar.days_left(timezone.localdate(), received.acknowledge_by)
    assert f"{days} working day" in page and "Acknowledge by" in page
    assert page.count('data-testid="complaint-days-left"') == 1  # none for a closed one
    assert someone_else.reference not in page and elsewhere.reference not in page


def test_an_overdue_complaint_says_by_how_many_working_days(counsellor_client, counsellor, person):
    filed_at = timezone.now() - datetime.timedelta(days=60)
    complaint = complaint_of(person, counsellor.user, filed_at=filed_at)
    acknowledge_complaint(complaint=complaint, by=counsellor.user)
    complaint.refresh_from_db()
    overdue = WorkingCalendar(person.centre).days_left(timezone.localdate(), complaint.resolve_by)
    assert overdue < 0

    page = case_page(counsellor_client, person)
    assert f"{-overdue} working days overdue" in page
    assert "Resolve by" in page


def test_the_next_deadline_follows_the_complaints_progress(counsellor, person):
    complaint = complaint_of(person, counsellor.user, kind="unlicensed")
    assert next_deadline_of(complaint)[1] == complaint.acknowledge_by
    acknowledge_complaint(complaint=complaint, by=counsellor.user)
    complaint = Complaint.objects.get(pk=complaint.pk)
    # Fraud by someone without a licence is referred on before it is due to be resolved.
    assert complaint.escalate_by < complaint.resolve_by
    assert next_deadline_of(complaint) == ("Refer on by", complaint.escalate_by)
    escalate_complaint(complaint=complaint, authority="police", by=counsellor.user)
    complaint = Complaint.objects.get(pk=complaint.pk)
    assert next_deadline_of(complaint) == ("Resolve by", complaint.resolve_by)
    close_complaint(complaint=complaint, outcome="dismissed", by=counsellor.user)
    assert next_deadline_of(Complaint.objects.get(pk=complaint.pk)) is None


def test_a_complaint_is_taken_in_from_the_case_record(counsellor_client, person):
    page = case_page(counsellor_client, person)
    assert f'href="/complaints/new/?person={person.registration_number}"' in page
    assert "No complaints from this person at this centre." in page


def test_an_erased_persons_record_offers_no_new_complaint(counsellor_client, counsellor, person):
    complaint_of(person, counsellor.user)
    anonymise_candidate(candidate=person, by=counsellor.user, reason="request")
    page = case_page(counsellor_client, person)
    assert "/complaints/new/" not in page
    assert 'data-testid="case-complaint"' in page  # the complaint itself stays, for the counts


def test_the_panel_in_urdu(counsellor_client, counsellor, person):
    complaint_of(person, counsellor.user)
    counsellor_client.cookies["django_language"] = "ur"
    page = case_page(counsellor_client, person)
    for english in ("Complaints against agents and employers", "Take in a complaint", "Received"):
        assert english not in page


def test_counselling_imports_nothing_of_complaints():
    """Counselling sits below complaints: the panel is registered from complaints."""
    for path in (Path(settings.BASE_DIR) / "apps" / "counselling").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(name.startswith("apps.complaints") for name in names), path
