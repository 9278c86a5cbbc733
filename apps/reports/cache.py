"""What the reports app caches, under which keys, and what makes each stale.

A report's numbers (people served per scope — a centre, a province's centres, every
centre — and period, with their breakdowns) are counted again after
PORTAL_REPORT_CACHE_SECONDS: the dashboard is opened far more often
than its numbers change, and at national scale one count takes a few hundred
milliseconds. Nothing else retires them: a person served meanwhile counts from the
next count, and the page says when it was counted. The CSV export always counts afresh.
The dashboard's drawn numbers and charts follow their count (its time is in the key).

The numbers are kept exact, once per scope, whoever asked; counts under 5 are withheld
from a reader above a centre when the page is drawn (disclosure.py), and the drawing
is kept apart for such readers ("withheld" in the key), so a superuser's exact drawing
of a province is never served to its provincial officer, nor the reverse."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from apps.core.cache import get_or_set_once


def _report_key(period, scope) -> str:
    # The labels (districts, countries, trades, centres) are in the page's language.
    return f"{scope.cache_key}:{period.start.isoformat()}:{period.end.isoformat()}:{get_language()}"


def people_served(period, scope, count):
    """`count()`, computed once for every worker and reused for a while."""
    key = f"reports:people-served:{_report_key(period, scope)}"
    return get_or_set_once(key, count, settings.PORTAL_REPORT_CACHE_SECONDS)


def dashboard_results(report, period, service: str, draw):
    """The dashboard's numbers, charts and tables for one service, drawn once per count
    (and once more with counts under 5 withheld)."""
    shown = "withheld" if report.hides_small_numbers else "exact"
    key = (
        f"reports:dashboard-results:{_report_key(period, report.scope)}:{service}:{shown}:"
        f"{report.counted_at.isoformat()}"
    )
    return cache.get_or_set(key, draw, settings.PORTAL_REPORT_CACHE_SECONDS)
