"""What the reports app caches, under which keys, and what makes each stale.

A report's numbers (people served per centre and period, with their breakdowns) are
counted again after PORTAL_REPORT_CACHE_SECONDS: the dashboard is opened far more often
than its numbers change, and at national scale one count takes a few hundred
milliseconds. Nothing else retires them: a person served meanwhile counts from the
next count, and the page says when it was counted. The CSV export always counts afresh.
The dashboard's drawn numbers and charts follow their count (its time is in the key)."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from apps.core.cache import get_or_set_once


def _report_key(period, centre) -> str:
    # The labels (districts, countries, trades) are in the page's language.
    scope = centre.pk if centre else "all"
    return f"{scope}:{period.start.isoformat()}:{period.end.isoformat()}:{get_language()}"


def people_served(period, centre, count):
    """`count()`, computed once for every worker and reused for a while."""
    key = f"reports:people-served:{_report_key(period, centre)}"
    return get_or_set_once(key, count, settings.PORTAL_REPORT_CACHE_SECONDS)


def dashboard_results(report, period, centre, service: str, draw):
    """The dashboard's numbers, charts and tables for one service, drawn once per count."""
    key = (
        f"reports:dashboard-results:{_report_key(period, centre)}:{service}:"
        f"{report.counted_at.isoformat()}"
    )
    return cache.get_or_set(key, draw, settings.PORTAL_REPORT_CACHE_SECONDS)
