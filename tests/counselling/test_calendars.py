"""The calendars: the centre's day at the desk, a counsellor's own day and week."""

import datetime
import zoneinfo

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from apps.candidates.models import Candidate
from apps.counselling.models import Appointment, AvailabilityException
from tests.factories import (
    FUTURE_MONDAY,
    TEST_PASSWORD,
    CentreFactory,
    UserFactory,
    make_appointment,
    make_candidate,
    make_counsellor,
)
from tests.factories import local_time as at

pytestmark = pytest.mark.django_db
LOCAL = zoneinfo.ZoneInfo(settings.TIME_ZONE)
MONDAY = FUTURE_MONDAY
WEDNESDAY = MONDAY + datetime.timedelta(days=2)
DAY_URL = reverse("counselling:day")
MY_DAY_URL = reverse("counselling:my_day")
MY_WEEK_URL = reverse("counselling:my_week")


def today():
    return timezone.now().astimezone(LOCAL).date()


def log_in(client, user):
    assert client.login(username=user.username, password=TEST_PASSWORD)
    return client


def listed(response):
    """The registration numbers of the appointments a page lists, in order."""
    html = response.content.decode()
    marker = 'data-testid="appointment" data-registration-number="'
    return [part.split('"', 1)[0] for part in html.split(marker)[1:]]


def appointment_today(counsellor, hour=12, status=Appointment.Status.BOOKED, **fields):
    """An appointment today, whatever the time now: booking refuses a past slot, so the
    row is written directly (these tests are about showing it, not booking it)."""
    starts_at = at(today(), hour)
    return Appointment.objects.create(
        candidate=fields.pop("candidate", None) or make_candidate(centre=counsellor.user.centre),
        counsellor=counsellor,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(minutes=30),
        mode="in_person",
        topic="contract",
        channel="desk",
        booked_by=counsellor.user,
        status=status,
        **fields,
    )


@pytest.fixture
def counsellor(centre):
    return make_counsellor(centre)


@pytest.fixture
def colleague(centre):
    return make_counsellor(centre)


@pytest.fixture
def elsewhere():
    """A counsellor of another centre, with a booking on the same Monday."""
    other = make_counsellor(CentreFactory())
    make_appointment(counsellor=other, starts_at=at(MONDAY, 9))
    return other


# --- Who may open which calendar -------------------------------------------

ALLOWED = {
    # role: (centre day, my day, my week)
    None: ("login", "login", "login"),
    "kiosk": (403, 403, 403),
    "district_labour_officer": (403, 403, 403),
    "registration_officer": (200, 403, 403),
    "centre_manager": (200, 403, 403),
    "counsellor": (200, 200, 200),
}


@pytest.mark.parametrize("role", list(ALLOWED))
def test_who_may_open_each_calendar(client, centre, role):
    if role == "counsellor":
        log_in(client, make_counsellor(centre).user)
    elif role is not None:
        log_in(client, UserFactory(centre=centre, role=role))
    for url, expected in zip((DAY_URL, MY_DAY_URL, MY_WEEK_URL), ALLOWED[role], strict=True):
        response = client.get(url)
        if expected == "login":
            assert response.status_code == 302
            assert response.url.startswith(reverse("accounts:login"))
        else:
            assert response.status_code == expected, url


def test_a_counsellor_account_without_a_profile_has_no_calendar_of_its_own(client, centre):
    log_in(client, UserFactory(centre=centre, role="counsellor"))
    assert client.get(DAY_URL).status_code == 200
    assert client.get(MY_DAY_URL).status_code == 403
    assert client.get(MY_WEEK_URL).status_code == 403


def test_calendars_are_never_cached(client, counsellor):
    log_in(client, counsellor.user)
    for url in (DAY_URL, MY_DAY_URL, MY_WEEK_URL):
        assert "no-store" in client.get(url)["Cache-Control"]


# --- The centre's day ------------------------------------------------------


