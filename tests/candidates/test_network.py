"""A person served at any centre: found elsewhere only by an exact number, linked with
their agreement, their home centre moved at their request; every step in the audit
trail, and another centre's record 404 until the link exists."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client

from apps.audit.models import AuditEntry
from apps.candidates.models import Candidate, CentreLink
from apps.candidates.network import link_to_centre, move_home_centre
from tests.factories import (
    TEST_PASSWORD,
    CentreFactory,
    UserFactory,
    link_consent_text,
    make_candidate,
    make_counsellor,
)

FIND = "/candidates/network/find/"
CNIC = "35202-1234567-1"
URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def logged_in(user):
    client = Client()
    assert client.login(username=user.username, password=TEST_PASSWORD)
    return client


@pytest.fixture
def lahore_person(db):
    # The link texts the migration publishes are gone after a test that empties the
    # tables: each test has its own.
    link_consent_text("ur"), link_consent_text("en")
    lahore = CentreFactory(code="LHR")
    return make_candidate(
        centre=lahore, full_name="Muhammad Aslam", cnic=CNIC, preferred_language="ur"
    )


@pytest.fixture
def sialkot_officer(db):
    return UserFactory(centre=CentreFactory(code="SKT"), role="registration_officer")


def link_url(person):
    return f"/candidates/network/link/{person.registration_number}/"


def record_url(person):
    return f"/candidates/{person.registration_number}/"


def test_an_officer_finds_a_person_of_another_centre_by_exact_cnic_and_sees_a_card(
    lahore_person, sialkot_officer
):
    client = logged_in(sialkot_officer)
    for typed in (CNIC, CNIC.translate(URDU_DIGITS), lahore_person.registration_number):
        page = client.post(FIND, {"number": typed}).text
        assert "Muhammad Aslam" in page and lahore_person.registration_number in page
        assert lahore_person.cnic_masked in page and CNIC not in page
        assert lahore_person.centre.name in page
    assert client.get(record_url(lahore_person)).status_code == 404  # not linked yet
    lookups = AuditEntry.objects.filter(access_kind="network_lookup", actor=sialkot_officer)
    assert lookups.count() == 3
    assert all(entry.centre_id == sialkot_officer.centre_id for entry in lookups)
    assert not any("1234567" in str(entry.additional_data) for entry in lookups)


@pytest.mark.parametrize("typed", ["Muhammad Aslam", "Aslam", "0300 0000001", "35202"])
def test_a_name_a_phone_or_part_of_a_number_finds_nobody_elsewhere(
    lahore_person, sialkot_officer, typed
):
    client = logged_in(sialkot_officer)
    page = client.post(FIND, {"number": typed}).text
    assert "Nobody in the network has this number" in page
    assert lahore_person.registration_number not in page
    listed = client.post("/candidates/", {"q": typed}, follow=True).text
    assert lahore_person.registration_number not in listed
    assert AuditEntry.objects.filter(access_kind="network_lookup").count() == 1


def test_the_link_page_needs_a_look_up_first(lahore_person, sialkot_officer):
    client = logged_in(sialkot_officer)
    response = client.get(link_url(lahore_person))
    assert response.status_code == 302 and response.url == FIND
    assert client.post(link_url(lahore_person), {"agrees": "on"}).status_code == 302
    assert not CentreLink.objects.exists()


def test_with_the_persons_agreement_the_centre_serves_the_whole_record(
    lahore_person, sialkot_officer
):
    client = logged_in(sialkot_officer)
    client.post(FIND, {"number": CNIC})
    page = client.get(link_url(lahore_person)).text
    # The text the person reads, in their language, first and open.
    assert page.index('data-testid="link-consent-ur"') < page.index('data-testid="link-consent-en"')
    assert "دوسرے سینٹر" in page
    refused = client.post(link_url(lahore_person), {"consent_language": "ur"})
    assert refused.status_code == 200
    assert "only if they agree" in refused.text
    assert not CentreLink.objects.exists()
    response = client.post(link_url(lahore_person), {"consent_language": "ur", "agrees": "on"})
    assert response.url == record_url(lahore_person)
    link = CentreLink.objects.get()
    assert (link.centre, link.linked_by) == (sialkot_officer.centre, sialkot_officer)
    assert (link.consent_text.purpose, link.consent_text.language) == ("centre_link", "ur")
    assert AuditEntry.objects.filter(access_kind="centre_link", object_pk=str(lahore_person.pk))
    # The record, its edit page and the desk's booking are this centre's now.
    record = client.get(record_url(lahore_person))
    assert record.status_code == 200 and "Also served at" in record.text
    assert client.get(f"{record_url(lahore_person)}edit/").status_code == 200
    assert lahore_person.registration_number in client.get("/candidates/", {"q": "Aslam"}).text
    make_counsellor(sialkot_officer.centre)
    booking = client.get(f"/counselling/book/{lahore_person.registration_number}/")
    assert booking.status_code == 200
    # Another centre, not linked, still gets 404.
    third = UserFactory(centre=CentreFactory(), role="registration_officer")
    assert logged_in(third).get(record_url(lahore_person)).status_code == 404


def test_the_desk_meets_a_person_of_another_centre_with_a_way_forward(
    lahore_person, sialkot_officer
):
    from tests.candidates.test_staff_pages import desk_form

    client = logged_in(sialkot_officer)
    data = desk_form(sialkot_officer.centre.district, **{"identity-cnic": CNIC})
    page = client.post("/candidates/register/", data).text
    assert "already registered at another centre" in page
    assert 'data-testid="registered-elsewhere"' in page
    assert "Muhammad Aslam" not in page  # nothing of the record before the look-up
    found = client.post(FIND, {"number": CNIC}).text
    assert "Muhammad Aslam" in found and "Serve the person at this centre" in found


def test_the_home_centre_moves_at_the_persons_request_and_nothing_is_lost(
    lahore_person, sialkot_officer
):
    lahore_officer = UserFactory(centre=lahore_person.centre, role="registration_officer")
    client = logged_in(sialkot_officer)
    move = f"{record_url(lahore_person)}move-home-centre-here/"
    assert client.post(move, {"asked": "on"}).status_code == 404  # not linked yet
    client.post(FIND, {"number": CNIC})
    client.post(link_url(lahore_person), {"consent_language": "en", "agrees": "on"})
    client.post(move, {})  # the person did not ask
    lahore_person.refresh_from_db()
    assert lahore_person.centre.code == "LHR"
    client.post(move, {"asked": "on"})
    lahore_person.refresh_from_db()
    assert lahore_person.centre == sialkot_officer.centre
    assert lahore_person.registration_number.startswith("LHR-")  # the number stays
    assert list(CentreLink.objects.values_list("centre__code", flat=True)) == ["LHR"]
    assert logged_in(lahore_officer).get(record_url(lahore_person)).status_code == 200
    entry = AuditEntry.objects.get(access_kind="home_centre_move")
    assert entry.additional_data == {"from": "LHR", "to": "SKT"}
    # From the home centre itself there is nothing to move.
    assert client.post(move, {"asked": "on"}).status_code == 404


@pytest.mark.parametrize("role", ["counsellor", "centre_manager", "district_labour_officer"])
def test_only_the_desk_looks_up_across_centres(lahore_person, role):
    other = UserFactory(centre=CentreFactory(), role=role)
    client = logged_in(other)
    assert client.post(FIND, {"number": CNIC}).status_code == 403
    assert not AuditEntry.objects.filter(access_kind="network_lookup").exists()


@pytest.mark.django_db(transaction=True)
def test_two_officers_linking_the_same_person_at_once_make_one_link():
    person = make_candidate(centre=CentreFactory(), cnic=CNIC)
    sialkot = CentreFactory()
    officers = [UserFactory(centre=sialkot, role="registration_officer") for _ in range(2)]
    text = link_consent_text()
    barrier = threading.Barrier(6)

    def link(n):
        try:
            barrier.wait()
            return link_to_centre(
                candidate=person, centre=sialkot, consent_text=text, by=officers[n % 2]
            ).pk
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=6) as pool:
        links = set(pool.map(link, range(6)))
    assert len(links) == 1
    assert CentreLink.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_centres_taking_the_record_home_at_once_leave_one_home_and_both_linked():
    lahore = CentreFactory()
    person = make_candidate(centre=lahore, cnic=CNIC)
    text = link_consent_text()
    centres = [CentreFactory(), CentreFactory()]
    officers = [UserFactory(centre=centre, role="registration_officer") for centre in centres]
    for centre, officer in zip(centres, officers, strict=True):
        link_to_centre(candidate=person, centre=centre, consent_text=text, by=officer)
    barrier = threading.Barrier(2)

    def move(n):
        try:
            barrier.wait()
            move_home_centre(candidate=person, to_centre=centres[n], by=officers[n])
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(move, range(2)))
    person = Candidate.objects.get(pk=person.pk)
    assert person.centre in centres
    linked = set(CentreLink.objects.filter(candidate=person).values_list("centre", flat=True))
    assert linked == {lahore.pk, *(c.pk for c in centres)} - {person.centre_id}


def test_a_linked_centre_sees_the_persons_appointments_and_sessions_elsewhere(
    lahore_person, sialkot_officer
):
    from tests.factories import FUTURE_MONDAY, make_appointment, make_session
    from tests.factories import local_time as at

    counsellor = make_counsellor(lahore_person.centre)
    make_appointment(
        counsellor=counsellor, candidate=lahore_person, starts_at=at(FUTURE_MONDAY, 10)
    )
    session = make_session(centre=lahore_person.centre, title="Going to Qatar")
    from apps.orientation.models import Enrolment

    Enrolment.objects.create(session=session, candidate=lahore_person, channel="online")
    client = logged_in(sialkot_officer)
    client.post(FIND, {"number": CNIC})
    client.post(link_url(lahore_person), {"consent_language": "en", "agrees": "on"})
    record = client.get(record_url(lahore_person)).text
    assert f"at {lahore_person.centre.name}" in record
    assert "Going to Qatar" in record
    # Seen, not managed: the other centre's appointment and session are not opened here.
    assert "/counselling/appointments/" not in record
    assert f"/orientation/sessions/{session.pk}/" not in record
