"""Check my complaint: anyone types a reference number and the last four digits of the
CNIC given with it, and sees the status only. An unknown number, a wrong pair and an
anonymous tip get one answer, in one time; each client may ask only so often. Real
POSTs to the page."""

import re
import statistics
import time

import pytest
from django.test import Client
from django.utils import translation

from apps.complaints.models import Complaint, Kind
from apps.complaints.services import (
    Complainant,
    acknowledge_complaint,
    close_complaint,
    escalate_complaint,
    file_complaint,
)
from tests.factories import CentreFactory, UserFactory, make_candidate

pytestmark = pytest.mark.django_db

URL = "/complaints/status/"


def check(client, reference, last_four, **extra):
    return client.post(URL, {"reference": reference, "last_four": last_four}, **extra)


@pytest.fixture
def desk(db):
    centre = CentreFactory(code="LHR", name="Lahore Migrant Resource Centre")
    return UserFactory(centre=centre, role="registration_officer")


def _file(desk, **fields):
    return file_complaint(
        centre=desk.centre,
        channel=Complaint.Channel.DESK,
        filed_by=desk,
        language="en",
        kind=Kind.EXCESS_FEES,
        against=Complaint.Against.OTHER,
        other_party="Rashid the sub-agent",
        promised="A driver's job in Riyadh",
        **fields,
    )


@pytest.fixture
def named(desk):
    return _file(desk, complainant=Complainant(name="Nadia Bibi", cnic="35202-1234567-1"))


@pytest.fixture
def tip(desk):
    return _file(desk)