def test_the_centre_day_lists_the_centres_appointments_in_time_order(
    client, centre, counsellor, colleague, elsewhere
):
    late = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 11), topic="documents")
    early = make_appointment(counsellor=colleague, starts_at=at(MONDAY, 9), mode="phone")
    make_appointment(counsellor=counsellor, starts_at=at(MONDAY + datetime.timedelta(1), 9))
    log_in(client, UserFactory(centre=centre, role="registration_officer"))
    response = client.get(DAY_URL, {"date": "2030-01-07"})
    assert response.status_code == 200
    assert listed(response) == [
        early.candidate.registration_number,
        late.candidate.registration_number,
    ]
    html = response.content.decode()
    assert early.candidate.full_name in html
    assert "09:00–09:30" in html and "04:00" not in html  # local time, not UTC
    assert "Visa, passport and documents" in html and "Phone" in html
    assert str(colleague) in html
    assert reverse("counselling:appointment", kwargs={"pk": late.pk}) in html
    assert reverse("counselling:find_person") in html
    # Not today: nobody can be checked in yet.
    assert 'data-testid="check-in"' not in html


def test_another_centres_appointments_are_never_listed(client, centre, counsellor, elsewhere):
    mine = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    log_in(client, UserFactory(centre=centre, role="registration_officer"))
    response = client.get(DAY_URL, {"date": "2030-01-07"})
    assert listed(response) == [mine.candidate.registration_number]
    assert str(elsewhere) not in response.content.decode()


def test_another_centres_counsellor_cannot_be_chosen_and_shows_the_whole_centre(
    client, centre, counsellor, colleague, elsewhere
):
    mine = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    theirs = make_appointment(counsellor=colleague, starts_at=at(MONDAY, 11))
    log_in(client, UserFactory(centre=centre, role="registration_officer"))
    everyone = [mine.candidate.registration_number, theirs.candidate.registration_number]

    only_mine = client.get(DAY_URL, {"date": "2030-01-07", "counsellor": counsellor.pk})
    assert listed(only_mine) == [mine.candidate.registration_number]
    assert f'value="{counsellor.pk}" selected' in only_mine.content.decode()

    for foreign in (elsewhere.pk, "nonsense", "-1"):
        response = client.get(DAY_URL, {"date": "2030-01-07", "counsellor": foreign})
        assert response.status_code == 200
        assert listed(response) == everyone
        assert f'value="{elsewhere.pk}"' not in response.content.decode()


def test_the_desk_checks_in_todays_booked_appointments_and_comes_back(client, centre, counsellor):
    booked = appointment_today(counsellor, hour=10)
    arrived = appointment_today(counsellor, hour=11, status=Appointment.Status.CHECKED_IN)
    log_in(client, UserFactory(centre=centre, role="registration_officer"))
    response = client.get(DAY_URL)
    html = response.content.decode()
    assert listed(response) == [
        booked.candidate.registration_number,
        arrived.candidate.registration_number,
    ]
    assert html.count('data-testid="check-in"') == 1
    action = reverse("counselling:appointment_status", kwargs={"pk": booked.pk})
    assert f'action="{action}"' in html
    assert 'name="next" value="/counselling/"' in html

    answer = client.post(action, {"status": "checked_in", "next": DAY_URL})
    assert answer.status_code == 302 and answer.url == DAY_URL
    booked.refresh_from_db()
    assert booked.status == Appointment.Status.CHECKED_IN


def test_a_centre_manager_reads_the_day_without_buttons(client, centre, counsellor):
    appointment_today(counsellor)
    log_in(client, UserFactory(centre=centre, role="centre_manager"))
    response = client.get(DAY_URL)
    html = response.content.decode()
    assert len(listed(response)) == 1
    assert 'data-testid="check-in"' not in html
    assert 'data-testid="book"' not in html


