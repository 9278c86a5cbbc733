"""Booking counselling at the kiosk in Chromium, as a walk-in does it: in Urdu at the
portrait kiosk size, in English at the landscape one, and in Urdu on a phone-sized
screen; the number and CNIC check, a free time, the booking, and Finish erasing it."""

import datetime

import pytest
from django.utils import timezone

from apps.counselling.models import Appointment
from apps.counselling.selectors import centre_time_zone
from tests.browser.conftest import log_in, save_screenshot
from tests.factories import (
    TEST_PASSWORD,
    CentreFactory,
    DistrictFactory,
    UserFactory,
    consent_text,
    make_candidate,
    make_counsellor,
)

pytestmark = pytest.mark.django_db(transaction=True)

# Every day of the week: the next seven days hold free times whatever today is.
EVERY_DAY = tuple((weekday, "09:00", "13:00", 30) for weekday in range(7))


def tomorrow_at(hour):
    tomorrow = timezone.now().astimezone(centre_time_zone()).date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(tomorrow, datetime.time(hour), tzinfo=centre_time_zone())


@pytest.fixture
def lahore():
    consent_text("en")
    consent_text("ur")
    district = DistrictFactory(name="Lahore", name_en="Lahore", name_ur="لاہور")
    centre = CentreFactory(code="LHR", district=district)
    UserFactory(role="kiosk", centre=centre, username="kiosk.counselling")
    counsellor = make_counsellor(centre, EVERY_DAY, languages=["ur", "en"])
    counsellor.user.first_name, counsellor.user.last_name = "Rubina", "Qureshi"
    counsellor.user.save()
    # Registered at another centre: anyone may book at any centre's kiosk.
    elsewhere = CentreFactory(district=district)
    person = make_candidate(centre=elsewhere, full_name="Shazia Parveen")
    stranger = make_candidate(centre=elsewhere, full_name="Someone Else")
    return {"counsellor": counsellor, "person": person, "stranger": stranger}


def submit(page, test_id):
    with page.expect_navigation():
        page.get_by_test_id(test_id).click()


@pytest.mark.parametrize(
    ("language", "viewport"),
    [("ur", "kiosk-portrait"), ("en", "kiosk-landscape"), ("ur", "phone")],
)
def test_a_walk_in_books_counselling_at_the_kiosk(open_page, lahore, language, viewport):
    person, counsellor = lahore["person"], lahore["counsellor"]
    name = f"counselling-kiosk-{viewport}-{language}"
    page = open_page(viewport)
    seen = []  # every page the person saw, to check nothing of their record was on one

    log_in(page, "kiosk.counselling", TEST_PASSWORD)
    page.get_by_test_id("choose-urdu" if language == "ur" else "choose-english").click()
    page.wait_for_url("**/kiosk/menu/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")
    save_screenshot(page, f"{name}-0-menu")
    page.get_by_test_id("menu-counselling").click()
    page.wait_for_url("**/counselling/kiosk/")

    page.locator("#id_registration_number").fill(person.registration_number)
    page.locator("#id_cnic").fill(lahore["stranger"].full_cnic())
    page.locator("label[for=id_topic_1]").click()  # recruitment fees and fraud
    page.locator("label[for=id_mode_0]").click()  # in person
    save_screenshot(page, f"{name}-1-identify")
    submit(page, "next")
    assert page.get_by_test_id("booking-error").is_visible()
    if language == "en":
        assert "do not belong together" in page.get_by_test_id("booking-error").inner_text()
    assert page.locator("#id_registration_number").input_value() == person.registration_number
    assert page.locator("#id_topic_1").is_checked() and page.locator("#id_mode_0").is_checked()
    seen.append(page.content())
    save_screenshot(page, f"{name}-2-wrong-pair")

    page.locator("#id_cnic").fill(person.full_cnic())
    submit(page, "next")
    page.wait_for_url("**/counselling/kiosk/time/")
    assert page.get_by_test_id("day").count() >= 1
    seen.append(page.content())
    save_screenshot(page, f"{name}-3-times")

    chosen = tomorrow_at(10)
    with page.expect_navigation():
        page.locator(
            f'button[name="starts_at"][value="{chosen.astimezone(datetime.UTC).isoformat()}"]'
        ).click()
    page.wait_for_url("**/counselling/kiosk/booked/")
    assert page.get_by_test_id("booked").is_visible()
    assert counsellor.user.first_name in page.get_by_test_id("booked-counsellor").inner_text()
    seen.append(page.content())
    save_screenshot(page, f"{name}-4-booked")

    appointment = Appointment.objects.get()
    assert (appointment.candidate, appointment.counsellor) == (person, counsellor)
    assert (appointment.channel, appointment.starts_at) == ("kiosk", chosen)
    assert (appointment.topic, appointment.mode) == ("fees_fraud", "in_person")

    submit(page, "finish")
    page.wait_for_url("**/kiosk/")
    page.go_back()
    page.wait_for_load_state()
    seen.append(page.content())
    assert page.get_by_test_id("booked").count() == 0
    assert counsellor.user.first_name not in page.content()

    for content in seen:
        assert person.full_name not in content
        assert person.cnic_masked not in content
        assert counsellor.user.last_name not in content
