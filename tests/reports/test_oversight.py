"""Reports above the centres: a provincial officer reads their province's centres, a
national officer every centre, each through real requests; neither ever sees a count
under 5, on the page, in the printable month or in the CSV. A centre's manager keeps
the exact numbers of their own centre.

November 2026, registrations only:

    centre  province  district  registrations
    SMALL   Punjab    Dee One    3   -> "fewer than 5"
    MID     Punjab    Dee One    7   -> "not shown" (else Dee One's 10 minus it gives 3)
    BIG     Punjab    Dee Two   12   -> exact
    KHI     Sindh     Dee Sea    6   (never in Punjab's numbers)
"""

import csv
import io
from types import SimpleNamespace

import pytest
from django.urls import reverse

from apps.audit.models import AuditEntry
from apps.candidates.models import Candidate
from apps.reports.disclosure import FEWER_THAN_FIVE
from tests.factories import CentreFactory, DistrictFactory, ProvinceFactory, make_candidate
from tests.reports.conftest import at

DASHBOARD = reverse("reports:dashboard")
CSV_URL = reverse("reports:export_csv")
MONTHLY = reverse("reports:monthly", kwargs={"year": 2026, "month": 11})
NOVEMBER = {"start": "2026-11-01", "end": "2026-11-30"}

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(db):
    punjab = ProvinceFactory(name_en="Punjab", name_ur="پنجاب")
    sindh = ProvinceFactory(name_en="Sindh", name_ur="سندھ")
    dee_one = DistrictFactory(province=punjab, name="Dee One")
    dee_two = DistrictFactory(province=punjab, name="Dee Two")
    dee_sea = DistrictFactory(province=sindh, name="Dee Sea")
    centres = {}
    for code, district, registrations in (
        ("SMALL", dee_one, 3),
        ("MID", dee_one, 7),
        ("BIG", dee_two, 12),
        ("KHI", dee_sea, 6),
    ):
        centre = CentreFactory(code=code, name=f"Centre {code}", district=district)
        centres[code] = centre
        for n in range(registrations):
            person = make_candidate(centre=centre)
            Candidate.objects.filter(pk=person.pk).update(created_at=at(11, 2 + n))
    return SimpleNamespace(punjab=punjab, sindh=sindh, **{c.lower(): v for c, v in centres.items()})


@pytest.fixture
def centre(network):
    """The centre every account of client_for() is made at (conftest.make_user): the
    small one, so that no other centre joins Punjab's numbers."""
    return network.small


@pytest.fixture
def provincial(client_for, network):
    return client_for("provincial_officer", province=network.punjab)


@pytest.fixture
def national(client_for, network):
    return client_for("national_officer")


def centre_cells(html: str) -> dict[str, list[str]]:
    """{centre code: the comparison's cells after the district} from a page."""
    table = html.split('data-testid="table-centre"')[1].split("</table>")[0]
    cells = {}
    for row in table.split("<tr data-value=")[1:]:
        code = row.split('"')[1]
        cells[code] = [part.split("</td>")[0] for part in row.split('<td class="text-end')[1:]]
    return {code: [cell.split(">", 1)[1] for cell in row] for code, row in cells.items()}


def parse_csv(response) -> list[dict]:
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body[1:])))


def people(rows, service, dimension, value=""):
    (row,) = [
        r for r in rows if (r["service"], r["dimension"], r["value"]) == (service, dimension, value)
    ]
    return row["people"]


# --- A provincial officer ----------------------------------------------------------------


def test_a_provincial_officer_sees_the_provinces_centres_and_not_anothers(provincial, network):
    response = provincial.get(DASHBOARD, NOVEMBER)
    assert response.status_code == 200
    html = response.content.decode()
    assert "All centres of Punjab" in html
    assert 'data-testid="fixed-province"' in html
    cells = centre_cells(html)
    assert set(cells) == {"SMALL", "MID", "BIG"}
    assert "Centre KHI" not in html and "Dee Sea" not in html and "Sindh" not in html
    # Registration is the first column; the three with their withheld and exact numbers.
    assert cells["SMALL"][0] == "fewer than 5"
    assert cells["MID"][0] == "not shown"
    assert cells["BIG"][0] == "12"
    assert 'data-testid="headline-registration">22<' in html
    assert 'data-testid="small-numbers"' in html
    assert "Comparison of centres" in html and "District of the centre" in html
    # A province's report has no table of provinces: it would be its total again.
    assert 'data-testid="table-centre_province"' not in html


