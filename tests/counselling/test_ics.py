"""The .ics file of an appointment, read back with the icalendar library: what it says,
what it never says, and how a move or a cancellation updates a calendar's copy."""

import datetime

import pytest
from icalendar import Calendar

from apps.counselling import services
from apps.counselling.models import CaseNote
from tests.factories import (
    CentreFactory,
    make_appointment,
    make_candidate,
    make_counsellor,
    next_monday,
)
from tests.factories import local_time as at

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(centre):
    return make_candidate(
        centre=centre, full_name="Sajid Iqbal", cnic="35202-7654321-3", phone="+923331234567"
    )


@pytest.fixture
def counsellor(centre):
    return make_counsellor(centre)


@pytest.fixture
def appointment(counsellor, person):
    return make_appointment(
        counsellor=counsellor, candidate=person, starts_at=at(next_monday(), 10), topic="documents"
    )


def ics_url(appointment):
    return f"/counselling/appointments/{appointment.pk}/calendar.ics"


def download(client, appointment):
    response = client.get(ics_url(appointment))
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    return response, calendar, event


def test_the_file_describes_the_appointment(client_for, appointment, person, centre):
    response, calendar, event = download(client_for("registration_officer"), appointment)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="appointment-{appointment.pk}.ics"'
    )
    assert "no-store" in response["Cache-Control"]
    assert calendar["METHOD"] == "PUBLISH"
    assert "MRC Portal" in str(calendar["PRODID"])
    assert str(event["UID"]) == f"appointment-{appointment.pk}@mrc-portal"
    assert event.start == appointment.starts_at
    assert event.end == appointment.ends_at
    assert event.start.utcoffset() == datetime.timedelta(0)
    assert b"DTSTART:" in response.content and b"Z\r\n" in response.content
    assert str(event["SUMMARY"]) == "Legal counselling: Visa, passport and documents"
    assert str(event["LOCATION"]) == f"{centre.name}, {centre.address}"
    description = str(event["DESCRIPTION"])
    assert person.registration_number in description
    assert "In person" in description
    assert centre.helpline.as_national in description
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event["SEQUENCE"] == 0


def test_the_file_never_carries_identifiers_or_notes(client, appointment, person, counsellor):
    CaseNote.objects.create(
        candidate=person,
        centre=counsellor.user.centre,
        appointment=appointment,
        created_by=counsellor.user,
        text="SECRET NOTE about the agent",
        outcome="advice",
    )
    client.force_login(counsellor.user)
    content = client.get(ics_url(appointment)).content.decode()
    for secret in ("SECRET NOTE", "7654321", "35202", "3331234567", "333 1234567", "Sajid"):
        assert secret not in content


@pytest.mark.parametrize(("mode", "location"), [("phone", "By phone"), ("video", "By video")])
def test_remote_sessions_say_so_instead_of_an_address(client_for, counsellor, mode, location):
    appointment = make_appointment(
        counsellor=counsellor, starts_at=at(next_monday(), 11), mode=mode
    )
    _response, _calendar, event = download(client_for("counsellor"), appointment)
    assert str(event["LOCATION"]) == location


def test_a_move_raises_the_sequence_and_keeps_the_uid(client_for, appointment, counsellor):
    client = client_for("registration_officer")
    for hour in (11, 12):
        services.reschedule_appointment(
            appointment=appointment,
            counsellor=counsellor,
            starts_at=at(next_monday(), hour),
            by=client.user,
            reason="asked to",
        )
    _response, _calendar, event = download(client, appointment)
    assert event["SEQUENCE"] == 2
    assert str(event["UID"]) == f"appointment-{appointment.pk}@mrc-portal"
    assert event.start == at(next_monday(), 12)


def test_a_cancelled_appointment_says_cancelled(client_for, appointment):
    client = client_for("registration_officer")
    services.cancel_appointment(
        appointment=appointment, by=client.user, by_person=True, reason="changed plans"
    )
    _response, _calendar, event = download(client, appointment)
    assert str(event["STATUS"]) == "CANCELLED"
    assert "changed plans" not in str(event.to_ical())


def test_the_summary_follows_the_language_of_the_request(client_for, appointment):
    client = client_for("registration_officer")
    client.cookies["django_language"] = "ur"
    response = client.get(ics_url(appointment))
    assert response.status_code == 200
    assert response["Content-Language"] == "ur"


def test_a_centre_manager_may_download(client_for, appointment):
    assert client_for("centre_manager").get(ics_url(appointment)).status_code == 200


def test_another_centre_and_a_bad_id_answer_404(client_for):
    stranger = make_appointment(
        counsellor=make_counsellor(CentreFactory()), starts_at=at(next_monday(), 9)
    )
    client = client_for("registration_officer")
    assert client.get(ics_url(stranger)).status_code == 404
    assert client.get("/counselling/appointments/999999/calendar.ics").status_code == 404


@pytest.mark.parametrize("role", ["kiosk", "district_labour_officer"])
def test_roles_without_appointments_get_403(client_for, appointment, role):
    assert client_for(role).get(ics_url(appointment)).status_code == 403


def test_anonymous_goes_to_login(client, appointment):
    response = client.get(ics_url(appointment))
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")
