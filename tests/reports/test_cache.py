"""The dashboard's numbers are counted again after PORTAL_REPORT_CACHE_SECONDS (per
centre, period and language: apps/reports/cache.py); the CSV export always counts
afresh; nobody sees another centre's numbers."""

import csv
import io
import time

import pytest
from django.test import Client

from apps.candidates.models import Candidate
from tests.factories import UserFactory, make_candidate

from .conftest import at
from .test_views import DASHBOARD, manager  # noqa: F401 (a fixture)
from .test_views import NOVEMBER as NOVEMBER_QUERY

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.PORTAL_REPORT_CACHE_SECONDS = 300


def headline(response) -> int:
    return response.context["report"].totals["registration"]


def register_late(served):
    late = make_candidate(centre=served.a)
    Candidate.objects.filter(pk=late.pk).update(created_at=at(11, 10))


def test_the_export_counts_afresh_while_the_page_keeps_its_numbers(cached, served, manager):  # noqa: F811
    params = {**NOVEMBER_QUERY}
    manager.get(DASHBOARD, params)
    register_late(served)

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


def test_the_numbers_are_counted_again_when_their_time_is_up(served, manager, settings):  # noqa: F811
    settings.PORTAL_REPORT_CACHE_SECONDS = 1
    before = headline(manager.get(DASHBOARD, NOVEMBER_QUERY))
    register_late(served)
    assert headline(manager.get(DASHBOARD, NOVEMBER_QUERY)) == before
    time.sleep(1.2)
    page = manager.get(DASHBOARD, NOVEMBER_QUERY)
    assert headline(page) == before + 1
    assert f'data-testid="headline-registration">{before + 1}<' in page.content.decode()


def test_each_service_and_language_shows_its_own_numbers(cached, served, manager):  # noqa: F811
    first = manager.get(DASHBOARD, NOVEMBER_QUERY).content.decode()
    again = manager.get(DASHBOARD, NOVEMBER_QUERY).content.decode()
    scope = 'data-testid="report-scope"'
    assert first.split(scope)[1] == again.split(scope)[1]
    assert 'data-testid="chart-sex"' in again
    # Each table names its services in its head, and the trend its colours.
    assert again.count('reports-all">All services</th>') == 6
    assert 'reports-swatch-all"></span> All services</li>' in again
    counselling = manager.get(DASHBOARD, {**NOVEMBER_QUERY, "service": "counselling"})
    assert counselling.content.decode().split(scope)[1] != first.split(scope)[1]
    manager.cookies["django_language"] = "ur"
    urdu = manager.get(DASHBOARD, NOVEMBER_QUERY).content.decode()
    assert 'lang="ur"' in urdu and "All services" not in urdu


def test_a_manager_of_another_centre_never_gets_these_numbers(cached, served, manager):  # noqa: F811
    mine = manager.get(DASHBOARD, NOVEMBER_QUERY)
    other_manager = Client()
    other_manager.force_login(UserFactory(role="centre_manager", centre=served.b))
    theirs = other_manager.get(DASHBOARD, NOVEMBER_QUERY)
    assert served.b.name in theirs.content.decode()
    assert theirs.context["report"].totals != mine.context["report"].totals
    assert served.a.name not in theirs.content.decode()
