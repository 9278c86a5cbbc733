"""Headless Chromium (Debian's, never a downloaded build) driven by Playwright
against pytest-django's live server.

Screenshots land in artifacts/screenshots/ so that a person can look at them.
"""

import datetime
import os
from pathlib import Path

import pytest
from django.conf import settings

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests
# make between browser steps are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from playwright.sync_api import sync_playwright

SCREENSHOT_DIR = Path(settings.BASE_DIR) / "artifacts" / "screenshots"

VIEWPORTS = {
    "kiosk-portrait": {"width": 1080, "height": 1920},
    "kiosk-landscape": {"width": 1280, "height": 800},
    "phone": {"width": 390, "height": 844},
}

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def live_server(django_db_setup):  # stopped before the test databases are dropped
    """pytest-django's live server, but static files come from whitenoise (the hashed,
    compressed files collectstatic wrote), as in production, instead of the finders."""
    from django.db import connections
    from pytest_django.live_server_helper import LiveServer

    # Each request runs in a thread of its own that then ends: a persistent connection
    # would outlive it and keep the test database busy at teardown.
    connections.settings["default"]["CONN_MAX_AGE"] = 0
    server = LiveServer("localhost", start=False)
    server.thread.static_handler = lambda application: application
    server.start()
    yield server
    server.stop()


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    if not os.access(settings.CHROMIUM_PATH, os.X_OK):
        pytest.fail(f"Chromium not found at {settings.CHROMIUM_PATH}: run `make test`.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=settings.CHROMIUM_PATH, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium, live_server):
    """open_page(viewport="phone") -> a fresh page (own cookies) at the live server."""
    contexts = []

    def open_(viewport: str = "kiosk-landscape", **context_options):
        context = chromium.new_context(
            base_url=live_server.url, viewport=VIEWPORTS[viewport], **context_options
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
        context.close()


def save_screenshot(page, name: str) -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    page.evaluate("document.fonts.ready")
    page.screenshot(path=str(path), full_page=True)
    return path


def log_in(page, username: str, password: str):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    # The page after the POST, fully loaded (its scripts too): waiting for "load" right
    # after the click can return on the login page itself.
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def choose_date(page, field_id: str, day: datetime.date):
    """Pick `day` in a day, month and year chooser (the kiosk's date questions)."""
    page.locator(f"#{field_id}_day").select_option(str(day.day))
    page.locator(f"#{field_id}_month").select_option(str(day.month))
    page.locator(f"#{field_id}_year").select_option(str(day.year))
