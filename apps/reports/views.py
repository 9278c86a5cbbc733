"""Reports for centre managers: the dashboard, its CSV export and the printable month.

A centre manager reports on their own centre only: asking for another centre's report
answers 404, as for any other centre's object. A superuser chooses a centre or all.
"""

import csv
import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from apps.audit.models import AuditEntry
from apps.audit.services import record_access
from apps.centres.models import Centre
from apps.core.permissions import require_permission

from . import cache, charts
from .forms import ReportFilterForm
from .models import Report
from .routing import reading_from_replica
from .selectors import (
    DIMENSIONS,
    HOW_WE_COUNT,
    SERVICE_KEYS,
    SERVICES_AND_ALL,
    month_period,
    people_served,
    recent_people_served,
)

# The years a monthly report may be asked for; anything else is not a report (404).
FIRST_YEAR, LAST_YEAR = 2000, 2100

CSV_HEADER = ["centre", "from", "to", "service", "dimension", "value", "label", "people"]


def _own_centre(request):
    """The only centre a user who is not a superuser may report on. Asking for another
    (?centre=CODE) is 404: nothing about another centre leaks, not even its existence."""
    user = request.user
    if user.centre_id is None:
        raise PermissionDenied
    asked = request.GET.get("centre")
    if asked and asked != user.centre.code:
        raise Http404
    return user.centre


def _filters(request):
    """(form, centre, own centre): the bound filter form; if it is valid, the centre
    reported on (None: all centres, a superuser's choice); the user's own centre (None
    for a superuser)."""
    superuser = request.user.is_superuser
    own = None if superuser else _own_centre(request)
    form = ReportFilterForm(request.GET, may_choose_centre=superuser)
    centre = None
    if form.is_valid():
        centre = form.cleaned_data["centre"] if superuser else own
    return form, centre, own


def _query(form, centre, **extra) -> str:
    """The query string of the same report (dates and centre code: nothing personal)."""
    params = {"start": form.cleaned_data["start"], "end": form.cleaned_data["end"]}
    if centre is not None and form.fields.get("centre") is not None:
        params["centre"] = centre.code
    params.update(extra)
    return urlencode(params)


def _previous_month(day: datetime.date) -> tuple[int, int]:
    first = day.replace(day=1) - datetime.timedelta(days=1)
    return first.year, first.month


def _trend_chart(report, rtl: bool):
    return charts.line_chart(
        title=_("People served per week"),
        x_labels=[week.label[-3:] for week in report.weeks],
        series=[
            (key, str(label), [week.people.get(key, 0) for week in report.weeks])
            for key, label in SERVICES_AND_ALL
        ],
        rtl=rtl,
    )


def _drawn_results(report, centre, service) -> str:
    """The numbers, charts and tables of the dashboard, drawn."""
    rtl = translation.get_language_bidi()
    service_label = dict(SERVICES_AND_ALL)[service]
    sections = []
    for key, label, rows in report.dimensions():
        chart = charts.bar_chart(
            title=_("%(service)s by %(dimension)s")
            % {"service": service_label, "dimension": str(label).lower()},
            items=[(str(row.label), row.count(service)) for row in rows],
            rtl=rtl,
        )
        sections.append({"key": key, "label": label, "rows": rows, "chart": chart})
    return render_to_string(
        "reports/_results.html",
        {
            "report": report,
            "centre": centre,
            "services": SERVICES_AND_ALL,
            "chart_service": service_label,
            "sections": sections,
            "trend_chart": _trend_chart(report, rtl),
        },
    )


@require_permission("reports.view_reports")
def dashboard(request):
    """People served in a period: headline numbers, a chart and a table per breakdown,
    the weekly trend; links to the CSV export and the printable month."""
    form, centre, own = _filters(request)
    context = {
        "form": form,
        "fixed_centre": own,
        "services": SERVICES_AND_ALL,
        "how_we_count": HOW_WE_COUNT,
    }
    if form.is_valid():
        report = recent_people_served(period=form.period, centre=centre)
        service = form.cleaned_data["service"]
        end = form.period.end
        months = [(end.year, end.month), _previous_month(end)]
        monthly_query = f"?{urlencode({'centre': centre.code})}" if centre and not own else ""
        context.update(
            report=report,
            results=cache.dashboard_results(
                report,
                form.period,
                centre,
                service,
                lambda: _drawn_results(report, centre, service),
            ),
            csv_url=f"{reverse('reports:export_csv')}?{_query(form, centre)}",
            monthly_links=[
                (
                    datetime.date(year, month, 1),
                    reverse("reports:monthly", kwargs={"year": year, "month": month})
                    + monthly_query,
                )
                for year, month in months
            ],
        )
    return render(request, "reports/dashboard.html", context)


@require_permission("reports.view_reports")
def export_csv(request):
    """The dashboard's numbers as CSV (UTF-8 with a byte-order mark, so that Excel reads
    Urdu), one row per service and value; recorded in the audit trail as an export."""
    form, centre, _own = _filters(request)
    if not form.is_valid():
        # The dashboard shows what is wrong with the same filters, nothing typed lost.
        return redirect(f"{reverse('reports:dashboard')}?{request.GET.urlencode()}")
    period = form.period
    # Counted on the replica; the audit entry below is a write, on the primary.
    with reading_from_replica():
        report = people_served(period=period, centre=centre)
    code = centre.code if centre else "ALL"
    filename = f"people-served_{code}_{period.start:%Y-%m-%d}_{period.end:%Y-%m-%d}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    lead = [code, period.start.isoformat(), period.end.isoformat()]
    for key, label, people in report.total_rows:
        writer.writerow([*lead, key, "total", "", str(label), people])
    for dimension, _label in DIMENSIONS:
        for row in report.breakdowns[dimension]:
            for service in SERVICE_KEYS:
                writer.writerow(
                    [*lead, service, dimension, row.key, str(row.label), row.count(service)]
                )
    for week in report.weeks:
        for service in SERVICE_KEYS:
            writer.writerow(
                [
                    *lead,
                    service,
                    "week",
                    week.label,
                    week.monday.isoformat(),
                    week.people.get(service, 0),
                ]
            )
    record_access(
        actor=request.user,
        kind=AuditEntry.AccessKind.REPORT_EXPORT,
        obj=centre,
        model=Report,  # what an export over every centre (no centre) is recorded against
        details={
            "report": "people_served",
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "format": "csv",
        },
    )
    return response


@require_permission("reports.view_reports")
def monthly(request, year, month):
    """Every number of one calendar month, laid out to print for the department."""
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise Http404
    if request.user.is_superuser:
        code = request.GET.get("centre")
        centre = get_object_or_404(Centre, code=code) if code else None
    else:
        centre = _own_centre(request)
    period = month_period(year, month)
    report = recent_people_served(period=period, centre=centre)
    return render(
        request,
        "reports/monthly.html",
        {
            "report": report,
            "centre": centre,
            "month": period.start,
            "services": SERVICES_AND_ALL,
            "how_we_count": HOW_WE_COUNT,
            "generated_at": timezone.localtime(),
            "trend_chart": _trend_chart(report, translation.get_language_bidi()),
        },
    )
