"""The Content-Security-Policy in Chromium (issue 7): the portal's pages load without a
single violation (no inline script, style or handler is blocked), and the behaviours
that moved from inline scripts to static/js/ still work.

Violations are collected two ways: a `securitypolicyviolation` listener that an init
script adds to every document (init scripts run outside the page's policy), read after
each page loads; and Chromium's console messages, which also cover pages left since."""

import datetime

import pytest
from django.utils import timezone

from apps.orientation import services as orientation_services
from tests.browser.conftest import log_in
from tests.factories import (
    TEST_PASSWORD,
    CentreFactory,
    DistrictFactory,
    SuperuserFactory,
    UserFactory,
    consent_text,
    ensure_occupation,
    make_candidate,
    make_counsellor,
    make_listing,
    make_page,
    make_session,
)

pytestmark = pytest.mark.django_db(transaction=True)

COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${where}`
  );
});
"""

# Violation events are queued as tasks: let those of the page's last moments arrive.
READ_VIOLATIONS = "() => new Promise((done) => setTimeout(() => done(window.__cspViolations), 100))"


def watched_page(open_page, viewport="kiosk-landscape"):
    """A fresh page whose CSP violations land in page.csp_console and __cspViolations."""
    page = open_page(viewport)
    page.context.add_init_script(COLLECT_VIOLATIONS)
    page.csp_console = []

    def on_console(message):
        if "Content Security Policy" in message.text:
            page.csp_console.append(message.text)

    page.on("console", on_console)
    return page


def assert_no_violations(page):
    page.wait_for_load_state("load")
    assert page.evaluate(READ_VIOLATIONS) == [], page.url
    assert page.csp_console == [], page.url


def visit(page, path):
    response = page.goto(path)
    assert response.ok, (path, response.status)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert_no_violations(page)
    return response


def test_the_watcher_sees_a_violation(open_page, live_server):
    """The harness itself: an inline script added to a portal page is blocked and seen."""
    page = watched_page(open_page)
    page.goto("/")
    page.evaluate(
        """() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.body.append(script);
    }"""
    )
    assert page.evaluate("window.inlineRan") is None
    assert any("script-src" in violation for violation in page.evaluate(READ_VIOLATIONS))
    assert page.csp_console


def test_public_pages(open_page, live_server):
    page = watched_page(open_page, "phone")
    for path in ("/", "/jobs/", "/orientation/", "/accounts/login/"):
        visit(page, path)


def test_the_print_button_of_an_orientation_page(open_page, live_server):
    orientation_page = make_page(slug="entry-permit")
    page = watched_page(open_page)
    visit(page, f"/orientation/pages/{orientation_page.slug}/")
    # Hidden in the HTML: only print-page.js shows it.
    button = page.get_by_test_id("print-page")
    assert button.is_visible()
    page.evaluate("window.print = () => { window.printed = true; }")
    button.click()
    assert page.evaluate("window.printed") is True
    assert_no_violations(page)


@pytest.fixture
def kiosk_device():
    district = DistrictFactory(name="Lahore", name_en="Lahore", name_ur="لاہور")
    centre = CentreFactory(code="LHR", district=district)
    consent_text("en")
    consent_text("ur")
    ensure_occupation("7411", "Building and Related Electricians")
    return UserFactory(role="kiosk", centre=centre, username="kiosk.csp")


@pytest.mark.parametrize("language", ["ur", "en"])
def test_the_kiosk_start_menu_and_first_registration_step(open_page, kiosk_device, language):
    page = watched_page(open_page, "kiosk-portrait")
    log_in(page, "kiosk.csp", TEST_PASSWORD)
    assert_no_violations(page)  # the start screen: choose a language
    page.get_by_test_id("choose-urdu" if language == "ur" else "choose-english").click()
    page.wait_for_url("**/kiosk/menu/")
    assert_no_violations(page)
    page.get_by_test_id("menu-register").click()
    page.wait_for_url("**/kiosk/register/identity/")
    assert_no_violations(page)
    page.get_by_test_id("next").click()  # nothing typed: the errors page too
    page.wait_for_load_state()
    assert page.locator(".invalid-feedback").count() >= 1
    assert_no_violations(page)


def test_the_booking_page_refreshes_when_the_topic_changes(open_page, live_server):
    centre = CentreFactory()
    make_counsellor(centre)
    person = make_candidate(centre=centre, full_name="Nasreen Akhtar")
    desk = UserFactory(centre=centre, role="registration_officer")
    page = watched_page(open_page)
    log_in(page, desk.username, TEST_PASSWORD)
    visit(page, f"/counselling/book/{person.registration_number}/")
    assert page.get_by_test_id("choose-topic-first").is_visible()

    # booking-refresh.js presses "Show free times" when the topic changes.
    with page.expect_navigation():
        page.locator("#id_topic").select_option("contract")
    assert page.get_by_test_id("slot-picker").is_visible()
    assert_no_violations(page)
    if page.get_by_test_id("no-slots").count():  # late in the week: next week has times
        page.get_by_test_id("later-week").click()
        page.wait_for_load_state()
    assert page.locator("input[name=slot]").count() > 0
    assert_no_violations(page)


def test_the_availability_page_adds_a_window(open_page, live_server):
    counsellor = make_counsellor(CentreFactory())
    page = watched_page(open_page)
    log_in(page, counsellor.user.username, TEST_PASSWORD)
    visit(page, "/counselling/availability/")
    rows = page.locator("#window-rows > *")
    before = rows.count()
    total = page.locator("#id_windows-TOTAL_FORMS")
    assert total.input_value() == str(before)

    add = page.locator("[data-add-window]")
    assert add.is_visible()  # hidden in the HTML: only availability-windows.js shows it
    add.click()
    assert rows.count() == before + 1
    assert total.input_value() == str(before + 1)
    assert page.locator(f"[name='windows-{before}-weekday']").count() == 1
    assert_no_violations(page)


def test_the_attendance_page_marks_everyone(open_page, live_server):
    centre = CentreFactory()
    facilitator = UserFactory(centre=centre, role="counsellor")
    session = make_session(
        centre=centre,
        facilitator=facilitator,
        starts_at=timezone.now() - datetime.timedelta(hours=1),
    )
    for _ in range(2):
        orientation_services.enrol_candidate(
            session=session, candidate=make_candidate(centre=centre), by=facilitator
        )
    page = watched_page(open_page)
    log_in(page, facilitator.username, TEST_PASSWORD)
    visit(page, f"/orientation/sessions/{session.pk}/attendance/")
    yes = page.locator("input.btn-check[value=yes]")
    assert yes.count() == 2
    assert [yes.nth(i).is_checked() for i in range(2)] == [False, False]

    everyone = page.locator("[data-everyone-came]")
    assert everyone.is_visible()  # hidden in the HTML: only the script shows it
    everyone.click()
    assert [yes.nth(i).is_checked() for i in range(2)] == [True, True]
    assert_no_violations(page)


def test_the_counsellors_calendar_pages(open_page, live_server):
    counsellor = make_counsellor(CentreFactory())
    page = watched_page(open_page)
    log_in(page, counsellor.user.username, TEST_PASSWORD)
    for path in ("/counselling/my/day/", "/counselling/my/week/", "/counselling/"):
        visit(page, path)


@pytest.fixture
def admin_objects():
    listing = make_listing()
    return {
        "page": make_page(last_reviewed_at=timezone.now() - datetime.timedelta(days=400)),
        "listing": listing,
        "agency": listing.agency,
        "session": make_session(),
    }


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        pytest.param("/admin/orientation/page/{page.pk}/change/"),
        "/admin/orientation/page/add/",
        pytest.param("/admin/orientation/page/"),
        pytest.param("/admin/orientation/quizquestion/add/"),
        "/admin/orientation/orientationsession/",
        "/admin/orientation/orientationsession/{session.pk}/change/",
        pytest.param("/admin/listings/joblisting/"),
        pytest.param("/admin/listings/joblisting/{listing.pk}/change/"),
        pytest.param("/admin/listings/recruitmentagency/"),
        "/admin/listings/recruitmentagency/{agency.pk}/change/",
    ],
)
def test_the_admin_pages(open_page, live_server, admin_objects, path):
    admin = SuperuserFactory()
    page = watched_page(open_page)
    log_in(page, admin.username, TEST_PASSWORD)
    visit(page, path.format(**admin_objects))
