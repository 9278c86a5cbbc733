"""Is this agent licensed? in Chromium: a walk-in taps the kiosk's tile and types a
licence number in Urdu digits (Urdu and English); a visitor on a phone checks a name no
licensed agency has and is told what to do. Screenshots at kiosk and phone sizes."""

import datetime

import pytest

from tests.browser.conftest import log_in, save_screenshot
from tests.factories import TEST_PASSWORD, AgencyFactory, CentreFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def agencies():
    return [
        AgencyFactory(name="Al-Khair Overseas Employment Promoters", licence_number="3456/LHR"),
        AgencyFactory(
            name="Crescent Recruiting Agency",
            licence_number="4102/LHR",
            licence_valid_until=datetime.date.today() - datetime.timedelta(days=30),
        ),
    ]


@pytest.mark.parametrize("language", ["ur", "en"])
def test_a_walk_in_checks_a_licence_at_the_kiosk(open_page, agencies, language):
    centre = CentreFactory(code="LHR")
    UserFactory(role="kiosk", centre=centre, username="kiosk.licence")
    page = open_page("kiosk-portrait")
    log_in(page, "kiosk.licence", TEST_PASSWORD)
    page.get_by_test_id("choose-urdu" if language == "ur" else "choose-english").click()
    page.wait_for_url("**/kiosk/menu/")
    page.get_by_test_id("menu-licence-check").click()
    page.wait_for_url("**/jobs/agents/check/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")

    page.locator("#id_agency").fill("۳۴۵۶/lhr")
    with page.expect_navigation():
        page.get_by_test_id("check-licence").click()
    assert page.url.endswith("/jobs/agents/check/")  # nothing typed is in the address
    answer = page.get_by_test_id("agency")
    assert answer.count() == 1
    assert answer.get_attribute("data-state") == "valid"
    assert page.get_by_test_id("licence-number").inner_text() == "3456/LHR"
    assert page.get_by_test_id("not-licensed-advice").is_visible()
    save_screenshot(page, f"licence-check-kiosk-valid-{language}")

    page.locator("#id_agency").fill("crescent")
    with page.expect_navigation():
        page.get_by_test_id("check-licence").click()
    assert page.get_by_test_id("agency").get_attribute("data-state") == "expired"
    save_screenshot(page, f"licence-check-kiosk-expired-{language}")


def test_a_visitor_checks_an_unknown_agency_on_a_phone(open_page, agencies, settings):
    centre = CentreFactory(name="Lahore Migrant Resource Centre")
    settings.PORTAL_DEFAULT_CENTRE_CODE = centre.code
    page = open_page("phone")
    page.goto("/jobs/")
    page.get_by_test_id("licence-check-link").click()
    page.wait_for_url("**/jobs/agents/check/")
    page.locator("#id_agency").fill("Fly By Night Visas")
    with page.expect_navigation():
        page.get_by_test_id("check-licence").click()
    assert page.get_by_test_id("no-agency").is_visible()
    advice = page.get_by_test_id("not-licensed-advice")
    assert "Emigration Ordinance, 1979" in advice.inner_text()
    assert centre.helpline.as_national in advice.inner_text()
    save_screenshot(page, "licence-check-phone-none")
