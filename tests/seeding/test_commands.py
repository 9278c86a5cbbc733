import re

import pytest
from django.core.management import call_command
from django.utils import translation

from apps.accounts.models import User
from apps.candidates.forms import COMMON_DESTINATIONS
from apps.candidates.models import Candidate
from apps.centres.models import Centre, District, Province
from apps.listings.models import DestinationCity, JobListing
from tests.factories import consent_text, make_city

pytestmark = pytest.mark.django_db


def test_reference_data_holds_punjabs_districts_and_the_lahore_mrc():
    call_command("load_reference_data", verbosity=0)
    punjab = Province.objects.get(name_en="Punjab")
    assert punjab.districts.count() == 42
    lahore_mrc = Centre.objects.get(code="LHR")
    assert lahore_mrc.kind == Centre.Kind.MIGRANT_RESOURCE_CENTRE
    assert lahore_mrc.district.name_en == "Lahore"
    assert District.objects.filter(name_ur__isnull=True).count() == 0


def test_reference_data_never_overwrites_a_managers_corrections():
    call_command("load_reference_data", verbosity=0)
    Centre.objects.filter(code="LHR").update(helpline="+924299209999")
    call_command("load_reference_data", verbosity=0)
    assert Centre.objects.get(code="LHR").helpline.as_e164 == "+924299209999"


def test_reference_data_holds_destination_cities_in_english_and_urdu():
    DestinationCity.objects.all().delete()
    # As a typed "riyadh" became a city before the reference cities were loaded.
    DestinationCity.objects.create(country="SA", name="riyadh", name_en="riyadh")
    make_city("QA", "Doha", name_ur="دوحہ قطر")  # corrected in the back office
    call_command("load_reference_data", verbosity=0)
    for country in COMMON_DESTINATIONS:
        cities = DestinationCity.objects.filter(country=country)
        assert cities.count() >= 3, country
        for city in cities:
            assert re.fullmatch(r"[\u0600-\u06ff ]+", city.name_ur), city.name_en
    riyadh = DestinationCity.objects.get(country="SA", name_en__iexact="riyadh")
    assert riyadh.name_ur == "ریاض"
    assert DestinationCity.objects.get(country="QA", name_en="Doha").name_ur == "دوحہ قطر"
    count = DestinationCity.objects.count()
    call_command("load_reference_data", verbosity=0)
    assert DestinationCity.objects.count() == count


def test_seed_demo_twice_duplicates_nothing_and_prints_every_roles_login(settings, capsys):
    settings.DEMO_DATA_ALLOWED = True
    # The consent texts come from a data migration, which a transactional test run
    # before this one in the same worker may have flushed away.
    consent_text("en")
    consent_text("ur")
    call_command("seed_demo")

    def counts():
        return (
            User.objects.count(),
            Centre.objects.count(),
            District.objects.count(),
            Candidate.objects.count(),
        )

    first = counts()
    call_command("seed_demo")
    assert counts() == first
    assert first[3] >= 20
    out = capsys.readouterr().out
    for label in (
        "Kiosk",
        "Registration officer",
        "Counsellor",
        "District labour officer",
        "Centre manager",
        "Provincial officer, Punjab",
        "National officer, every centre",
        "Superuser",
    ):
        assert label in out
    assert "http://127.0.0.1:8000/accounts/login/" in out
    manager = User.objects.get(username="manager.lahore")
    assert manager.check_password("mrc-demo-2026")
    assert [role.slug for role in manager.roles] == ["centre_manager"]
    # Every demo listing goes to a reference city, named in Urdu on an Urdu page.
    listings = JobListing.objects.select_related("destination_city")
    with translation.override("ur"):
        assert all(listing.destination_city.name_ur for listing in listings)
        assert "ریاض" in {listing.destination_city.name for listing in listings}

    # Every Punjab district has its labour office, opened as an administrator opens one.
    offices = Centre.objects.filter(
        kind=Centre.Kind.DISTRICT_LABOUR_OFFICE, district__province__name_en="Punjab"
    )
    assert set(offices.values_list("district", flat=True)) == set(
        District.objects.filter(province__name_en="Punjab").values_list("pk", flat=True)
    )
    faisalabad = Centre.objects.get(code="FSL")
    assert faisalabad.name_ur == "ضلعی لیبر آفس فیصل آباد"
    assert {user.username for user in faisalabad.staff.all()} == {
        "officer.fsl",
        "manager.fsl",
        "dlo.fsl",
        "counsellor1.fsl",
        "kiosk.fsl",
    }
    assert User.objects.get(username="officer.fsl").check_password("mrc-demo-2026")
    # The logins printed stay a short list: the other offices' in one pattern.
    assert "officer.att" not in out and "officer.<code>" in out
    assert len(out.splitlines()) < 2 * 40  # two runs

    provincial = User.objects.get(username="provincial.punjab")
    assert (provincial.province.name_en, provincial.centre) == ("Punjab", None)
    assert [role.slug for role in provincial.roles] == ["provincial_officer"]
    national = User.objects.get(username="national.officer")
    assert national.works_nationally and national.check_password("mrc-demo-2026")


def test_the_district_offices_csv_is_the_one_the_script_writes(tmp_path):
    from scripts.punjab_offices_csv import OUTPUT, write

    write(tmp_path / "offices.csv")
    assert (tmp_path / "offices.csv").read_text(encoding="utf-8") == OUTPUT.read_text(
        encoding="utf-8"
    )


def test_seed_demo_refuses_where_demo_data_is_off(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(Exception, match="Demo data is switched off"):
        call_command("seed_demo")
