"""A listing's city is chosen from the destination cities, named in English and Urdu:
an Urdu page names it in Urdu, the search finds it by either name, the back office
offers it by either name, and a city of another country than the listing's is refused
in words by the form and by the database whatever writes."""

import datetime
import importlib

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import translation

from apps.listings.models import DestinationCity, JobListing
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
ADMIN = "/" + settings.ADMIN_URL
LISTING_ADMIN = ADMIN + "listings/joblisting/"
CITY_ADMIN = ADMIN + "listings/destinationcity/"


@pytest.fixture
def riyadh():
    return make_city("SA", "Riyadh", name_ur="ریاض")


@pytest.fixture
def doha():
    return make_city("QA", "Doha", name_ur="دوحہ")


@pytest.fixture
def listing(riyadh):
    return make_listing(title_ur="بلڈنگ الیکٹریشن", destination_city=riyadh)


@pytest.fixture
def officer():
    return UserFactory(
        centre=CentreFactory(district=DistrictFactory(), kind="dlo"),
        role="district_labour_officer",
    )


@pytest.fixture
def officer_client(client, officer):
    assert client.login(username=officer.username, password=TEST_PASSWORD)
    return client


def page_in(client, url, language):
    client.cookies["django_language"] = language
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


# --- Shown in the page's language ------------------------------------------


def test_the_listing_page_names_the_city_in_the_pages_language(client, listing):
    assert "ریاض" in page_in(client, listing.get_absolute_url(), "ur")
    english = page_in(client, listing.get_absolute_url(), "en")
    assert "Riyadh" in english and "ریاض" not in english


def test_the_job_search_names_the_city_in_urdu_on_an_urdu_page(client, listing):
    assert "ریاض" in page_in(client, "/jobs/", "ur")


def test_a_city_without_an_urdu_name_is_named_in_english_on_an_urdu_page(client):
    listing = make_listing(destination_city=make_city("SA", "Hafr al-Batin X"))
    assert "Hafr al-Batin X" in page_in(client, listing.get_absolute_url(), "ur")


def test_the_kiosk_names_the_city_in_urdu(client, centre, listing):
    client.force_login(UserFactory(centre=centre, role="kiosk"))
    assert "ریاض" in page_in(client, f"/jobs/{listing.pk}/interest/", "ur")


def test_the_listings_name_has_the_city_in_the_active_language(listing):
    assert "Riyadh" in str(listing)
    with translation.override("ur"):
        assert "ریاض" in str(JobListing.objects.get(pk=listing.pk))


def test_renaming_a_city_reaches_the_cached_public_pages_and_the_search(client, listing):
    assert "ریاض" in page_in(client, listing.get_absolute_url(), "ur")
    city = listing.destination_city
    city.name_ur = "الریاض"
    city.save()
    assert "الریاض" in page_in(client, listing.get_absolute_url(), "ur")
    found = client.get("/jobs/", {"q": "الریاض"}).context["page"]
    assert [job.pk for job in found] == [listing.pk]


# --- Found by either name ---------------------------------------------------


@pytest.mark.parametrize("words", ["ریاض", "riyadh", "Riy"])
def test_the_search_finds_a_listing_by_its_citys_name_in_urdu_or_english(client, words):
    listing = make_listing(destination_city=make_city("SA", "Riyadh", name_ur="ریاض"))
    make_listing(title_en="Pipe welder", destination_country="QA")
    found = client.get("/jobs/", {"q": words}).context["page"]
    assert [job.pk for job in found] == [listing.pk]


@pytest.mark.parametrize("typed", ["دوح", "doh"])
def test_the_back_office_offers_a_city_by_its_urdu_or_english_name(officer_client, doha, typed):
    response = officer_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "listings",
            "model_name": "joblisting",
            "field_name": "destination_city",
            "term": typed,
        },
    )
    assert response.status_code == 200
    assert str(doha.pk) in [result["id"] for result in response.json()["results"]]