def test_the_page_asks_with_post_and_shows_no_answer_before_a_look_up(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert '<form method="post"' in response.text
    assert 'data-testid="status-answer"' not in response.text


def test_the_right_pair_shows_the_status_and_nothing_else(client, named):
    page = check(client, named.reference, "5671").text
    assert 'data-found="yes"' in page
    assert 'data-status="received"' in page
    assert "Received" in page
    for detail in ("Nadia Bibi", "Rashid", "Riyadh", "Fees above the legal limit"):
        assert detail not in page


@pytest.mark.parametrize(
    ("typed_reference", "typed_digits"),
    [
        ("lhr-c-{year}-{number}", "5671"),
        ("LHR C {year} {short}", "567-1"),
        ("LHRC{year}{number}", "۵۶۷۱"),
        ("  lhr-c-{year}-{short}  ", "٥٦٧١"),
    ],
)
def test_the_reference_and_digits_are_read_in_any_case_script_and_spacing(
    client, named, typed_reference, typed_digits
):
    number = named.reference.rsplit("-", 1)[1]
    typed = typed_reference.format(year=named.year, number=number, short=int(number))
    assert 'data-found="yes"' in check(client, typed, typed_digits).text


def test_each_status_is_said_but_never_the_outcome(client, named, desk):
    acknowledge_complaint(complaint=named, by=desk)
    assert "Being looked into" in check(client, named.reference, "5671").text
    escalate_complaint(complaint=named, authority="protector", by=desk)
    assert "Referred to an authority" in check(client, named.reference, "5671").text
    close_complaint(complaint=named, outcome=Complaint.Outcome.SUBSTANTIATED, by=desk)
    page = check(client, named.reference, "5671").text
    assert 'data-status="closed"' in page
    assert "Upheld" not in page
    assert "Protector of Emigrants" not in page


def test_a_registered_persons_complaint_is_checked_with_their_cnic(client, desk):
    person = make_candidate(centre=desk.centre, cnic="35202-7654321-9")
    complaint = _file(desk, candidate=person)
    page = check(client, complaint.reference, "3219").text
    assert 'data-found="yes"' in page
    assert person.full_name not in page


def test_the_status_is_said_in_urdu(client, named):
    client.cookies["django_language"] = "ur"
    page = check(client, named.reference, "5671").text
    with translation.override("ur"):
        received = str(Complaint.Status.RECEIVED.label)
    assert received != "Received"
    assert received in page
    assert 'lang="ur"' in page


def test_a_malformed_reference_is_explained(client):
    page = check(client, "12345", "5671").text
    assert "A reference number looks like LHR-C-2026-000123" in page
    assert 'data-testid="status-answer"' not in page


def test_the_digits_must_be_four(client, named):
    page = check(client, named.reference, "567").text
    assert "Type the last 4 digits of your CNIC, like 5671." in page


# --- One answer for everything not found ---------------------------------------------


def without_the_typed_input(html: str) -> str:
    """The page without what differs by request alone: the CSRF token and the echoed
    reference and digits."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return re.sub(r'(name="(reference|last_four)"[^>]*?) value="[^"]*"', r"\1", html)


def test_a_wrong_pair_an_unknown_number_and_a_tip_get_the_same_answer(client, named, tip):
    unknown = named.reference[:-1] + "9"
    answers = {
        "wrong digits": check(client, named.reference, "1234"),
        "unknown number": check(client, unknown, "5671"),
        "anonymous tip": check(client, tip.reference, "0000"),
        "tip, empty hash digits": check(client, tip.reference, "5671"),
    }
    statuses = {name: response.status_code for name, response in answers.items()}
    assert set(statuses.values()) == {200}
    bodies = {name: without_the_typed_input(r.text) for name, r in answers.items()}
    assert len(set(bodies.values())) == 1, bodies.keys()
    assert (
        "We could not find a complaint with that reference and those digits."
        in bodies["unknown number"]
    )
    assert 'data-found="no"' in bodies["unknown number"]


def test_an_answer_never_reaches_the_address_or_a_cache(client, named):
    response = check(client, named.reference, "5671")
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert response.request["QUERY_STRING"] == ""


# --- The same time whether found or not -------------------------------------------------

MINIMUM = 0.1


def timed(client, reference, digits) -> float:
    started = time.monotonic()
    response = check(client, reference, digits)
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    return elapsed


def test_found_and_not_found_take_the_same_time(client, named, settings):
    settings.PORTAL_PUBLIC_LOOKUP_MIN_SECONDS = MINIMUM
    settings.PORTAL_PUBLIC_LOOKUP_LIMIT = 100
    timed(client, "LHR-C-2000-000001", "0000")  # warm up the templates
    found, not_found = [], []
    # Taken in turns, so that a busy moment of the machine weighs on both alike.
    for _run in range(9):
        found.append(timed(client, named.reference, "5671"))
        not_found.append(timed(client, "LHR-C-2000-999999", "5671"))
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


def test_too_many_checks_from_one_address_are_refused_politely(client, named, limit):
    for _attempt in range(limit):
        response = check(client, named.reference, "1234", REMOTE_ADDR="203.0.113.7")
        assert response.status_code == 200
    response = check(client, named.reference, "5671", REMOTE_ADDR="203.0.113.7")
    assert is_refused(response)
    assert 0 < int(response["Retry-After"]) <= LONG_WINDOW
    assert "Received" not in response.content.decode()
    # Another address is counted on its own.
    response = check(client, named.reference, "5671", REMOTE_ADDR="198.51.100.9")
    assert 'data-found="yes"' in response.text


def test_x_forwarded_for_does_not_escape_the_limit(client, limit):
    for attempt in range(limit):
        check(client, "LHR-C-2026-000001", "1234", HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}")
    for forwarded in ("192.0.2.200", "198.51.100.1, 192.0.2.9", ""):
        response = check(
            client,
            "LHR-C-2026-000001",
            "1234",
            HTTP_X_FORWARDED_FOR=forwarded,
            HTTP_X_REAL_IP=forwarded,
        )
        assert is_refused(response), forwarded


def test_the_status_check_has_a_count_of_its_own(client, limit):
    for _attempt in range(limit):
        client.post("/jobs/agents/check/", {"agency": "3456/LHR"})
    assert check(client, "LHR-C-2026-000001", "1234").status_code == 200


def test_opening_the_page_is_not_counted(client, limit):
    for _visit in range(limit + 2):
        assert client.get(URL).status_code == 200
    assert check(client, "LHR-C-2026-000001", "1234").status_code == 200


def test_a_kiosk_session_has_its_own_count_and_a_reset_starts_afresh(client, desk, limit):
    kiosk = client
    kiosk.force_login(UserFactory(centre=desk.centre, role="kiosk"))
    for _attempt in range(limit):
        assert check(kiosk, "LHR-C-2026-000001", "1234").status_code == 200
    assert is_refused(check(kiosk, "LHR-C-2026-000001", "1234"))
    # A phone on the centre's wifi, behind the same address as the kiosk, is not refused.
    assert check(Client(), "LHR-C-2026-000001", "1234").status_code == 200
    # The next walk-in, after the kiosk's reset, starts with a fresh count.
    kiosk.post("/kiosk/reset/")
    assert check(kiosk, "LHR-C-2026-000001", "1234").status_code == 200


# --- Where it is linked -----------------------------------------------------------------


def test_the_public_footer_links_the_check(client):
    assert f'href="{URL}"' in client.get("/jobs/").text


def test_the_kiosk_shows_it_with_its_own_big_fields(client, desk):
    client.force_login(UserFactory(centre=desk.centre, role="kiosk"))
    client.cookies["django_language"] = "ur"
    page = client.get(URL).text
    assert "kiosk-button" in page
    assert 'href="/kiosk/menu/"' in page
    with translation.override("ur"):
        title = translation.gettext("Check my complaint")
    assert title != "Check my complaint"
    assert title in page


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_answers_are_valid_html(client, named, desk, language, tmp_path):
    from tests.kiosk.test_valid_html import nu_errors

    client.cookies["django_language"] = language
    found_by_a_visitor = check(client, named.reference, "5671").text
    client.force_login(UserFactory(centre=desk.centre, role="kiosk"))
    none_found_at_the_kiosk = check(client, named.reference, "0000").text
    assert nu_errors(found_by_a_visitor, tmp_path) == []
    assert nu_errors(none_found_at_the_kiosk, tmp_path) == []
