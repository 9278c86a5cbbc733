"""A walk-in books counselling at the kiosk with their slip's number and CNIC. They see
free times only, never anyone's booking, and nothing of their own record."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from apps.counselling import services
from apps.counselling.models import Appointment
from apps.counselling.selectors import centre_time_zone
from apps.counselling.views import kiosk as kiosk_views
from apps.counselling.views.kiosk import BOOKED_KEY, CHOICE_KEY
from tests.conftest import ROLE_SLUGS
from tests.factories import (
    CentreFactory,
    UserFactory,
    make_appointment,
    make_candidate,
    make_counsellor,
)

pytestmark = pytest.mark.django_db

IDENTIFY = "/counselling/kiosk/"
TIME = "/counselling/kiosk/time/"
BOOKED = "/counselling/kiosk/booked/"
# Every day of the week, so that the next seven days always hold free times.
EVERY_MORNING = tuple((weekday, "09:00", "12:00", 30) for weekday in range(7))


def tomorrow_at(hour, minute=0):
    tomorrow = timezone.now().astimezone(centre_time_zone()).date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(
        tomorrow, datetime.time(hour, minute), tzinfo=centre_time_zone()
    )


def button_value(starts_at):
    return starts_at.astimezone(datetime.UTC).isoformat()


@pytest.fixture
def kiosk(client, centre):
    device = UserFactory(centre=centre, role="kiosk")
    client.force_login(device)
    client.device = device
    return client


@pytest.fixture
def person():
    # Registered at another centre: the kiosk books them wherever they registered.
    return make_candidate(centre=CentreFactory(), full_name="Secret Name Person")


def named_counsellor(centre, first_name, last_name, **profile):
    # Names no page could contain by chance, so that "not on the page" means something.
    counsellor = make_counsellor(centre, EVERY_MORNING, **profile)
    counsellor.user.first_name, counsellor.user.last_name = first_name, last_name
    counsellor.user.save()
    return counsellor


@pytest.fixture
def counsellor(centre):
    return named_counsellor(centre, "Rubina", "Qureshi", languages=["ur", "en"])


def identify(kiosk, person, *, cnic=None, topic="contract", mode="in_person", **kwargs):
    return kiosk.post(
        IDENTIFY,
        {
            "registration_number": person.registration_number,
            "cnic": cnic if cnic is not None else person.full_cnic(),
            "topic": topic,
            "mode": mode,
        },
        **kwargs,
    )


def choose(kiosk, starts_at, **kwargs):
    value = starts_at if isinstance(starts_at, str) else button_value(starts_at)
    return kiosk.post(TIME, {"starts_at": value}, **kwargs)


# --- Who they are ------------------------------------------------------------


def test_the_right_pair_leads_to_the_times_and_keeps_only_ids(kiosk, person, counsellor):
    response = identify(kiosk, person, mode="phone")
    assert response.status_code == 302 and response.url == TIME
    assert kiosk.session[CHOICE_KEY] == {
        "candidate": person.pk,
        "topic": "contract",
        "mode": "phone",
    }
    page = kiosk.get(TIME).content.decode()
    assert button_value(tomorrow_at(9)) in page
    assert person.full_name not in page
    assert person.cnic_masked not in page
    assert person.registration_number not in page


def test_a_number_and_cnic_of_two_people_are_refused_and_the_answers_kept(
    kiosk, person, counsellor
):
    other = make_candidate(centre=person.centre, full_name="Other Secret Person")
    response = identify(kiosk, person, cnic=other.full_cnic(), topic="rights", mode="phone")
    page = response.content.decode()
    assert response.status_code == 200
    assert "This registration number and CNIC do not belong together" in page
    assert person.full_name not in page and other.full_name not in page
    assert person.registration_number in page
    assert 'value="rights" checked' in page and 'value="phone" checked' in page
    assert CHOICE_KEY not in kiosk.session


def test_an_inactive_registration_cannot_book(kiosk, person, counsellor):
    type(person).objects.filter(pk=person.pk).update(status="inactive")
    response = identify(kiosk, person)
    assert "do not belong together" in response.content.decode()
    assert CHOICE_KEY not in kiosk.session


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"registration_number": "12345"}, "A registration number looks like"),
        ({"cnic": "123"}, "A CNIC has 13 digits"),
        ({"topic": ""}, "Please choose what you want advice about."),
        ({"mode": ""}, "Please choose how you want to talk."),
        # Video needs a link the kiosk cannot hand over: the desk books it.
        ({"mode": "video"}, "Select a valid choice."),
    ],
)
def test_badly_typed_answers_get_a_clear_message(kiosk, person, changes, message):
    data = {
        "registration_number": person.registration_number,
        "cnic": person.full_cnic(),
        "topic": "contract",
        "mode": "in_person",
        **changes,
    }
    response = kiosk.post(IDENTIFY, data)
    assert message in response.content.decode()
    assert CHOICE_KEY not in kiosk.session


def test_after_five_wrong_pairs_the_visitor_is_sent_to_the_desk(kiosk, person, counsellor):
    other = make_candidate(centre=person.centre)
    for _ in range(5):
        identify(kiosk, person, cnic=other.full_cnic())
    response = identify(kiosk, person)
    assert "Please ask at the desk" in response.content.decode()
    assert CHOICE_KEY not in kiosk.session
    # The next visitor starts a new session, with a clean count.
    kiosk.post("/kiosk/reset/")
    assert identify(kiosk, person).status_code == 302


def test_the_count_is_its_own_not_the_job_interest_one(kiosk, person, counsellor):
    session = kiosk.session
    session["listings:interest-attempts"] = 5
    session.save()
    assert identify(kiosk, person).status_code == 302


# --- Which times -------------------------------------------------------------


def test_only_free_times_are_shown_once_each_and_nobody_is_named(kiosk, person, centre):
    first = named_counsellor(centre, "Rubina", "Qureshi")
    second = named_counsellor(centre, "Tahira", "Bokhari")
    someone = make_candidate(centre=centre, full_name="Booked Someone")
    make_appointment(counsellor=first, candidate=someone, starts_at=tomorrow_at(9))
    make_appointment(counsellor=second, candidate=make_candidate(), starts_at=tomorrow_at(9))
    make_appointment(counsellor=first, candidate=make_candidate(), starts_at=tomorrow_at(10))
    identify(kiosk, person)

    page = kiosk.get(TIME).content.decode()
    assert button_value(tomorrow_at(9)) not in page  # both counsellors are busy then
    # The second counsellor is free at 10:00: one button, whoever is free behind it.
    assert page.count(button_value(tomorrow_at(10))) == 1
    assert page.count(button_value(tomorrow_at(11))) == 1
    assert "Booked Someone" not in page
    for counsellor in (first, second):
        assert counsellor.user.first_name not in page
        assert counsellor.user.last_name not in page


def test_the_times_page_reads_the_same_number_of_queries_for_more_counsellors(
    kiosk, person, counsellor, centre
):
    identify(kiosk, person)
    kiosk.get(TIME)  # what every kiosk page caches (its recorded readings) is in the cache
    with CaptureQueriesContext(connection) as one_counsellor:
        kiosk.get(TIME)
    for _ in range(3):
        make_appointment(
            counsellor=make_counsellor(centre, EVERY_MORNING), starts_at=tomorrow_at(9)
        )
    with CaptureQueriesContext(connection) as four_counsellors:
        kiosk.get(TIME)
    assert len(four_counsellors) == len(one_counsellor)


def test_times_are_grouped_by_day_with_the_days_name(kiosk, person, counsellor):
    identify(kiosk, person)
    page = kiosk.get(TIME).content.decode()
    assert "Tomorrow" in page
    assert tomorrow_at(9).strftime("%A") in page
    assert "9:00" in page


def test_only_counsellors_taking_the_topic_are_offered(kiosk, person, centre):
    make_counsellor(centre, EVERY_MORNING, topics=["contract"])
    identify(kiosk, person, topic="rights")
    page = kiosk.get(TIME).content.decode()
    assert 'data-testid="time"' not in page
    assert "No counsellor is free for this topic" in page


def test_counsellors_of_another_centre_are_never_offered(kiosk, person):
    # The centre that registered the person is not the kiosk's.
    make_counsellor(person.centre, EVERY_MORNING)
    identify(kiosk, person)
    page = kiosk.get(TIME).content.decode()
    assert 'data-testid="time"' not in page
    response = choose(kiosk, tomorrow_at(9))
    assert "That time was just taken, please pick another." in response.content.decode()
    assert not Appointment.objects.exists()


def test_without_identifying_first_the_times_page_sends_back(kiosk, counsellor):
    response = kiosk.get(TIME)
    assert response.status_code == 302 and response.url == IDENTIFY
    assert choose(kiosk, tomorrow_at(9)).url == IDENTIFY
    assert not Appointment.objects.exists()


# --- Booking -----------------------------------------------------------------


def test_booking_a_time_through_the_kiosk(kiosk, person, counsellor):
    identify(kiosk, person, topic="fees_fraud", mode="phone")
    response = choose(kiosk, tomorrow_at(9, 30))
    assert response.status_code == 302 and response.url == BOOKED
    appointment = Appointment.objects.get()
    assert (appointment.candidate, appointment.counsellor) == (person, counsellor)
    assert appointment.starts_at == tomorrow_at(9, 30)
    assert (appointment.topic, appointment.mode) == ("fees_fraud", "phone")
    assert (appointment.channel, appointment.booked_by) == ("kiosk", kiosk.device)
    assert CHOICE_KEY not in kiosk.session
    assert kiosk.session[BOOKED_KEY] == appointment.pk


def test_a_second_tap_after_booking_shows_the_booking_again(kiosk, person, counsellor):
    identify(kiosk, person)
    choose(kiosk, tomorrow_at(9))
    response = choose(kiosk, tomorrow_at(9, 30))
    assert response.status_code == 302 and response.url == BOOKED
    assert kiosk.get(TIME).url == BOOKED
    assert Appointment.objects.count() == 1


def test_the_booked_page_shows_the_booking_and_nothing_else(kiosk, person, counsellor):
    make_appointment(
        counsellor=make_counsellor(CentreFactory(), EVERY_MORNING),
        candidate=person,
        starts_at=tomorrow_at(11),
    )
    identify(kiosk, person, mode="phone")
    choose(kiosk, tomorrow_at(9))
    page = kiosk.get(BOOKED).content.decode()
    assert tomorrow_at(9).strftime("%A") in page
    assert "9:00" in page
    assert counsellor.user.first_name in page
    assert counsellor.user.last_name not in page
    assert "the counsellor will call the number you registered" in page
    assert str(person.phone) not in page and person.phone.as_national not in page
    assert person.full_name not in page and person.cnic_masked not in page
    assert "11:00" not in page  # their other appointment is never shown
    assert 'data-testid="finish"' in page


def test_an_in_person_booking_gives_the_centres_address(kiosk, person, counsellor, centre):
    identify(kiosk, person, mode="in_person")
    choose(kiosk, tomorrow_at(9))
    page = kiosk.get(BOOKED).content.decode()
    assert centre.address in page
    assert "Your CNIC" in page and "Your passport, if you have one" in page


def test_a_time_taken_before_the_tap_is_refused_with_fresh_times(kiosk, person, counsellor):
    identify(kiosk, person)
    assert button_value(tomorrow_at(9)) in kiosk.get(TIME).content.decode()
    # Someone at the desk books that time while the person looks at the page.
    make_appointment(counsellor=counsellor, starts_at=tomorrow_at(9))
    response = choose(kiosk, tomorrow_at(9))
    page = response.content.decode()
    assert response.status_code == 200
    assert "That time was just taken, please pick another." in page
    assert button_value(tomorrow_at(9)) not in page
    assert button_value(tomorrow_at(9, 30)) in page
    assert not Appointment.objects.filter(channel="kiosk").exists()
    assert kiosk.session[CHOICE_KEY]["candidate"] == person.pk  # they can pick again


@pytest.fixture
def race_at_booking(monkeypatch):
    """race_at_booking(losses=n): the kiosk's next n booking attempts each lose a race,
    their counsellor's time booked by the desk just before, as in a real race."""
    real_book = services.book_appointment

    def arrange(losses=1):
        left = [losses]

        def booking_after_the_desk(**kwargs):
            if left[0]:
                left[0] -= 1
                real_book(
                    candidate=make_candidate(),
                    counsellor=kwargs["counsellor"],
                    starts_at=kwargs["starts_at"],
                    topic="contract",
                    mode="in_person",
                    booked_by=kwargs["counsellor"].user,
                    channel="desk",
                )
            return real_book(**kwargs)

        monkeypatch.setattr(services, "book_appointment", booking_after_the_desk)

    return arrange


