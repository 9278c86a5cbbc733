"""Jobs abroad in Chromium: a walk-in finds a verified job at the kiosk and marks
interest (Urdu and English), a suspended agency's job is nowhere, and a registration
officer shortlists a matching person. Screenshots at kiosk and phone sizes."""

import pytest

from apps.listings.models import Application
from tests.browser.conftest import log_in, save_screenshot
from tests.factories import (
    TEST_PASSWORD,
    AgencyFactory,
    CentreFactory,
    DistrictFactory,
    UserFactory,
    consent_text,
    ensure_occupation,
    make_candidate,
    make_listing,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def lahore():
    consent_text("en")
    consent_text("ur")
    district = DistrictFactory(name="Lahore", name_en="Lahore", name_ur="لاہور")
    centre = CentreFactory(code="LHR", district=district)
    electrician = ensure_occupation("7411", "Building and Related Electricians")
    listing = make_listing(
        district=district,
        occupation=electrician,
        title_en="Building electrician",
        title_ur="بلڈنگ الیکٹریشن",
        accommodation=True,
        food=True,
    )
    person = make_candidate(
        centre=centre, full_name="Shazia Parveen", occupations=[(electrician, 5)]
    )
    stranger = make_candidate(centre=centre, full_name="Someone Else")
    return {"centre": centre, "listing": listing, "person": person, "stranger": stranger}


@pytest.mark.parametrize("language", ["ur", "en"])
def test_a_walk_in_marks_interest_at_the_kiosk(open_page, lahore, language):
    UserFactory(role="kiosk", centre=lahore["centre"], username="kiosk.jobs")
    listing, person = lahore["listing"], lahore["person"]
    page = open_page("kiosk-portrait")
    log_in(page, "kiosk.jobs", TEST_PASSWORD)
    page.get_by_test_id("choose-urdu" if language == "ur" else "choose-english").click()
    page.wait_for_url("**/kiosk/menu/")
    page.get_by_test_id("menu-jobs").click()
    page.wait_for_url("**/jobs/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")

    page.locator("#id_q").fill("electrician" if language == "en" else "الیکٹریشن")
    page.get_by_test_id("search-jobs").click()
    page.wait_for_load_state()
    assert page.get_by_test_id("listing-card").count() == 1
    save_screenshot(page, f"jobs-kiosk-1-list-{language}")

    page.get_by_test_id("listing-card").locator("a").first.click()
    page.wait_for_url(f"**/jobs/{listing.pk}/")
    assert page.get_by_test_id("licence-number").inner_text() == listing.agency.licence_number
    assert page.get_by_test_id("legal-limits").is_visible()
    save_screenshot(page, f"jobs-kiosk-2-detail-{language}")

    page.get_by_test_id("interested").click()
    page.wait_for_url(f"**/jobs/{listing.pk}/interest/")
    page.locator("#id_registration_number").fill(person.registration_number)
    page.locator("#id_cnic").fill(lahore["stranger"].full_cnic())
    page.get_by_test_id("send-interest").click()
    page.wait_for_load_state()
    assert page.get_by_test_id("interest-error").is_visible()
    assert page.locator("#id_registration_number").input_value() == person.registration_number
    save_screenshot(page, f"jobs-kiosk-3-interest-error-{language}")
    assert not Application.objects.exists()

    page.locator("#id_cnic").fill(person.full_cnic())
    page.get_by_test_id("send-interest").click()
    page.wait_for_url(f"**/jobs/{listing.pk}/")
    success = page.locator(".alert-success")
    assert success.is_visible()
    if language == "en":
        assert "Your interest in this job is recorded" in success.inner_text()
    content = page.content()
    assert person.full_name not in content
    assert person.cnic_masked not in content
    save_screenshot(page, f"jobs-kiosk-4-recorded-{language}")
    application = Application.objects.get()
    assert (application.candidate, application.listing) == (person, listing)
    assert (application.status, application.source) == ("interested", "kiosk")


def test_a_suspended_agencys_job_is_nowhere(open_page, lahore):
    hidden = make_listing(title_en="Tower crane operator", agency=AgencyFactory(status="suspended"))
    page = open_page("kiosk-landscape")
    page.goto("/jobs/?q=crane")
    assert page.get_by_test_id("listing-card").count() == 0
    response = page.goto(f"/jobs/{hidden.pk}/")
    assert response.status == 404


def test_an_officer_shortlists_a_matching_person(open_page, lahore):
    officer = UserFactory(
        role="registration_officer", centre=lahore["centre"], username="officer.jobs"
    )
    listing, person = lahore["listing"], lahore["person"]
    page = open_page("kiosk-landscape")
    log_in(page, officer.username, TEST_PASSWORD)
    page.goto(f"/jobs/{listing.pk}/")
    page.get_by_test_id("matches-link").click()
    page.wait_for_url(f"**/jobs/{listing.pk}/matches/")
    card = page.locator(
        f'[data-testid="match"][data-registration-number="{person.registration_number}"]'
    )
    assert card.count() == 1
    save_screenshot(page, "jobs-staff-matches-en")
    card.get_by_test_id("shortlist").click()
    page.wait_for_load_state()
    card = page.locator(
        f'[data-testid="match"][data-registration-number="{person.registration_number}"]'
    )
    assert card.get_by_test_id("application-status").is_visible()
    assert Application.objects.get(candidate=person, listing=listing).status == "shortlisted"


@pytest.mark.parametrize("language", ["en", "ur"])
@pytest.mark.parametrize("viewport", ["kiosk-landscape", "phone"])
def test_public_job_pages_render(open_page, live_server, lahore, language, viewport):
    page = open_page(viewport)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    for path, name in (("/jobs/", "list"), (f"/jobs/{lahore['listing'].pk}/", "detail")):
        response = page.goto(path)
        assert response.status == 200
        assert page.locator("html").get_attribute("lang") == language
        save_screenshot(page, f"jobs-public-{name}-{viewport}-{language}")
    assert page.get_by_test_id("never-pay").is_visible()
