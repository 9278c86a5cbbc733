"""manage.py bench_fixture: the data `make bench` drives the pages with."""

import json

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command

from apps.candidates.models import Candidate
from tests.factories import (
    CentreFactory,
    consent_text,
    ensure_occupation,
    make_candidate,
    make_listing,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, make_user, centre):
    settings.DEMO_DATA_ALLOWED = True
    consent_text("en")
    trade = ensure_occupation("5322", "Home-based Personal Care Workers")
    trade.kiosk_order, trade.kiosk_icon = 1, "person-wheelchair"
    trade.save()
    users = {
        "officer.lahore": "registration_officer",
        "counsellor.lahore": "counsellor",
        "manager.lahore": "centre_manager",
        "kiosk.lahore": "kiosk",
        "provincial.punjab": "provincial_officer",
    }
    accounts = {name: make_user(role, username=name) for name, role in users.items()}
    person = make_candidate(
        centre=centre, cnic="35202-7654321-1", phone="+923001234567", full_name="Kashif Iqbal"
    )
    elsewhere = make_candidate(centre=CentreFactory(), cnic="34603-1234567-1")
    listing = make_listing(title_en="Building electrician in Riyadh", destination_country="SA")
    return {"accounts": accounts, "person": person, "elsewhere": elsewhere, "listing": listing}


def test_it_writes_the_listing_the_person_and_ready_kiosk_sessions(demo, tmp_path):
    output = tmp_path / "fixture.json"
    call_command("bench_fixture", output=str(output), kiosk_sessions=3)
    data = json.loads(output.read_text())
    assert data["listing"] == {
        "pk": demo["listing"].pk,
        "keyword": "building",
        "country": "SA",
        # The first listing the search page shows for them (the bench checks it is there).
        "first_found": demo["listing"].pk,
    }
    assert data["person"] == {
        "registration_number": demo["person"].registration_number,
        "cnic": "35202-7654321-1",
        "phone": "0300 1234567",
        "name": "Kashif Iqbal",
    }
    assert data["elsewhere"] == {
        "registration_number": demo["elsewhere"].registration_number,
        "cnic": "34603-1234567-1",
    }
    assert data["counts"] == {"candidates": 2, "open_listings": 1}
    assert len(set(data["kiosk_sessions"])) == 3


def test_each_kiosk_session_registers_a_new_person_with_the_real_submit(demo, tmp_path, client):
    output = tmp_path / "fixture.json"
    call_command("bench_fixture", output=str(output), kiosk_sessions=2)
    keys = json.loads(output.read_text())["kiosk_sessions"]
    for key in keys:
        client.cookies[settings.SESSION_COOKIE_NAME] = key
        response = client.post("/kiosk/register/submit/")
        assert response.status_code == 302
        assert response.url == "/kiosk/slip/"
    registered = Candidate.objects.filter(channel=Candidate.Channel.KIOSK)
    assert registered.count() == 2
    assert len({candidate.cnic_hash for candidate in registered}) == 2
    assert {c.registered_by for c in registered} == {demo["accounts"]["kiosk.lahore"]}


def test_clear_and_a_new_run_remove_the_sessions_left(demo, tmp_path):
    output = tmp_path / "fixture.json"
    call_command("bench_fixture", output=str(output), kiosk_sessions=2)
    call_command("bench_fixture", output=str(output), kiosk_sessions=1)
    assert Session.objects.filter(session_key__startswith="benchkiosk").count() == 1
    call_command("bench_fixture", clear=True)
    assert not Session.objects.filter(session_key__startswith="benchkiosk").exists()


def test_it_refuses_outside_a_demo_database(settings, tmp_path):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="DJANGO_ALLOW_DEMO_DATA"):
        call_command("bench_fixture", output=str(tmp_path / "fixture.json"))


def test_it_says_to_seed_when_the_demo_logins_are_missing(settings, tmp_path):
    settings.DEMO_DATA_ALLOWED = True
    with pytest.raises(CommandError, match="seed_demo") as raised:
        call_command("bench_fixture", output=str(tmp_path / "fixture.json"))
    assert raised.value.returncode == 3


def test_the_benchmarks_own_registrations_do_not_change_the_listing_measured(demo, tmp_path):
    """A kiosk run registers thousands of people in one trade; the next run must still
    measure the same listing, chosen from the people the seed registered."""
    care = ensure_occupation("5322", "Home-based Personal Care Workers")
    make_listing(title_en="Care worker in Dubai", destination_country="AE", occupation=care)
    for _ in range(3):
        make_candidate(
            centre=demo["person"].centre, full_name="Bench Registrant", occupations=[(care, 4)]
        )
    output = tmp_path / "fixture.json"
    call_command("bench_fixture", output=str(output), kiosk_sessions=0)
    assert json.loads(output.read_text())["listing"]["pk"] == demo["listing"].pk