def test_cancelled_appointments_come_last_in_their_own_section(client, centre, counsellor):
    kept = appointment_today(counsellor, hour=11)
    dropped = appointment_today(counsellor, hour=9, status=Appointment.Status.CANCELLED_BY_PERSON)
    log_in(client, UserFactory(centre=centre, role="registration_officer"))
    response = client.get(DAY_URL)
    html = response.content.decode()
    assert listed(response) == [
        kept.candidate.registration_number,
        dropped.candidate.registration_number,
    ]
    cancelled_section = html.split('data-testid="cancelled"', 1)[1]
    assert dropped.candidate.registration_number in cancelled_section
    assert kept.candidate.registration_number not in cancelled_section
    assert "1 cancelled appointment" in html
    assert "1 appointment" in html.split('data-testid="appointment-count"', 1)[1][:40]
    # Only the booked one can be checked in.
    assert html.count('data-testid="check-in"') == 1


def test_the_centre_day_says_when_the_centre_is_closed(client, centre, counsellor):
    start = at(MONDAY, 0)
    AvailabilityException.objects.create(
        centre=centre,
        starts_at=start,
        ends_at=start + datetime.timedelta(days=1),
        reason="holiday",
        note="Iqbal Day",
    )
    log_in(client, UserFactory(centre=centre, role="registration_officer"))
    html = client.get(DAY_URL, {"date": "2030-01-07"}).content.decode()
    assert "Centre closed" in html and "Iqbal Day" in html
    other_day = client.get(DAY_URL, {"date": "2030-01-08"}).content.decode()
    assert "Iqbal Day" not in other_day


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("2030-01-07", MONDAY),
        (" 2030-01-07 ", MONDAY),
        ("07/01/2030", MONDAY),  # typed day first, as people here write it
        ("۰۷/۰۱/۲۰۳۰", MONDAY),  # in Urdu digits
        ("7-1-2030", MONDAY),
        ("2030-13-45", None),
        ("yesterday", None),
        ("99999-01-01", None),
        ("1066-10-14", None),
        ("", None),
    ],
)
def test_the_day_comes_from_the_date_parameter_or_is_today(client, counsellor, given, shown):
    log_in(client, counsellor.user)
    for url in (DAY_URL, MY_DAY_URL):
        response = client.get(url, {"date": given})
        assert response.status_code == 200
        day = response.context["day"]
        assert getattr(day, "date", day) == (shown or today())
        warned = "That date could not be read" in response.content.decode()
        assert warned == (shown is None and given != "")


def test_previous_and_next_day_links_keep_the_chosen_counsellor(client, centre, counsellor):
    log_in(client, UserFactory(centre=centre, role="registration_officer"))
    html = client.get(DAY_URL, {"date": "2030-01-07", "counsellor": counsellor.pk}).content
    html = html.decode()
    assert f'href="?date=2030-01-06&amp;counsellor={counsellor.pk}"' in html
    assert f'href="?date=2030-01-08&amp;counsellor={counsellor.pk}"' in html


def test_a_superuser_sees_every_centres_day(client, counsellor, elsewhere):
    make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    log_in(client, UserFactory(username="root", centre=None, is_superuser=True))
    response = client.get(DAY_URL, {"date": "2030-01-07"})
    assert len(listed(response)) == 2


# --- A counsellor's own day and week ----------------------------------------


def test_my_day_lists_only_my_own_appointments(client, counsellor, colleague, elsewhere):
    mine = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    make_appointment(counsellor=colleague, starts_at=at(MONDAY, 10))
    log_in(client, counsellor.user)
    response = client.get(MY_DAY_URL, {"date": "2030-01-07"})
    assert listed(response) == [mine.candidate.registration_number]
    html = response.content.decode()
    number = mine.candidate.registration_number
    assert reverse("counselling:case", kwargs={"registration_number": number}) in html
    assert reverse("counselling:appointment", kwargs={"pk": mine.pk}) in html


