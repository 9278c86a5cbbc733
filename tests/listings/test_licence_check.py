"""Is this agent licensed? Anyone asks by an agency's name or licence number and sees its
licence as the register has it today, in English or Urdu, with what to do when the
agent is not licensed. Real POSTs to the page."""

import datetime
import statistics
import time

import pytest
from django.test import Client
from django.utils import formats, timezone, translation

from apps.listings.models import LicenceState
from tests.factories import AgencyFactory, CentreFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/jobs/agents/check/"


def check(client, typed, **extra):
    return client.post(URL, {"agency": typed}, **extra)


def answer_of(response) -> str:
    page = response.content.decode()
    assert 'data-testid="licence-answer"' in page
    return page


def day_first(day, language="en") -> str:
    with translation.override(language):
        return formats.date_format(day, "DATE_FORMAT")


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def agencies(today):
    """One agency in each state of its licence."""
    return {
        "valid": AgencyFactory(
            name="Al-Khair Overseas Employment Promoters",
            licence_number="3456/LHR",
            licence_valid_until=datetime.date(today.year + 1, 3, 5),
        ),
        "suspended": AgencyFactory(
            name="Sialkot Manpower Services", licence_number="2211/SKT", status="suspended"
        ),
        "cancelled": AgencyFactory(
            name="Golden Visa Consultants", licence_number="1187/RWP", status="cancelled"
        ),
        # Still "active" in the register, but its date has passed.
        "expired": AgencyFactory(
            name="Crescent Recruiting Agency",
            licence_number="4102/LHR",
            licence_valid_until=today - datetime.timedelta(days=1),
        ),
    }