def test_a_provincial_officer_may_narrow_to_one_of_its_centres(provincial, network):
    response = provincial.get(DASHBOARD, {**NOVEMBER, "centre": "BIG"})
    assert response.status_code == 200
    assert response.context["report"].centre == network.big
    assert 'data-testid="headline-registration">12<' in response.content.decode()
    response = provincial.get(DASHBOARD, {**NOVEMBER, "centre": "SMALL"})
    assert 'data-testid="headline-registration">fewer than 5<' in response.content.decode()


def test_the_csv_withholds_small_counts_too(provincial, network):
    response = provincial.get(CSV_URL, NOVEMBER)
    assert response.status_code == 200
    assert "people-served_Punjab_2026-11-01_2026-11-30.csv" in response["Content-Disposition"]
    rows = parse_csv(response)
    assert {row["centre"] for row in rows} == {"Punjab"}
    assert people(rows, "registration", "total") == "22"
    assert people(rows, "registration", "centre", "SMALL") == "fewer than 5"
    assert people(rows, "registration", "centre", "MID") == "not shown"
    assert people(rows, "registration", "centre", "BIG") == "12"
    assert people(rows, "registration", "centre_district", "Dee One") == "10"
    assert people(rows, "counselling", "centre", "SMALL") == "0"
    assert not [row for row in rows if row["value"] in ("KHI", "Dee Sea", "Sindh")]
    assert not [row for row in rows if row["dimension"] == "centre_province"]
    entry = AuditEntry.objects.get(access_kind=AuditEntry.AccessKind.REPORT_EXPORT)
    assert entry.actor == provincial.user and entry.centre_id is None
    assert entry.additional_data["province"] == "Punjab"


def test_the_monthly_page_withholds_small_counts_too(provincial, network):
    response = provincial.get(MONTHLY)
    assert response.status_code == 200
    html = response.content.decode()
    assert "All centres of Punjab — November 2026" in html
    cells = centre_cells(html)
    assert cells["SMALL"][0] == "fewer than 5" and cells["BIG"][0] == "12"
    assert "Centre KHI" not in html


def test_the_numbers_are_in_urdu_for_an_urdu_reader(provincial, network):
    provincial.cookies["django_language"] = "ur"
    html = provincial.get(DASHBOARD, NOVEMBER).content.decode()
    assert "fewer than 5" not in html
    assert centre_cells(html)["SMALL"][0] == "5 سے کم"
    rows = parse_csv(provincial.get(CSV_URL, NOVEMBER))
    assert people(rows, "registration", "centre", "SMALL") == "5 سے کم"


@pytest.mark.parametrize("url", [DASHBOARD, CSV_URL, MONTHLY])
def test_another_provinces_numbers_are_not_found(provincial, network, url):
    for query in (
        {"province": network.sindh.pk},
        {"centre": "KHI"},
        {"centre": "NONE"},
        {"province": "not-a-number"},
        {"province": network.punjab.pk, "centre": "KHI"},
    ):
        assert provincial.get(url, {**NOVEMBER, **query}).status_code == 404
    assert provincial.get(url, {**NOVEMBER, "province": network.punjab.pk}).status_code == 200
    assert not AuditEntry.objects.filter(
        access_kind="report_export", additional_data__province="Sindh"
    ).exists()


# --- A national officer ------------------------------------------------------------------


def test_a_national_officer_sees_every_centre_by_province(national, network):
    response = national.get(DASHBOARD, NOVEMBER)
    assert response.status_code == 200
    html = response.content.decode()
    assert set(centre_cells(html)) == {"SMALL", "MID", "BIG", "KHI"}
    assert 'data-testid="headline-registration">28<' in html
    assert 'data-testid="table-centre_province"' in html
    rows = parse_csv(national.get(CSV_URL, NOVEMBER))
    assert {row["centre"] for row in rows} == {"ALL"}
    assert people(rows, "registration", "centre_province", "Punjab") == "22"
    assert people(rows, "registration", "centre_province", "Sindh") == "6"
    assert people(rows, "registration", "centre", "SMALL") == "fewer than 5"
    assert people(rows, "registration", "centre", "BIG") == "12"