def test_my_day_shows_my_hours_my_leave_and_the_centres_closures(client, centre, counsellor):
    AvailabilityException.objects.create(
        centre=centre,
        counsellor=counsellor,
        starts_at=at(MONDAY, 11),
        ends_at=at(MONDAY, 13),
        reason="leave",
    )
    log_in(client, counsellor.user)
    html = client.get(MY_DAY_URL, {"date": "2030-01-07"}).content.decode()
    assert "09:00–13:00" in html and "30 min" in html
    assert "On leave" in html and "(11:00–13:00)" in html
    saturday = client.get(MY_DAY_URL, {"date": "2030-01-12"}).content.decode()
    assert "No appointment hours" in saturday
    assert "On leave" not in saturday


def test_my_day_lets_me_check_in_today_only(client, counsellor):
    appointment_today(counsellor)
    log_in(client, counsellor.user)
    assert 'data-testid="check-in"' in client.get(MY_DAY_URL).content.decode()
    tomorrow = (today() + datetime.timedelta(days=1)).isoformat()
    html = client.get(MY_DAY_URL, {"date": tomorrow}).content.decode()
    assert 'data-testid="check-in"' not in html


@pytest.mark.parametrize("given", ["2030-01-07", "2030-01-09", "2030-01-13"])
def test_my_week_starts_on_the_monday_of_the_day_given(client, counsellor, given):
    make_appointment(counsellor=counsellor, starts_at=at(WEDNESDAY, 9))
    log_in(client, counsellor.user)
    response = client.get(MY_WEEK_URL, {"start": given})
    assert response.context["week_start"] == MONDAY
    days = [day.date for day in response.context["days"]]
    assert days == [MONDAY + datetime.timedelta(days=n) for n in range(7)]
    html = response.content.decode()
    assert 'data-date="2030-01-07"' in html and 'data-date="2030-01-13"' in html
    assert f'href="?start={(MONDAY - datetime.timedelta(7)).isoformat()}"' in html
    assert f'href="?start={(MONDAY + datetime.timedelta(7)).isoformat()}"' in html
    assert len(listed(response)) == 1


def test_my_week_is_this_week_by_default_with_today_highlighted(client, counsellor):
    appointment_today(counsellor)
    log_in(client, counsellor.user)
    response = client.get(MY_WEEK_URL)
    monday = today() - datetime.timedelta(days=today().weekday())
    assert response.context["week_start"] == monday
    html = response.content.decode()
    assert f'data-date="{today().isoformat()}" aria-current="date"' in html
    assert html.count('aria-current="date"') == 1
    assert len(listed(response)) == 1


def test_my_week_puts_each_appointment_on_its_day_with_the_days_context(
    client, centre, counsellor, colleague, elsewhere
):
    monday = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 9))
    wednesday = make_appointment(counsellor=counsellor, starts_at=at(WEDNESDAY, 12, 30))
    make_appointment(counsellor=colleague, starts_at=at(MONDAY, 9))
    AvailabilityException.objects.create(
        centre=centre,
        starts_at=at(MONDAY + datetime.timedelta(days=3), 0),
        ends_at=at(MONDAY + datetime.timedelta(days=4), 0),
        reason="holiday",
        note="Quaid Day",
    )
    log_in(client, counsellor.user)
    response = client.get(MY_WEEK_URL, {"start": "2030-01-07"})
    days = response.context["days"]
    assert [a.pk for a in days[0].appointments] == [monday.pk]
    assert [a.pk for a in days[2].appointments] == [wednesday.pk]
    assert all(not day.appointments for day in days[3:] + days[1:2])
    assert [closure.note for closure in days[3].closures] == ["Quaid Day"]
    assert days[3].closures[0].centre_wide and days[3].closures[0].starts is None
    assert [len(day.windows) for day in days] == [1, 1, 1, 1, 1, 0, 0]
    html = response.content.decode()
    assert listed(response) == [
        monday.candidate.registration_number,
        wednesday.candidate.registration_number,
    ]
    number = wednesday.candidate.registration_number
    assert reverse("counselling:case", kwargs={"registration_number": number}) in html
    assert "Centre closed" in html and "Quaid Day" in html


