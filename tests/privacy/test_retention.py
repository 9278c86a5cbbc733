"""The retention rule and `manage.py anonymise`: who counts as inactive, dry runs,
counts, and one person at a time."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from apps.audit.models import AuditEntry
from apps.candidates.models import Candidate, RegistrationAttempt
from apps.complaints.models import ComplaintEvent
from apps.complaints.services import close_complaint
from apps.listings.services import shortlist_candidate
from apps.orientation.models import Enrolment
from apps.privacy.services import anonymise_inactive, inactive_candidates
from tests.factories import (
    UserFactory,
    local_time,
    make_appointment,
    make_candidate,
    make_complaint,
    make_counsellor,
    make_listing,
    make_session,
    next_monday,
)

from .conftest import NAME, past_appointment

pytestmark = pytest.mark.django_db

YEARS_AGO_6 = datetime.timedelta(days=6 * 366)


def registered_long_ago(centre, **fields):
    """A person registered six years ago and not touched since."""
    person = make_candidate(centre=centre, **fields)
    then = timezone.now() - YEARS_AGO_6
    Candidate.objects.filter(pk=person.pk).update(created_at=then, updated_at=then)
    return person


def inactive_ids(years=5):
    return set(
        inactive_candidates(now=timezone.now(), retention_years=years).values_list("pk", flat=True)
    )


def run(*args) -> str:
    out = io.StringIO()
    call_command("anonymise", *args, stdout=out)
    return out.getvalue()


def test_only_people_without_activity_since_the_cutoff_are_inactive(centre):
    old = registered_long_ago(centre)
    recent = make_candidate(centre=centre)
    assert inactive_ids() == {old.pk}
    assert inactive_ids(years=7) == set()
    assert recent.pk not in inactive_ids(years=1)


def test_a_recent_appointment_keeps_the_person(centre):
    kept = registered_long_ago(centre)
    past_appointment(make_counsellor(centre), kept, days_ago=200)
    assert inactive_ids() == set()


def test_an_appointment_to_come_keeps_the_person(centre):
    kept = registered_long_ago(centre)
    make_appointment(
        counsellor=make_counsellor(centre), candidate=kept, starts_at=local_time(next_monday(), 9)
    )
    assert inactive_ids() == set()


def test_a_recent_complaint_keeps_the_person_and_an_old_closed_one_does_not(centre):
    kept = registered_long_ago(centre)
    make_complaint(centre=centre, candidate=kept)
    gone = registered_long_ago(centre)
    long_ago = timezone.now() - YEARS_AGO_6
    old = make_complaint(centre=centre, candidate=gone, filed_at=long_ago)
    close_complaint(complaint=old, outcome="dismissed", by=old.filed_by)
    ComplaintEvent.objects.filter(complaint=old).update(at=long_ago)
    assert inactive_ids() == {gone.pk}


def test_a_complaint_still_open_keeps_the_person_however_old(centre):
    kept = registered_long_ago(centre)
    long_ago = timezone.now() - YEARS_AGO_6
    complaint = make_complaint(centre=centre, candidate=kept, filed_at=long_ago)
    ComplaintEvent.objects.filter(complaint=complaint).update(at=long_ago)
    assert inactive_ids() == set()


def test_an_old_appointment_does_not(centre):
    person = registered_long_ago(centre)
    past_appointment(make_counsellor(centre), person, days_ago=6 * 366)
    assert inactive_ids() == {person.pk}


def test_a_recent_application_orientation_or_attempt_keeps_the_person(centre):
    applied = registered_long_ago(centre)
    shortlist_candidate(candidate=applied, listing=make_listing(), by=UserFactory())
    enrolled = registered_long_ago(centre)
    session = make_session(centre=centre)
    Enrolment.objects.create(session=session, candidate=enrolled, enrolled_by=session.created_by)
    came_back = registered_long_ago(centre)
    RegistrationAttempt.objects.create(candidate=came_back, centre=centre, channel="kiosk")
    gone = registered_long_ago(centre)
    assert inactive_ids() == {gone.pk}


def test_the_erased_are_not_counted_again(centre):
    registered_long_ago(centre)
    assert anonymise_inactive(retention_years=5) == 1
    assert anonymise_inactive(retention_years=5) == 0


def test_batches_erase_everyone(centre):
    people = [registered_long_ago(centre) for _ in range(5)]
    assert anonymise_inactive(retention_years=5, batch_size=2) == 5
    assert Candidate.objects.filter(pk__in=[p.pk for p in people], anonymised_at=None).count() == 0
    entries = AuditEntry.objects.filter(access_kind="anonymised")
    assert entries.count() == 5
    assert {e.additional_data["reason"] for e in entries} == {"retention"}
    assert {e.actor_id for e in entries} == {None}


def test_the_command_dry_run_counts_and_changes_nothing(centre, settings):
    settings.PORTAL_RETENTION_YEARS = 5
    registered_long_ago(centre, full_name=NAME)
    registered_long_ago(centre)
    make_candidate(centre=centre)
    output = run("--inactive", "--dry-run")
    assert output == "2 inactive for more than 5 years would be erased.\n"
    assert not Candidate.objects.filter(anonymised_at__isnull=False).exists()


def test_the_command_erases_the_inactive_and_names_nobody(centre, settings):
    settings.PORTAL_RETENTION_YEARS = 5
    old = registered_long_ago(centre, full_name=NAME)
    make_candidate(centre=centre)
    output = run("--inactive")
    assert output == "1 inactive for more than 5 years erased.\n"
    assert NAME not in output
    old.refresh_from_db()
    assert old.anonymised_at is not None
    assert Candidate.objects.filter(anonymised_at__isnull=True).count() == 1


def test_the_command_takes_another_period(centre):
    person = make_candidate(centre=centre)
    then = timezone.now() - datetime.timedelta(days=400)
    Candidate.objects.filter(pk=person.pk).update(created_at=then, updated_at=then)
    assert run("--inactive", "--years", "1", "--dry-run").startswith("1 ")
    assert run("--inactive", "--years", "2", "--dry-run").startswith("0 ")
    with pytest.raises(CommandError):
        run("--inactive", "--years", "0")


def test_the_command_erases_one_person(centre):
    person = make_candidate(centre=centre, full_name=NAME)
    number = person.registration_number
    assert run("--registration-number", number, "--dry-run") == f"{number}: would be erased.\n"
    output = run("--registration-number", number.lower(), "--reason", "retention")
    assert output == f"{number}: erased (1).\n"
    person.refresh_from_db()
    assert person.full_name == "Erased"
    entry = AuditEntry.objects.get(access_kind="anonymised")
    assert entry.additional_data == {"reason": "retention"} and entry.actor is None
    with pytest.raises(CommandError, match="already erased"):
        run("--registration-number", number)


def test_the_command_refuses_an_unknown_number_or_an_appointment_to_come(centre):
    with pytest.raises(CommandError, match="No person"):
        run("--registration-number", "LHR-2026-999999")
    person = make_candidate(centre=centre)
    make_appointment(
        counsellor=make_counsellor(centre), candidate=person, starts_at=local_time(next_monday(), 9)
    )
    with pytest.raises(CommandError, match="cancel it first"):
        run("--registration-number", person.registration_number)


def test_the_selection_is_one_query(centre, django_assert_num_queries):
    for _ in range(3):
        registered_long_ago(centre)
    with django_assert_num_queries(1):
        assert len(inactive_ids()) == 3
