"""The desk's booking pages: finding the person by registration number, then choosing a
topic, a mode and one of the week's free times. Lost races and overlaps are explained on
the same form, with what was chosen kept."""

import datetime

import pytest
from django.utils import timezone

from apps.counselling.models import Appointment, AppointmentEvent
from apps.counselling.selectors import centre_time_zone, free_slots
from tests.factories import (
    TEST_PASSWORD,
    CentreFactory,
    SuperuserFactory,
    make_appointment,
    make_candidate,
    make_counsellor,
    next_monday,
)
from tests.factories import local_time as at
from tests.factories import slot_key as key

pytestmark = pytest.mark.django_db


@pytest.fixture
def counsellor(centre):
    return make_counsellor(centre)


@pytest.fixture
def person(centre):
    return make_candidate(centre=centre, full_name="Nasreen Akhtar")


@pytest.fixture
def desk(client_for):
    return client_for("registration_officer")


def book_url(person):
    return f"/counselling/book/{person.registration_number}/"


def booking(counsellor, starts_at, **fields):
    data = {"topic": "contract", "mode": "in_person", "slot": key(counsellor, starts_at)}
    data.update(fields)
    return data


# --- Finding the person ---------------------------------------------------------


def test_find_person_shows_the_form(desk):
    response = desk.get("/counselling/book/")
    assert response.status_code == 200
    assert 'name="registration_number"' in response.text


def test_a_number_of_the_centre_leads_to_booking(desk, person):
    response = desk.post(
        "/counselling/book/", {"registration_number": f" {person.registration_number.lower()} "}
    )
    assert response.status_code == 302
    assert response.url == book_url(person)


@pytest.mark.parametrize("role", ["counsellor"])
def test_a_counsellor_may_find_a_person(client_for, person, role):
    response = client_for(role).post(
        "/counselling/book/", {"registration_number": person.registration_number}
    )
    assert response.url == book_url(person)


def test_unknown_and_other_centres_numbers_get_the_same_message(desk, centre):
    stranger = make_candidate(centre=CentreFactory())
    for number in (stranger.registration_number, f"{centre.code}-2020-999999"):
        response = desk.post("/counselling/book/", {"registration_number": number})
        assert response.status_code == 200
        assert "No person with this registration number is registered at this centre." in (
            response.text
        )
        assert stranger.full_name not in response.text
        assert number in response.text  # what was typed stays


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Type the person&#x27;s registration number."),
        ("hello", "A registration number looks like"),
        ("<b>LHR</b>", "A registration number looks like"),
        ("LHR-2026-" + "9" * 200, "Ensure this value has at most 20 characters"),
        ("'; DROP TABLE x; --", "A registration number looks like"),
    ],
)
def test_junk_gets_a_message_never_an_error(desk, typed, message):
    response = desk.post("/counselling/book/", {"registration_number": typed})
    assert response.status_code == 200
    assert message in response.text
    assert "<b>LHR</b>" not in response.text


@pytest.mark.parametrize(
    ("role", "status"),
    [("centre_manager", 403), ("district_labour_officer", 403), ("kiosk", 403)],
)
def test_roles_without_booking_are_refused(client_for, role, status):
    assert client_for(role).get("/counselling/book/").status_code == status


def test_anonymous_is_sent_to_login(client, person):
    for url in ("/counselling/book/", book_url(person)):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/?next=")


# --- The booking page -------------------------------------------------------------


def test_the_week_shows_free_times_by_day(desk, person, counsellor):
    monday = next_monday()
    response = desk.get(book_url(person), {"topic": "contract", "week": monday.isoformat()})
    assert response.status_code == 200
    assert response.context["week"].start == monday
    days = [day for day, _rows in response.context["days"]]
    assert days == [monday + datetime.timedelta(days=n) for n in range(5)]
    assert f'value="{key(counsellor, at(monday, 9))}"' in response.text
    assert str(counsellor) in response.text
    assert "Monday" in response.text
    assert 'name="week"' in response.text  # the navigator


def test_no_times_until_a_topic_is_chosen(desk, person, counsellor):
    response = desk.get(book_url(person))
    assert 'name="slot"' not in response.text
    assert 'data-testid="choose-topic-first"' in response.text


