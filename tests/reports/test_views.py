"""The report pages: dashboard, CSV export, printable month. Who may see which centre,
what bad input answers, what the pages and the file contain. (Which roles get 403 is
asserted in tests/test_permissions.py.)"""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from apps.audit.models import AuditEntry
from apps.candidates.models import Candidate
from tests.reports.conftest import at, counselled, enrolled, person
from tests.reports.test_people_served import CENTRE_A_TOTALS

DASHBOARD = reverse("reports:dashboard")
CSV_URL = reverse("reports:export_csv")
NOVEMBER = {"start": "2026-11-01", "end": "2026-11-30"}


def monthly_url(year=2026, month=11):
    return reverse("reports:monthly", kwargs={"year": year, "month": month})


@pytest.fixture
def manager(client_for, served):
    return client_for("centre_manager", centre=served.a)


@pytest.fixture
def superuser(client_for, served):
    return client_for("superuser")


# --- Dashboard -----------------------------------------------------------------------


def test_dashboard_shows_the_managers_centre(manager, served):
    response = manager.get(DASHBOARD, NOVEMBER)
    assert response.status_code == 200
    report = response.context["report"]
    assert report.centre == served.a
    assert report.totals == CENTRE_A_TOTALS
    html = response.content.decode()
    assert 'data-testid="fixed-centre"' in html and "Centre A" in html
    assert 'name="centre"' not in html  # not a choice for a manager
    for service, people in CENTRE_A_TOTALS.items():
        assert f'data-testid="headline-{service}">{people}<' in html
    # A chart per breakdown and the weekly trend: accessible SVG, drawn on the server.
    for key in ("sex", "age_band", "district", "destination", "occupation_group", "weeks"):
        assert f'data-testid="chart-{key}"><svg' in html
        assert f'data-testid="table-{key}"' in html
    assert html.count('role="img"') == 6
    assert "<title id=" in html
    assert "How we count" in html
    # Links keep the filters; the monthly links are for the period's last month.
    assert f"{CSV_URL}?start=2026-11-01&amp;end=2026-11-30" in html
    assert monthly_url(2026, 11) in html and monthly_url(2026, 10) in html


def test_dashboard_never_shows_names_or_registration_numbers(manager, served):
    html = manager.get(DASHBOARD, NOVEMBER).content.decode()
    for candidate in Candidate.objects.all():
        assert candidate.registration_number not in html
        if candidate.full_name:
            assert candidate.full_name not in html
        assert candidate.cnic_masked not in html


def test_dashboard_defaults_to_this_month_to_date(manager, served):
    response = manager.get(DASHBOARD)
    form = response.context["form"]
    assert form.is_valid()
    today = datetime.date.today()
    period = response.context["report"].period
    assert period.start.day == 1 and period.end >= today - datetime.timedelta(days=1)
    assert form.cleaned_data["service"] == "all"


def test_a_manager_asking_for_another_centre_gets_404(manager, served):
    assert manager.get(DASHBOARD, {"centre": "BBBB", **NOVEMBER}).status_code == 404
    assert manager.get(CSV_URL, {"centre": "BBBB", **NOVEMBER}).status_code == 404
    assert manager.get(monthly_url(), {"centre": "BBBB"}).status_code == 404
    assert manager.get(DASHBOARD, {"centre": "AAAA", **NOVEMBER}).status_code == 200
    assert AuditEntry.objects.filter(access_kind="report_export").count() == 0


def test_superuser_sees_all_centres_or_chooses_one(superuser, served):
    response = superuser.get(DASHBOARD, NOVEMBER)
    assert response.context["report"].centre is None
    assert response.context["report"].totals["all"] == 6
    assert "All centres" in response.content.decode()

    response = superuser.get(DASHBOARD, {"centre": "BBBB", **NOVEMBER})
    assert response.context["report"].centre == served.b
    assert response.context["report"].totals["all"] == 3
    html = response.content.decode()
    assert f"{monthly_url(2026, 11)}?centre=BBBB" in html
    assert "centre=BBBB" in response.context["csv_url"]


