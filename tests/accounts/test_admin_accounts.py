"""Superusers create accounts in the admin: a centre's staff at a centre, a provincial
officer at a province, a national officer nationally. A place missing, doubled, or that
does not fit the role is a message on the form, never an error page."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

from apps.accounts.models import User
from tests.factories import CentreFactory, ProvinceFactory

pytestmark = pytest.mark.django_db

USERS = f"/{settings.ADMIN_URL}accounts/user/"
PASSWORD = "a-long-password-4-mrc"


@pytest.fixture
def admin_client(client_for):
    return client_for("superuser")


def add(client, **place):
    data = {
        "username": "newcomer",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "usable_password": "true",
        "centre": "",
        "province": "",
        **place,
    }
    return client.post(f"{USERS}add/", data)


def change(client, user, *, groups, **place):
    data = {
        "username": user.username,
        "first_name": "",
        "last_name": "",
        "email": "",
        "centre": user.centre_id or "",
        "province": user.province_id or "",
        "groups": [Group.objects.get(name=name).pk for name in groups],
        "is_active": "on",
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "2026-11-01",
        "date_joined_1": "09:00:00",
        **place,
    }
    if user.works_nationally:
        data.setdefault("works_nationally", "on")
    return client.post(f"{USERS}{user.pk}/change/", data)


def test_a_provincial_officer_is_created_at_a_province_and_given_the_role(admin_client):
    punjab = ProvinceFactory()
    response = add(admin_client, province=punjab.pk)
    assert response.status_code == 302
    officer = User.objects.get(username="newcomer")
    assert (officer.province, officer.centre, officer.works_nationally) == (punjab, None, False)
    response = change(admin_client, officer, groups=["Provincial officer"])
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert [role.slug for role in User.objects.get(pk=officer.pk).roles] == ["provincial_officer"]


def test_a_national_officer_works_nationally(admin_client):
    response = add(admin_client, works_nationally="on")
    assert response.status_code == 302
    officer = User.objects.get(username="newcomer")
    assert officer.workplace == "nation"
    response = change(admin_client, officer, groups=["National officer"])
    assert response.status_code == 302
    admin_list = admin_client.get(USERS).content.decode()
    assert "Whole country" in admin_list


@pytest.mark.parametrize(
    "place",
    [
        {},
        {"works_nationally": "on", "province": "province"},
        {"centre": "centre", "province": "province"},
    ],
    ids=["nowhere", "province-and-nation", "centre-and-province"],
)
def test_no_place_or_two_places_is_a_message(admin_client, place):
    centre = CentreFactory()
    values = {"centre": centre.pk, "province": centre.district.province.pk}
    response = add(admin_client, **{key: values.get(value, value) for key, value in place.items()})
    assert response.status_code == 200
    assert "Choose where this person works" in response.content.decode()
    assert not User.objects.filter(username="newcomer").exists()


@pytest.mark.parametrize(
    ("role", "place", "message"),
    [
        ("Centre manager", "province", "this role works at a centre"),
        ("National officer", "province", "this role works for the whole country"),
        ("Provincial officer", "centre", "this role works for a province"),
    ],
)
def test_a_role_that_does_not_fit_the_place_is_a_message(admin_client, role, place, message):
    centre = CentreFactory()
    user = User.objects.create(
        username="placed",
        centre=centre if place == "centre" else None,
        province=centre.district.province if place == "province" else None,
    )
    response = change(admin_client, user, groups=[role])
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not user.groups.exists()
