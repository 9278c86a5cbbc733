import pytest
from django.core.management import call_command

from apps.accounts.models import User
from apps.candidates.models import Candidate
from apps.centres.models import Centre, District, Province
from tests.factories import consent_text

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
    provincial = User.objects.get(username="provincial.punjab")
    assert (provincial.province.name_en, provincial.centre) == ("Punjab", None)
    assert [role.slug for role in provincial.roles] == ["provincial_officer"]
    national = User.objects.get(username="national.officer")
    assert national.works_nationally and national.check_password("mrc-demo-2026")


def test_seed_demo_refuses_where_demo_data_is_off(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(Exception, match="Demo data is switched off"):
        call_command("seed_demo")
