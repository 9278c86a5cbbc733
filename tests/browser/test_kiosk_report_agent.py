"""Report an agent at the kiosk, in Chromium, as a walk-in does it: in English and Urdu,
at the portrait and landscape kiosk sizes and a phone's, named and anonymous, to the
slip with its reference number; then Done, and Back shows nothing of the person. The
status check in both languages. Every screen is photographed, and checked for text
wider than the screen, for touch targets smaller than a finger and (at the portrait
kiosk size) for serious accessibility problems."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from playwright.sync_api import Error as PlaywrightError

from apps.complaints.models import Complaint
from apps.complaints.services import Complainant, file_complaint
from apps.kiosk.models import SpokenPrompt
from tests.browser.conftest import VIEWPORTS, choose_date, log_in, save_screenshot
from tests.browser.test_kiosk_quality import serious_violations
from tests.browser.test_listen import a_short_tone
from tests.factories import (
    TEST_PASSWORD,
    AgencyFactory,
    CentreFactory,
    DistrictFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

# The smallest a thing to touch may be at the kiosk (a finger, at arm's length).
SMALLEST_TARGET_PX = 56
PAID_ON = timezone.localdate() - datetime.timedelta(days=60)


@pytest.fixture
def kiosk_device():
    district = DistrictFactory(name="Lahore", name_en="Lahore", name_ur="لاہور")
    centre = CentreFactory(code="LHR", district=district, name="Lahore Migrant Resource Centre")
    AgencyFactory(name="Al-Khair Overseas Employment Promoters", licence_number="3456/LHR")
    return UserFactory(role="kiosk", centre=centre, username="kiosk.report")


def look_at(page, name: str):
    """Photograph the screen and check what a person would trip on: nothing wider than
    the screen, nothing to touch smaller than a finger, and the Listen button there."""
    save_screenshot(page, name)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name}: {overflow}px wider than the screen"
    too_small = page.evaluate(
        """(smallest) => [...document.querySelectorAll(
            '#main .kiosk-button, #main .kiosk-choice, #main .kiosk-tile-label, '
            + '#main .form-control-lg, #main .form-select-lg, #main .kiosk-small-button, '
            + '#main .btn-lg')]
          .filter(e => e.getClientRects().length && e.getBoundingClientRect().height < smallest)
          .map(e => (e.innerText || e.name || e.id).trim().slice(0, 40))""",
        SMALLEST_TARGET_PX,
    )
    assert too_small == [], f"{name}: too small to touch: {too_small}"
    assert page.get_by_test_id("listen").count() == 1
    if page.viewport_size["width"] == VIEWPORTS["kiosk-portrait"]["width"]:
        assert serious_violations(page) == [], name


def go_back(page) -> str:
    """The browser's Back, and what it then shows once it has settled. A page that
    answered a form is not shown again: never stored, it would have to be sent again,
    which Chromium refuses (net::ERR_CACHE_MISS); one restored from the back-forward
    cache reloads itself (kiosk.js)."""
    try:
        page.go_back()
    except PlaywrightError as error:
        assert "ERR_CACHE_MISS" in str(error)
    for _attempt in range(10):
        page.wait_for_load_state()
        try:
            return page.content()
        except PlaywrightError:  # still navigating: a redirect or the reload
            page.wait_for_timeout(200)
    raise AssertionError("the page never settled after Back")


def next_screen(page, test_id="next"):
    with page.expect_navigation():
        page.get_by_test_id(test_id).click()


def start_report(page, language):
    log_in(page, "kiosk.report", TEST_PASSWORD)
    page.get_by_test_id("choose-urdu" if language == "ur" else "choose-english").click()
    page.wait_for_url("**/kiosk/menu/")
    save_screenshot(page, f"report-agent-menu-{language}-{page.viewport_size['width']}")
    page.get_by_test_id("menu-report-agent").click()
    page.wait_for_url("**/complaints/kiosk/report/what/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")


def answer_up_to_the_name_question(page, name, language):
    look_at(page, f"{name}-1-what")
    next_screen(page)  # nothing chosen: the screen says what to do
    assert page.locator("#id_kind_errors").is_visible()
    look_at(page, f"{name}-1-what-error")
    page.locator("label[for=id_kind_0]").click()  # more money than the law allows
    next_screen(page)

    page.wait_for_url("**/report/who/")
    look_at(page, f"{name}-2-who")
    page.locator("#id_name").fill("رشید سب ایجنٹ" if language == "ur" else "Rashid, sub-agent")
    page.locator("#id_licence_number").fill("۳۴۵۶/lhr" if language == "ur" else "3456/LHR")
    next_screen(page)

    page.wait_for_url("**/report/promise/")
    look_at(page, f"{name}-3-promise")
    page.locator("#id_promised").fill(
        "ریاض میں ڈرائیور کی نوکری" if language == "ur" else "A driver's job in Riyadh"
    )
    page.locator("label[for=id_country_0]").click()  # Saudi Arabia
    next_screen(page)

    page.wait_for_url("**/report/money/")
    look_at(page, f"{name}-4-money")
    page.locator("#id_amount_paid").fill("45 lakh")
    choose_date(page, "id_paid_on", PAID_ON)
    next_screen(page)
    assert page.locator("#id_amount_paid_errors").is_visible()
    assert page.locator("#id_amount_paid").input_value() == "45 lakh"  # kept as typed
    assert page.locator("#id_paid_on_day").input_value() == str(PAID_ON.day)
    look_at(page, f"{name}-4-money-error")
    page.locator("#id_amount_paid").fill("۴،۵۰،۰۰۰" if language == "ur" else "4,50,000")
    next_screen(page)
    page.wait_for_url("**/report/you/")
    look_at(page, f"{name}-5-you")


# Each language at each size once across the two walk-ins (named here, anonymous below):
# the whole flow is the same code at every size, and each run costs seconds.
@pytest.mark.parametrize(
    ("language", "viewport"),
    [
        ("en", "kiosk-portrait"),
        ("ur", "kiosk-portrait"),
        ("ur", "kiosk-landscape"),
        ("en", "phone"),
    ],
)
def test_a_walk_in_reports_an_agent_with_their_name(open_page, kiosk_device, language, viewport):
    # A recorded reading of the first screen: its Listen button plays it.
    SpokenPrompt(screen="complaints:kiosk_report:what", language=language).recording.save(
        "what.wav", ContentFile(a_short_tone())
    )
    name = f"report-agent-{language}-{viewport}"
    page = open_page(viewport)
    seen = []
    start_report(page, language)
    page.get_by_test_id("listen").wait_for(state="visible")
    answer_up_to_the_name_question(page, name, language)

    page.locator("label[for=id_identity_0]").click()  # give my name
    next_screen(page)
    page.wait_for_url("**/report/details/")
    look_at(page, f"{name}-6-details")
    page.locator("#id_full_name").fill("نادیہ بی بی" if language == "ur" else "Nadia Bibi")
    page.locator("label[for=id_sex_0]").click()
    page.locator("#id_cnic").fill("۳۵۲۰۲-۱۲۳۴۵۶۷-۱" if language == "ur" else "35202-1234567-1")
    page.locator("label[for=id_texts_0]").click()  # yes, but no phone yet
    next_screen(page)
    assert page.locator("#id_phone_errors").is_visible()
    look_at(page, f"{name}-6-details-error")
    page.locator("#id_phone").fill("0301 2345678")
    next_screen(page)

    page.wait_for_url("**/report/check/")
    assert "35202-1234567-1" in page.get_by_test_id("review-cnic").inner_text()
    seen.append(page.content())
    look_at(page, f"{name}-7-review")
    page.get_by_test_id("send").dblclick()  # a double tap files once
    page.wait_for_url("**/report/slip/")
    complaint = Complaint.objects.get()
    assert page.get_by_test_id("complaint-reference").inner_text() == complaint.reference
    assert page.get_by_test_id("deadlines").locator("li").count() == 3
    assert page.get_by_test_id("texts-promised").is_visible()
    assert page.get_by_test_id("status-url").inner_text().endswith("/complaints/status/")
    seen.append(page.content())
    look_at(page, f"{name}-8-slip")
    page.emulate_media(media="print")
    assert not page.get_by_test_id("done").is_visible()
    assert page.get_by_test_id("complaint-reference").is_visible()
    page.emulate_media(media="screen")

    assert (complaint.language, complaint.channel, complaint.kind) == (
        language,
        "kiosk",
        "excess_fees",
    )
    assert complaint.agency.licence_number == "3456/LHR"
    assert complaint.amount_paid == 450000 and complaint.paid_on == PAID_ON
    assert complaint.complainant_cnic_masked

    next_screen(page, "done")
    page.wait_for_url("**/kiosk/")
    for _page in range(3):  # the slip, the review, the details: none comes back
        content = go_back(page)
        assert complaint.reference not in content
        assert "Nadia Bibi" not in content and "نادیہ" not in content
        assert "1234567" not in content


@pytest.mark.parametrize(("language", "viewport"), [("en", "kiosk-landscape"), ("ur", "phone")])
def test_a_walk_in_leaves_an_anonymous_tip(open_page, kiosk_device, language, viewport):
    name = f"report-agent-anonymous-{language}-{viewport}"
    page = open_page(viewport)
    start_report(page, language)
    answer_up_to_the_name_question(page, name, language)
    page.locator("label[for=id_identity_1]").click()  # stay anonymous
    next_screen(page)
    page.wait_for_url("**/report/check/")
    assert page.get_by_test_id("review-anonymous").is_visible()
    look_at(page, f"{name}-7-review")
    next_screen(page, "send")
    page.wait_for_url("**/report/slip/")
    complaint = Complaint.objects.get()
    assert complaint.is_anonymous
    assert page.get_by_test_id("complaint-reference").inner_text() == complaint.reference
    assert page.get_by_test_id("anonymous-next").is_visible()
    assert page.get_by_test_id("status-url").count() == 0
    look_at(page, f"{name}-8-slip")
    next_screen(page, "done")
    page.wait_for_url("**/kiosk/")
    assert complaint.reference not in go_back(page)


@pytest.mark.parametrize(
    ("language", "viewport"), [("en", "kiosk-portrait"), ("ur", "kiosk-landscape"), ("ur", "phone")]
)
def test_the_status_check_at_the_kiosk_and_on_a_phone(open_page, kiosk_device, language, viewport):
    complaint = file_complaint(
        centre=kiosk_device.centre,
        channel="kiosk",
        filed_by=kiosk_device,
        language=language,
        kind="no_job",
        against="other",
        other_party="Rashid",
        promised="A job",
        complainant=Complainant(name="Nadia Bibi", cnic="3520212345671"),
    )
    name = f"complaint-status-{language}-{viewport}"
    page = open_page(viewport)
    if viewport == "phone":  # a visitor on the public site, from the footer's link
        page.goto("/")
        if language == "ur":
            with page.expect_navigation():
                page.locator("button[name=language][value=ur]").click()
        page.get_by_test_id("footer-complaint-status").click()
        page.wait_for_url("**/complaints/status/")
    else:
        log_in(page, "kiosk.report", TEST_PASSWORD)
        page.get_by_test_id("choose-urdu" if language == "ur" else "choose-english").click()
        page.wait_for_url("**/kiosk/menu/")
        page.get_by_test_id("menu-complaint-status").click()
        page.wait_for_url("**/complaints/status/")

    page.locator("#id_reference").fill(complaint.reference.lower().replace("-", " "))
    page.locator("#id_last_four").fill("۵۶۷۱")
    next_screen(page, "check-status")
    assert page.url.endswith("/complaints/status/")  # nothing typed is in the address
    assert page.get_by_test_id("complaint-status").get_attribute("data-status") == "received"
    assert "Nadia" not in page.content() and "Rashid" not in page.content()
    if viewport != "phone":
        look_at(page, f"{name}-found")
    else:
        save_screenshot(page, f"{name}-found")

    page.locator("#id_last_four").fill("1234")
    next_screen(page, "check-status")
    assert page.get_by_test_id("status-not-found").is_visible()
    save_screenshot(page, f"{name}-not-found")
