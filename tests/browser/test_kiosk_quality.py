"""The kiosk's steps for people who read little, checked as tools check them: axe-core
finds no serious or critical accessibility problem in either language, and the public
pages in Urdu do not jump while the Nastaliq font arrives (layout shift, as Lighthouse
measures it, at most 0.1)."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from tests.browser.conftest import choose_date, save_screenshot
from tests.browser.test_kiosk_registration import (  # noqa: F401
    fill_identity,
    kiosk_device,
    next_step,
    start_registration,
)
from tests.factories import make_listing, make_page

pytestmark = pytest.mark.django_db(transaction=True)

SERIOUS = {"serious", "critical"}


def serious_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])})"
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("language", ["ur", "en"])
def test_every_kiosk_step_passes_axe(open_page, kiosk_device, language):  # noqa: F811
    page = open_page("kiosk-portrait")
    start_registration(page, language)
    found = {}
    page.wait_for_url("**/register/identity/")
    found["identity"] = serious_violations(page)
    next_step(page)  # the errors of an empty step are checked too
    found["identity with errors"] = serious_violations(page)
    fill_identity(page)
    next_step(page)
    page.wait_for_url("**/register/contact/")
    found["contact"] = serious_violations(page)
    page.locator("#id_phone").fill("0300 1234567")
    page.locator("#id_home_district").select_option(label="لاہور" if language == "ur" else "Lahore")
    page.locator("#id_address").fill("Street 1")
    next_step(page)
    page.wait_for_url("**/register/education/")
    found["education"] = serious_violations(page)
    page.locator("label[for=id_education_3]").click()
    page.locator("label[for=id_language_ur_3]").click()
    next_step(page)
    page.wait_for_url("**/register/work/")
    found["work"] = serious_violations(page)
    page.locator("label[for=id_occupations_0]").click()
    page.locator("#id_years_7411").fill("6")
    next_step(page)
    page.wait_for_url("**/register/destinations/")
    found["destinations"] = serious_violations(page)
    page.locator("label[for=id_destination_countries_0]").click()
    choose_date(page, "id_available_from", timezone.localdate() + datetime.timedelta(days=9))
    next_step(page)
    page.wait_for_url("**/register/consent/")
    found["consent"] = serious_violations(page)
    save_screenshot(page, f"kiosk-axe-consent-{language}")
    assert {step: problems for step, problems in found.items() if problems} == {}


LAYOUT_SHIFT = """
new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  document.fonts.ready.then(() => setTimeout(() => resolve(total), 500));
})
"""


@pytest.mark.parametrize("viewport", ["phone", "kiosk-landscape"])
def test_urdu_public_pages_do_not_jump_while_the_font_loads(open_page, live_server, viewport):
    listing = make_listing()
    guide = make_page()
    page = open_page(viewport)
    page.context.add_cookies([{"name": "django_language", "value": "ur", "url": live_server.url}])
    shifts = {}
    for path in ("/", f"/jobs/{listing.pk}/", f"/orientation/pages/{guide.slug}/"):
        page.goto(path)
        assert page.locator("html").get_attribute("lang") == "ur"
        shifts[path] = page.evaluate(LAYOUT_SHIFT)
    assert {path: shift for path, shift in shifts.items() if shift > 0.1} == {}