def test_a_national_officer_chooses_a_province_or_a_centre(national, network):
    response = national.get(DASHBOARD, {**NOVEMBER, "province": network.sindh.pk})
    assert response.status_code == 200
    assert set(centre_cells(response.content.decode())) == {"KHI"}
    assert f"province={network.sindh.pk}" in response.context["csv_url"]
    response = national.get(MONTHLY, {"centre": "SMALL"})
    assert "Centre SMALL — November 2026" in response.content.decode()
    assert response.context["report"].totals["registration"] == FEWER_THAN_FIVE
    # A centre outside the province chosen is a message, as any wrong choice is.
    response = national.get(DASHBOARD, {**NOVEMBER, "province": network.sindh.pk, "centre": "BIG"})
    assert "This centre is not in the province chosen." in response.content.decode()
    assert national.get(MONTHLY, {"province": network.sindh.pk, "centre": "BIG"}).status_code == 404


# --- Everyone else keeps exact numbers --------------------------------------------------


def test_a_centre_managers_own_dashboard_keeps_exact_numbers(client_for, network):
    manager = client_for("centre_manager", centre=network.small)
    response = manager.get(DASHBOARD, NOVEMBER)
    html = response.content.decode()
    assert 'data-testid="headline-registration">3<' in html
    assert "fewer than 5" not in html and 'data-testid="small-numbers"' not in html
    assert 'data-testid="table-centre"' not in html  # one centre: nothing to compare
    assert manager.get(DASHBOARD, {**NOVEMBER, "province": network.punjab.pk}).status_code == 404
    rows = parse_csv(manager.get(CSV_URL, NOVEMBER))
    assert people(rows, "registration", "total") == "3"


def test_a_superuser_sees_a_provinces_exact_numbers(client_for, network):
    superuser = client_for("superuser")
    html = superuser.get(DASHBOARD, {**NOVEMBER, "province": network.punjab.pk}).content.decode()
    cells = centre_cells(html)
    assert (cells["SMALL"][0], cells["MID"][0], cells["BIG"][0]) == ("3", "7", "12")
    assert "fewer than 5" not in html


def test_officers_never_reach_a_persons_record(client_for, network):
    person = Candidate.objects.filter(centre=network.small).first()
    for role in ("provincial_officer", "national_officer"):
        client = client_for(role)
        for url in (
            "/candidates/",
            f"/candidates/{person.registration_number}/",
            f"/privacy/{person.registration_number}/",
            "/counselling/",
            "/orientation/sessions/",
            "/audit/",
        ):
            assert client.get(url).status_code == 403, url
        client.logout()


def test_a_superuser_placed_at_a_centre_still_reaches_every_centre(client_for, network):
    superuser = client_for("superuser", centre=network.small)
    response = superuser.get(DASHBOARD, NOVEMBER)
    assert response.context["report"].totals["registration"] == 28
    assert superuser.get(MONTHLY, {"province": network.sindh.pk}).status_code == 200


def test_the_provincial_dashboard_queries_do_not_grow_with_the_centres(
    provincial, network, django_assert_max_num_queries, empty_cache
):
    # 11: the session (from the database once the cache is emptied), the account with
    # its permissions, the centres to choose from, the province's centres with their
    # districts, the report (one statement with SET LOCAL jit in a savepoint: 4), the
    # names of home districts and occupation groups, the page frame; and 7 for the
    # complaints (one statement with SET LOCAL jit in a savepoint: 4, the overdue ones,
    # the money recovered, the centres).
    with django_assert_max_num_queries(18):
        provincial.get(DASHBOARD, NOVEMBER)
    for n in range(5):
        centre = CentreFactory(district=DistrictFactory(province=network.punjab))
        person = make_candidate(centre=centre)
        Candidate.objects.filter(pk=person.pk).update(created_at=at(11, 3 + n))
    empty_cache.delete_pattern("*")
    with django_assert_max_num_queries(18):
        response = provincial.get(DASHBOARD, NOVEMBER)
    assert len(response.context["report"].places["centre"]) == 8
