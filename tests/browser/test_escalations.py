"""Referring a complaint to an authority, in Chromium, in English and Urdu at the kiosk,
desk and phone sizes: a complaints officer refers it from the complaint's page, a
mistake comes back with what was typed, the answer is recorded, the letter opens as a
PDF; a counsellor sees the complaint on the person's case record. No
Content-Security-Policy violation anywhere."""

import pytest

from apps.complaints.models import Escalation
from tests.browser.conftest import log_in, save_screenshot
from tests.browser.test_csp import assert_no_violations, watched_page
from tests.factories import (
    TEST_PASSWORD,
    AgencyFactory,
    CentreFactory,
    UserFactory,
    make_candidate,
    make_complaint,
    make_counsellor,
)

pytestmark = pytest.mark.django_db(transaction=True)

# Both languages, and every size in one of them: the staff's pages are the same code
# at every size, and each run drives a whole referral.
LANGUAGES_AND_SIZES = [
    ("en", "kiosk-landscape"),
    ("ur", "kiosk-portrait"),
    ("ur", "phone"),
]


def in_language(page, live_server, language):
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )


@pytest.fixture
def complaint():
    centre = CentreFactory(code="LHR", name="Migrant Resource Centre Lahore")
    person = make_candidate(centre=centre, full_name="Shazia Parveen")
    agency = AgencyFactory(name="Crescent Manpower Services", licence_number="3456/LHR")
    return make_complaint(
        centre=centre,
        candidate=person,
        against="agency",
        agency=agency,
        other_party="",
        description="Charged Rs 450,000 in cash; the approved charge is Rs 120,000.",
        allowed_fee=120000,
    )


@pytest.mark.parametrize(("language", "viewport"), LANGUAGES_AND_SIZES)
def test_a_complaint_is_referred_answered_and_its_letter_printed(
    open_page, live_server, complaint, language, viewport
):
    officer = UserFactory(centre=complaint.centre, role="complaints_officer")
    page = watched_page(open_page, viewport)
    log_in(page, officer.username, TEST_PASSWORD)
    in_language(page, live_server, language)
    name = f"complaint-escalation-{language}-{viewport}"

    page.goto(f"/complaints/{complaint.reference}/")
    assert_no_violations(page)
    escalations = page.get_by_test_id("escalations")
    escalations.locator("details > summary").last.click()
    form = page.get_by_test_id("escalate-form")
    form.locator("input[name='escalate-authority'][value='protector']").check()
    form.locator("#id_escalate-office").fill("Protectorate of Emigrants, Lahore")
    # A mistake first: nothing asked. The page comes back with what was typed.
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    assert page.locator(".invalid-feedback, .is-invalid").count() > 0
    assert page.locator("#id_escalate-office").input_value() == (
        "Protectorate of Emigrants, Lahore"
    )
    save_screenshot(page, f"{name}-mistake")
    assert_no_violations(page)
    page.locator("#id_escalate-request").fill("Have the excess of Rs 330,000 refunded.")
    with page.expect_navigation():
        page.get_by_test_id("escalate-form").locator("button[type=submit]").click()
    assert page.url.endswith(f"/complaints/{complaint.reference}/#escalations")
    escalation = Escalation.objects.get()
    assert escalation.request == "Have the excess of Rs 330,000 refunded."
    save_screenshot(page, f"{name}-referred")

    # Their answer, on the complaint's page.
    item = page.get_by_test_id("escalation")
    item.locator("details > summary").click()
    prefix = f"answer-{escalation.pk}"
    item.locator(f"#id_{prefix}-answer").fill("The promoter was directed to refund it.")
    item.locator(f"#id_{prefix}-their_reference").fill("POE/LHR/2026/881")
    with page.expect_navigation():
        item.locator("button[type=submit]").click()
    assert page.get_by_test_id("escalation-answer").is_visible()
    save_screenshot(page, f"{name}-answered")
    assert_no_violations(page)

    # The letter in the page's language opens as a PDF.
    link = page.get_by_test_id(f"letter-{language}")
    response = page.request.get(link.get_attribute("href"))
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")


@pytest.mark.parametrize(("language", "viewport"), LANGUAGES_AND_SIZES)
def test_the_case_record_lists_the_persons_complaints(
    open_page, live_server, complaint, language, viewport
):
    counsellor = make_counsellor(complaint.centre)
    page = watched_page(open_page, viewport)
    log_in(page, counsellor.user.username, TEST_PASSWORD)
    in_language(page, live_server, language)
    page.goto(f"/counselling/cases/{complaint.candidate.registration_number}/")
    panel = page.get_by_test_id("case-complaints")
    panel.scroll_into_view_if_needed()
    assert panel.get_by_text(complaint.reference).is_visible()
    assert panel.get_by_test_id("complaint-days-left").is_visible()
    new = panel.get_by_test_id("new-complaint")
    assert new.get_attribute("href") == (
        f"/complaints/new/?person={complaint.candidate.registration_number}"
    )
    save_screenshot(page, f"case-record-complaints-{language}-{viewport}")
    assert_no_violations(page)