def test_the_topic_narrows_the_counsellors(desk, person, centre, counsellor):
    specialist = make_counsellor(centre, topics=["money"])
    monday = next_monday()
    page = desk.get(book_url(person), {"topic": "money", "week": monday.isoformat()}).text
    assert key(specialist, at(monday, 9)) in page
    assert key(counsellor, at(monday, 9)) not in page


def test_the_counsellor_filter_shows_one_counsellors_times(desk, person, centre, counsellor):
    other = make_counsellor(centre)
    monday = next_monday()
    page = desk.get(
        book_url(person),
        {"topic": "contract", "counsellor": other.pk, "week": monday.isoformat()},
    ).text
    assert key(other, at(monday, 9)) in page
    assert key(counsellor, at(monday, 9)) not in page


def test_past_weeks_are_never_offered(desk, person, counsellor):
    today = timezone.localdate(timezone=centre_time_zone())
    response = desk.get(
        book_url(person), {"topic": "contract", "week": (today - datetime.timedelta(days=14))}
    )
    assert response.context["week"].start == today
    assert response.context["week"].previous is None
    assert 'data-testid="earlier-week"' not in response.text
    now = timezone.now()
    for _day, rows in response.context["days"]:
        for _counsellor, slots in rows:
            assert all(slot.starts_at > now for slot in slots)


@pytest.mark.parametrize("week", ["junk", "9999-12-31", "2026-02-30", ""])
def test_a_junk_week_shows_a_sane_week(desk, person, counsellor, week):
    response = desk.get(book_url(person), {"topic": "contract", "week": week})
    assert response.status_code == 200


def test_booking_at_the_desk(desk, person, counsellor):
    starts_at = at(next_monday(), 9, 30)
    response = desk.post(book_url(person), booking(counsellor, starts_at, mode="phone"))
    appointment = Appointment.objects.get()
    assert response.status_code == 302
    assert response.url == f"/counselling/appointments/{appointment.pk}/"
    assert (appointment.candidate, appointment.counsellor, appointment.starts_at) == (
        person,
        counsellor,
        starts_at,
    )
    assert (appointment.topic, appointment.mode, appointment.channel) == (
        "contract",
        "phone",
        "desk",
    )
    assert appointment.booked_by == desk.user
    event = AppointmentEvent.objects.get()
    assert (event.kind, event.by) == ("booked", desk.user)
    page = desk.get(response.url).text
    assert "Booked: Nasreen Akhtar" in page


def test_a_counsellor_books_through_the_counsellor_channel(client, person, counsellor):
    client.login(username=counsellor.user.username, password=TEST_PASSWORD)
    client.post(book_url(person), booking(counsellor, at(next_monday(), 10)))
    assert Appointment.objects.get().channel == "counsellor"


def test_a_refresh_books_nothing_and_keeps_the_choices(desk, person, counsellor):
    monday = next_monday()
    data = booking(counsellor, at(monday, 9), topic="documents", mode="video", refresh="1")
    response = desk.post(book_url(person), data)
    assert response.status_code == 200
    assert not Appointment.objects.exists()
    assert response.context["form"]["topic"].value() == "documents"
    assert response.context["form"]["mode"].value() == "video"
    later = desk.post(book_url(person), {**data, "week": (monday + datetime.timedelta(days=7))})
    assert later.context["week"].start == monday + datetime.timedelta(days=7)
    assert not Appointment.objects.exists()


def test_a_lost_race_keeps_the_form_and_shows_fresh_times(desk, person, counsellor, centre):
    monday = next_monday()
    page = desk.get(book_url(person), {"topic": "grievance", "week": monday.isoformat()})
    taken = at(monday, 11)
    assert key(counsellor, taken) in page.text
    # Someone else books that time between the page being shown and the click.
    make_appointment(counsellor=counsellor, starts_at=taken)
    response = desk.post(
        book_url(person),
        booking(counsellor, taken, topic="grievance", mode="video", shown_week=monday),
    )
    assert response.status_code == 200
    assert "That time was just taken, please pick another." in response.text
    form = response.context["form"]
    assert (form["topic"].value(), form["mode"].value()) == ("grievance", "video")
    assert '<option value="grievance" selected>' in response.text
    assert response.context["week"].start == monday
    assert key(counsellor, taken) not in response.text
    assert key(counsellor, at(monday, 11, 30)) in response.text
    assert Appointment.objects.filter(candidate=person).count() == 0


