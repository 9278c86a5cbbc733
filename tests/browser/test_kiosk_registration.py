"""The kiosk registration as a walk-in person does it, in Chromium, in Urdu and English,
at the portrait kiosk size; and the shared-terminal safety around it."""

import datetime

import pytest
from django.utils import timezone

from apps.candidates.models import Candidate
from tests.browser.conftest import choose_date, log_in, save_screenshot
from tests.factories import (
    TEST_PASSWORD,
    CentreFactory,
    DistrictFactory,
    UserFactory,
    consent_text,
    ensure_occupation,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def kiosk_device():
    district = DistrictFactory(name="Lahore", name_en="Lahore", name_ur="لاہور")
    centre = CentreFactory(code="LHR", district=district)
    consent_text("en")
    consent_text("ur")
    electrician = ensure_occupation("7411", "Building and Related Electricians")
    electrician.kiosk_order, electrician.kiosk_icon = 1, "lightning-charge"
    electrician.kiosk_label_en, electrician.kiosk_label_ur = "Electrician", "الیکٹریشن"
    electrician.save()
    return UserFactory(role="kiosk", centre=centre, username="kiosk.test")


def start_registration(page, language):
    log_in(page, "kiosk.test", TEST_PASSWORD)
    page.get_by_test_id("choose-urdu" if language == "ur" else "choose-english").click()
    page.wait_for_url("**/kiosk/menu/")
    page.get_by_test_id("menu-register").click()
    page.wait_for_url("**/kiosk/register/identity/")


def next_step(page):
    page.get_by_test_id("next").click()
    page.wait_for_load_state()


def fill_identity(page, name="Muhammad Asif", cnic="35202-1234567-1"):
    page.locator("#id_full_name").fill(name)
    page.locator("#id_relation_name").fill("Muhammad Iqbal")
    page.locator("label[for=id_sex_1]").click()
    choose_date(page, "id_date_of_birth", datetime.date(1995, 4, 12))
    page.locator("#id_cnic").fill(cnic)


@pytest.mark.parametrize("language", ["ur", "en"])
def test_a_walk_in_registers_at_the_kiosk_and_gets_a_slip(open_page, kiosk_device, language):
    page = open_page("kiosk-portrait")
    start_registration(page, language)
    html = page.locator("html")
    assert html.get_attribute("dir") == ("rtl" if language == "ur" else "ltr")
    assert page.locator("#id_cnic").get_attribute("inputmode") == "numeric"
    assert page.locator("#id_full_name").get_attribute("autocomplete") == "off"
    save_screenshot(page, f"kiosk-1-identity-{language}")

    next_step(page)  # nothing typed: every question says what is missing
    assert page.locator(".invalid-feedback").count() >= 5
    save_screenshot(page, f"kiosk-1-identity-errors-{language}")

    fill_identity(page)
    next_step(page)
    page.wait_for_url("**/register/contact/")
    save_screenshot(page, f"kiosk-2-contact-{language}")
    page.locator("#id_phone").fill("0300 1234567")
    page.locator("#id_home_district").select_option(label="لاہور" if language == "ur" else "Lahore")
    page.locator("#id_address").fill("House 12, Township, Lahore")
    next_step(page)

    page.wait_for_url("**/register/education/")
    save_screenshot(page, f"kiosk-3-education-{language}")
    page.locator("label[for=id_education_3]").click()
    page.locator("label[for=id_language_ur_3]").click()
    next_step(page)

    page.wait_for_url("**/register/work/")
    page.locator("label[for=id_occupations_0]").click()
    years = page.locator("#id_years_7411")
    assert years.is_visible()  # the years box opens beside the chosen trade
    years.fill("6")
    save_screenshot(page, f"kiosk-4-work-{language}")
    next_step(page)

    page.wait_for_url("**/register/destinations/")
    page.locator("label[for=id_destination_countries_0]").click()
    choose_date(page, "id_available_from", timezone.localdate() + datetime.timedelta(days=30))
    save_screenshot(page, f"kiosk-5-destinations-{language}")
    next_step(page)

    page.wait_for_url("**/register/consent/")
    page.locator("label[for=id_heard_about_0]").click()
    page.locator("label[for=id_consent]").click()
    page.locator("label[for=id_messages_0]").click()
    save_screenshot(page, f"kiosk-6-consent-{language}")
    next_step(page)

    page.wait_for_url("**/register/review/")
    assert "35202-1234567-1" in page.get_by_test_id("review-cnic").inner_text()
    save_screenshot(page, f"kiosk-7-review-{language}")
    # A double tap on "Register me": one candidate.
    page.get_by_test_id("register-me").dblclick()
    page.wait_for_url("**/kiosk/slip/")
    candidate = Candidate.objects.get()
    assert page.get_by_test_id("registration-number").inner_text() == candidate.registration_number
    assert page.locator(".kiosk-qr svg").count() == 1
    save_screenshot(page, f"kiosk-8-slip-{language}")
    page.emulate_media(media="print")
    assert not page.get_by_test_id("finish").is_visible()  # the print stylesheet hides buttons
    page.emulate_media(media="screen")

    page.get_by_test_id("finish").click()
    page.wait_for_url("**/kiosk/")
    page.go_back()
    page.wait_for_load_state()
    assert candidate.registration_number not in page.content()
    assert candidate.full_name not in page.content()


def test_walking_away_resets_the_kiosk_and_back_shows_nothing_of_the_person(
    open_page, kiosk_device, settings
):
    settings.KIOSK_IDLE_SECONDS = 6
    settings.KIOSK_IDLE_WARNING_SECONDS = 4
    page = open_page("kiosk-portrait")
    start_registration(page, "en")
    fill_identity(page, name="Shahida Parveen")
    next_step(page)
    page.wait_for_url("**/register/contact/")
    page.locator("#id_address").fill("A half-typed address")

    # Nobody touches the screen: first the countdown, then a fresh start.
    page.get_by_test_id("idle-countdown").wait_for(state="visible", timeout=8_000)
    save_screenshot(page, "kiosk-idle-warning")
    page.wait_for_url("**/kiosk/", timeout=10_000)

    page.go_back()
    page.wait_for_load_state()
    content = page.content()
    assert "Shahida Parveen" not in content
    assert "A half-typed address" not in content
    page.goto("/kiosk/register/identity/")
    assert page.locator("#id_full_name").input_value() == ""
    assert not Candidate.objects.exists()


def test_touching_the_screen_during_the_countdown_keeps_the_answers(
    open_page, kiosk_device, settings
):
    settings.KIOSK_IDLE_SECONDS = 6
    settings.KIOSK_IDLE_WARNING_SECONDS = 4
    page = open_page("kiosk-landscape")
    start_registration(page, "en")
    page.locator("#id_full_name").fill("Kept Name")
    page.get_by_test_id("idle-countdown").wait_for(state="visible", timeout=8_000)
    box = page.locator("#kiosk-idle-continue").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert page.locator("#kiosk-idle-warning").is_hidden()
    page.wait_for_timeout(3_000)  # past the moment the reset would have come
    assert page.locator("#id_full_name").input_value() == "Kept Name"
    assert page.url.endswith("/register/identity/")


def test_a_registered_cnic_is_sent_to_the_desk(open_page, kiosk_device):
    from tests.factories import make_candidate

    existing = make_candidate(
        centre=kiosk_device.centre, cnic="35202-7777777-7", full_name="Existing Person"
    )
    page = open_page("phone")
    start_registration(page, "ur")
    fill_identity(page, name="Someone", cnic="3520277777777")
    next_step(page)
    error = page.locator("#id_cnic_errors").inner_text()
    assert error and not error.isascii()
    assert existing.full_name not in page.content()
    assert existing.registration_number not in page.content()
    save_screenshot(page, "kiosk-duplicate-cnic-ur-phone")