def test_superuser_unknown_centre_is_a_message(superuser, served):
    response = superuser.get(DASHBOARD, {"centre": "ZZZZ", **NOVEMBER})
    assert response.status_code == 200
    assert "report" not in response.context
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"start": "2026-11-30", "end": "2026-11-01"}, "The last day comes before the first day."),
        ({"start": "2025-01-01", "end": "2026-01-02"}, "A report covers at most 366 days"),
        ({"start": "2026-13-01", "end": "2026-11-30"}, "Enter the date as day/month/year"),
        ({"start": "yesterday", "end": "2026-11-30"}, "Enter the date as day/month/year"),
    ],
)
def test_bad_dates_are_a_message_and_what_was_typed_stays(manager, query, message):
    response = manager.get(DASHBOARD, {**query, "service": "counselling"})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'data-testid="filter-errors"' in html
    assert "report" not in response.context
    assert f'value="{query["start"]}"' in html and f'value="{query["end"]}"' in html
    assert '<option value="counselling" selected>' in html


def test_a_year_and_a_leap_day_is_allowed(manager, served):
    response = manager.get(DASHBOARD, {"start": "2024-01-01", "end": "2024-12-31"})
    assert response.context["report"].period.end == datetime.date(2024, 12, 31)


def test_charts_show_the_chosen_service(manager, served):
    response = manager.get(DASHBOARD, {**NOVEMBER, "service": "orientation"})
    sex_chart = str(response.context["sections"][0]["chart"])
    assert "Orientation by sex" in sex_chart
    assert "Male: 2" in sex_chart and "Female: 0" in sex_chart


def test_dashboard_in_urdu_keeps_the_charts_left_to_right_inside(manager, served):
    manager.cookies["django_language"] = "ur"
    response = manager.get(DASHBOARD, NOVEMBER)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert html.count('direction="ltr"') == 6
    # Labels on the right, each read right to left so "18 سے 24" keeps its order.
    assert 'text-anchor="start" direction="rtl" class="reports-label"' in html


def test_dashboard_queries_do_not_grow_with_the_data(
    manager, served, django_assert_max_num_queries, empty_cache
):
    # 14: session, user, permissions (2), the manager's centre, the report (one statement,
    # with SET LOCAL jit in a savepoint: 4), district and occupation-group names, and the
    # page frame (navigation, header, footer); and 7 for the complaints: the centre's
    # licence-review threshold, one statement as the report's (4), the overdue ones and
    # the money recovered.
    with django_assert_max_num_queries(21):
        manager.get(DASHBOARD, NOVEMBER)
    # Twenty more people, each registered, counselled and at orientation, in new districts.
    from tests.factories import DistrictFactory

    for n in range(20):
        someone = person(
            centre=served.a,
            registered_at=at(11, 3 + n % 20),
            district=DistrictFactory(),
            destinations=(["IT", "JP", "KR", "QA"][n % 4],),
        )
        counselled(someone, served.counsellor_a, at(11, 2 + n, 15))
        enrolled(someone, served.korea)
    empty_cache.delete_pattern("*")  # counted again, as after PORTAL_REPORT_CACHE_SECONDS
    with django_assert_max_num_queries(21):
        response = manager.get(DASHBOARD, NOVEMBER)
    assert response.context["report"].totals["all"] == 25


# --- CSV ------------------------------------------------------------------------------


def parse_csv(response) -> list[dict]:
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body[1:])))


