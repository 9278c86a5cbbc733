"""The dashboard keeps a report for PORTAL_REPORT_CACHE_SECONDS per centre, period and
language; the CSV export always counts afresh."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.candidates.models import Candidate
from apps.reports import selectors
from tests.factories import make_candidate

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
    assert len(queries) == 0
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
