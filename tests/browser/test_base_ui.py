"""The base UI as a person sees it: English and Urdu, kiosk and phone sizes, each role."""

import pytest

from apps.accounts.roles import ROLES
from tests.browser.conftest import log_in, save_screenshot
from tests.factories import TEST_PASSWORD, CentreFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

URDU_FONT_CHECK = "document.fonts.check('24px \"Noto Nastaliq Urdu\"', 'اردو')"


def choose_language(page, code: str):
    page.locator(f".language-switcher button[value='{code}']").first.click()
    page.wait_for_load_state()


@pytest.mark.parametrize("viewport", ["kiosk-portrait", "kiosk-landscape", "phone"])
def test_home_page_in_english_then_urdu(open_page, viewport):
    CentreFactory(code="LHR", name_en="Migrant Resource Centre Lahore")
    page = open_page(viewport)
    page.goto("/")
    html = page.locator("html")
    assert html.get_attribute("lang") == "en"
    assert html.get_attribute("dir") == "ltr"
    assert page.get_by_role("heading", level=1).inner_text() == "Work abroad safely and legally"
    assert "Migrant Resource Centre Lahore" in page.get_by_test_id("footer-helpline").inner_text()
    save_screenshot(page, f"home-en-{viewport}")

    choose_language(page, "ur")
    assert html.get_attribute("lang") == "ur"
    assert html.get_attribute("dir") == "rtl"
    assert "bootstrap.rtl" in page.locator("link[rel=stylesheet]").first.get_attribute("href")
    heading = page.get_by_role("heading", level=1).inner_text()
    assert heading and not heading.isascii(), "the heading should be in Urdu"
    # The vendored Nastaliq font is loaded and covers Urdu: no empty boxes.
    page.evaluate("document.fonts.ready")
    assert page.evaluate(URDU_FONT_CHECK)
    font = page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert "Noto Nastaliq Urdu" in font
    # Right to left for real: the brand sits on the right of the header.
    brand = page.locator(".navbar-brand").bounding_box()
    assert brand["x"] > page.viewport_size["width"] / 2
    save_screenshot(page, f"home-ur-{viewport}")


@pytest.mark.parametrize("role", [role.slug for role in ROLES])
def test_each_role_logs_in_lands_on_its_home_and_logs_out(open_page, role):
    centre = CentreFactory()
    user = UserFactory(role=role, centre=centre, first_name="Test", last_name=role)
    page = open_page("kiosk-landscape")
    log_in(page, user.username, TEST_PASSWORD)
    if role == "kiosk":
        assert page.url.endswith("/kiosk/")
        assert page.get_by_test_id("choose-urdu").is_visible()
        save_screenshot(page, "kiosk-start-kiosk-portrait")
        page.get_by_test_id("choose-urdu").click()
        page.wait_for_load_state()
        assert page.url.endswith("/kiosk/menu/")
        assert page.locator("html").get_attribute("dir") == "rtl"
        save_screenshot(page, "kiosk-menu-ur")
        return
    assert page.url.endswith("/workspace/")
    nav = set(
        page.locator("[data-testid=nav-links] a").evaluate_all(
            "links => links.map(a => a.dataset.nav)"
        )
    )
    expected = {
        "registration_officer": {
            "core:workspace",
            "candidates:list",
            "counselling:day",
            "orientation:sessions",
            "listings:list",
            "centres:mine",
        },
        "counsellor": {
            "core:workspace",
            "candidates:list",
            "counselling:day",
            "complaints:list",
            "orientation:sessions",
            "listings:list",
            "centres:mine",
        },
        "district_labour_officer": {
            "core:workspace",
            "listings:list",
            "centres:mine",
            "admin:index",
        },
        "centre_manager": {
            "core:workspace",
            "candidates:list",
            "counselling:day",
            "orientation:sessions",
            "listings:list",
            "centres:mine",
            "reports:dashboard",
        },
        "orientation_editor": {"core:workspace", "listings:list", "admin:index"},
        "complaints_officer": {
            "core:workspace",
            "complaints:list",
            "listings:list",
            "centres:mine",
        },
        "provincial_officer": {"core:workspace", "listings:list", "reports:dashboard"},
        "national_officer": {"core:workspace", "listings:list", "reports:dashboard"},
    }[role]
    assert nav == expected
    # The bar fits the screen: nothing (the language switcher least of all) off the edge.
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    save_screenshot(page, f"workspace-{role}")
    if page.get_by_role("button", name="Show or hide the menu").is_visible():
        page.get_by_role("button", name="Show or hide the menu").click()
        # Bootstrap adds "show" once the menu has finished opening; a click on a button
        # still sliding into view can miss it.
        page.locator("#main-nav.show").wait_for()
    with page.expect_navigation():
        page.get_by_role("button", name="Log out").click()
    assert page.locator("a[href='/accounts/login/']").count() == 1


def test_kiosk_start_in_portrait_has_big_touch_targets(open_page):
    user = UserFactory(role="kiosk")
    page = open_page("kiosk-portrait")
    log_in(page, user.username, TEST_PASSWORD)
    for test_id in ("choose-urdu", "choose-english"):
        box = page.get_by_test_id(test_id).bounding_box()
        assert box["height"] >= 88 and box["width"] >= 300
    assert page.evaluate(URDU_FONT_CHECK)
    save_screenshot(page, "kiosk-start-portrait")
    # Kiosk pages must never be kept by the browser for the next person.
    response = page.goto("/kiosk/")
    assert "no-store" in response.headers["cache-control"]


def test_wrong_password_is_refused_in_urdu_and_keeps_the_username(open_page):
    user = UserFactory(role="counsellor")
    page = open_page("phone")
    page.goto("/accounts/login/")
    choose_language(page, "ur")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill("not-the-password")
    page.locator("input[type=submit], button[type=submit]").last.click()
    page.wait_for_load_state()
    assert page.locator("input[name=username]").input_value() == user.username
    error = page.locator(".alert-danger, .invalid-feedback, .alert-block").first.inner_text()
    assert error and not error.isascii()
    save_screenshot(page, "login-error-ur-phone")
