"""Complaints in the reports: every number of a crafted November 2026 worked out by hand,
on the dashboard, the printable month and in the CSV; a centre's manager sees their
centre's, a provincial officer their province's with counts under 5 withheld; a new
complaint shows on the next page, whatever the report cache holds.

Punjab: centre A (district Dee One) and B (Dee Two). Sindh: centre K. Agencies X
(1001/LHR) and Y (2002/ISB). Times are local (Asia/Karachi); 9 November is Iqbal Day.

    c   centre filed      kind         agency country complainant     now
    c1  A      Mon 2 Nov  excess fees  X      SA      female (record) closed 20 Nov, upheld
    c2  A      Wed 4 Nov  no job       X      SA      male (named)    closed 30 Nov, not upheld
    c3  A      Tue 10 Nov unlicensed   -      AE      anonymous tip   received
    c4  A      Mon 16 Nov excess fees  Y      QA      female (named)  acknowledged 17 Nov
    c5  A      Tue 1 Dec  excess fees  X      SA      anonymous tip   closed, upheld (Dec)
    c6  A      Tue 20 Oct wages        -      -       male (named)    acknowledged (Oct)
    c7  B      Thu 5 Nov  excess fees  X      SA      anonymous tip   closed 6 Nov, upheld
    c8  K      Thu 12 Nov excess fees  Y      SA      anonymous tip   received

A complaint naming an agency is against it; the others (c3, c6) against a sub-agent.
Acknowledged: c1 on 3 Nov (in time), c2 on 20 Nov (late: due 10 Nov), c4 on 17 Nov (in
time); c3 was due 12 Nov. Money: c1 paid 300,000 on a promised 100,000 a month (300%),
claimed 200,000, got 50,000 back on 25 Nov; c2 paid 100,000 on 50,000 (200%); c4 paid
90,000 on 60,000 (150%), claimed 90,000; c6 got 20,000 back on 5 Nov. X has three upheld
complaints at every centre (c1, c5, c7): up for licence review at the default of 3.
"""

import csv
import datetime
import io
from types import SimpleNamespace

import pytest
from django.urls import reverse

from apps.complaints.models import Complaint, ComplaintPolicy, Kind
from apps.reports import complaints as report
from apps.reports.disclosure import FEWER_THAN_FIVE
from apps.reports.selectors import Scope, month_period
from tests.complaint_factories import make_complaint_with_history, named
from tests.factories import (
    AgencyFactory,
    CentreFactory,
    DistrictFactory,
    ProvinceFactory,
    UserFactory,
    make_candidate,
)

from .conftest import at

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("reports:dashboard")
CSV_URL = reverse("reports:export_csv")
MONTHLY = reverse("reports:monthly", kwargs={"year": 2026, "month": 11})
NOVEMBER = {"start": "2026-11-01", "end": "2026-11-30"}
TODAY = datetime.date(2026, 12, 7)
UPHELD, NOT_UPHELD = Complaint.Outcome.SUBSTANTIATED, Complaint.Outcome.DISMISSED


