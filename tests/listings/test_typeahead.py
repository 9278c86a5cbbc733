"""The agency and employer fields' suggestions (the forms that take a complaint in),
and a listing found by the everyday words of its occupation."""

import pytest
from django.conf import settings
from django.core.management import call_command

from apps.occupations.models import Occupation
from tests.factories import AgencyFactory, EmployerFactory, make_counsellor, make_listing

pytestmark = pytest.mark.django_db

AGENCIES = "/jobs/agencies/suggestions/"
EMPLOYERS = "/jobs/employers/suggestions/"


@pytest.fixture
def counsellor_client(client):
    client.force_login(make_counsellor().user)
    return client


def suggested(client, url, typed, language="en"):
    client.cookies["django_language"] = language
    response = client.get(url, {"q": typed})
    assert response.status_code == 200
    return [result["text"] for result in response.json()["results"]]


def test_agencies_by_a_part_of_the_name_or_the_licence_number_best_first(counsellor_client):
    AgencyFactory(name="Al Crescent Travels", licence_number="1200/RWP")
    AgencyFactory(name="Crescent Manpower Services", licence_number="3456/LHR")
    AgencyFactory(name="Gulf Overseas", licence_number="7788/ISB")
    assert suggested(counsellor_client, AGENCIES, "cresc") == [
        "Crescent Manpower Services · \u20663456/LHR\u2069",  # the name starts so
        "Al Crescent Travels · \u20661200/RWP\u2069",  # a word of it does
    ]
    assert suggested(counsellor_client, AGENCIES, "3456") == [
        "Crescent Manpower Services · \u20663456/LHR\u2069"
    ]
    assert suggested(counsellor_client, AGENCIES, "manpower crescent") == [
        "Crescent Manpower Services · \u20663456/LHR\u2069"
    ]
    assert suggested(counsellor_client, AGENCIES, "nothing like it") == []
    assert suggested(counsellor_client, AGENCIES, "") == []


def test_a_suspended_agency_is_offered_and_says_so_in_the_pages_language(counsellor_client):
    AgencyFactory(name="Crooked Promoters", licence_number="9999/LHR", status="suspended")
    assert suggested(counsellor_client, AGENCIES, "crooked") == [
        "Crooked Promoters · \u20669999/LHR\u2069 (Suspended)"
    ]
    assert suggested(counsellor_client, AGENCIES, "crooked", language="ur") == [
        "Crooked Promoters · \u20669999/LHR\u2069 (معطل)"
    ]


def test_at_most_twenty_agencies_are_suggested(counsellor_client):
    for n in range(25):
        AgencyFactory(name=f"Gulf Overseas {n:02d}")
    assert len(suggested(counsellor_client, AGENCIES, "gulf")) == 20


def test_employers_by_name_with_their_country(counsellor_client):
    EmployerFactory(name="Gulf Builders", country="QA")
    EmployerFactory(name="Desert Gulf Farms", country="SA")
    EmployerFactory(name="Seoul Foods", country="KR")
    assert suggested(counsellor_client, EMPLOYERS, "gulf") == [
        "Gulf Builders (Qatar)",
        "Desert Gulf Farms (Saudi Arabia)",
    ]
    in_urdu = suggested(counsellor_client, EMPLOYERS, "gulf", language="ur")
    assert in_urdu[0] == "Gulf Builders (قطر)"


@pytest.mark.parametrize("url", [AGENCIES, EMPLOYERS])
def test_only_those_who_take_in_complaints_may_ask(client_for, url):
    AgencyFactory(name="Crescent Manpower Services")
    # Whoever may take a complaint in: the desk, a counsellor, a complaints officer.
    for role in ("registration_officer", "counsellor", "complaints_officer"):
        assert client_for(role).get(url, {"q": "cresc"}).status_code == 200, role
    for role in ("kiosk", "district_labour_officer", "centre_manager", "national_officer"):
        assert client_for(role).get(url, {"q": "cresc"}).status_code == 403, role
    client_for(None).logout()
    response = client_for(None).get(url, {"q": "cresc"})
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_a_listing_is_found_by_the_everyday_words_of_its_occupation(client):
    call_command("loaddata", settings.BASE_DIR / "fixtures" / "isco08.json", verbosity=0)
    make_listing(title_en="Construction worker", occupation=Occupation.objects.get(code="7214"))
    make_listing(title_en="Building electrician", occupation=Occupation.objects.get(code="7411"))
    for words in ("steel fixer", "sariya", "سریا"):
        page = client.get("/jobs/", {"q": words}).context["page"]
        assert [listing.title for listing in page] == ["Construction worker"], words
