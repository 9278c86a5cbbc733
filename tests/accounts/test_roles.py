import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from apps.accounts.models import User
from apps.accounts.roles import ROLES, sync_roles
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
    assert "Choose the centre this person works at." in str(error.value)


def test_a_superuser_needs_no_centre():
    User.objects.create_superuser(username="root", password="a-long-password-1")


def test_role_labels_name_the_role():
    user = UserFactory(role="centre_manager", centre=CentreFactory())
    assert user.role_labels == "Centre manager"
