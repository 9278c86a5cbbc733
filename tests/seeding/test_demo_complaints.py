"""seed_demo's complaints register: a realistic set at Lahore and Sialkot, filed and taken
along through the real services, their steps dated back; every status, kind and party a
centre sees, overdue ones, answers, money back, anonymous tips, Urdu and English; and a
second run adds nothing."""

import io
from collections import Counter

import pytest
from django.core.management import call_command
from django.utils import timezone

from apps.complaints.models import Complaint, ComplaintEvent, Escalation, Recovery
from apps.seeding.demo.complaints import DEMO_COMPLAINTS, seed_complaints
from tests.factories import consent_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEMO_DATA_ALLOWED = True
    # The consent texts come from a data migration a transactional test may have flushed.
    consent_text("en")
    consent_text("ur")
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_a_realistic_register_at_the_demo_centres(demo):
    complaints = Complaint.objects.all()
    assert complaints.count() == len(DEMO_COMPLAINTS) >= 12
    assert set(complaints.values_list("centre__code", flat=True)) == {"LHR", "SKT"}
    assert len(set(complaints.values_list("kind", flat=True))) >= 7
    assert set(complaints.values_list("against", flat=True)) == {"agency", "employer", "other"}
    assert set(complaints.values_list("channel", flat=True)) == {"counsellor", "desk", "kiosk"}
    assert set(complaints.values_list("language", flat=True)) == {"ur", "en"}
    statuses = Counter(complaints.values_list("status", flat=True))
    assert all(statuses[status] >= 2 for status in Complaint.Status.values), statuses
    outcomes = set(complaints.exclude(outcome="").values_list("outcome", flat=True))
    assert {"substantiated", "dismissed", "withdrawn"} <= outcomes
    assert complaints.overdue().count() >= 2
    assert Escalation.objects.exclude(answered_on=None).count() >= 3
    assert Recovery.objects.count() >= 3
    tips = [c for c in complaints if c.is_anonymous]
    assert len(tips) >= 3 and {c.channel for c in tips} == {"kiosk"}
    # Registered people and walk-ins who gave a name, with a CNIC for the status check.
    assert complaints.exclude(candidate=None).count() >= 6
    assert complaints.exclude(complainant_cnic_encrypted="").count() >= 2
    assert "complaints.lahore" in demo


def test_numbers_follow_the_days_and_histories_are_dated_back(demo):
    now = timezone.now()
    for code in ("LHR", "SKT"):
        numbered = list(Complaint.objects.filter(centre__code=code).order_by("sequence"))
        assert [c.sequence for c in numbered] == list(range(1, len(numbered) + 1))
        assert [c.filed_at for c in numbered] == sorted(c.filed_at for c in numbered)
    for complaint in Complaint.objects.prefetch_related("events"):
        events = list(complaint.events.all())
        assert events[0].kind == ComplaintEvent.Kind.FILED
        assert events[0].at == complaint.filed_at
        assert [e.at for e in events] == sorted(e.at for e in events)
        assert all(complaint.filed_at <= e.at <= now for e in events)
        if complaint.closed_at:
            assert events[-1].kind == ComplaintEvent.Kind.CLOSED
            assert events[-1].at == complaint.closed_at
    # The oldest upheld complaint was closed weeks ago, not today.
    upheld = Complaint.objects.filter(outcome="substantiated").order_by("filed_at").first()
    assert (now - upheld.closed_at).days > 7


def test_a_second_run_files_nothing(demo):
    before = Complaint.objects.count(), ComplaintEvent.objects.count()
    assert seed_complaints() == 0
    assert (Complaint.objects.count(), ComplaintEvent.objects.count()) == before