def test_a_race_lost_for_one_counsellor_books_another_free_then(
    kiosk, person, centre, race_at_booking
):
    counsellors = {make_counsellor(centre, EVERY_MORNING) for _ in range(2)}
    identify(kiosk, person)
    race_at_booking(losses=1)
    response = choose(kiosk, tomorrow_at(9))
    assert response.status_code == 302 and response.url == BOOKED
    lost = Appointment.objects.get(channel="desk")
    booked = Appointment.objects.get(channel="kiosk")
    assert booked.candidate == person and booked.starts_at == tomorrow_at(9)
    assert {lost.counsellor, booked.counsellor} == counsellors


def test_a_race_lost_for_every_counsellor_says_so(kiosk, person, counsellor, race_at_booking):
    identify(kiosk, person)
    race_at_booking(losses=1)
    response = choose(kiosk, tomorrow_at(9))
    page = response.content.decode()
    assert "That time was just taken, please pick another." in page
    assert button_value(tomorrow_at(9)) not in page
    assert button_value(tomorrow_at(9, 30)) in page
    assert not Appointment.objects.filter(channel="kiosk").exists()


def test_a_person_already_booked_then_is_told(kiosk, person, centre):
    make_counsellor(centre, EVERY_MORNING)
    elsewhere = make_counsellor(CentreFactory(), EVERY_MORNING)
    make_appointment(counsellor=elsewhere, candidate=person, starts_at=tomorrow_at(9))
    identify(kiosk, person)
    response = choose(kiosk, tomorrow_at(9))
    page = response.content.decode()
    assert "You already have an appointment at that time." in page
    assert button_value(tomorrow_at(9, 30)) in page
    assert not Appointment.objects.filter(channel="kiosk").exists()


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "not-a-time",
        "2030-01-07T09:00:00",  # no time zone
        "2099-01-05T04:00:00+00:00",  # far beyond the week offered
        "2001-01-01T04:00:00+00:00",  # long past
    ],
)
def test_a_time_that_was_never_offered_is_refused(kiosk, person, counsellor, junk):
    identify(kiosk, person)
    response = choose(kiosk, junk)
    assert response.status_code == 200
    assert "Please choose one of the times shown." in response.content.decode()
    assert not Appointment.objects.exists()