@pytest.fixture
def complained(db):
    punjab = ProvinceFactory(name_en="Punjab", name_ur="پنجاب")
    sindh = ProvinceFactory(name_en="Sindh", name_ur="سندھ")
    a = CentreFactory(
        code="CMPA", name="Centre A", district=DistrictFactory(province=punjab, name="Dee One")
    )
    b = CentreFactory(
        code="CMPB", name="Centre B", district=DistrictFactory(province=punjab, name="Dee Two")
    )
    k = CentreFactory(
        code="CMPK", name="Centre K", district=DistrictFactory(province=sindh, name="Dee Sea")
    )
    x = AgencyFactory(name="Crescent Promoters", licence_number="1001/LHR")
    y = AgencyFactory(name="Falcon Manpower", licence_number="2002/ISB")
    c1 = make_complaint_with_history(
        centre=a,
        filed_at=at(11, 2),
        agency=x,
        destination_country="SA",
        candidate=make_candidate(centre=a, sex="female"),
        acknowledged_at=at(11, 3, 11),
        closed_at=at(11, 20),
        outcome=UPHELD,
        amount_paid=300000,
        promised_monthly_wage=100000,
        amount_claimed=200000,
        recoveries=((50000, datetime.date(2026, 11, 25)),),
    )
    c2 = make_complaint_with_history(
        centre=a,
        filed_at=at(11, 4),
        kind=Kind.NO_JOB,
        agency=x,
        destination_country="SA",
        complainant=named("Bilal", "male"),
        acknowledged_at=at(11, 20),
        closed_at=at(11, 30),
        outcome=NOT_UPHELD,
        amount_paid=100000,
        promised_monthly_wage=50000,
    )
    c3 = make_complaint_with_history(
        centre=a, filed_at=at(11, 10), kind=Kind.UNLICENSED, destination_country="AE"
    )
    c4 = make_complaint_with_history(
        centre=a,
        filed_at=at(11, 16),
        agency=y,
        destination_country="QA",
        complainant=named("Sana", "female"),
        acknowledged_at=at(11, 17),
        amount_paid=90000,
        promised_monthly_wage=60000,
        amount_claimed=90000,
    )
    make_complaint_with_history(
        centre=a,
        filed_at=at(12, 1, 0, 0),
        agency=x,
        destination_country="SA",
        closed_at=at(12, 2),
        outcome=UPHELD,
    )
    make_complaint_with_history(
        centre=a,
        filed_at=at(10, 20),
        kind=Kind.UNPAID_WAGES,
        complainant=named("Tariq", "male"),
        acknowledged_at=at(10, 21),
        recoveries=((20000, datetime.date(2026, 11, 5)),),
    )
    make_complaint_with_history(
        centre=b,
        filed_at=at(11, 5),
        agency=x,
        destination_country="SA",
        closed_at=at(11, 6),
        outcome=UPHELD,
    )
    make_complaint_with_history(centre=k, filed_at=at(11, 12), agency=y, destination_country="SA")
    return SimpleNamespace(
        punjab=punjab, sindh=sindh, a=a, b=b, k=k, x=x, y=y, c1=c1, c2=c2, c3=c3, c4=c4
    )


def counted(complained, user, scope, today=TODAY):
    return report.mark_review(
        report.complaints_report(
            period=month_period(2026, 11), scope=scope, user=user, today=today
        ),
        ComplaintPolicy.DEFAULT_REVIEW_THRESHOLD,
    )


def table(result, key) -> dict:
    return {row.key: row.complaints for row in result.tables[key]}


# --- The numbers ---------------------------------------------------------------------


def test_a_centres_complaints_worked_out_by_hand(complained):
    manager = UserFactory(role="centre_manager", centre=complained.a)
    result = counted(complained, manager, Scope(centre=complained.a))
    assert result.total == 4
    assert table(result, report.KIND) == {
        "excess_fees": 2,
        "no_job": 1,
        "contract": 0,
        "unlicensed": 1,
        "documents": 0,
        "wages": 0,
        "mistreatment": 0,
        "other": 0,
    }
    assert table(result, report.AGAINST) == {"agency": 3, "employer": 0, "other": 1}
    assert table(result, report.AGENCY) == {"1001/LHR": 2, "2002/ISB": 1, "no_agency": 1}
    assert list(table(result, report.DESTINATION).items()) == [("SA", 2), ("QA", 1), ("AE", 1)]
    assert table(result, report.SEX) == {
        "female": 2,
        "male": 1,
        "transgender": 0,
        "not_said": 1,
    }
    assert table(result, report.STATUS) == {
        "received": 1,
        "acknowledged": 1,
        "escalated": 0,
        "closed": 2,
    }
    assert table(result, report.OUTCOME) == {
        "substantiated": 1,
        "dismissed": 1,
        "withdrawn": 0,
        "unresolved": 0,
        "no_contact": 0,
    }
    assert (result.upheld, result.still_open) == (1, 2)
    # c3 (never acknowledged) and c6 (filed in October, past its resolution date).
    assert result.overdue == 2
    assert result.centres == []  # one centre: no comparison