def test_the_page_asks_with_post_and_shows_no_answer_before_a_look_up(client):
    response = client.get(URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert '<form method="post"' in page
    assert 'name="agency"' in page
    assert 'data-testid="licence-answer"' not in page


def test_a_valid_licence_is_shown_with_its_date_day_first(client, agencies):
    page = answer_of(check(client, "3456/LHR"))
    assert "Al-Khair Overseas Employment Promoters" in page
    assert 'data-state="valid"' in page
    assert "Licensed" in page
    valid_until = agencies["valid"].licence_valid_until
    assert f"valid until {day_first(valid_until)}" in page
    assert f"valid until 5 March {valid_until.year}" in page


@pytest.mark.parametrize(
    ("state", "number", "words"),
    [
        ("suspended", "2211/SKT", "Licence suspended"),
        ("cancelled", "1187/RWP", "Licence cancelled"),
        ("expired", "4102/LHR", "Licence expired"),
    ],
)
def test_a_licence_that_may_not_recruit_says_so_and_gives_the_advice(
    client, agencies, state, number, words
):
    page = answer_of(check(client, number))
    assert agencies[state].name in page
    assert f'data-state="{state}"' in page
    assert words in page
    assert 'data-state="valid"' not in page
    assert "Do not pay anything" in page
    assert "Emigration Ordinance, 1979" in page


def test_an_expired_licence_names_the_day_it_expired(client, agencies):
    page = answer_of(check(client, "4102/LHR"))
    assert f"It expired on {day_first(agencies['expired'].licence_valid_until)}" in page


def test_a_suspension_outranks_a_date_still_to_come(client, agencies):
    assert agencies["suspended"].licence_valid_until > timezone.localdate()
    page = answer_of(check(client, "2211/SKT"))
    assert 'data-state="suspended"' in page


@pytest.mark.parametrize(
    ("state", "number", "english"),
    [
        ("valid", "3456/LHR", "Licensed"),
        ("suspended", "2211/SKT", "Licence suspended"),
        ("cancelled", "1187/RWP", "Licence cancelled"),
    ],
)
def test_each_state_is_said_in_urdu(client, agencies, state, number, english):
    client.cookies["django_language"] = "ur"
    page = answer_of(check(client, number))
    with translation.override("ur"):
        urdu = str(LicenceState(state).label)
    assert urdu != english
    assert urdu in page
    assert english not in page
    assert 'lang="ur"' in page


def test_an_expired_licence_is_said_in_urdu_with_its_date(client, agencies):
    client.cookies["django_language"] = "ur"
    page = answer_of(check(client, "4102/LHR"))
    with translation.override("ur"):
        label = str(LicenceState.EXPIRED.label)
    assert label in page
    assert day_first(agencies["expired"].licence_valid_until, "ur") in page
    assert "Licence expired" not in page


def test_a_licence_number_typed_in_urdu_digits_any_case_and_spacing_is_found(client, agencies):
    for typed in ("۳۴۵۶/lhr", "3456 LHR", "3456-lhr", " ٣٤٥٦ / LHR "):
        page = answer_of(check(client, typed))
        assert 'data-state="valid"' in page, typed
        assert "Al-Khair Overseas Employment Promoters" in page


def test_a_part_of_a_licence_number_finds_no_agency(client, agencies):
    page = answer_of(check(client, "345"))
    assert "Al-Khair" not in page
    assert 'data-testid="no-agency"' in page


def test_a_name_finds_the_agency_whatever_its_case_and_hyphens(client, agencies):
    for typed in ("al khair", "AL-KHAIR", "khair overseas"):
        page = answer_of(check(client, typed))
        assert "Al-Khair Overseas Employment Promoters" in page, typed
        assert "3456/LHR" in page


def test_an_urdu_name_is_found_as_typed_on_an_arabic_keyboard(client):
    AgencyFactory(name="الخیر اوورسیز ایمپلائمنٹ", licence_number="7788/LHR")
    # Arabic keyboard: yeh (ي) for Urdu's (ی).
    page = answer_of(check(client, "الخير"))
    assert "7788/LHR" in page


def test_a_name_shows_at_most_five_agencies_the_best_first(client):
    for number in range(7):
        AgencyFactory(name=f"Zephyr Manpower {number}", licence_number=f"90{number}/ISB")
    AgencyFactory(name="Blue Zephyr Travels", licence_number="999/ISB")
    page = answer_of(check(client, "zephyr"))
    assert page.count('data-testid="agency"') == 5
    assert "Blue Zephyr" not in page  # a name starting so comes before a later word


def test_nothing_found_says_so_and_gives_the_advice_with_the_centres_helpline(
    client, agencies, settings
):
    centre = CentreFactory(name="Lahore Migrant Resource Centre")
    settings.PORTAL_DEFAULT_CENTRE_CODE = centre.code
    page = answer_of(check(client, "Fly By Night Visas"))
    assert "No licensed agency has this name or licence number." in page
    assert 'data-licensed="no"' in page
    assert "Do not pay anything, and do not hand over your passport." in page
    assert "Emigration Ordinance, 1979" in page
    assert "Protector of Emigrants" in page
    assert "Lahore Migrant Resource Centre" in page
    assert centre.helpline.as_national in page


def test_the_kiosk_gives_its_own_centres_helpline(client, centre, agencies):
    client.force_login(UserFactory(centre=centre, role="kiosk"))
    page = answer_of(check(client, "Fly By Night Visas"))
    assert centre.name in page
    assert centre.helpline.as_national in page
    assert 'href="/kiosk/menu/"' in page


def test_nothing_typed_asks_for_a_name_or_number(client):
    response = check(client, "  --  ")
    page = response.content.decode()
    assert "Type the agency&#x27;s name or its licence number." in page
    assert 'data-testid="licence-answer"' not in page


def test_an_answer_never_reaches_the_address_or_a_cache(client, agencies):
    response = check(client, "3456/LHR")
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert response.request["QUERY_STRING"] == ""


# --- Same time whether found or not ---------------------------------------------------

MINIMUM = 0.1


def timed(client, typed) -> float:
    started = time.monotonic()
    response = check(client, typed)
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    return elapsed


def test_found_and_not_found_take_the_same_time(client, agencies, settings):
    settings.PORTAL_PUBLIC_LOOKUP_MIN_SECONDS = MINIMUM
    timed(client, "warm up the templates")
    found, not_found = [], []
    # Taken in turns, so that a busy moment of the machine weighs on both alike.
    for _run in range(9):
        found.append(timed(client, "3456/LHR"))
        not_found.append(timed(client, "9999/XYZ"))
    assert min(found + not_found) >= MINIMUM
    assert abs(statistics.median(found) - statistics.median(not_found)) < 0.03


# --- Rate limit per client --------------------------------------------------------------


# Counts are kept per window of the clock: one this long never turns during a test.
LONG_WINDOW = 10**6


@pytest.fixture
def limit(settings):
    settings.PORTAL_PUBLIC_LOOKUP_LIMIT = 3
    settings.PORTAL_PUBLIC_LOOKUP_WINDOW_SECONDS = LONG_WINDOW
    return 3


def is_refused(response) -> bool:
    return response.status_code == 429 and b'data-testid="too-many-attempts"' in response.content


def test_too_many_look_ups_from_one_address_are_refused_politely(client, agencies, limit):
    for _attempt in range(limit):
        assert check(client, "3456/LHR", REMOTE_ADDR="203.0.113.7").status_code == 200
    response = check(client, "3456/LHR", REMOTE_ADDR="203.0.113.7")
    assert is_refused(response)
    assert 0 < int(response["Retry-After"]) <= LONG_WINDOW
    assert "Please try again in" in response.content.decode()
    assert "Al-Khair" not in response.content.decode()
    # Another address is counted on its own.
    assert check(client, "3456/LHR", REMOTE_ADDR="198.51.100.9").status_code == 200


def test_the_refusal_is_in_urdu_for_an_urdu_reader(client, limit):
    client.cookies["django_language"] = "ur"
    for _attempt in range(limit):
        check(client, "3456/LHR")
    response = check(client, "3456/LHR")
    assert is_refused(response)
    with translation.override("ur"):
        title = translation.gettext("Please wait a little")
    assert title != "Please wait a little"
    assert title in response.content.decode()


def test_x_forwarded_for_does_not_escape_the_limit(client, limit):
    for attempt in range(limit):
        check(client, "3456/LHR", HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}")
    for forwarded in ("192.0.2.200", "198.51.100.1, 192.0.2.9", ""):
        response = check(
            client, "3456/LHR", HTTP_X_FORWARDED_FOR=forwarded, HTTP_X_REAL_IP=forwarded
        )
        assert is_refused(response), forwarded


def test_opening_the_page_is_not_counted(client, limit):
    for _visit in range(limit + 2):
        assert client.get(URL).status_code == 200
    assert check(client, "3456/LHR").status_code == 200


def test_a_kiosk_session_has_its_own_count_and_a_reset_starts_afresh(
    client, centre, agencies, limit
):
    kiosk = client
    kiosk.force_login(UserFactory(centre=centre, role="kiosk"))
    for _attempt in range(limit):
        assert check(kiosk, "3456/LHR").status_code == 200
    assert is_refused(check(kiosk, "3456/LHR"))
    # A phone on the centre's wifi, behind the same address as the kiosk, is not refused.
    assert check(Client(), "3456/LHR").status_code == 200
    # The next walk-in, after the kiosk's reset, starts with a fresh count.
    kiosk.post("/kiosk/reset/")
    assert check(kiosk, "3456/LHR").status_code == 200


def test_visitors_do_not_use_up_the_kiosks_count(client, centre, agencies, limit):
    visitor = Client()
    for _attempt in range(limit):
        check(visitor, "3456/LHR")
    assert is_refused(check(visitor, "3456/LHR"))
    client.force_login(UserFactory(centre=centre, role="kiosk"))
    assert check(client, "3456/LHR").status_code == 200


def test_the_kiosk_menu_has_a_tile_for_the_check(client, centre):
    client.force_login(UserFactory(centre=centre, role="kiosk"))
    client.cookies["django_language"] = "ur"
    page = client.get("/kiosk/menu/").content.decode()
    tile = page[page.index('data-testid="menu-licence-check"') - 80 :]
    assert f'href="{URL}"' in tile[:200]
    with translation.override("ur"):
        label = translation.gettext("Is this agent licensed?")
    assert label != "Is this agent licensed?"
    assert label in tile[:400]


def test_an_address_may_have_a_limit_of_its_own(client, centre, agencies, settings):
    """Behind nginx every visitor has nginx's address: the address limit is then for
    all visitors together, and a kiosk keeps its own per session."""
    settings.PORTAL_PUBLIC_LOOKUP_LIMIT = 2
    settings.PORTAL_PUBLIC_LOOKUP_ADDRESS_LIMIT = 4
    settings.PORTAL_PUBLIC_LOOKUP_WINDOW_SECONDS = LONG_WINDOW
    visitor = Client()
    for _attempt in range(4):
        assert check(visitor, "3456/LHR").status_code == 200
    assert is_refused(check(visitor, "3456/LHR"))
    client.force_login(UserFactory(centre=centre, role="kiosk"))
    for _attempt in range(2):
        assert check(client, "3456/LHR").status_code == 200
    assert is_refused(check(client, "3456/LHR"))


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_answers_are_valid_html(client, centre, agencies, language, tmp_path):
    from tests.kiosk.test_valid_html import nu_errors

    client.cookies["django_language"] = language
    found_by_a_visitor = check(client, "Al Khair").text
    client.force_login(UserFactory(centre=centre, role="kiosk"))
    none_found_at_the_kiosk = check(client, "zzz").text
    assert nu_errors(found_by_a_visitor, tmp_path) == []
    assert nu_errors(none_found_at_the_kiosk, tmp_path) == []