def test_a_time_inside_the_week_but_not_a_slot_is_refused(kiosk, person, counsellor):
    identify(kiosk, person)
    response = choose(kiosk, tomorrow_at(9, 10))
    assert "please pick another" in response.content.decode()
    assert not Appointment.objects.exists()


@pytest.mark.parametrize(
    ("hour", "context"),
    [
        (2, "time of day: night, after midnight"),
        (9, "time of day: morning"),
        (12, "time of day: afternoon"),
        (17, "time of day: evening"),
        (21, "time of day: night"),
    ],
)
def test_the_time_of_day_says_which_part_of_the_day(monkeypatch, hour, context):
    # Urdu names the part of the day, so each has a message of its own to translate.
    seen = []
    monkeypatch.setattr(kiosk_views, "pgettext", lambda ctx, text: seen.append(ctx) or text)
    label = kiosk_views.time_of_day(tomorrow_at(hour))
    assert seen == [context]
    assert label == ("a.m." if hour < 12 else "p.m.")


@pytest.mark.parametrize(("language", "speaker"), [("ur", "urdu"), ("en", "english")])
def test_a_counsellor_speaking_the_screens_language_is_preferred(
    kiosk, person, centre, language, speaker
):
    counsellors = {
        "english": make_counsellor(centre, EVERY_MORNING, languages=["en"]),
        "urdu": make_counsellor(centre, EVERY_MORNING, languages=["ur", "pa"]),
    }
    kiosk.cookies["django_language"] = language
    identify(kiosk, person)
    choose(kiosk, tomorrow_at(9))
    assert Appointment.objects.get().counsellor == counsellors[speaker]