def test_time_taken_against_the_deadlines(complained):
    manager = UserFactory(role="centre_manager", centre=complained.a)
    result = counted(complained, manager, Scope(centre=complained.a))
    # c1 and c4 in time, c2 late, c3 past its date: 2 of 4.
    assert (result.acknowledged.met, result.acknowledged.due) == (2, 4)
    assert result.acknowledged.percent == 50
    # c1 and c2 closed in time; c3 past its date; c4 not yet due on 7 December.
    assert (result.resolved.met, result.resolved.due) == (2, 3)
    assert result.resolved.percent == 67
    # c1: 2 Nov to 20 Nov is 13 working days (Iqbal Day off); c2: 4 to 30 Nov, 17.
    assert result.closed == 2
    assert result.median_days_to_close == 15
    # Earlier, fewer deadlines have come: on 13 November c4 was not filed yet, and c3
    # was past its acknowledgement date.
    early = counted(
        complained, manager, Scope(centre=complained.a), today=datetime.date(2026, 11, 13)
    )
    assert (early.acknowledged.met, early.acknowledged.due) == (2, 4)
    assert early.resolved.due == 2


def test_money_and_the_recruitment_cost(complained):
    manager = UserFactory(role="centre_manager", centre=complained.a)
    result = counted(complained, manager, Scope(centre=complained.a))
    assert (result.paid.rupees, result.paid.count) == (490000, 3)
    assert (result.claimed.rupees, result.claimed.count) == (290000, 2)
    # c1's 50,000 on 25 Nov and c6's 20,000 on 5 Nov (an October complaint).
    assert (result.recovered.rupees, result.recovered.count) == (70000, 2)
    assert result.people_repaid == 2
    total = result.cost_total
    assert total.complaints == 3
    assert total.mean == pytest.approx((300 + 200 + 150) / 3)
    assert total.median == 200
    costs = {key: {row.key: row for row in rows} for key, _label, rows in result.cost_rows()}
    assert (costs["destination"]["SA"].mean, costs["destination"]["SA"].complaints) == (250, 2)
    assert costs["destination"]["QA"].median == 150
    assert costs["agency"]["1001/LHR"].median == 250
    assert costs["agency"]["no_agency"].complaints == 0
    assert costs["agency"]["no_agency"].mean is None
    assert (costs["sex"]["female"].mean, costs["sex"]["male"].mean) == (225, 200)
    assert costs["sex"]["not_said"].complaints == 0


def test_an_agency_with_upheld_complaints_everywhere_is_up_for_licence_review(complained):
    manager = UserFactory(role="centre_manager", centre=complained.a)
    result = counted(complained, manager, Scope(centre=complained.a))
    agencies = {row.key: row for row in result.tables[report.AGENCY]}
    # X: c1 here, c7 at B and c5 in December: three upheld, the default threshold.
    assert agencies["1001/LHR"].upheld_everywhere == 3
    assert agencies["1001/LHR"].under_review
    assert not agencies["2002/ISB"].under_review
    assert [row.key for row in result.agencies_under_review] == ["1001/LHR"]
    stricter = report.mark_review(result, 4)
    assert stricter.agencies_under_review == []


