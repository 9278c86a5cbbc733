"""Writing to the audit trail what signals cannot see: views, exports, erasures."""

from django.contrib.contenttypes.models import ContentType

from .models import AuditEntry
from .registry import audit_centre_id, audit_label


def record_access(*, actor, kind: str, obj, details: dict | None = None) -> AuditEntry:
    """Record that `actor` saw or exported `obj` (a person's record, or the centre a
    report was about). `details` says what exactly, never with personal values."""
    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_pk=str(obj.pk),
        object_id=obj.pk,
        object_repr=audit_label(obj),
        centre_id=audit_centre_id(obj),
        action=AuditEntry.Action.ACCESS,
        access_kind=kind,
        actor=actor,
        actor_email=getattr(actor, "email", None) or None,
        additional_data=details or None,
    )
