"""Orientation pages in Chromium: a walk-in reads a country guide at the kiosk in Urdu
(from the menu tile to a section, right to left in Nastaliq), a visitor reads it on a
phone, English search results at desktop size, and each page printed (print media):
the text alone, without header, buttons or footer. Screenshots in artifacts/."""

import pytest

from tests.browser.conftest import log_in, save_screenshot
from tests.factories import TEST_PASSWORD, CentreFactory, UserFactory, make_page

pytestmark = pytest.mark.django_db(transaction=True)

URDU_FONT_CHECK = "document.fonts.check('24px \"Noto Nastaliq Urdu\"', 'اردو')"
BODY_STYLE = """() => {
  const body = document.querySelector('[data-testid=page-body]');
  const style = getComputedStyle(body);
  return {direction: style.direction, font: style.fontFamily};
}"""

HEADLINE_TEXT_BOX = """() => {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('[data-testid=page-title]'));
  const box = range.getBoundingClientRect();
  return {left: box.left, right: box.right};
}"""

ENTRY_BODY_EN = """# What you need

You need a **work visa** and a *work permit* before you start work. Your employer applies
for the permit: **you never pay for it**.

## Documents

1. Passport, valid for at least six months
2. Visa with your employer's name
3. Medical certificate from an approved centre

| Document | Who pays |
|---|---|
| Visa | Employer |
| Work permit | Employer |

> Keep a copy of every document at home.
"""
ENTRY_BODY_UR = """# آپ کو کیا چاہیے

کام شروع کرنے سے پہلے آپ کو **ورک ویزا** اور *ورک پرمٹ* چاہیے۔ پرمٹ کے لیے آپ کا آجر درخواست
دیتا ہے: **آپ اس کی کوئی فیس نہیں دیتے**۔

## کاغذات

1. پاسپورٹ، کم از کم چھ ماہ کے لیے کارآمد
2. ویزا جس پر آپ کے آجر کا نام ہو
3. منظور شدہ مرکز سے طبی سرٹیفکیٹ

> ہر کاغذ کی ایک نقل گھر پر رکھیں۔
"""


@pytest.fixture
def guide():
    author = UserFactory(role="orientation_editor")
    reviewer = UserFactory(role="orientation_editor")

    def page(**fields):
        return make_page(author=author, reviewer=reviewer, **fields)

    return {
        "entry": page(
            slug="sa-entry-permit",
            topic="entry_permit",
            title_en="Entry and work permit",
            title_ur="داخلہ اور ورک پرمٹ",
            summary_en="The visa and permit you need, and who pays for them.",
            summary_ur="آپ کو کون سا ویزا اور پرمٹ چاہیے، اور اس کی فیس کون دیتا ہے۔",
            body_en=ENTRY_BODY_EN,
            body_ur=ENTRY_BODY_UR,
        ),
        "wages": page(
            slug="sa-wages",
            topic="wages",
            title_en="Wages and deductions",
            title_ur="",
            summary_en="What your employer may deduct, and what not.",
            body_en="Your employer pays your **wages** into a bank account every month.",
            body_ur="",
        ),
        "fraud": page(
            slug="fraud",
            country="",
            topic="fraud",
            title_en="Spotting fraud",
            title_ur="دھوکہ دہی کی پہچان",
            body_en="Never pay an agent for a **work permit**: the employer pays.",
            body_ur="ورک پرمٹ کے لیے کسی ایجنٹ کو پیسے نہ دیں۔",
        ),
    }


def assert_reads_right_to_left(page):
    html = page.locator("html")
    assert html.get_attribute("dir") == "rtl"
    assert html.get_attribute("lang") == "ur"
    page.evaluate("document.fonts.ready")
    assert page.evaluate(URDU_FONT_CHECK)
    style = page.evaluate(BODY_STYLE)
    assert style["direction"] == "rtl"
    assert style["font"].startswith('"Noto Nastaliq Urdu"')
    # Where the headline's letters are, not its box (a block is as wide as the page).
    headline = page.evaluate(HEADLINE_TEXT_BOX)
    width = page.viewport_size["width"]
    assert (headline["left"] + headline["right"]) / 2 > width / 2, "the headline is on the right"
    assert headline["right"] > width * 0.8
    # Nothing wider than the screen: no sideways scrolling to read a line.
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def assert_prints_cleanly(page, name):
    page.emulate_media(media="print")
    for hidden in (".portal-header", ".portal-footer", "[data-testid=print-page]", ".breadcrumb"):
        locator = page.locator(hidden)
        assert all(not locator.nth(i).is_visible() for i in range(locator.count())), hidden
    assert page.get_by_test_id("page-title").is_visible()
    assert page.get_by_test_id("page-body").is_visible()
    colour = page.evaluate(
        "getComputedStyle(document.querySelector('[data-testid=page-body] p')).color"
    )
    assert colour == "rgb(0, 0, 0)"
    save_screenshot(page, name)
    page.emulate_media(media="screen")


