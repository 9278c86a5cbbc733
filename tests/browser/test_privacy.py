"""Erasure in Chromium: a centre manager opens the erase page from the record, in Urdu
on a phone, types the registration number, and the record comes back erased."""

import pytest

from apps.candidates.models import Candidate
from tests.browser.conftest import log_in, save_screenshot
from tests.factories import TEST_PASSWORD, CentreFactory, UserFactory, consent_text, make_candidate

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_manager_erases_a_persons_data_in_urdu_on_a_phone(open_page, live_server):
    consent_text("en")
    centre = CentreFactory(code="LHR")
    UserFactory(role="centre_manager", centre=centre, username="manager.erase")
    person = make_candidate(centre=centre, full_name="Shazia Parveen")
    number = person.registration_number

    page = open_page("phone")
    log_in(page, "manager.erase", TEST_PASSWORD)
    page.context.add_cookies([{"name": "django_language", "value": "ur", "url": live_server.url}])
    page.goto(f"/candidates/{number}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.get_by_test_id("erase-link").click()
    form = page.get_by_test_id("erase-form")
    assert form.is_visible()

    # A wrong number changes nothing and says so.
    form.locator("input[name=registration_number]").fill("LHR-2026-999999")
    page.get_by_test_id("confirm-erase").click()
    assert page.locator(".invalid-feedback").first.is_visible()
    assert Candidate.objects.get(pk=person.pk).anonymised_at is None
    save_screenshot(page, "privacy-erase-wrong-number-ur-phone")

    page.get_by_test_id("erase-form").locator("input[name=registration_number]").fill(
        number.lower()
    )
    page.get_by_test_id("confirm-erase").click()
    page.wait_for_url(f"**/candidates/{number}/")
    banner = page.get_by_test_id("erased-banner")
    assert banner.is_visible()
    assert "Shazia Parveen" not in page.content()
    save_screenshot(page, "privacy-erased-record-ur-phone")
    assert Candidate.objects.get(pk=person.pk).anonymised_at is not None
