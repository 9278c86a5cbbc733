"""The complaints register in Chromium, at a desk's screen and a phone's, in English and
Urdu: the desk takes a complaint in (the fields of one answer show once it is chosen,
the agency is found by typing) and gives the slip; a complaints officer finds it in
the register and the overdue list, opens it, acknowledges it and records money back.
No Content-Security-Policy violation on the way."""

import datetime

import pytest
from django.utils import timezone

from apps.complaints.models import Complaint, Recovery
from tests.browser.conftest import log_in, save_screenshot
from tests.browser.test_csp import assert_no_violations, watched_page
from tests.browser.test_typeahead import choose_by_typing
from tests.complaints.register_data import file_at
from tests.factories import TEST_PASSWORD, AgencyFactory, CentreFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def in_language(page, live_server, language):
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )


@pytest.mark.parametrize(("language", "viewport"), [("en", "kiosk-landscape"), ("ur", "phone")])
def test_the_desk_takes_a_complaint_in_and_gives_the_slip(
    open_page, live_server, language, viewport
):
    centre = CentreFactory()
    desk = UserFactory(centre=centre, role="registration_officer")
    agency = AgencyFactory(name="Crescent Manpower Services", licence_number="3456/LHR")

    page = watched_page(open_page, viewport)
    log_in(page, desk.username, TEST_PASSWORD)
    in_language(page, live_server, language)
    page.goto("/complaints/new/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")
    assert_no_violations(page)

    # Nothing of a person's identity is asked until a named complaint is chosen.
    name = page.locator("#id_complainant_name")
    assert not name.is_visible()
    page.locator("input[name=who][value=named]").check()
    assert name.is_visible()
    name.fill("Muhammad Akram")
    page.locator("input[name=complainant_sex][value=male]").check()
    page.locator("#id_complainant_cnic").fill("35202-1234567-1")
    page.locator("input[name=language][value=ur]").check()
    page.locator("#id_kind").select_option("excess_fees")
    page.locator("input[name=against][value=agency]").check()
    assert not page.locator("#id_other_party").is_visible()
    choose_by_typing(page, "id_agency", "cresc", "3456/LHR").click()
    page.locator("#id_promised").fill("Driver in Riyadh, 1500 riyal a month")
    page.locator("#id_amount_paid").fill("۴۵۰۰۰۰")
    save_screenshot(page, f"complaints-new-{language}-{viewport}")
    with page.expect_navigation():
        page.get_by_test_id("file-complaint").click()

    complaint = Complaint.objects.get()
    assert complaint.agency == agency and complaint.amount_paid == 450000
    assert page.url.endswith("/complaints/filed/")
    assert page.get_by_test_id("slip-reference").inner_text() == complaint.reference
    assert page.get_by_test_id("slip").get_attribute("lang") == "ur"
    assert page.get_by_test_id("print-slip").is_visible()
    save_screenshot(page, f"complaints-slip-{language}-{viewport}")
    page.emulate_media(media="print")
    assert not page.get_by_test_id("print-slip").is_visible()
    assert page.get_by_test_id("slip").is_visible()
    save_screenshot(page, f"complaints-slip-print-{language}-{viewport}")
    assert_no_violations(page)


@pytest.mark.parametrize(("language", "viewport"), [("ur", "kiosk-landscape"), ("en", "phone")])
def test_a_complaints_officer_handles_a_complaint(open_page, live_server, language, viewport):
    centre = CentreFactory()
    officer = UserFactory(centre=centre, role="complaints_officer")
    late = file_at(centre, days_ago=40, description="Passport kept for two months.")
    file_at(centre, days_ago=1)

    page = watched_page(open_page, viewport)
    log_in(page, officer.username, TEST_PASSWORD)
    in_language(page, live_server, language)
    page.goto("/workspace/")
    with page.expect_navigation():
        page.locator("[data-nav='complaints:overdue']").click()
    assert_no_violations(page)
    listed = page.get_by_test_id("complaint-cards" if viewport == "phone" else "complaints")
    assert listed.get_by_text(late.reference).is_visible()
    save_screenshot(page, f"complaints-overdue-{language}-{viewport}")

    with page.expect_navigation():
        listed.get_by_text(late.reference).click()
    assert page.get_by_test_id("overdue").is_visible()
    page.get_by_test_id("acknowledge-form").locator("textarea").fill("Called the agent.")
    with page.expect_navigation():
        page.get_by_test_id("acknowledge-form").locator("button[type=submit]").click()
    late.refresh_from_db()
    assert late.status == Complaint.Status.ACKNOWLEDGED

    page.locator("#money summary").click()
    page.locator("#id_money-amount").fill("100000")
    received = timezone.localdate() - datetime.timedelta(days=1)
    page.locator("#id_money-received_on").fill(received.strftime("%d/%m/%Y"))
    with page.expect_navigation():
        page.get_by_test_id("money-form").locator("button[type=submit]").click()
    assert Recovery.objects.get(complaint=late).amount == 100000
    assert "100,000" in page.get_by_test_id("recovered").inner_text()
    save_screenshot(page, f"complaints-detail-{language}-{viewport}")
    assert_no_violations(page)
