"""The portal's authentication backend: Django's ModelBackend, reading a logged-in
account with everything its pages ask of it in one query.

Every staff page asks who the account is, what it may do (the navigation shows only
what is allowed), which roles it holds (the header), its centre or province (the footer, the
scoping of every list) and whether it is a counsellor (the "My calendar" entry). Django
reads each of those in a query of its own: six round trips before a page's own work, on
every request. Here they come in one, still fresh on every request: nothing is kept
between requests, so a permission taken away or an account switched off counts from the
next request, as with Django's backend.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.db.models import TextField
from django.db.models.expressions import RawSQL

User = get_user_model()


def _table(model) -> str:
    return f'"{model._meta.db_table}"'


# Written out rather than built with the ORM: composing and compiling the same thing as
# subqueries cost more than a millisecond of CPU on every request, more than the query.
_GROUP_NAMES = RawSQL(
    f"""ARRAY(
        SELECT g.name FROM {_table(Group)} g
        JOIN {_table(User.groups.through)} ug ON ug.group_id = g.id
        WHERE ug.user_id = {_table(User)}.id
    )""",
    (),
    output_field=ArrayField(TextField()),
)
# "app_label.codename", as Django names a permission, whether held directly or through
# a group.
_PERMISSION_NAMES = RawSQL(
    f"""ARRAY(
        SELECT ct.app_label || '.' || p.codename FROM {_table(Permission)} p
        JOIN {_table(ContentType)} ct ON ct.id = p.content_type_id
        WHERE p.id IN (
            SELECT up.permission_id FROM {_table(User.user_permissions.through)} up
            WHERE up.user_id = {_table(User)}.id
            UNION
            SELECT gp.permission_id FROM {_table(Group.permissions.through)} gp
            JOIN {_table(User.groups.through)} ug ON ug.group_id = gp.group_id
            WHERE ug.user_id = {_table(User)}.id
        )
    )""",
    (),
    output_field=ArrayField(TextField()),
)


class PortalBackend(ModelBackend):
    def get_user(self, user_id):
        user = (
            User._default_manager.select_related("centre", "province", "counsellor_profile")
            .annotate(held_group_names=_GROUP_NAMES, held_permission_names=_PERMISSION_NAMES)
            .filter(pk=user_id)
            .first()
        )
        if user is None or not self.user_can_authenticate(user):
            return None
        user.group_names = frozenset(user.held_group_names)  # primes the cached property
        # Where ModelBackend.get_all_permissions keeps what it read, and looks first. A
        # superuser holds every permission: Django reads them all when asked, as before.
        if not user.is_superuser:
            user._perm_cache = set(user.held_permission_names)
        return user
