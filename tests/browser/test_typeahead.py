"""Long lists chosen by typing, in Chromium: a registration officer finds a trade by its
everyday name ("mason", "راج مستری") at the desk, the person is registered with it and
the record shows it. English and Urdu, at the kiosk and phone sizes, with no
Content-Security-Policy violation (the widget is initialised from a static script)."""

import datetime

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from apps.candidates.models import Candidate
from tests.browser.conftest import SCREENSHOT_DIR, choose_date, log_in, save_screenshot
from tests.browser.test_csp import assert_no_violations, watched_page
from tests.factories import (
    TEST_PASSWORD,
    CentreFactory,
    DistrictFactory,
    UserFactory,
    consent_text,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def desk():
    call_command("loaddata", settings.BASE_DIR / "fixtures" / "isco08.json", verbosity=0)
    consent_text("en")
    consent_text("ur")
    centre = CentreFactory(district=DistrictFactory(name="Lahore", name_ur="لاہور"))
    return UserFactory(role="registration_officer", centre=centre, username="desk.typeahead")


def save_screen(page, field_id, name):
    """What the screen shows with the suggestions open (a full-page shot would be a
    long scroll of the form)."""
    page.locator(f"#{field_id}-ts-dropdown").scroll_into_view_if_needed()
    page.evaluate("document.fonts.ready")
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT_DIR / f"{name}.png"))


def choose_by_typing(page, field_id, typed, suggestion):
    """Type into the type-ahead of the select `field_id` and pick the suggestion that
    holds `suggestion`; returns the dropdown as it was before the pick."""
    # The field as a person touches it (its text input is hidden while a choice shows).
    page.locator(f"#{field_id}-ts-control").locator("xpath=..").click()
    page.keyboard.type(typed, delay=40)
    option = page.locator(f"#{field_id}-ts-dropdown .option", has_text=suggestion).first
    option.wait_for()
    return option


def fill_the_rest_of_the_desk_form(page, cnic):
    page.locator("#id_identity-full_name").fill("Rashid Mehmood")
    page.locator("#id_identity-relation_name").fill("Mehmood Ahmed")
    page.locator("input[name='identity-sex'][value='male']").check()
    choose_date(page, "id_identity-date_of_birth", datetime.date(1988, 7, 1))
    page.locator("#id_identity-cnic").fill(cnic)
    page.locator("#id_contact-phone").fill("0321 7654321")
    page.locator("#id_contact-home_district").select_option(index=1)
    page.locator("#id_contact-address").fill("Gulberg, Lahore")
    page.locator("input[name='education-education'][value='diploma']").check()
    page.locator("input[name='education-language_ur'][value='fluent']").check()
    page.locator("#id_work-years_1").fill("8")
    page.locator("input[name='destinations-destination_countries'][value='SA']").check()
    choose_date(page, "id_destinations-available_from", timezone.localdate())
    page.locator("input[name='consent-heard_about'][value='government_office']").check()
    page.locator("input[name='consent-preferred_language'][value='ur']").check()
    page.locator("input[name='consent-consent_language'][value='ur']").check()
    page.locator("#id_consent-consent").check()
    page.locator("input[name='consent-messages'][value='yes']").check()


@pytest.mark.parametrize(
    ("language", "viewport", "typed", "trade"),
    [
        ("en", "kiosk-landscape", "mason", "Bricklayers and Related Workers"),
        ("en", "phone", "mas", "Bricklayers and Related Workers"),
        ("ur", "kiosk-portrait", "راج مستری", "راج مستری"),
        # An Arabic keyboard's yeh (ي) finds the Urdu word all the same.
        ("ur", "phone", "راج مستري", "راج مستری"),
    ],
)
def test_the_desk_registers_a_trade_found_by_its_everyday_name(
    open_page, live_server, desk, language, viewport, typed, trade
):
    page = watched_page(open_page, viewport)
    log_in(page, desk.username, TEST_PASSWORD)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    page.goto("/candidates/register/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")
    assert_no_violations(page)

    suggestion = choose_by_typing(page, "id_work-occupation_1", typed, "7112")
    suggestions = page.locator("#id_work-occupation_1-ts-dropdown .option")
    # The everyday name comes first, the code last.
    first = suggestions.first.inner_text()
    assert "7112" in first and not first.startswith("7112")
    save_screen(page, "id_work-occupation_1", f"typeahead-desk-suggestions-{language}-{viewport}")
    suggestion.click()
    chosen = page.locator("#id_work-occupation_1-ts-control").locator("xpath=..").locator(".item")
    assert "7112" in chosen.inner_text()

    fill_the_rest_of_the_desk_form(page, cnic="35202-3333333-3")
    with page.expect_navigation():
        page.locator("main button[type=submit].btn-primary").click()
    person = Candidate.objects.get()
    assert page.url.endswith(f"/candidates/{person.registration_number}/")
    assert [o.occupation.code for o in person.occupations.all()] == ["7112"]
    assert page.get_by_text(trade).first.is_visible()
    save_screenshot(page, f"typeahead-desk-registered-{language}-{viewport}")
    assert_no_violations(page)

    # On the record: the trade is shown chosen, and another is found the same way.
    page.goto(f"/candidates/{person.registration_number}/edit/")
    assert_no_violations(page)
    chosen = page.locator("#id_occupations-0-occupation-ts-control").locator("xpath=..")
    assert "7112" in chosen.locator(".item").inner_text()
    welder = choose_by_typing(page, "id_occupations-0-occupation", "ویلڈر", "7212")
    save_screen(page, "id_occupations-0-occupation", f"typeahead-record-{language}-{viewport}")
    welder.click()
    with page.expect_navigation():
        page.locator("main button[type=submit].btn-primary").click()
    assert [o.occupation.code for o in person.occupations.all()] == ["7212"]
    assert_no_violations(page)
