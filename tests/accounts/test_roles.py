import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from apps.accounts.models import User
from apps.accounts.roles import ROLES, ROLES_BY_SLUG, sync_roles
from apps.accounts.services import give_role
from tests.factories import CentreFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_migration_created_one_group_per_role_with_exactly_its_permissions():
    for role in ROLES:
        group = Group.objects.get(name=role.group_name)
        held = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
        assert held == set(role.permissions)


def test_no_role_holds_every_permission():
    total = Permission.objects.count()
    for role in ROLES:
        assert Group.objects.get(name=role.group_name).permissions.count() < total / 4


def test_syncing_roles_twice_changes_nothing():
    sync_roles()
    before = {g.name: set(g.permissions.values_list("id", flat=True)) for g in Group.objects.all()}
    sync_roles()
    after = {g.name: set(g.permissions.values_list("id", flat=True)) for g in Group.objects.all()}
    assert before == after
    assert Group.objects.count() == len(ROLES)


def test_kiosk_may_only_run_the_kiosk():
    kiosk = UserFactory(role="kiosk")
    assert kiosk.get_all_permissions() == {"accounts.use_kiosk"}
    assert kiosk.is_kiosk
    assert not kiosk.is_staff


def test_only_the_admin_roles_reach_the_back_office():
    for role in ROLES:
        user = UserFactory(role=role.slug)
        assert user.is_staff == (role.slug in {"district_labour_officer", "orientation_editor"})


def test_a_staff_account_without_a_centre_is_refused_by_the_database():
    with pytest.raises(IntegrityError):
        User.objects.create(username="nowhere")


def test_a_staff_account_without_a_centre_gets_a_clear_message():
    user = User(username="nowhere", password="x")
    with pytest.raises(ValidationError) as error:
        user.full_clean()
    assert "Choose where this person works" in str(error.value)


@pytest.mark.parametrize(
    "place",
    [
        {"centre": True, "province": True},
        {"centre": True, "works_nationally": True},
        {"province": True, "works_nationally": True},
    ],
    ids=["centre-and-province", "centre-and-nation", "province-and-nation"],
)
def test_an_account_works_at_one_place_only(place):
    centre = CentreFactory()
    fields = {
        "centre": centre if place.get("centre") else None,
        "province": centre.district.province if place.get("province") else None,
        "works_nationally": place.get("works_nationally", False),
    }
    with pytest.raises(ValidationError, match="one of them only"):
        User(username="twice", password="x", **fields).full_clean()
    with pytest.raises(IntegrityError):
        User.objects.create(username="twice", **fields)


def test_a_province_or_the_whole_country_is_a_place():
    province = CentreFactory().district.province
    provincial = User.objects.create(username="punjab", province=province)
    national = User.objects.create(username="pakistan", works_nationally=True)
    assert (provincial.workplace, provincial.workplace_name) == ("province", "Punjab")
    assert (national.workplace, national.workplace_name) == ("nation", "Whole country")
    assert provincial.works_above_a_centre and national.works_above_a_centre


@pytest.mark.parametrize(
    ("role", "place", "message"),
    [
        ("provincial_officer", "centre", "works for a province"),
        ("national_officer", "centre", "works for the whole country"),
        ("centre_manager", "province", "works at a centre"),
        ("national_officer", "province", "works for the whole country"),
        ("provincial_officer", "nation", "works for a province"),
    ],
)
def test_a_role_is_given_only_to_an_account_at_its_place(role, place, message):
    centre = CentreFactory()
    user = User.objects.create(
        username="misplaced",
        centre=centre if place == "centre" else None,
        province=centre.district.province if place == "province" else None,
        works_nationally=place == "nation",
    )
    with pytest.raises(ValidationError, match=message):
        give_role(user=user, role=ROLES_BY_SLUG[role])
    assert not user.groups.exists()


def test_oversight_roles_read_reports_only_and_stay_out_of_the_back_office():
    for role in ("provincial_officer", "national_officer"):
        user = UserFactory(role=role)
        assert user.get_all_permissions() == {"reports.view_reports"}
        assert user.centre is None and not user.is_staff


def test_a_superuser_needs_no_centre():
    User.objects.create_superuser(username="root", password="a-long-password-1")


def test_role_labels_name_the_role():
    user = UserFactory(role="centre_manager", centre=CentreFactory())
    assert user.role_labels == "Centre manager"
