"""Writes that shape an account: its role decides its groups and back-office access."""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction

from .models import User
from .roles import ADMIN_ROLES, WORKPLACE_NEEDED, Role, Workplace


def check_role_fits(*, role: Role, workplace: str) -> None:
    """Raise ValidationError unless an account placed at `workplace` may hold `role`: a
    centre's roles at a centre, a provincial officer at a province, a national officer
    nationally. The reports scope by the place, so a misplaced role would read the
    wrong unit's numbers."""
    if role.workplace != workplace:
        raise ValidationError(
            WORKPLACE_NEEDED[role.workplace] % {"role": role.label}, code="role_workplace"
        )


@transaction.atomic
def give_role(*, user: User, role: Role) -> User:
    """Make `role` the account's only role, with back-office access if the role needs it."""
    if not user.is_superuser:
        check_role_fits(role=role, workplace=user.workplace)
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
    *,
    username: str,
    role: Role,
    password: str,
    centre=None,
    province=None,
    first_name: str = "",
    last_name: str = "",
) -> User:
    """Create or refresh an account with one role, at the centre or province given (a
    national role at neither); used by seed_demo."""
    user, _created = User.objects.update_or_create(
        username=username,
        defaults={
            "centre": centre,
            "province": province,
            "works_nationally": role.workplace == Workplace.NATION,
            "first_name": first_name,
            "last_name": last_name,
            "is_active": True,
        },
    )
    user.set_password(password)
    user.save(update_fields=["password"])
    return give_role(user=user, role=role)
