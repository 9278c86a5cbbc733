"""The portal's backend reads a logged-in account, its centre, counsellor profile, groups
and permissions in one query, and answers every question about them as Django's
ModelBackend does, fresh on every request."""

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission

from apps.accounts.backends import PortalBackend
from apps.accounts.roles import ROLES
from tests.factories import TEST_PASSWORD, SuperuserFactory, UserFactory, make_counsellor

pytestmark = pytest.mark.django_db


def read_fresh(user):
    return PortalBackend().get_user(user.pk)


def read_by_django(user):
    return ModelBackend().get_user(user.pk)


@pytest.mark.parametrize("role", [role.slug for role in ROLES])
def test_each_role_holds_the_same_permissions_and_roles_as_with_djangos_backend(role, centre):
    user = UserFactory(role=role, centre=centre)
    ours, django_s = read_fresh(user), read_by_django(user)
    assert ours.get_all_permissions() == django_s.get_all_permissions()
    assert ours.roles == django_s.roles
    assert ours.role_labels == django_s.role_labels
    assert ours.is_kiosk == django_s.is_kiosk


def test_permissions_held_directly_and_through_two_groups_are_all_counted(centre):
    user = UserFactory(role="registration_officer", centre=centre)
    user.groups.add(Group.objects.get(name=next(r.group_name for r in ROLES if r.slug == "kiosk")))
    user.user_permissions.add(Permission.objects.get(codename="view_auditentry"))
    ours = read_fresh(user)
    assert ours.get_all_permissions() == read_by_django(user).get_all_permissions()
    assert ours.has_perm("audit.view_auditentry")
    assert ours.has_perm("accounts.use_kiosk")
    assert ours.has_perm("candidates.view_candidate")
    assert not ours.has_perm("reports.view_reports")


def test_the_account_and_all_a_page_asks_of_it_come_in_one_query(centre, django_assert_num_queries):
    user = make_counsellor(centre=centre).user
    with django_assert_num_queries(1):
        ours = read_fresh(user)
        assert ours.has_perm("counselling.view_appointment")
        assert not ours.has_perm("reports.view_reports")
        assert ours.role_labels
        assert not ours.is_kiosk
        assert ours.centre.name == centre.name
        assert ours.counsellor_profile.user_id == user.pk


def test_an_account_without_a_counsellor_profile_says_so_without_asking_again(
    centre, django_assert_num_queries
):
    user = UserFactory(role="registration_officer", centre=centre)
    with django_assert_num_queries(1):
        ours = read_fresh(user)
        assert not hasattr(ours, "counsellor_profile")


def test_a_permission_taken_from_a_role_counts_from_the_next_read(centre):
    user = UserFactory(role="registration_officer", centre=centre)
    assert read_fresh(user).has_perm("candidates.view_candidate")
    group = user.groups.get()
    group.permissions.remove(Permission.objects.get(codename="view_candidate"))
    assert not read_fresh(user).has_perm("candidates.view_candidate")
    user.groups.clear()
    assert read_fresh(user).get_all_permissions() == set()
    assert read_fresh(user).roles == []


def test_a_switched_off_account_is_not_read(centre):
    user = UserFactory(role="registration_officer", centre=centre, is_active=False)
    assert read_fresh(user) is None
    assert PortalBackend().get_user(10**9) is None


def test_a_superuser_holds_every_permission(db):
    superuser = SuperuserFactory()
    ours = read_fresh(superuser)
    assert ours.has_perm("reports.view_reports")
    assert ours.get_all_permissions() == read_by_django(superuser).get_all_permissions()
    assert ours.role_labels == "Administrator"


def test_a_logged_in_page_reads_the_account_once(client, centre, django_assert_num_queries):
    """The workspace: the account, nothing more from PostgreSQL (the session is read from
    Redis; the footer's centre, the header's roles and the navigation's permissions come
    with the account)."""
    user = UserFactory(role="centre_manager", centre=centre)
    assert client.login(username=user.username, password=TEST_PASSWORD)
    client.get("/workspace/")  # the idle timer's first stamp writes the session
    with django_assert_num_queries(1):
        response = client.get("/workspace/")
    assert response.status_code == 200
    assert centre.name in response.content.decode()