def test_the_agencies_named_most_then_the_others_together(db):
    centre = CentreFactory()
    manager = UserFactory(role="centre_manager", centre=centre)
    agencies = [AgencyFactory(name=f"Agency {n:02d}") for n in range(11)]
    for n, agency in enumerate(agencies):
        for _time in range(2 if n == 0 else 1):
            make_complaint_with_history(
                centre=centre,
                filed_at=at(11, 3 + n),
                agency=agency,
                amount_paid=100000 * (n + 1),
                promised_monthly_wage=25000,
            )
    result = report.complaints_report(
        period=month_period(2026, 11), scope=Scope(centre=centre), user=manager, today=TODAY
    )
    rows = result.tables[report.AGENCY]
    assert [row.label for row in rows[:2]] == ["Agency 00", "Agency 01"]
    assert len(rows) == 12  # ten agencies, the others, none
    assert (rows[-2].key, rows[-2].complaints) == ("other_agencies", 1)  # Agency 10
    assert (rows[-1].key, rows[-1].complaints) == ("no_agency", 0)
    assert sum(row.complaints for row in rows) == result.total == 12
    costs = {row.key: row for row in result.costs[report.AGENCY]}
    # Agency 10 paid 1,100,000 on a promised 25,000 a month: 4,400%.
    assert costs["other_agencies"].median == 4400
    assert costs[agencies[0].licence_number].complaints == 2
    assert costs[agencies[0].licence_number].mean == 400


def test_the_period_runs_midnight_to_midnight(complained):
    manager = UserFactory(role="centre_manager", centre=complained.a)
    make_complaint_with_history(centre=complained.a, filed_at=at(11, 30, 23, 59))
    make_complaint_with_history(centre=complained.a, filed_at=at(11, 1, 0, 0))
    make_complaint_with_history(centre=complained.a, filed_at=at(10, 31, 23, 59))
    assert counted(complained, manager, Scope(centre=complained.a)).total == 6


# --- Scope and small numbers ---------------------------------------------------------


def test_a_provincial_officer_counts_the_provinces_centres_with_small_counts_withheld(
    client_for, complained
):
    officer = client_for("provincial_officer", province=complained.punjab)
    page = officer.get(DASHBOARD, NOVEMBER)
    assert page.status_code == 200
    html = page.content.decode()
    complaints = html.split('data-testid="complaints"')[1]
    # A's four and B's one; never K's (Sindh).
    assert 'data-testid="complaints-filed"><bdi dir="ltr">5</bdi>' in complaints
    centres = complaints.split('data-testid="complaints-table-centre"')[1].split("</table>")[0]
    assert 'data-value="CMPA"' in centres and 'data-value="CMPB"' in centres
    assert "CMPK" not in centres
    assert "fewer than 5" in centres
    kinds = complaints.split('data-testid="complaints-table-kind"')[1].split("</table>")[0]
    assert ">fewer than 5<" in kinds
    # Money made of fewer than five complaints is not shown either.
    paid = complaints.split('data-testid="money-paid">')[1].split("<")[0]
    assert paid == "not shown"
    assert "Crescent Promoters" in complaints  # agencies are not people


def test_withheld_rows_hide_each_other(complained):
    officer = UserFactory(role="provincial_officer", province=complained.punjab)
    from apps.reports.disclosure import protect_complaints

    result = protect_complaints(counted(complained, officer, Scope(province=complained.punjab)))
    assert result.total == 5
    # Against: agency 4 (c1, c2, c4, c7) and other 1, both under 5.
    assert table(result, report.AGAINST)["agency"] == FEWER_THAN_FIVE
    assert table(result, report.AGAINST)["employer"] == 0
    assert result.hides_small_numbers
    assert result.cost_total.mean is not None
    # Three costed complaints: the mean is not shown.
    assert str(result.cost_total.mean) == "not shown"


def test_a_centre_manager_sees_only_their_centre(client_for, complained):
    manager = client_for("centre_manager", centre=complained.b)
    html = manager.get(DASHBOARD, NOVEMBER).content.decode()
    complaints = html.split('data-testid="complaints"')[1]
    assert 'data-testid="complaints-filed"><bdi dir="ltr">1</bdi>' in complaints
    assert "Falcon Manpower" not in complaints  # Y: complaints at A and K only
    assert "fewer than 5" not in complaints  # a manager's own centre: exact numbers