# --- Finishing -----------------------------------------------------------------


def test_finish_erases_the_booking_from_the_kiosk(kiosk, person, counsellor):
    identify(kiosk, person)
    choose(kiosk, tomorrow_at(9))
    assert kiosk.get(BOOKED).status_code == 200
    kiosk.post("/kiosk/reset/")
    response = kiosk.get(BOOKED)
    assert response.status_code == 302 and response.url == "/kiosk/"
    assert kiosk.get(TIME).url == IDENTIFY


def test_the_booked_page_without_a_booking_goes_to_the_start(kiosk):
    response = kiosk.get(BOOKED)
    assert response.status_code == 302 and response.url == "/kiosk/"


def test_the_menu_offers_counselling(kiosk):
    assert 'href="/counselling/kiosk/"' in kiosk.get("/kiosk/menu/").content.decode()


# --- Who may -------------------------------------------------------------------


@pytest.mark.parametrize("url", [IDENTIFY, TIME, BOOKED])
@pytest.mark.parametrize("role", [slug for slug in ROLE_SLUGS if slug != "kiosk"])
def test_only_the_kiosk_books_here(client_for, url, role):
    client = client_for(role)
    for response in (client.get(url), client.post(url, {})):
        assert response.status_code == 403


@pytest.mark.parametrize("url", [IDENTIFY, TIME, BOOKED])
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


@pytest.mark.parametrize("url", [IDENTIFY, TIME, BOOKED])
def test_the_pages_are_never_cached(kiosk, person, counsellor, url):
    identify(kiosk, person)
    if url == BOOKED:
        choose(kiosk, tomorrow_at(9))
    response = kiosk.get(url)
    assert "no-store" in response["Cache-Control"]
