"""Walk-ins see the coming orientation sessions, at the kiosk and on the public site,
and reserve a place with their own registration number and CNIC, within capacity."""

import re
import threading

import pytest
from django.db import connection
from django.test import Client

from apps.orientation.models import Enrolment
from tests.factories import CentreFactory, make_candidate, make_session

UPCOMING = "/orientation/sessions/upcoming/"
RESERVED = "/orientation/sessions/reserved/"


def reserve_url(session):
    return f"{UPCOMING}{session.pk}/reserve/"


def numbers_of(person, cnic="35202-1234567-1"):
    return {"registration_number": person.registration_number, "cnic": cnic}


@pytest.mark.django_db
def test_the_coming_sessions_with_a_place_are_listed_by_destination_and_language(client):
    centre = CentreFactory()
    saudi = make_session(centre=centre, title="Going to Saudi Arabia", country="SA")
    korea = make_session(centre=centre, title="Going to Korea", country="KR", language="en")
    full = make_session(centre=centre, title="Going to Qatar", country="QA", capacity=1)
    Enrolment.objects.create(
        session=full, candidate=make_candidate(centre=centre), channel="online"
    )
    page = client.get(UPCOMING).text
    assert saudi.title in page and korea.title in page
    assert full.title not in page
    to_korea = client.get(UPCOMING, {"country": "KR"}).text
    assert korea.title in to_korea and saudi.title not in to_korea
    in_urdu = client.get(UPCOMING, {"language": "ur"}).text
    assert saudi.title in in_urdu and korea.title not in in_urdu


@pytest.mark.django_db
def test_a_person_reserves_a_place_online_and_sees_the_slip(client):
    centre = CentreFactory()
    session = make_session(centre=centre)
    person = make_candidate(centre=centre, cnic="35202-1234567-1")
    response = client.post(reserve_url(session), numbers_of(person))
    assert response.url == RESERVED
    enrolment = Enrolment.objects.get()
    assert (enrolment.candidate, enrolment.channel, enrolment.enrolled_by) == (
        person,
        "online",
        None,
    )
    slip = client.get(RESERVED).text
    assert person.registration_number in slip and session.title in slip


@pytest.mark.django_db
def test_urdu_digits_reserve_the_same_place(client):
    session = make_session()
    person = make_candidate(centre=session.centre, cnic="35202-1234567-1")
    urdu = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    client.post(
        reserve_url(session),
        {
            "registration_number": person.registration_number.translate(urdu),
            "cnic": "35202-1234567-1".translate(urdu),
        },
    )
    assert Enrolment.objects.get().candidate == person


@pytest.mark.django_db
def test_a_kiosk_reservation_is_the_devices_and_leaves_nothing_after_a_reset(client_for, centre):
    session = make_session(centre=centre)
    person = make_candidate(centre=centre, cnic="35202-1234567-1")
    kiosk = client_for("kiosk")
    kiosk.post(reserve_url(session), numbers_of(person))
    enrolment = Enrolment.objects.get()
    assert (enrolment.channel, enrolment.enrolled_by) == ("kiosk", kiosk.user)
    assert person.registration_number in kiosk.get(RESERVED).text
    kiosk.post("/kiosk/reset/")
    after = kiosk.get(RESERVED)
    assert after.status_code == 302 and after.url == UPCOMING


def visible_answer(response) -> str:
    """The page as a person reads it, without the form's token and typed values."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.text)
    return re.sub(r'value="[^"]*"', "", html)


@pytest.mark.django_db
def test_a_wrong_cnic_and_an_unknown_number_get_the_same_answer(client):
    session = make_session()
    person = make_candidate(centre=session.centre, cnic="35202-1234567-1")
    wrong_cnic = client.post(reserve_url(session), numbers_of(person, cnic="35202-7654321-1"))
    unknown = client.post(
        reserve_url(session),
        {"registration_number": person.registration_number[:-1] + "9", "cnic": "35202-1234567-1"},
    )
    assert wrong_cnic.status_code == unknown.status_code == 200
    assert "No place could be reserved with these numbers" in wrong_cnic.text
    assert visible_answer(wrong_cnic) == visible_answer(unknown)
    assert not Enrolment.objects.exists()


@pytest.mark.django_db
def test_an_erased_person_gets_the_same_answer_as_nobody(client):
    session = make_session()
    person = make_candidate(centre=session.centre, cnic="35202-1234567-1")
    type(person).objects.filter(pk=person.pk).update(anonymised_at="2026-01-01T00:00:00Z")
    response = client.post(reserve_url(session), numbers_of(person))
    assert "No place could be reserved with these numbers" in response.text


@pytest.mark.django_db(transaction=True)
def test_twice_the_capacity_reserving_at_once_get_exactly_the_places():
    centre = CentreFactory()
    capacity = 4
    session = make_session(centre=centre, capacity=capacity)
    people = [
        make_candidate(centre=centre, cnic=f"35202-{1000000 + n:07d}-1")
        for n in range(2 * capacity)
    ]
    barrier = threading.Barrier(len(people))
    answers = []

    def reserve(person, n):
        try:
            connection.ensure_connection()
            barrier.wait(timeout=60)
            response = Client().post(
                reserve_url(session), numbers_of(person, cnic=f"35202-{1000000 + n:07d}-1")
            )
            answers.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=reserve, args=(p, n)) for n, p in enumerate(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(answers) == 2 * capacity
    assert sorted(answers) == [200] * capacity + [302] * capacity
    assert Enrolment.objects.filter(session=session).count() == capacity


@pytest.mark.django_db
def test_after_five_wrong_pairs_the_visitor_is_sent_to_the_desk(client):
    session = make_session()
    person = make_candidate(centre=session.centre, cnic="35202-1234567-1")
    for _ in range(5):
        client.post(reserve_url(session), numbers_of(person, cnic="35202-7654321-1"))
    response = client.post(reserve_url(session), numbers_of(person))
    assert "ask at the desk" in response.text
    assert not Enrolment.objects.exists()


@pytest.mark.django_db
def test_a_person_who_agreed_to_messages_gets_the_place_by_text_in_their_language(
    client, notifications_in_memory, django_capture_on_commit_callbacks
):
    session = make_session()
    person = make_candidate(centre=session.centre, cnic="35202-1234567-1", preferred_language="ur")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reserve_url(session), numbers_of(person))
    [message] = notifications_in_memory
    assert message.phone == person.phone.as_e164 and message.language == "ur"
    assert "آگاہی سیشن" in message.body and person.full_name.split()[0] in message.body
    assert "on its way" in client.get(RESERVED).text


@pytest.mark.django_db
def test_a_person_who_did_not_agree_gets_the_place_and_no_message(
    client, notifications_in_memory, django_capture_on_commit_callbacks
):
    session = make_session()
    person = make_candidate(centre=session.centre, cnic="35202-1234567-1", agrees_to_messages=False)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reserve_url(session), numbers_of(person))
    assert Enrolment.objects.get().candidate == person
    assert notifications_in_memory == []
    assert "on its way" not in client.get(RESERVED).text