def test_a_national_officer_counts_every_centre(complained):
    officer = UserFactory(role="national_officer")
    assert counted(complained, officer, Scope()).total == 6


def test_a_scope_beyond_the_readers_reach_counts_nothing_of_it(complained):
    # Never asked by the pages (scopes.py answers 404 first), but the count itself
    # keeps to the reader's reach.
    manager = UserFactory(role="centre_manager", centre=complained.b)
    assert counted(complained, manager, Scope(centre=complained.a)).total == 0


def test_no_complaint_no_section_noise(client_for, db):
    centre = CentreFactory()
    manager = client_for("centre_manager", centre=centre)
    html = manager.get(DASHBOARD, NOVEMBER).content.decode()
    assert 'data-testid="no-complaints"' in html
    assert 'data-testid="chart-complaints-kind"' not in html


# --- The pages -----------------------------------------------------------------------


def test_the_dashboard_shows_the_complaints_and_the_review_flag(client_for, complained):
    manager = client_for("centre_manager", centre=complained.a)
    html = manager.get(DASHBOARD, NOVEMBER).content.decode()
    complaints = html.split('data-testid="complaints"')[1]
    assert 'data-testid="complaints-filed"><bdi dir="ltr">4</bdi>' in complaints
    assert 'data-testid="money-recovered">Rs <bdi dir="ltr">70,000</bdi>' in complaints
    agencies = complaints.split('data-testid="complaints-table-agency"')[1].split("</table>")[0]
    x_row = agencies.split('data-value="1001/LHR"')[1].split("</tr>")[0]
    assert "Up for licence review" in x_row
    assert (
        "Up for licence review" not in agencies.split('data-value="2002/ISB"')[1].split("</tr>")[0]
    )
    assert 'data-testid="chart-complaints-kind"><svg' in complaints
    assert "SDG 10.7.1" in complaints and "a whole month" in complaints
    # Numbers only: no reference, no name, no story.
    for complaint in Complaint.objects.all():
        assert complaint.reference not in html
    assert "Bilal" not in html and "Riyadh" not in html


def test_the_managers_own_threshold_decides_the_flag(client_for, complained, settings):
    settings.PORTAL_REPORT_CACHE_SECONDS = 300
    ComplaintPolicy.objects.create(centre=complained.a, review_threshold=4)
    manager = client_for("centre_manager", centre=complained.a)
    html = manager.get(DASHBOARD, NOVEMBER).content.decode()
    assert 'data-testid="licence-review"' not in html
    # The same count (cached), drawn again for the threshold now set.
    ComplaintPolicy.objects.filter(centre=complained.a).update(review_threshold=3)
    html = manager.get(DASHBOARD, NOVEMBER).content.decode()
    assert html.count('data-testid="licence-review"') == 1


def test_the_monthly_page_has_the_complaints(client_for, complained):
    manager = client_for("centre_manager", centre=complained.a)
    html = manager.get(MONTHLY).content.decode()
    complaints = html.split('data-testid="complaints"')[1]
    assert 'data-testid="complaints-filed"><bdi dir="ltr">4</bdi>' in complaints
    assert 'data-testid="complaints-table-outcome"' in complaints
    assert "Working days to close" in html  # how we count


def test_the_urdu_page_names_the_complaints_in_urdu(client_for, complained):
    manager = client_for("centre_manager", centre=complained.a)
    manager.cookies["django_language"] = "ur"
    html = manager.get(DASHBOARD, NOVEMBER).content.decode()
    complaints = html.split('data-testid="complaints"')[1]
    assert "شکایات" in complaints
    assert "Up for licence review" not in complaints


# --- The CSV -------------------------------------------------------------------------