def test_a_walk_in_reads_a_guide_at_the_kiosk_in_urdu(open_page, guide):
    centre = CentreFactory(code="LHR")
    UserFactory(role="kiosk", centre=centre, username="kiosk.reading")
    page = open_page("kiosk-portrait")
    log_in(page, "kiosk.reading", TEST_PASSWORD)
    page.get_by_test_id("choose-urdu").click()
    page.wait_for_url("**/kiosk/menu/")
    save_screenshot(page, "orientation-kiosk-1-menu-ur")

    page.get_by_test_id("menu-orientation").click()
    page.wait_for_url("**/orientation/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#kiosk-reset-form").count() == 1
    save_screenshot(page, "orientation-kiosk-2-index-ur")

    page.get_by_test_id("country-SA").click()
    page.wait_for_url("**/orientation/countries/SA/")
    sections = page.get_by_test_id("guide-section")
    assert [sections.nth(i).get_attribute("data-topic") for i in range(sections.count())] == [
        "entry_permit",
        "wages",
    ]
    save_screenshot(page, "orientation-kiosk-3-guide-ur")

    page.get_by_test_id("guide-contents").get_by_role("link", name="داخلہ اور ورک پرمٹ").click()
    page.wait_for_url("**/orientation/pages/sa-entry-permit/")
    assert page.get_by_test_id("page-title").inner_text() == "داخلہ اور ورک پرمٹ"
    assert page.get_by_test_id("fallback-notice").count() == 0
    assert_reads_right_to_left(page)
    # The kiosk names the way back to its menu on every orientation page.
    assert page.get_by_test_id("kiosk-main-menu").is_visible()
    save_screenshot(page, "orientation-kiosk-4-page-ur")
    assert_prints_cleanly(page, "orientation-kiosk-5-page-ur-print")

    # The next section has no Urdu yet: said in Urdu, then shown in English, left to right.
    page.get_by_test_id("next-section").click()
    page.wait_for_url("**/orientation/pages/sa-wages/")
    assert page.get_by_test_id("fallback-notice").is_visible()
    assert page.evaluate(BODY_STYLE)["direction"] == "ltr"
    assert page.locator(".orientation-text").get_attribute("lang") == "en"
    save_screenshot(page, "orientation-kiosk-6-fallback-ur")


def test_a_visitor_reads_a_guide_on_a_phone_in_urdu(open_page, live_server, guide):
    page = open_page("phone")
    page.context.add_cookies([{"name": "django_language", "value": "ur", "url": live_server.url}])
    page.goto("/orientation/")
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    save_screenshot(page, "orientation-phone-1-index-ur")

    page.get_by_test_id("country-SA").click()
    page.wait_for_url("**/orientation/countries/SA/")
    save_screenshot(page, "orientation-phone-2-guide-ur")

    page.get_by_test_id("guide-section").first.get_by_role("link").first.click()
    page.wait_for_url("**/orientation/pages/sa-entry-permit/")
    assert_reads_right_to_left(page)
    save_screenshot(page, "orientation-phone-3-page-ur")

    # The Print button presses the browser's Print (stubbed: headless has no dialog).
    page.evaluate("window.print = () => { window.printed = true; }")
    page.get_by_test_id("print-page").click()
    assert page.evaluate("window.printed") is True
    assert_prints_cleanly(page, "orientation-phone-4-page-ur-print")


def test_search_results_in_english(open_page, guide):
    page = open_page("kiosk-landscape")
    page.goto("/orientation/")
    page.locator("#id_q").fill("permits")
    page.get_by_test_id("search-pages").click()
    page.wait_for_url("**/orientation/?*q=permits*")
    results = page.get_by_test_id("search-result")
    assert sorted(results.nth(i).get_attribute("data-slug") for i in range(results.count())) == [
        "fraud",
        "sa-entry-permit",
    ]
    assert page.locator("[data-testid=snippet] mark").first.inner_text().lower() == "permit"
    save_screenshot(page, "orientation-search-en")

    page.locator("#id_topic").select_option("fraud")
    page.get_by_test_id("search-pages").click()
    page.wait_for_load_state()
    assert page.get_by_test_id("search-result").count() == 1
    page.get_by_test_id("search-result").get_by_role("link").click()
    page.wait_for_url("**/orientation/pages/fraud/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    save_screenshot(page, "orientation-page-en")
    assert_prints_cleanly(page, "orientation-page-en-print")
