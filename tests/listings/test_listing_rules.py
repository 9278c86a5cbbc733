"""The invariants of a listing: database constraints, the publishing rules, and the
query-time rule that decides what the public sees."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.listings import services
from apps.listings.models import JobListing
from tests.factories import AgencyFactory, UserFactory, make_listing

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today


@pytest.mark.parametrize(
    ("overrides", "constraint"),
    [
        ({"salary_min": Decimal("3000"), "salary_max": Decimal("2000")}, "listing_salary_range"),
        ({"salary_min": Decimal("0"), "salary_max": Decimal("10")}, "listing_salary_range"),
        ({"vacancies": 0}, "listing_has_vacancies"),
        ({"age_min": 40, "age_max": 30}, "listing_age_range_sane"),
        ({"age_min": 16}, "listing_age_range_sane"),
        ({"age_max": 70}, "listing_age_range_sane"),
        ({"contract_months": 0}, "listing_contract_length_sane"),
        ({"weekly_hours": 100}, "listing_weekly_hours_sane"),
    ],
)
def test_the_database_refuses_an_insane_listing(overrides, constraint):
    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        make_listing(**overrides)
    assert constraint in str(refused.value)


def test_a_promoter_must_have_a_licence_expiry_but_a_public_body_need_not():
    AgencyFactory(kind="public", licence_valid_until=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        AgencyFactory(kind="promoter", licence_valid_until=None)


def test_a_status_always_carries_its_date():
    listing = make_listing(status="draft")
    assert listing.published_at is None
    listing.status = "closed"
    listing.save()
    assert listing.closed_at is not None
    with pytest.raises(IntegrityError), transaction.atomic():
        JobListing.objects.filter(pk=listing.pk).update(status="published", published_at=None)


@pytest.mark.parametrize(
    ("agency", "message"),
    [
        ({"status": "suspended"}, "suspended"),
        ({"status": "cancelled"}, "cancelled"),
        ({"licence_valid_until": TODAY() - datetime.timedelta(days=1)}, "expired"),
    ],
)
def test_a_listing_cannot_be_published_for_an_agency_that_may_not_recruit(agency, message):
    listing = make_listing(status="draft", agency=AgencyFactory(**agency))
    with pytest.raises(services.CannotPublish) as refused:
        services.publish_listing(listing=listing, by=listing.created_by)
    assert message in " ".join(refused.value.problems)
    listing.refresh_from_db()
    assert listing.status == "draft"


def test_a_listing_past_its_deadline_cannot_be_published():
    listing = make_listing(status="draft", application_deadline=TODAY() - datetime.timedelta(1))
    with pytest.raises(services.CannotPublish, match="deadline"):
        services.publish_listing(listing=listing, by=listing.created_by)


def test_publishing_records_who_and_when_in_the_history():
    listing = make_listing(status="draft")
    officer = UserFactory(centre=listing.created_by.centre, role="district_labour_officer")
    services.publish_listing(listing=listing, by=officer)
    listing.refresh_from_db()
    assert listing.status == "published"
    assert listing.published_at <= timezone.now()
    assert listing.changed_by == officer
    latest = listing.history.latest()
    assert latest.status == "published"
    assert latest.history_change_reason == "Published"


def test_a_public_body_may_publish_without_a_licence_expiry():
    listing = make_listing(
        status="draft", agency=AgencyFactory(kind="public", licence_valid_until=None)
    )
    services.publish_listing(listing=listing, by=listing.created_by)
    assert JobListing.objects.open_to_public().filter(pk=listing.pk).exists()


class TestWhatThePublicSees:
    def test_an_open_listing_is_public(self, client):
        listing = make_listing()
        assert list(JobListing.objects.open_to_public()) == [listing]
        assert client.get(f"/jobs/{listing.pk}/").status_code == 200

    def test_a_suspension_hides_every_listing_of_the_agency_at_once(self, client):
        listing = make_listing()
        listing.agency.status = "suspended"
        listing.agency.save()
        assert not JobListing.objects.open_to_public().exists()
        assert client.get(f"/jobs/{listing.pk}/").status_code == 404
        assert b"Building electrician" not in client.get("/jobs/").content

    def test_a_listing_leaves_the_day_after_its_deadline(self):
        listing = make_listing(application_deadline=TODAY())
        assert JobListing.objects.open_to_public(TODAY()).filter(pk=listing.pk).exists()
        tomorrow = TODAY() + datetime.timedelta(days=1)
        assert not JobListing.objects.open_to_public(tomorrow).exists()

    def test_a_listing_leaves_when_the_licence_expires(self):
        agency = AgencyFactory(licence_valid_until=TODAY() + datetime.timedelta(days=3))
        make_listing(agency=agency)
        assert JobListing.objects.open_to_public(TODAY() + datetime.timedelta(days=3)).exists()
        assert not JobListing.objects.open_to_public(TODAY() + datetime.timedelta(days=4)).exists()

    @pytest.mark.parametrize("status", ["draft", "closed"])
    def test_drafts_and_closed_listings_are_not_public(self, client, status):
        listing = make_listing(status=status)
        assert client.get(f"/jobs/{listing.pk}/").status_code == 404

    def test_the_detail_page_shows_the_licence_the_legal_limit_and_the_warning(self, client):
        listing = make_listing(max_service_charge=Decimal("25000"))
        page = client.get(f"/jobs/{listing.pk}/").content.decode()
        assert listing.agency.licence_number in page
        assert "25,000" in page
        assert "Never pay an unlicensed agent" in page
        assert 'data-testid="legal-limits"' in page

    def test_the_detail_page_in_urdu(self, client):
        listing = make_listing(title_ur="بلڈنگ الیکٹریشن")
        client.cookies["django_language"] = "ur"
        page = client.get(f"/jobs/{listing.pk}/").content.decode()
        assert 'dir="rtl"' in page
        assert "بلڈنگ الیکٹریشن" in page
        assert "سعودی عرب" in page  # the country, named in Urdu


def test_refreshing_search_words_picks_up_a_renamed_occupation():
    from django.core.management import call_command

    listing = make_listing()
    occupation = listing.occupation
    occupation.title_en = "Wiring specialists"
    occupation.save()
    assert not JobListing.objects.filter(search_vector="wiring").exists()
    call_command("refresh_listing_search", verbosity=0)
    assert JobListing.objects.filter(search_vector="wiring").exists()
