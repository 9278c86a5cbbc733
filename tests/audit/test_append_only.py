"""The trail is append-only: the ORM refuses first, the database refuses whatever the
ORM is asked, and a role that does not own the table cannot switch the refusal off."""

import uuid

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connection, transaction

from apps.audit.models import AppendOnly, AuditEntry
from apps.audit.services import record_access
from tests.factories import make_candidate

pytestmark = pytest.mark.django_db

TABLE = AuditEntry._meta.db_table


@pytest.fixture
def entry(centre, make_user):
    candidate = make_candidate(centre=centre)
    return record_access(
        actor=make_user("registration_officer"),
        kind=AuditEntry.AccessKind.FULL_CNIC,
        obj=candidate,
    )


def _refused_by_database(sql, params=()):
    refused = pytest.raises(DatabaseError, match=r"append-only")
    with refused, transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_the_orm_refuses_to_change_or_remove_an_entry(entry):
    entry.object_repr = "forged"
    with pytest.raises(AppendOnly):
        entry.save()
    with pytest.raises(AppendOnly):
        entry.delete()
    with pytest.raises(AppendOnly):
        AuditEntry.objects.filter(pk=entry.pk).update(object_repr="forged")
    with pytest.raises(AppendOnly):
        AuditEntry.objects.filter(pk=entry.pk).delete()
    with pytest.raises(AppendOnly):
        AuditEntry.objects.bulk_update([entry], ["object_repr"])
    assert AuditEntry.objects.get(pk=entry.pk).object_repr != "forged"


def test_the_database_refuses_update_and_delete_even_to_its_owner(entry):
    _refused_by_database(f"UPDATE {TABLE} SET object_repr = 'forged' WHERE id = %s", [entry.pk])
    _refused_by_database(f"DELETE FROM {TABLE} WHERE id = %s", [entry.pk])
    assert AuditEntry.objects.filter(pk=entry.pk, object_repr=entry.object_repr).exists()


def test_deleting_a_staff_account_with_entries_is_refused_cleanly(entry):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        entry.actor.delete()


@pytest.fixture
def other_role(entry):
    """A role that does not own the table but holds every grant on it (as a careless
    production set-up might); dropped again at the end."""
    role = f"audit_test_{uuid.uuid4().hex[:12]}"
    with connection.cursor() as cursor:
        # The test's inserts leave deferred foreign-key checks pending, which would make
        # any ALTER TABLE fail for that reason instead of the one under test.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"CREATE ROLE {role} NOLOGIN")
        cursor.execute(f"GRANT ALL ON {TABLE} TO {role}")
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [TABLE])
        sequence = cursor.fetchone()[0]
        cursor.execute(f"GRANT ALL ON SEQUENCE {sequence} TO {role}")
    yield role
    with connection.cursor() as cursor:
        cursor.execute("RESET ROLE")
        cursor.execute(f"REVOKE ALL ON {TABLE} FROM {role}")
        cursor.execute(f"REVOKE ALL ON SEQUENCE {sequence} FROM {role}")
        cursor.execute(f"DROP ROLE {role}")


def _as_role(role, sql, params=()):
    """Run `sql` as `role` in a savepoint: a refusal rolls the savepoint back, and with
    it the SET ROLE; a success resets the role itself."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SET ROLE {role}")
        cursor.execute(sql, params)
        rows = cursor.fetchall() if cursor.description else None
        cursor.execute("RESET ROLE")
        return rows


def test_a_role_that_does_not_own_the_table_may_only_add(entry, other_role):
    for sql in (
        f"UPDATE {TABLE} SET object_repr = 'forged'",
        f"DELETE FROM {TABLE}",
        f"TRUNCATE {TABLE}",
        f"ALTER TABLE {TABLE} DISABLE TRIGGER audit_entry_append_only",
        f"ALTER TABLE {TABLE} DISABLE TRIGGER ALL",
    ):
        with pytest.raises(DatabaseError, match=r"append-only|must be owner"):
            _as_role(other_role, sql)
    content_type = ContentType.objects.get_for_model(AuditEntry)
    (added,) = _as_role(
        other_role,
        f"""INSERT INTO {TABLE} (content_type_id, object_pk, object_repr, action,
                                 changes_text, timestamp, access_kind)
            VALUES (%s, '1', 'added by another role', 0, '', now(), '') RETURNING id""",
        [content_type.pk],
    )
    assert AuditEntry.objects.filter(pk=added[0]).exists()
    assert AuditEntry.objects.filter(pk=entry.pk, object_repr=entry.object_repr).exists()


def test_the_owner_alone_may_switch_the_refusal_off(entry):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER audit_entry_append_only")
        cursor.execute(f"DELETE FROM {TABLE} WHERE id = %s", [entry.pk])
        transaction.set_rollback(True)  # the test leaves the trigger as it was
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_the_production_grants_allow_reading_and_adding_only(entry):
    """The portal's own role in production: SELECT and INSERT on the table, nothing more."""
    role = f"audit_portal_{uuid.uuid4().hex[:12]}"
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"CREATE ROLE {role} NOLOGIN")
        cursor.execute(f"GRANT SELECT, INSERT ON {TABLE} TO {role}")
    try:
        assert _as_role(role, f"SELECT count(*) FROM {TABLE}")[0][0] >= 1
        for sql in (
            f"UPDATE {TABLE} SET object_repr = 'forged'",
            f"DELETE FROM {TABLE}",
            f"TRUNCATE {TABLE}",
        ):
            with pytest.raises(DatabaseError, match=r"permission denied"):
                _as_role(role, sql)
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"REVOKE ALL ON {TABLE} FROM {role}")
            cursor.execute(f"DROP ROLE {role}")
