"""Registering: numbers without gaps or collisions, one record per submission, one per CNIC."""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, transaction
from django.utils import timezone

from apps.candidates.models import Candidate, RegistrationAttempt
from apps.candidates.services import (
    AlreadyRegistered,
    CannotVerify,
    allocate_registration_sequence,
    mark_documents_seen,
    register_candidate,
    verify_candidate,
)
from tests.factories import CentreFactory, UserFactory, make_candidate, random_cnic


@pytest.mark.django_db
def test_numbers_are_per_centre_and_year_and_human_friendly():
    lahore = CentreFactory(code="LHR")
    sialkot = CentreFactory(code="SKT")
    year = timezone.localdate().year
    first = make_candidate(centre=lahore)
    second = make_candidate(centre=lahore)
    other = make_candidate(centre=sialkot)
    assert first.registration_number == f"LHR-{year}-000001"
    assert second.registration_number == f"LHR-{year}-000002"
    assert other.registration_number == f"SKT-{year}-000001"


@pytest.mark.django_db
def test_a_rolled_back_registration_gives_its_number_back():
    centre = CentreFactory()
    year = timezone.localdate().year
    with pytest.raises(RuntimeError), transaction.atomic():
        assert allocate_registration_sequence(centre=centre, year=year) == 1
        raise RuntimeError("the registration failed after taking a number")
    assert allocate_registration_sequence(centre=centre, year=year) == 1


@pytest.mark.django_db
def test_identifiers_are_stored_encrypted_hashed_and_masked():
    candidate = make_candidate(cnic="35202-1234567-1", passport_number="AB1234567")
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM candidates_candidate WHERE id = %s", [candidate.pk])
        row = " ".join(str(value) for value in cursor.fetchone())
    assert "3520212345671" not in row and "1234567" not in row.replace("35202-*****-1", "")
    assert "AB1234567" not in row
    assert candidate.cnic_masked == "35202-*****-1"
    assert candidate.full_cnic() == "35202-1234567-1"
    assert Candidate.objects.with_cnic("3520212345671").get() == candidate
    assert Candidate.objects.with_passport("ab1234567").get() == candidate


@pytest.mark.django_db
def test_the_same_submission_twice_creates_one_candidate():
    centre = CentreFactory()
    first = make_candidate(centre=centre)
    key = first.submission_key
    from tests.factories import consent_text, ensure_occupation  # noqa: F401

    again, created = register_candidate(
        registration=_registration_like(first),
        centre=centre,
        channel="kiosk",
        registered_by=first.registered_by,
        submission_key=key,
    )
    assert not created and again == first
    assert Candidate.objects.count() == 1


def _registration_like(candidate, **changes):
    from apps.candidates.services import Registration

    fields = {
        "full_name": candidate.full_name,
        "relation_name": candidate.relation_name,
        "sex": candidate.sex,
        "date_of_birth": candidate.date_of_birth,
        "cnic": candidate.full_cnic(),
        "phone": candidate.phone,
        "home_district": candidate.home_district,
        "address": candidate.address,
        "education": candidate.education,
        "available_from": candidate.available_from,
        "heard_about": candidate.heard_about,
        "consent_text": candidate.consent_text,
    }
    fields.update(changes)
    return Registration(**fields)


@pytest.mark.django_db
def test_a_registered_cnic_is_refused_and_the_attempt_recorded():
    existing = make_candidate(cnic="35202-7654321-3")
    with pytest.raises(AlreadyRegistered) as refused:
        register_candidate(
            registration=_registration_like(existing, full_name="Someone Else"),
            centre=existing.centre,
            channel="kiosk",
            registered_by=existing.registered_by,
            submission_key=uuid.uuid4(),
        )
    assert refused.value.candidate == existing
    attempt = RegistrationAttempt.objects.get()
    assert attempt.candidate == existing and attempt.channel == "kiosk"
    assert Candidate.objects.count() == 1


@pytest.mark.django_db
def test_verification_needs_the_documents_seen_first():
    candidate = make_candidate()
    officer = UserFactory(centre=candidate.centre, role="registration_officer")
    with pytest.raises(CannotVerify):
        verify_candidate(candidate=candidate, by=officer)
    mark_documents_seen(candidate=candidate, by=officer)
    verified = verify_candidate(candidate=candidate, by=officer)
    assert verified.status == "verified" and verified.verified_by == officer


@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_get_distinct_numbers_without_gaps():
    centre = CentreFactory(code="CON")
    officer = UserFactory(centre=centre, role="registration_officer")
    template = make_candidate(centre=centre, registered_by=officer)
    registrations = 20
    barrier = threading.Barrier(registrations)

    def register(n):
        try:
            barrier.wait()
            candidate, _created = register_candidate(
                registration=_registration_like(template, cnic=random_cnic(500 + n)),
                centre=centre,
                channel="kiosk",
                registered_by=officer,
                submission_key=uuid.uuid4(),
            )
            return candidate.registration_sequence
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=registrations) as pool:
        sequences = sorted(pool.map(register, range(registrations)))
    assert sequences == list(range(2, registrations + 2))


@pytest.mark.django_db(transaction=True)
def test_a_double_tap_racing_itself_creates_exactly_one_candidate():
    centre = CentreFactory()
    officer = UserFactory(centre=centre, role="registration_officer")
    template = make_candidate(centre=centre, registered_by=officer)
    key = uuid.uuid4()
    registration = _registration_like(template, cnic=random_cnic(900))
    barrier = threading.Barrier(8)

    def tap(_):
        try:
            barrier.wait()
            candidate, _created = register_candidate(
                registration=registration,
                centre=centre,
                channel="kiosk",
                registered_by=officer,
                submission_key=key,
            )
            return candidate.pk
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = set(pool.map(tap, range(8)))
    assert len(results) == 1
    assert Candidate.objects.filter(submission_key=key).count() == 1


@pytest.mark.django_db(transaction=True)
def test_one_cnic_registered_at_two_centres_at_once_makes_one_record():
    """One person, one record across the network: the CNIC's unique index decides
    between two desks of two centres registering it at the same moment."""
    desks = []
    for code in ("LHE", "SKL"):
        centre = CentreFactory(code=code)
        desks.append((centre, UserFactory(centre=centre, role="registration_officer")))
    template = make_candidate(centre=desks[0][0], registered_by=desks[0][1])
    cnic = random_cnic(990)
    barrier = threading.Barrier(len(desks))

    def register(desk):
        centre, officer = desk
        try:
            barrier.wait()
            candidate, _created = register_candidate(
                registration=_registration_like(template, cnic=cnic),
                centre=centre,
                channel="desk",
                registered_by=officer,
                submission_key=uuid.uuid4(),
            )
            return candidate
        except AlreadyRegistered as refused:
            return refused
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(desks)) as pool:
        outcomes = list(pool.map(register, desks))
    registered = [o for o in outcomes if isinstance(o, Candidate)]
    refused = [o for o in outcomes if isinstance(o, AlreadyRegistered)]
    assert len(registered) == 1 and len(refused) == 1, outcomes
    assert refused[0].candidate == registered[0]
    assert list(Candidate.objects.with_cnic(cnic)) == registered
    # The refused desk's attempt is on the record, at its own centre.
    attempt = RegistrationAttempt.objects.get(candidate=registered[0])
    assert attempt.centre != registered[0].centre
