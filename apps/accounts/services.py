"""Writes that shape an account: its role decides its groups and back-office access."""

from django.contrib.auth.models import Group
from django.db import transaction

from .models import User
from .roles import ADMIN_ROLES, Role


@transaction.atomic
def give_role(*, user: User, role: Role) -> User:
    """Make `role` the account's only role, with back-office access if the role needs it."""
    group = Group.objects.get(name=role.group_name)
    user.groups.set([group])
    user.__dict__.pop("group_names", None)  # read again when next asked, as Django's set() does
    user.is_staff = role.slug in ADMIN_ROLES
    user.save(update_fields=["is_staff"])
    return user


@transaction.atomic
def create_account_without_password(
    *, username: str, role: Role, centre, first_name: str = "", last_name: str = ""
) -> User:
    """A new account with one role at one centre and no password that works: its holder
    sets one through a one-time link (password_links.py). Raises IntegrityError if the
    username is taken."""
    user = User(username=username, centre=centre, first_name=first_name, last_name=last_name)
    user.set_unusable_password()
    user.save()
    return give_role(user=user, role=role)


@transaction.atomic
def upsert_account(
    *, username: str, role: Role, centre, password: str, first_name: str = "", last_name: str = ""
) -> User:
    """Create or refresh an account with one role at one centre (used by seed_demo)."""
    user, _created = User.objects.update_or_create(
        username=username,
        defaults={
            "centre": centre,
            "first_name": first_name,
            "last_name": last_name,
            "is_active": True,
        },
    )
    user.set_password(password)
    user.save(update_fields=["password"])
    return give_role(user=user, role=role)