def test_a_cancelled_appointment_is_counted_not_listed_in_the_week(client, counsellor):
    kept = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 9))
    dropped = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    Appointment.objects.filter(pk=dropped.pk).update(status="cancelled_centre")
    log_in(client, counsellor.user)
    response = client.get(MY_WEEK_URL, {"start": "2030-01-07"})
    assert listed(response) == [kept.candidate.registration_number]
    assert "1 cancelled" in response.content.decode()
    day = client.get(MY_DAY_URL, {"date": "2030-01-07"})
    assert listed(day) == [
        kept.candidate.registration_number,
        dropped.candidate.registration_number,
    ]


# --- A constant number of queries -------------------------------------------


# Every day 08:00 to 18:00: room for ten appointments on one day.
LONG_DAYS = tuple((weekday, "08:00", "18:00", 30) for weekday in range(7))


def _book_many(counsellors, first_day, days, count, first=0):
    """`count` appointments spread over the counsellors and the days, from the
    `first`-th half hour after 08:00."""
    for n in range(first, first + count):
        day = first_day + datetime.timedelta(days=n % days)
        starts_at = at(day, 8) + datetime.timedelta(minutes=30 * (n // days))
        make_appointment(counsellor=counsellors[n % len(counsellors)], starts_at=starts_at)


def _queries(client, url, params):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    ("url", "params", "days"),
    [
        (DAY_URL, {"date": "2030-01-07"}, 1),
        (MY_DAY_URL, {"date": "2030-01-07"}, 1),
        (MY_WEEK_URL, {"start": "2030-01-07"}, 5),
    ],
)
def test_each_calendar_runs_the_same_queries_for_1_or_10_appointments(
    client, centre, url, params, days, django_assert_num_queries
):
    counsellor = make_counsellor(centre, LONG_DAYS)
    # My own pages list only mine; the centre's day lists every counsellor's.
    if url == DAY_URL:
        counsellors = [counsellor, *(make_counsellor(centre, LONG_DAYS) for _n in range(2))]
    else:
        counsellors = [counsellor]
    _book_many([counsellor], MONDAY, 1, 1)
    log_in(client, counsellor.user)
    one = _queries(client, url, params)
    _book_many(counsellors, MONDAY, days, 9, first=days)
    AvailabilityException.objects.create(
        centre=centre, starts_at=at(MONDAY, 0), ends_at=at(MONDAY, 8), reason="holiday"
    )
    with django_assert_num_queries(one):
        response = client.get(url, params)
    assert len(listed(response)) == 10


@pytest.mark.parametrize(
    ("url", "params"),
    [
        (DAY_URL, {"date": "2030-01-07"}),
        (MY_DAY_URL, {"date": "2030-01-07"}),
        (MY_WEEK_URL, {"start": "2030-01-07"}),
    ],
)
def test_a_calendar_shows_no_identifier_and_no_contact_details(client, centre, url, params):
    counsellor = make_counsellor(centre, LONG_DAYS)
    _book_many([counsellor], MONDAY, 1, 2)
    log_in(client, counsellor.user)
    response = client.get(url, params)
    assert len(listed(response)) == 2
    page = response.content.decode()
    for number in listed(response):
        person = Candidate.objects.get(registration_number=number)
        assert person.full_cnic() not in page
        assert str(person.phone.national_number) not in page


def test_the_desks_today_with_check_in_buttons_runs_the_same_queries(
    client, centre, counsellor, colleague, django_assert_num_queries
):
    appointment_today(counsellor, hour=8)
    log_in(client, UserFactory(centre=centre, role="registration_officer"))
    one = _queries(client, DAY_URL, {})
    for hour in range(9, 14):
        appointment_today(counsellor, hour=hour)
        appointment_today(colleague, hour=hour)
    with django_assert_num_queries(one):
        response = client.get(DAY_URL)
    assert response.content.decode().count('data-testid="check-in"') == 11
