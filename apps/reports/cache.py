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
of a province is never served to its provincial officer, nor the reverse.

The complaints of a report (complaints.py) are few and a person who complained looks
for theirs: they are kept under `complaints_version`, a key deleted whenever a
complaint or a recovery is saved or deleted (the complaints services save every change
of status, outcome and money through the ORM, which sends post_save), at once and again
when the transaction commits, so that a count made in between is not kept under the
new version. The day is in their key too (what is overdue changes at midnight), and
PORTAL_REPORT_CACHE_SECONDS bounds the rest (an agency renamed, a change in raw SQL).
Their drawing carries the reader's licence-review threshold in its key."""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.translation import get_language

from apps.core.cache import get_or_set_once

COMPLAINTS_VERSION_KEY = "reports:complaints-version"
VERSION_SECONDS = 24 * 3600


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


def complaints_version() -> str:
    return cache.get_or_set(COMPLAINTS_VERSION_KEY, lambda: uuid.uuid4().hex, VERSION_SECONDS)


def complaints(period, scope, count):
    """`count()`, the complaints of a report, computed once for every worker until a
    complaint changes."""
    key = (
        f"reports:complaints:{complaints_version()}:{timezone.localdate().isoformat()}:"
        f"{_report_key(period, scope)}"
    )
    return get_or_set_once(key, count, settings.PORTAL_REPORT_CACHE_SECONDS)


def complaint_results(report, period, draw):
    """The complaints part of the dashboard, drawn once per count, whether counts under
    5 are withheld, and the reader's licence-review threshold."""
    shown = "withheld" if report.hides_small_numbers else "exact"
    key = (
        f"reports:complaint-results:{_report_key(period, report.scope)}:{shown}:"
        f"{report.review_threshold}:{report.counted_at.isoformat()}"
    )
    return cache.get_or_set(key, draw, settings.PORTAL_REPORT_CACHE_SECONDS)


def _complaints_changed(using=None, **kwargs):
    cache.delete(COMPLAINTS_VERSION_KEY)
    transaction.on_commit(lambda: cache.delete(COMPLAINTS_VERSION_KEY), using=using)


def connect():
    from apps.complaints.models import Complaint, Recovery

    for model in (Complaint, Recovery):
        for signal in (post_save, post_delete):
            signal.connect(
                _complaints_changed, sender=model, dispatch_uid=f"reports-cache:{model.__name__}"
            )