# --- Chosen in the back office, of the listing's own country ------------------


def listing_form(**overrides):
    data = {
        "title_en": "Steel fixer",
        "title_ur": "سٹیل فکسر",
        "occupation": ensure_occupation().pk,
        "description_en": "",
        "description_ur": "",
        "employer": EmployerFactory(country="QA").pk,
        "agency": AgencyFactory().pk,
        "destination_country": "QA",
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


def test_the_admin_saves_a_new_listing_with_the_chosen_city(officer_client, doha):
    response = officer_client.post(LISTING_ADMIN + "add/", listing_form(destination_city=doha.pk))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert JobListing.objects.get(title_en="Steel fixer").destination_city == doha


def test_the_admin_changes_a_listings_city(officer_client, officer, doha):
    listing = make_listing(
        district=officer.centre.district, destination_country="QA", status="draft"
    )
    lusail = make_city("QA", "Lusail", name_ur="لوسیل")
    response = officer_client.post(
        f"{LISTING_ADMIN}{listing.pk}/change/",
        listing_form(
            destination_city=lusail.pk,
            employer=listing.employer.pk,
            agency=listing.agency.pk,
            title_en=listing.title_en,
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    listing.refresh_from_db()
    assert listing.destination_city == lusail
    assert listing.history.latest().destination_city_id == lusail.pk


def test_the_admin_refuses_a_city_of_another_country_in_words(officer_client, riyadh):
    response = officer_client.post(
        LISTING_ADMIN + "add/", listing_form(destination_country="QA", destination_city=riyadh.pk)
    )
    assert response.status_code == 200
    assert "Riyadh is not in Qatar. Choose a city of the destination country." in (
        response.content.decode()
    )
    assert not JobListing.objects.exists()


def test_the_refusal_is_in_urdu_for_an_urdu_reader(officer_client, riyadh):
    officer_client.cookies["django_language"] = "ur"
    response = officer_client.post(
        LISTING_ADMIN + "add/", listing_form(destination_country="QA", destination_city=riyadh.pk)
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "ریاض" in page and "Choose a city of the destination country" not in page


def test_the_model_refuses_a_city_of_another_country(listing, doha):
    listing.destination_city = doha
    with pytest.raises(ValidationError) as refused:
        listing.full_clean()
    assert refused.value.message_dict["destination_city"] == [
        "Doha is not in Saudi Arabia. Choose a city of the destination country."
    ]


def test_the_database_refuses_a_city_of_another_country_whatever_writes(listing, doha):
    with pytest.raises(IntegrityError), transaction.atomic():
        JobListing.objects.filter(pk=listing.pk).update(destination_city=doha)
    with pytest.raises(IntegrityError), transaction.atomic():
        JobListing.objects.filter(pk=listing.pk).update(destination_country="QA")
    JobListing.objects.filter(pk=listing.pk).update(destination_country="QA", destination_city=doha)


def test_a_city_with_listings_is_not_deleted(listing):
    with pytest.raises(ProtectedError):
        listing.destination_city.delete()


# --- The table of cities ----------------------------------------------------


def test_an_officer_sees_and_adds_cities_but_does_not_change_them(officer_client, riyadh):
    assert "ریاض" in officer_client.get(CITY_ADMIN, {"q": "riyadh"}).content.decode()
    response = officer_client.post(
        CITY_ADMIN + "add/", {"country": "SA", "name_en": " Ras  Tanura ", "name_ur": "راس  تنورہ"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    added = DestinationCity.objects.get(name_en="Ras Tanura")
    assert (added.country, added.name_ur) == ("SA", "راس تنورہ")
    assert officer_client.get(f"{CITY_ADMIN}{riyadh.pk}/change/").status_code == 200
    officer_client.post(f"{CITY_ADMIN}{riyadh.pk}/change/", {"country": "SA", "name_en": "Changed"})
    riyadh.refresh_from_db()
    assert riyadh.name_en == "Riyadh"
    assert (
        officer_client.post(f"{CITY_ADMIN}{riyadh.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    assert DestinationCity.objects.filter(pk=riyadh.pk).exists()


def test_a_city_is_once_in_its_country_whatever_the_case(officer_client, riyadh):
    response = officer_client.post(
        CITY_ADMIN + "add/", {"country": "SA", "name_en": "RIYADH", "name_ur": ""}
    )
    assert response.status_code == 200
    assert "This country already has a city of that name." in response.content.decode()
    assert DestinationCity.objects.filter(country="SA", name_en__iexact="riyadh").count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        DestinationCity.objects.create(country="SA", name="riyadh", name_en="riyadh")
    # The same name in another country is another city.
    make_city("QA", "Riyadh")


def test_the_country_of_a_city_with_listings_cannot_change(client_for, listing):
    client = client_for("superuser")
    city = listing.destination_city
    response = client.post(
        f"{CITY_ADMIN}{city.pk}/change/",
        {"country": "QA", "name_en": city.name_en, "name_ur": city.name_ur},
    )
    assert response.status_code == 200
    assert "Listings go to this city, so its country cannot change." in response.content.decode()
    city.refresh_from_db()
    assert city.country == "SA"


def test_the_cities_are_listed_in_the_alphabet_of_the_pages_language():
    for name_en, name_ur in (("Abha", "ابہا"), ("Yanbu", "ینبع"), ("Taif", "طائف")):
        make_city("SA", name_en, name_ur=name_ur)
    with_urdu = DestinationCity.objects.filter(name_en__in=["Abha", "Yanbu", "Taif"])
    with translation.override("ur"):
        assert [c.name_ur for c in with_urdu.in_reading_order()] == ["ابہا", "طائف", "ینبع"]
    assert [c.name_en for c in with_urdu.in_reading_order()] == ["Abha", "Taif", "Yanbu"]


# --- Typed cities of the listings before the table (migration 0008) -----------


def test_typed_cities_become_reference_cities_or_new_ones_nothing_lost():
    conversion = importlib.import_module(
        "apps.listings.migrations.0008_destination_cities_from_typed_names"
    )
    riyadh = make_city("SA", "Riyadh", name_ur="ریاض")
    doha = make_city("QA", "Doha", name_ur="دوحہ")
    typed = [
        ("SA", "Riyadh"),
        ("SA", " riyadh "),
        ("SA", "RIYADH"),
        ("QA", "doha"),
        ("SA", "Hafr  al Batin Z"),
        ("SA", "hafr al batin z"),
        ("SA", "Hafr al Batin Z"),
        ("AE", "Riyadh"),  # typed under another country: a city of that country
        ("OM", ""),
    ]
    found = conversion.city_ids_for_typed_names(DestinationCity, typed)
    assert found[("SA", "Riyadh")] == found[("SA", " riyadh ")] == found[("SA", "RIYADH")]
    assert found[("SA", "Riyadh")] == riyadh.pk
    assert found[("QA", "doha")] == doha.pk
    new = DestinationCity.objects.get(pk=found[("SA", "hafr al batin z")])
    assert found[("SA", "Hafr  al Batin Z")] == found[("SA", "Hafr al Batin Z")] == new.pk
    assert (new.country, new.name_en, new.name_ur) == ("SA", "Hafr al Batin Z", None)
    elsewhere = DestinationCity.objects.get(pk=found[("AE", "Riyadh")])
    assert (elsewhere.country, elsewhere.name_en) == ("AE", "Riyadh")
    unknown = DestinationCity.objects.get(pk=found[("OM", "")])
    assert (unknown.country, unknown.name_en) == ("OM", "Not stated")
    # Run again (another table's rows), it finds the same cities and adds none.
    count = DestinationCity.objects.count()
    assert conversion.city_ids_for_typed_names(DestinationCity, typed) == found
    assert DestinationCity.objects.count() == count