def csv_of(client, params) -> list[dict]:
    response = client.get(CSV_URL, params)
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def cell(rows, service, dimension, value=""):
    matches = [
        row["people"]
        for row in rows
        if (row["service"], row["dimension"], row["value"]) == (service, dimension, value)
    ]
    assert len(matches) == 1, (service, dimension, value)
    return matches[0]


def test_the_csv_has_the_complaints(client_for, complained):
    manager = client_for("centre_manager", centre=complained.a)
    rows = csv_of(manager, NOVEMBER)
    assert {row["centre"] for row in rows} == {"CMPA"}
    assert cell(rows, "complaints", "total") == "4"
    assert cell(rows, "complaints", "kind", "excess_fees") == "2"
    assert cell(rows, "complaints", "against", "other") == "1"
    assert cell(rows, "complaints", "agency", "1001/LHR") == "2"
    assert cell(rows, "complaints", "destination", "SA") == "2"
    assert cell(rows, "complaints", "sex", "not_said") == "1"
    assert cell(rows, "complaints", "status", "closed") == "2"
    assert cell(rows, "complaints", "outcome", "dismissed") == "1"
    assert cell(rows, "complaints_deadlines", "total", "median_working_days_to_close") == "15"
    assert cell(rows, "complaints_money", "total", "paid") == "490000"
    assert cell(rows, "complaints_money", "total", "recovered") == "70000"
    assert cell(rows, "complaints_money", "total", "people_repaid") == "2"
    assert cell(rows, "licence_review", "agency", "1001/LHR") == "3"
    assert cell(rows, "sdg_10_7_1_median", "total") == "200.0"
    assert cell(rows, "sdg_10_7_1_mean", "destination", "SA") == "250.0"
    assert cell(rows, "sdg_10_7_1_complaints", "sex", "female") == "2"
    # The people served come first, as before.
    assert rows[0]["service"] == "registration"


def test_the_provincial_csv_withholds_small_counts(client_for, complained):
    officer = client_for("provincial_officer", province=complained.punjab)
    rows = csv_of(officer, NOVEMBER)
    assert cell(rows, "complaints", "total") == "5"
    assert cell(rows, "complaints", "centre", "CMPA") == "fewer than 5"
    assert cell(rows, "complaints_money", "total", "paid") == "not shown"
    assert not [row for row in rows if row["value"] == "CMPK"]


# --- The cache -----------------------------------------------------------------------


def test_a_new_complaint_shows_on_the_next_page(client_for, complained, settings):
    settings.PORTAL_REPORT_CACHE_SECONDS = 300
    manager = client_for("centre_manager", centre=complained.a)
    first = manager.get(DASHBOARD, NOVEMBER).content.decode()
    assert 'data-testid="complaints-filed"><bdi dir="ltr">4</bdi>' in first
    make_complaint_with_history(centre=complained.a, filed_at=at(11, 18))
    again = manager.get(DASHBOARD, NOVEMBER).content.decode()
    assert 'data-testid="complaints-filed"><bdi dir="ltr">5</bdi>' in again
    # Closing one moves the outcome on the next page too.
    from apps.complaints.services import close_complaint

    close_complaint(complaint=complained.c4, outcome=UPHELD, by=complained.c4.filed_by)
    html = manager.get(MONTHLY).content.decode()
    assert 'data-testid="complaints-upheld"><bdi dir="ltr">2</bdi>' in html


def test_money_recovered_shows_on_the_next_page(client_for, complained, settings):
    settings.PORTAL_REPORT_CACHE_SECONDS = 300
    from apps.complaints.services import record_recovery

    manager = client_for("centre_manager", centre=complained.a)
    manager.get(DASHBOARD, NOVEMBER)
    record_recovery(
        complaint=complained.c4,
        amount=5000,
        received_on=datetime.date(2026, 11, 27),
        by=complained.c4.filed_by,
    )
    html = manager.get(DASHBOARD, NOVEMBER).content.decode()
    assert 'data-testid="money-recovered">Rs <bdi dir="ltr">75,000</bdi>' in html
