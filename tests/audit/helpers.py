"""Reading the audit table in tests: entries of one object, and a search of every
text column for a value that must never be there."""

from django.db import connection

from apps.audit.models import AuditEntry


def entries_for(obj, **filters):
    return AuditEntry.objects.get_for_object(obj).filter(**filters).order_by("timestamp", "pk")


def trail_mentions(value: str) -> bool:
    """Whether `value` appears anywhere in the audit table (labels, changes, details)."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT count(*) FROM audit_auditentry
            WHERE concat_ws(' ', object_repr, object_pk, changes::text, changes_text,
                            serialized_data::text, additional_data::text, actor_email)
                  ILIKE %s
            """,
            [f"%{value}%"],
        )
        return cursor.fetchone()[0] > 0