def test_the_person_cannot_be_in_two_places(desk, person, counsellor, centre):
    other = make_counsellor(centre)
    nine = at(next_monday(), 9)
    make_appointment(counsellor=counsellor, candidate=person, starts_at=nine)
    response = desk.post(book_url(person), booking(other, nine))
    assert response.status_code == 200
    assert "This person already has an appointment at that time." in response.text
    assert Appointment.objects.count() == 1


@pytest.mark.parametrize(
    ("slot", "message"),
    [
        ("", "Pick a time."),
        ("garbage", "Pick one of the times shown."),
        ("12@not-a-date", "Pick one of the times shown."),
        ("x@2030-01-07T04:00:00+00:00", "Pick one of the times shown."),
        ("{pk}@2030-01-07T09:00:00", "Pick one of the times shown."),  # no time zone
        ("999999@2030-01-07T04:00:00+00:00", "Pick one of the times shown."),
        ("{pk}@2030-01-07T04:07:00+00:00", "That time was just taken, please pick another."),
    ],
)
def test_a_junk_slot_is_refused_with_words(desk, person, counsellor, slot, message):
    data = booking(counsellor, at(next_monday(), 9), slot=slot.format(pk=counsellor.pk))
    response = desk.post(book_url(person), data)
    assert response.status_code == 200
    assert message in response.text
    assert not Appointment.objects.exists()


def test_another_centres_counsellor_is_refused(desk, person):
    stranger = make_counsellor(CentreFactory())
    response = desk.post(book_url(person), booking(stranger, at(next_monday(), 9)))
    assert response.status_code == 200
    assert "Pick one of the times shown." in response.text
    assert not Appointment.objects.exists()


def test_topic_and_mode_are_required(desk, person, counsellor):
    response = desk.post(
        book_url(person), booking(counsellor, at(next_monday(), 9), topic="", mode="")
    )
    assert "Choose what the person wants advice on." in response.text
    assert "Choose how the session takes place." in response.text
    assert not Appointment.objects.exists()


def test_another_centres_person_answers_404(desk, counsellor):
    stranger = make_candidate(centre=CentreFactory())
    assert desk.get(book_url(stranger)).status_code == 404
    assert (
        desk.post(book_url(stranger), booking(counsellor, at(next_monday(), 9))).status_code == 404
    )
    assert desk.get("/counselling/book/NOPE-0000-1/").status_code == 404
    assert not Appointment.objects.exists()


@pytest.mark.parametrize("role", ["centre_manager", "district_labour_officer", "kiosk"])
def test_roles_without_booking_cannot_book(client_for, person, counsellor, role):
    response = client_for(role).post(book_url(person), booking(counsellor, at(next_monday(), 9)))
    assert response.status_code == 403
    assert not Appointment.objects.exists()


def test_an_administrator_without_a_centre_is_told_why(client, person):
    admin = SuperuserFactory()
    client.force_login(admin)
    response = client.get(book_url(person))
    assert response.status_code == 200
    assert "Only staff of a centre can book counselling" in response.text
    assert 'name="slot"' not in response.text
    response = client.post(book_url(person), {"topic": "contract", "slot": "1@x"})
    assert "Only staff of a centre can book counselling" in response.text
    assert not Appointment.objects.exists()


def test_the_booking_page_runs_a_constant_number_of_queries(
    desk, person, centre, counsellor, django_assert_max_num_queries
):
    params = {"topic": "contract", "week": next_monday().isoformat()}
    with django_assert_max_num_queries(20) as one:
        desk.get(book_url(person), params)
    for _ in range(4):
        make_counsellor(centre)
    make_appointment(counsellor=counsellor, candidate=person, starts_at=at(next_monday(), 12))
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = desk.get(book_url(person), params)
    assert len(response.context["days"][0][1]) == 5


def test_free_slots_shown_are_those_the_service_offers(desk, person, counsellor):
    monday = next_monday()
    response = desk.get(book_url(person), {"topic": "contract", "week": monday})
    shown = [slot for _counsellor, slots in response.context["days"][0][1] for slot in slots]
    assert shown == free_slots(counsellor, monday)
