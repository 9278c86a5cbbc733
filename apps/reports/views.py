"""Reports: the dashboard, its CSV export and the printable month.

A centre manager reports on their own centre only; a provincial officer on their
province's centres, a national officer and a superuser on any centre, province or all
(scopes.py). Asking for numbers outside one's reach answers 404, as for any other
centre's object. Readers above a centre never see a count under 5 (disclosure.py).
"""

import csv
import datetime

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from apps.audit.models import AuditEntry
from apps.audit.services import record_access
from apps.complaints.agency_review import review_threshold_for
from apps.core.permissions import require_permission

from . import cache, charts, complaints, disclosure
from .forms import ReportFilterForm
from .models import Report
from .routing import reading_from_replica
from .scopes import reach_of
from .selectors import (
    ACROSS_CENTRES_RULE,
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


def _filters(request):
    """(form, scope, reach): the bound filter form; if it is valid, the scope reported
    on, else None; what the account may report on."""
    reach = reach_of(request.user)
    if not reach.may_choose_province:
        # A centre or province named outside a fixed reach is 404, before any message
        # could say whether it exists. Whoever reaches every centre gets the form's.
        reach.scope_asked(request.GET)
    form = ReportFilterForm(request.GET, reach=reach)
    return form, (form.scope if form.is_valid() else None), reach


def _scope_query(form, scope) -> dict:
    """The centre or province chosen on the form, as query parameters (none when it is
    the account's own, fixed scope)."""
    if scope.centre is not None and "centre" in form.fields:
        return {"centre": scope.centre.code}
    if scope.province is not None and "province" in form.fields:
        return {"province": scope.province.pk}
    return {}


def _query(form, scope) -> str:
    """The query string of the same report (dates, centre code or province: nothing
    personal)."""
    params = {"start": form.cleaned_data["start"], "end": form.cleaned_data["end"]}
    params.update(_scope_query(form, scope))
    return urlencode(params)


def _shown(report, reach):
    """The report as this reader may see it: counts under 5 withheld above a centre."""
    return disclosure.protect(report) if reach.hides_small_numbers else report


def _how_we_count(report) -> list:
    rules = list(HOW_WE_COUNT)
    if report.scope.spans_centres:
        rules.append(ACROSS_CENTRES_RULE)
    rules.extend(complaints.complaint_rules())
    if report.hides_small_numbers:
        rules.extend(disclosure.RULES)
    return rules


def _count_complaints(request, period, scope):
    """The scope's complaints in `period`, counted on the replica."""
    with reading_from_replica():
        return complaints.complaints_report(period=period, scope=scope, user=request.user)


def _complaints_shown(request, report, reach):
    """The complaints as this reader may see them: agencies marked for licence review at
    the reader's threshold; counts under 5 withheld above a centre."""
    report = complaints.mark_review(report, review_threshold_for(request.user))
    return disclosure.protect_complaints(report) if reach.hides_small_numbers else report


def _recent_complaints(request, period, scope, reach):
    """The complaints part of a page, from the cache (cache.complaints)."""
    report = cache.complaints(period, scope, lambda: _count_complaints(request, period, scope))
    return _complaints_shown(request, report, reach)


def _complaint_charts(report, rtl: bool) -> dict:
    """A bar chart of the complaints by kind (the centres have their table only: the
    people served already draw the comparison of centres)."""
    return {
        "kind": charts.bar_chart(
            title=_("Complaints by kind"),
            items=[(str(row.label), row.complaints) for row in report.tables[complaints.KIND]],
            rtl=rtl,
        )
    }


def _drawn_complaints(report, *, with_charts: bool) -> str:
    rtl = translation.get_language_bidi()
    return render_to_string(
        "reports/_complaints.html",
        {
            "complaints": report,
            "charts": _complaint_charts(report, rtl) if with_charts and report.total else {},
            "sdg_explanation": complaints.SDG_EXPLANATION,
        },
    )


def _scope_name(scope) -> str:
    if scope.centre is not None:
        return scope.centre.name
    if scope.province is not None:
        return _("All centres of %(province)s") % {"province": scope.province.name}
    return _("All centres")


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


def _sections(report, service: str, rtl: bool) -> list[dict]:
    """A chart and a table per breakdown: by place first across centres (the
    comparison of centres), then the people's own breakdowns."""
    service_label = dict(SERVICES_AND_ALL)[service]
    return [
        {
            "key": key,
            "label": label,
            "rows": rows,
            "chart": charts.bar_chart(
                title=_("%(service)s by %(dimension)s")
                % {"service": service_label, "dimension": str(label).lower()},
                items=[(str(row.label), row.count(service)) for row in rows],
                rtl=rtl,
            ),
        }
        for key, label, rows in [*report.place_dimensions(), *report.dimensions()]
    ]


def _drawn_results(report, service) -> str:
    """The numbers, charts and tables of the dashboard, drawn."""
    rtl = translation.get_language_bidi()
    return render_to_string(
        "reports/_results.html",
        {
            "report": report,
            "scope_name": _scope_name(report.scope),
            "services": SERVICES_AND_ALL,
            "chart_service": dict(SERVICES_AND_ALL)[service],
            "sections": _sections(report, service, rtl),
            "trend_chart": _trend_chart(report, rtl),
        },
    )


@require_permission("reports.view_reports")
def dashboard(request):
    """People served in a period: headline numbers, a chart and a table per breakdown,
    the weekly trend; links to the CSV export and the printable month."""
    form, scope, reach = _filters(request)
    context = {
        "form": form,
        "fixed_centre": reach.centre,
        "fixed_province": reach.province if reach.may_choose_centre else None,
        "services": SERVICES_AND_ALL,
        "how_we_count": HOW_WE_COUNT,
    }
    if scope is not None:
        report = _shown(
            recent_people_served(period=form.period, centre=scope.centre, province=scope.province),
            reach,
        )
        service = form.cleaned_data["service"]
        end = form.period.end
        months = [(end.year, end.month), _previous_month(end)]
        scope_query = _scope_query(form, scope)
        monthly_query = f"?{urlencode(scope_query)}" if scope_query else ""
        complaint_report = _recent_complaints(request, form.period, scope, reach)
        context.update(
            report=report,
            how_we_count=_how_we_count(report),
            results=cache.dashboard_results(
                report, form.period, service, lambda: _drawn_results(report, service)
            ),
            complaint_results=cache.complaint_results(
                complaint_report,
                form.period,
                lambda: _drawn_complaints(complaint_report, with_charts=True),
            ),
            csv_url=f"{reverse('reports:export_csv')}?{_query(form, scope)}",
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
    form, scope, reach = _filters(request)
    if scope is None:
        # The dashboard shows what is wrong with the same filters, nothing typed lost.
        return redirect(f"{reverse('reports:dashboard')}?{request.GET.urlencode()}")
    period = form.period
    # Counted on the replica; the audit entry below is a write, on the primary.
    with reading_from_replica():
        report = people_served(period=period, centre=scope.centre, province=scope.province)
    report = _shown(report, reach)
    complaint_report = _complaints_shown(request, _count_complaints(request, period, scope), reach)
    code = scope.code
    filename = f"people-served_{code}_{period.start:%Y-%m-%d}_{period.end:%Y-%m-%d}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    lead = [code, period.start.isoformat(), period.end.isoformat()]
    for key, label, people in report.total_rows:
        writer.writerow([*lead, key, "total", "", str(label), people])
    for dimension, _label, rows in [*report.dimensions(), *report.place_dimensions()]:
        for row in rows:
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
    for row in complaints.csv_rows(complaint_report):
        writer.writerow([*lead, *row])
    details = {
        "report": "people_served",
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
        "format": "csv",
    }
    if scope.province is not None:
        details["province"] = scope.code
    record_access(
        actor=request.user,
        kind=AuditEntry.AccessKind.REPORT_EXPORT,
        obj=scope.centre,
        model=Report,  # what an export across centres (no centre) is recorded against
        details=details,
    )
    return response


@require_permission("reports.view_reports")
def monthly(request, year, month):
    """Every number of one calendar month, laid out to print for the department."""
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise Http404
    reach = reach_of(request.user)
    scope = reach.scope_asked(request.GET)
    period = month_period(year, month)
    report = _shown(
        recent_people_served(period=period, centre=scope.centre, province=scope.province),
        reach,
    )
    complaint_report = _recent_complaints(request, period, scope, reach)
    return render(
        request,
        "reports/monthly.html",
        {
            "report": report,
            "complaints": complaint_report,
            "sdg_explanation": complaints.SDG_EXPLANATION,
            "centre": scope.centre,
            "scope_name": _scope_name(scope),
            "month": period.start,
            "services": SERVICES_AND_ALL,
            "how_we_count": _how_we_count(report),
            "generated_at": timezone.localtime(),
            "trend_chart": _trend_chart(report, translation.get_language_bidi()),
        },
    )
