"""The reports dashboard in Chromium: a centre manager sees the charts drawn, in English
at 1280x800 and in Urdu on a phone, and the page never grows wider than the screen."""

import pytest

from tests.browser.conftest import log_in, save_screenshot
from tests.factories import TEST_PASSWORD, CentreFactory, UserFactory, make_candidate

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(("language", "viewport"), [("en", "kiosk-landscape"), ("ur", "phone")])
def test_a_manager_sees_the_charts(open_page, live_server, language, viewport):
    centre = CentreFactory(code="LHR")
    make_candidate(centre=centre, sex="female")
    make_candidate(centre=centre, sex="male")
    UserFactory(role="centre_manager", centre=centre, username="manager.reports")
    page = open_page(viewport)
    log_in(page, "manager.reports", TEST_PASSWORD)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    page.goto("/reports/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")
    assert page.get_by_test_id("headline-registration").inner_text() == "2"
    # Five breakdowns and the weekly trend, each an SVG drawn with bars or lines.
    charts = page.locator("svg.reports-chart[role=img]")
    assert charts.count() == 6
    assert page.locator("[data-testid=chart-sex] svg rect").count() == 3
    assert page.locator("[data-testid=chart-weeks] svg polyline").count() == 6
    box = page.get_by_test_id("chart-sex").locator("svg").bounding_box()
    assert 0 < box["width"] <= page.viewport_size["width"]
    # Wide tables scroll inside their box; the page itself never scrolls sideways.
    assert page.evaluate("document.body.scrollWidth <= window.innerWidth")
    save_screenshot(page, f"reports-dashboard-{language}-{viewport}")


@pytest.mark.parametrize(("language", "viewport"), [("en", "kiosk-landscape"), ("ur", "phone")])
def test_a_provincial_officer_compares_the_centres(open_page, live_server, language, viewport):
    lahore = CentreFactory(code="LHR", name="Migrant Resource Centre Lahore")
    sialkot = CentreFactory(code="SKT", name="District Labour Office Sialkot")
    for _n in range(6):
        make_candidate(centre=lahore)
    make_candidate(centre=sialkot, sex="female")
    UserFactory(role="provincial_officer", centre=lahore, username="punjab.reports")
    page = open_page(viewport)
    log_in(page, "punjab.reports", TEST_PASSWORD)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    page.goto("/reports/")
    assert page.get_by_test_id("headline-registration").inner_text() == "7"
    comparison = page.get_by_test_id("table-centre")
    assert comparison.locator("tbody tr").count() == 2
    fewer = "fewer than 5" if language == "en" else "5 سے کم"
    assert fewer in comparison.locator("tr[data-value=SKT]").inner_text()
    # By centre and by district, then the five breakdowns and the weekly trend.
    assert page.locator("svg.reports-chart[role=img]").count() == 8
    assert page.evaluate("document.body.scrollWidth <= window.innerWidth")
    save_screenshot(page, f"reports-provincial-{language}-{viewport}")


@pytest.mark.parametrize(("language", "viewport"), [("en", "kiosk-landscape"), ("ur", "phone")])
def test_a_manager_sees_the_complaints(open_page, live_server, language, viewport):
    from django.utils import timezone

    from apps.complaints.models import Complaint
    from tests.complaint_factories import make_complaint_with_history
    from tests.factories import AgencyFactory

    centre = CentreFactory(code="LHR")
    agency = AgencyFactory(name="Crescent Promoters")
    today = timezone.localdate()
    for n in range(3):
        make_complaint_with_history(
            centre=centre,
            agency=agency,
            destination_country="SA",
            closed_at=timezone.now(),
            outcome=Complaint.Outcome.SUBSTANTIATED,
            amount_paid=300000,
            promised_monthly_wage=100000,
            recoveries=((50000, today),) if n == 0 else (),
        )
    make_complaint_with_history(centre=centre, destination_country="AE")
    UserFactory(role="centre_manager", centre=centre, username="manager.complaints")
    page = open_page(viewport)
    log_in(page, "manager.complaints", TEST_PASSWORD)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    page.goto("/reports/")
    section = page.get_by_test_id("complaints")
    assert page.get_by_test_id("complaints-filed").inner_text() == "4"
    assert page.get_by_test_id("complaints-upheld").inner_text() == "3"
    # Three upheld complaints: the agency is up for licence review (the default, 3).
    flag = "Up for licence review" if language == "en" else "لائسنس جائزے کے لیے پیش"
    assert flag in page.get_by_test_id("complaints-table-agency").inner_text()
    assert page.locator("[data-testid=chart-complaints-kind] svg rect").count() == 8
    assert "SDG 10.7.1" in page.get_by_test_id("complaints-cost").inner_text()
    assert page.evaluate("document.body.scrollWidth <= window.innerWidth")
    section.scroll_into_view_if_needed()
    save_screenshot(page, f"reports-complaints-{language}-{viewport}")
