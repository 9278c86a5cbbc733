"""The listings back office: a district labour officer sees, creates and changes only
their own district's listings, in every view and action the admin offers."""

import csv
import datetime
import io

import pytest
from django.conf import settings
from django.contrib.admin import helpers

from apps.listings.models import JobListing
from tests.factories import (
    TEST_PASSWORD,
    AgencyFactory,
    CentreFactory,
    DistrictFactory,
    EmployerFactory,
    UserFactory,
    ensure_occupation,
    make_city,
    make_listing,
)

pytestmark = pytest.mark.django_db
ADMIN = "/" + settings.ADMIN_URL + "listings/joblisting/"


@pytest.fixture
def districts():
    return DistrictFactory(), DistrictFactory()


@pytest.fixture
def officer(districts):
    own, _other = districts
    return UserFactory(
        centre=CentreFactory(district=own, kind="dlo"), role="district_labour_officer"
    )


@pytest.fixture
def officer_client(client, officer):
    assert client.login(username=officer.username, password=TEST_PASSWORD)
    return client


@pytest.fixture
def listings(districts):
    own, other = districts
    return (
        make_listing(district=own, title_en="Own district welder", status="draft"),
        make_listing(district=other, title_en="Other district driver", status="draft"),
    )


def test_the_list_shows_only_the_officers_district(officer_client, listings):
    page = officer_client.get(ADMIN).content.decode()
    assert "Own district welder" in page
    assert "Other district driver" not in page


def test_another_districts_listing_does_not_exist_for_the_officer(officer_client, listings):
    _own, other = listings
    response = officer_client.get(f"{ADMIN}{other.pk}/change/", follow=True)
    page = response.content.decode()
    assert "doesn’t exist" in page or response.status_code == 404
    assert "Other district driver" not in page


def test_another_districts_history_is_404(officer_client, listings):
    _own, other = listings
    assert officer_client.get(f"{ADMIN}{other.pk}/history/").status_code == 404


def test_an_officer_cannot_change_another_districts_listing_by_post(officer_client, listings):
    _own, other = listings
    officer_client.post(f"{ADMIN}{other.pk}/change/", {"title_en": "Hijacked"})
    other.refresh_from_db()
    assert other.title_en == "Other district driver"


def _listing_form(**overrides):
    data = {
        "title_en": "Steel fixer",
        "title_ur": "سٹیل فکسر",
        "occupation": ensure_occupation().pk,
        "description_en": "",
        "description_ur": "",
        "employer": EmployerFactory().pk,
        "agency": AgencyFactory().pk,
        "destination_country": "QA",
        "destination_city": make_city("QA").pk,
        "vacancies": "5",
        "salary_min": "1500",
        "salary_max": "1800",
        "salary_currency": "QAR",
        "salary_period": "month",
        "contract_months": "24",
        "weekly_hours": "48",
        "max_service_charge": "30000",
        "min_experience_years": "2",
        "education": "",
        "age_min": "",
        "age_max": "",
        "sex": "",
        "application_deadline": (datetime.date.today() + datetime.timedelta(days=20)).isoformat(),
        "job_order_reference": "PE-123",
        "status": "draft",
        "required_languages-TOTAL_FORMS": "0",
        "required_languages-INITIAL_FORMS": "0",
        "required_languages-MIN_NUM_FORMS": "0",
        "required_languages-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_a_new_listing_belongs_to_the_officers_district_whatever_is_posted(
    officer_client, officer, districts
):
    _own, other = districts
    response = officer_client.post(f"{ADMIN}add/", _listing_form(district=other.pk))
    assert response.status_code == 302, response.content.decode()[:2000]
    listing = JobListing.objects.get(title_en="Steel fixer")
    assert listing.district == officer.centre.district
    assert listing.created_by == officer
    assert listing.history.latest().history_user == officer


def test_the_form_refuses_to_publish_with_an_expired_licence(officer_client):
    expired = AgencyFactory(licence_valid_until=datetime.date.today() - datetime.timedelta(1))
    response = officer_client.post(
        f"{ADMIN}add/", _listing_form(agency=expired.pk, status="published")
    )
    assert response.status_code == 200
    assert "cannot be published" in response.content.decode()
    assert not JobListing.objects.exists()