def test_csv_holds_every_number_and_is_recorded(manager, served):
    response = manager.get(CSV_URL, NOVEMBER)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="people-served_AAAA_2026-11-01_2026-11-30.csv"'
    )
    rows = parse_csv(response)
    assert list(rows[0]) == [
        "centre",
        "from",
        "to",
        "service",
        "dimension",
        "value",
        "label",
        "people",
    ]
    assert {(r["centre"], r["from"], r["to"]) for r in rows} == {
        ("AAAA", "2026-11-01", "2026-11-30")
    }

    def people(service, dimension, value=""):
        (row,) = [
            r
            for r in rows
            if (r["service"], r["dimension"], r["value"]) == (service, dimension, value)
        ]
        return int(row["people"])

    for service, total in CENTRE_A_TOTALS.items():
        assert people(service, "total") == total
    assert people("departure", "total") == 1
    assert people("all", "sex", "male") == 3
    assert people("orientation", "age_band", "under_18") == 1
    assert people("all", "district", "Dee Two") == 2
    assert people("referral", "destination", "QA") == 1
    assert people("all", "destination", "not_stated") == 1
    assert people("departure", "occupation_group", "8") == 1
    assert people("counselling", "week", "2026-W46") == 2
    assert people("all", "week", "2026-W46") == 4
    assert people("all", "week", "2026-W44") == 0
    week_row = next(r for r in rows if r["dimension"] == "week" and r["value"] == "2026-W49")
    assert week_row["label"] == "2026-11-30"

    entry = AuditEntry.objects.get(access_kind=AuditEntry.AccessKind.REPORT_EXPORT)
    assert entry.actor == manager.user
    assert entry.centre_id == served.a.pk
    assert entry.additional_data == {
        "report": "people_served",
        "from": "2026-11-01",
        "to": "2026-11-30",
        "format": "csv",
    }


def test_csv_of_all_centres_names_no_centre(superuser, served):
    response = superuser.get(CSV_URL, NOVEMBER)
    assert "people-served_ALL_2026-11-01_2026-11-30.csv" in response["Content-Disposition"]
    rows = parse_csv(response)
    assert (
        next(r for r in rows if r["service"] == "all" and r["dimension"] == "total")["people"]
        == "6"
    )
    entry = AuditEntry.objects.get(access_kind=AuditEntry.AccessKind.REPORT_EXPORT)
    assert entry.centre_id is None
    assert entry.additional_data["from"] == "2026-11-01"


def test_csv_labels_follow_the_language(manager, served):
    manager.cookies["django_language"] = "ur"
    rows = parse_csv(manager.get(CSV_URL, NOVEMBER))
    assert all(row["label"] for row in rows if row["dimension"] == "sex")


def test_csv_with_bad_dates_goes_back_to_the_form(manager, served):
    response = manager.get(CSV_URL, {"start": "2026-11-30", "end": "2026-11-01"})
    assert response.status_code == 302
    assert response["Location"] == f"{DASHBOARD}?start=2026-11-30&end=2026-11-01"
    assert not AuditEntry.objects.filter(access_kind="report_export").exists()


# --- Monthly page ---------------------------------------------------------------------


def test_monthly_page_holds_every_number(manager, served):
    response = manager.get(monthly_url())
    assert response.status_code == 200
    report = response.context["report"]
    assert report.totals == CENTRE_A_TOTALS
    assert report.period.start == datetime.date(2026, 11, 1)
    assert report.period.end == datetime.date(2026, 11, 30)
    html = response.content.decode()
    assert "Centre A — November 2026" in html
    for key in (
        "totals-table",
        "table-sex",
        "table-age_band",
        "table-district",
        "table-destination",
        "table-occupation_group",
        "table-weeks",
    ):
        assert f'data-testid="{key}"' in html
    all_services = next(r for r in html.split("<tr") if 'data-service="all"' in r)
    assert "All services" in all_services and '<td class="text-end">5</td>' in all_services
    assert "How we count" in html
    assert "data-print-page" in html and "js/print-page" in html
    assert "css/reports" in html
    name = manager.user.get_full_name()
    assert f"by {name}." in html
    # A page, not an export.
    assert not AuditEntry.objects.filter(access_kind="report_export").exists()


def test_monthly_for_a_superuser(superuser, served):
    response = superuser.get(monthly_url())
    assert response.context["report"].totals["all"] == 6
    assert "All centres — November 2026" in response.content.decode()
    response = superuser.get(monthly_url(), {"centre": "BBBB"})
    assert response.context["report"].totals["all"] == 3
    assert superuser.get(monthly_url(), {"centre": "ZZZZ"}).status_code == 404


@pytest.mark.parametrize(("year", "month"), [(2026, 13), (2026, 0), (1800, 11), (9999, 1)])
def test_monthly_that_is_no_month_is_404(manager, year, month):
    assert manager.get(monthly_url(year, month)).status_code == 404


def test_anonymous_visitors_log_in_first(client, served):
    for url in (DASHBOARD, CSV_URL, monthly_url()):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))
