"""The public job search: full-text search, each filter, sorting, and its cost."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection

from apps.listings.models import CurrencyRate, JobListing
from tests.factories import DistrictFactory, EmployerFactory, ensure_occupation, make_listing

pytestmark = pytest.mark.django_db


def titles(response):
    return [listing.title for listing in response.context["page"]]


@pytest.fixture
def rates():
    for currency, rupees in (("SAR", "75"), ("QAR", "77"), ("KRW", "0.2")):
        CurrencyRate.objects.update_or_create(
            currency=currency, defaults={"rupees": Decimal(rupees), "as_of": datetime.date.today()}
        )


@pytest.fixture
def listings(rates):
    welder = ensure_occupation("7212", "Welders and Flame Cutters")
    cook = ensure_occupation("5120", "Cooks")
    lahore, sialkot = DistrictFactory(name="Lahore"), DistrictFactory(name="Sialkot")
    return {
        "electrician": make_listing(
            title_en="Building electrician",
            title_ur="بلڈنگ الیکٹریشن",
            employer=EmployerFactory(name="Riyadh Building Contracting Co."),
            district=lahore,
            accommodation=True,
            food=True,
            application_deadline=datetime.date.today() + datetime.timedelta(days=5),
        ),
        "welder": make_listing(
            title_en="Pipe welder",
            occupation=welder,
            destination_country="QA",
            destination_city="Doha",
            employer=EmployerFactory(name="Doha Steel", country="QA"),
            salary_min=Decimal("2500"),
            salary_max=Decimal("3000"),
            salary_currency="QAR",
            district=sialkot,
            accommodation=True,
            application_deadline=datetime.date.today() + datetime.timedelta(days=40),
        ),
        "cook": make_listing(
            title_en="Kitchen helper",
            occupation=cook,
            destination_country="KR",
            destination_city="Seoul",
            employer=EmployerFactory(name="Seoul Foods", country="KR"),
            salary_min=Decimal("2000000"),
            salary_max=Decimal("2400000"),
            salary_currency="KRW",
            district=lahore,
            application_deadline=datetime.date.today() + datetime.timedelta(days=20),
        ),
    }


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("electrician", ["Building electrician"]),
        ("welders", ["Pipe welder"]),  # English stemming
        ("elec", ["Building electrician"]),  # the start of a word
        ("Riyadh Building", ["Building electrician"]),  # employer and city
        ("cooks", ["Kitchen helper"]),  # the ISCO occupation title
        ("qatar", ["Pipe welder"]),  # the country's name
        ("الیکٹریشن", ["Building electrician"]),  # the Urdu title
        ("welder saudi", []),  # every word must match
        ("'); drop table --", []),  # punctuation is not query syntax
    ],
)
def test_keyword_search(client, listings, words, expected):
    assert titles(client.get("/jobs/", {"q": words})) == expected


def test_keyword_search_has_a_gin_index_of_published_listings(listings):
    """The index holds published listings only (closed ones pile up year after year);
    the public search asks for published ones, so Postgres may use it."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'listing_search_published'"
        )
        (definition,) = cursor.fetchone()
    assert "USING gin (search_vector) WHERE ((status)::text = 'published'::text)" in definition
    sql, params = JobListing.objects.open_to_public().query.sql_with_params()
    assert '"listings_joblisting"."status" = %s' in sql and "published" in params


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "QA"}, ["Pipe welder"]),
        ({"group": "5"}, ["Kitchen helper"]),
        ({"min_pay": "300000"}, ["Kitchen helper"]),  # 2,000,000 won ≈ Rs 400,000
        ({"min_pay": "150000"}, ["Kitchen helper", "Pipe welder"]),
        ({"benefits": ["accommodation", "food"]}, ["Building electrician"]),
        ({"benefits": ["accommodation"]}, ["Pipe welder", "Building electrician"]),
        ({"time_left": "30"}, ["Pipe welder"]),
        ({"time_left": "7"}, ["Kitchen helper", "Pipe welder"]),
    ],
)
def test_each_filter(client, listings, params, expected):
    params = {"sort": "pay", **params}
    assert titles(client.get("/jobs/", params)) == expected


def test_the_district_filter(client, listings):
    district = listings["welder"].district
    assert titles(client.get("/jobs/", {"district": district.pk})) == ["Pipe welder"]


def test_a_bad_filter_value_is_ignored_with_a_message_not_an_error(client, listings):
    response = client.get("/jobs/", {"min_pay": "lots", "country": "XX"})
    assert response.status_code == 200
    assert "Enter a whole number" in response.content.decode()


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("pay", ["Kitchen helper", "Pipe welder", "Building electrician"]),
        ("deadline", ["Building electrician", "Kitchen helper", "Pipe welder"]),
    ],
)
def test_sorting(client, listings, sort, expected):
    assert titles(client.get("/jobs/", {"sort": sort})) == expected


def test_country_choices_offer_only_countries_with_open_jobs(client, listings):
    choices = dict(client.get("/jobs/").context["filter"].form.fields["country"].choices)
    assert set(choices) - {""} == {"SA", "QA", "KR"}


def test_pages_of_twenty(client, rates):
    for n in range(23):
        make_listing(title_en=f"Job {n}")
    first = client.get("/jobs/")
    assert len(first.context["page"]) == 20
    assert len(client.get("/jobs/", {"page": 2}).context["page"]) == 3


def test_the_list_runs_a_constant_number_of_queries(client, rates, django_assert_max_num_queries):
    for _ in range(2):
        make_listing()
    with django_assert_max_num_queries(20) as few:
        client.get("/jobs/", {"q": "electrician", "benefits": ["food"]})
    for _ in range(15):
        make_listing()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/jobs/", {"q": "electrician", "benefits": ["food"]})


def test_a_new_listings_country_is_offered_on_the_next_search(client, listings):
    assert 'value="IT"' not in client.get("/jobs/").content.decode()
    make_listing(title_en="Nurse in Italy", destination_country="IT")
    page = client.get("/jobs/").content.decode()
    assert 'value="IT"' in page and "Nurse in Italy" in page