def test_the_form_explains_a_broken_constraint(officer_client):
    response = officer_client.post(f"{ADMIN}add/", _listing_form(salary_min="5000"))
    assert response.status_code == 200
    assert "cannot be more than" in response.content.decode()
    assert not JobListing.objects.exists()


def _action(client, action, pks):
    return client.post(
        ADMIN, {"action": action, helpers.ACTION_CHECKBOX_NAME: [str(pk) for pk in pks]}
    )


def test_bulk_publish_touches_only_the_officers_district(officer_client, listings):
    own, other = listings
    _action(officer_client, "publish_selected", [own.pk, other.pk])
    own.refresh_from_db()
    other.refresh_from_db()
    assert own.status == "published"
    assert other.status == "draft"


def test_bulk_publish_reports_what_it_refused(officer_client, districts):
    own, _other = districts
    bad = make_listing(
        district=own,
        status="draft",
        title_en="Suspended agency job",
        agency=AgencyFactory(status="suspended"),
    )
    response = _action(officer_client, "publish_selected", [bad.pk])
    page = officer_client.get(response.url).content.decode()
    assert "Not published: Suspended agency job" in page
    bad.refresh_from_db()
    assert bad.status == "draft"


def test_bulk_close_touches_only_the_officers_district(officer_client, listings):
    own, other = listings
    _action(officer_client, "close_selected", [own.pk, other.pk])
    own.refresh_from_db()
    other.refresh_from_db()
    assert (own.status, other.status) == ("closed", "draft")
    assert own.closed_at is not None


def test_csv_export_holds_only_the_officers_district(officer_client, listings):
    own, other = listings
    response = _action(officer_client, "export_csv", [own.pk, other.pk])
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["title"] for row in rows] == ["Own district welder"]


def test_csv_export_is_in_the_audit_trail(officer_client, officer, listings):
    from apps.audit.models import AuditEntry

    own, _other = listings
    _action(officer_client, "export_csv", [own.pk])
    entry = AuditEntry.objects.get(access_kind=AuditEntry.AccessKind.LISTINGS_EXPORT)
    assert entry.actor == officer
    assert entry.centre_id == officer.centre_id
    assert entry.object_repr == "job listings"
    assert entry.additional_data == {"listings": 1, "format": "csv"}


def test_csv_export_defuses_spreadsheet_formulas(officer_client, districts):
    own, _other = districts
    listing = make_listing(district=own, title_en='=HYPERLINK("x")')
    response = _action(officer_client, "export_csv", [listing.pk])
    assert "'=HYPERLINK" in response.content.decode("utf-8-sig")


def test_an_officer_may_not_delete_listings(officer_client, listings):
    own, _other = listings
    response = officer_client.post(f"{ADMIN}{own.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert JobListing.objects.filter(pk=own.pk).exists()


def test_the_list_shows_the_agency_licence_state(officer_client, districts):
    own, _other = districts
    make_listing(district=own, agency=AgencyFactory(status="suspended"))
    assert "licence is suspended" in officer_client.get(ADMIN).content.decode()


def test_officers_read_agencies_but_cannot_change_licences(officer_client):
    agency = AgencyFactory()
    base = "/" + settings.ADMIN_URL + "listings/recruitmentagency/"
    assert officer_client.get(base).status_code == 200
    officer_client.post(f"{base}{agency.pk}/change/", {"status": "active", "name": "X"})
    agency.refresh_from_db()
    assert agency.name != "X"


def test_the_changelist_runs_a_constant_number_of_queries(
    officer_client, districts, django_assert_max_num_queries
):
    own, _other = districts
    for _ in range(3):
        make_listing(district=own)
    with django_assert_max_num_queries(20) as few:
        officer_client.get(ADMIN)
    for _ in range(12):
        make_listing(district=own)
    with django_assert_max_num_queries(len(few.captured_queries)):
        officer_client.get(ADMIN)
