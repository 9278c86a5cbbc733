"""A new centre's staff: each sets a password through their link, once, then works at
their own centre only."""

import datetime

import pytest
from django.utils import timezone

from apps.accounts.models import User
from apps.counselling.models import Counsellor
from apps.counselling.selectors import free_slots
from apps.network.services import CentreOpening, open_centre
from tests.factories import CentreFactory, DistrictFactory, UserFactory, make_candidate

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Okara-desk-2026!"


@pytest.fixture
def opened():
    return open_centre(
        opening=CentreOpening(
            code="OKR",
            district=DistrictFactory(name="Okara", name_en="Okara", name_ur="اوکاڑہ"),
            address_en="District Complex, Okara",
            address_ur="ڈسٹرکٹ کمپلیکس، اوکاڑہ",
            helpline="+92449200001",
        )
    )


def link_of(opened, username):
    return next(a.link_path for a in opened.accounts if a.username == username)


def set_password(client, link, password=NEW_PASSWORD):
    """Follow a link as its holder does: open it, then send the form it shows."""
    response = client.get(link)
    if response.status_code != 302:
        return response
    form_url = response.url
    assert form_url.endswith("/set-password/")
    return client.post(form_url, {"new_password1": password, "new_password2": password})


def test_a_link_sets_the_password_once_and_then_no_longer_works(client, opened):
    link = link_of(opened, "officer.okr")

    response = set_password(client, link)

    assert response.status_code == 302 and response.url == "/accounts/login/"
    assert User.objects.get(username="officer.okr").check_password(NEW_PASSWORD)
    assert client.login(username="officer.okr", password=NEW_PASSWORD)
    client.logout()

    second = set_password(client, link, password="Someone-else-2026!")

    assert second.status_code == 200
    assert "This link no longer works." in second.text
    assert 'name="new_password1"' not in second.text
    assert User.objects.get(username="officer.okr").check_password(NEW_PASSWORD)


def test_a_link_shows_whose_password_it_sets_and_keeps_the_token_out_of_the_address(client, opened):
    link = link_of(opened, "manager.okr")
    token = link.rstrip("/").rsplit("/", 1)[1]

    redirect = client.get(link)
    page = client.get(redirect.url)

    assert token not in redirect.url
    assert page.status_code == 200
    assert "manager.okr" in page.text
    assert 'name="new_password1"' in page.text


def test_a_password_refused_by_the_rules_keeps_the_link_working(client, opened):
    link = link_of(opened, "kiosk.okr")

    refused = set_password(client, link, password="12345")

    assert refused.status_code == 200
    assert "This password is too short." in refused.text
    assert not User.objects.get(username="kiosk.okr").has_usable_password()
    assert set_password(client, link).status_code == 302


def test_one_accounts_link_does_not_open_another_account(client, opened):
    officer_link = link_of(opened, "officer.okr")
    manager_uid = link_of(opened, "manager.okr").split("/")[3]
    officer_token = officer_link.rstrip("/").rsplit("/", 1)[1]

    response = client.get(f"/accounts/set-password/{manager_uid}/{officer_token}/")

    assert response.status_code == 200
    assert "This link no longer works." in response.text


def test_the_new_centres_officer_sees_only_their_centre(client, opened):
    set_password(client, link_of(opened, "officer.okr"))
    ours = make_candidate(centre=opened.centre)
    theirs = make_candidate(centre=CentreFactory())
    assert client.login(username="officer.okr", password=NEW_PASSWORD)

    listing = client.get("/candidates/")
    assert listing.status_code == 200
    assert ours.registration_number in listing.text
    assert theirs.registration_number not in listing.text
    assert client.get(f"/candidates/{ours.registration_number}/").status_code == 200
    assert client.get(f"/candidates/{theirs.registration_number}/").status_code == 404
    assert client.get(f"/candidates/{theirs.registration_number}/edit/").status_code == 404


def test_the_new_centres_manager_sees_their_own_team_only(client, opened):
    set_password(client, link_of(opened, "manager.okr"))
    UserFactory(username="officer.elsewhere", centre=CentreFactory())
    assert client.login(username="manager.okr", password=NEW_PASSWORD)

    team = client.get("/accounts/team/").text

    for account in opened.accounts:
        assert account.username in team
    assert "officer.elsewhere" not in team


def test_the_new_counsellor_has_free_times_to_book(opened):
    counsellor = Counsellor.objects.get(user__username="counsellor1.okr")
    today = timezone.localdate()
    next_monday = today + datetime.timedelta(days=7 - today.weekday())

    slots = free_slots(counsellor, next_monday)

    assert len(slots) == 8  # 09:00 to 13:00 in half hours
