"""The dashboard keeps a report for PORTAL_REPORT_CACHE_SECONDS per centre, period and
language; the CSV export always counts afresh."""

import csv
import io

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from apps.candidates.models import Candidate
from apps.reports import selectors
from tests.factories import UserFactory, make_candidate

from .conftest import at
from .test_people_served import NOVEMBER
from .test_views import DASHBOARD, manager  # noqa: F401 (a fixture)
from .test_views import NOVEMBER as NOVEMBER_QUERY

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings, empty_cache):
    settings.PORTAL_REPORT_CACHE_SECONDS = 300


def test_a_second_look_is_not_counted_again(cached, served):
    first = selectors.recent_people_served(period=NOVEMBER, centre=served.a)
    with CaptureQueriesContext(connection) as queries:
        again = selectors.recent_people_served(period=NOVEMBER, centre=served.a)
    # Read from the cache every worker shares, not counted again.
    assert len(queries) == 1 and "portal_shared_cache" in queries[0]["sql"]
    assert again.totals == first.totals
    # Another centre, or all of them, is another report.
    assert selectors.recent_people_served(period=NOVEMBER, centre=served.b).totals != first.totals


def test_the_export_counts_afresh_while_the_page_keeps_its_numbers(cached, served, manager):  # noqa: F811
    params = {**NOVEMBER_QUERY}
    manager.get(DASHBOARD, params)
    late = make_candidate(centre=served.a)
    Candidate.objects.filter(pk=late.pk).update(created_at=at(11, 10))

    page = manager.get(DASHBOARD, params).context["report"]
    rows = csv.DictReader(
        io.StringIO(manager.get("/reports/people-served.csv", params).content.decode("utf-8-sig"))
    )
    exported = next(
        int(row["people"])
        for row in rows
        if row["service"] == "registration" and row["dimension"] == "total"
    )
    assert exported == page.totals["registration"] + 1


RESULTS = "reports/_results.html"


def results_drawn(response) -> bool:
    return RESULTS in [template.name for template in response.templates]


def test_the_numbers_are_drawn_once_per_count_service_and_language(cached, served, manager):  # noqa: F811
    first = manager.get(DASHBOARD, NOVEMBER_QUERY)
    again = manager.get(DASHBOARD, NOVEMBER_QUERY)
    assert results_drawn(first) and not results_drawn(again)
    scope = 'data-testid="report-scope"'
    assert first.content.decode().split(scope)[1] == again.content.decode().split(scope)[1]
    assert 'data-testid="chart-sex"' in again.content.decode()
    # Each table names its services in its head, and the trend its colours.
    assert again.content.decode().count('reports-all">All services</th>') == 6
    assert 'reports-swatch-all"></span> All services</li>' in again.content.decode()

    other_service = manager.get(DASHBOARD, {**NOVEMBER_QUERY, "service": "counselling"})
    assert results_drawn(other_service)
    manager.cookies["django_language"] = "ur"
    urdu = manager.get(DASHBOARD, NOVEMBER_QUERY)
    assert results_drawn(urdu)
    assert urdu.content != first.content


def test_a_new_count_is_drawn_afresh(cached, served, manager, empty_cache):  # noqa: F811
    manager.get(DASHBOARD, NOVEMBER_QUERY)
    late = make_candidate(centre=served.a)
    Candidate.objects.filter(pk=late.pk).update(created_at=at(11, 10))
    # The kept count ends (PORTAL_REPORT_CACHE_SECONDS); the numbers drawn with it too.
    caches["shared"].clear()
    page = manager.get(DASHBOARD, NOVEMBER_QUERY)
    assert results_drawn(page)
    totals = page.context["report"].totals["registration"]
    assert f'data-testid="headline-registration">{totals}<' in page.content.decode()


def test_a_manager_of_another_centre_never_gets_these_numbers(cached, served, manager):  # noqa: F811
    mine = manager.get(DASHBOARD, NOVEMBER_QUERY).content.decode()
    other_manager = Client()
    other_manager.force_login(UserFactory(role="centre_manager", centre=served.b))
    theirs = other_manager.get(DASHBOARD, NOVEMBER_QUERY)
    assert results_drawn(theirs)
    assert served.b.name in theirs.content.decode()
    assert theirs.content.decode() != mine
