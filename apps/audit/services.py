"""Writing to the audit trail what signals cannot see: views, exports, erasures."""

from django.contrib.contenttypes.models import ContentType

from .models import AuditEntry
from .registry import audit_centre_id, audit_label


def record_access(
    *, actor, kind: str, obj=None, centre=None, details: dict | None = None
) -> AuditEntry:
    """Record that `actor` saw or exported `obj` (a person's record, a centre's report).

    With no `obj` (a report over every centre) the entry names the reports themselves.
    `details` says what exactly (a period, a format), never with personal values.
    """
    if obj is None:
        from apps.reports.models import Report

        content_type = ContentType.objects.get_for_model(Report)
        object_pk, object_id, label = "", None, str(content_type)
    else:
        content_type = ContentType.objects.get_for_model(obj)
        object_pk, object_id, label = str(obj.pk), obj.pk, audit_label(obj)
        if centre is None:
            centre_id = audit_centre_id(obj)
    if obj is None or centre is not None:
        centre_id = centre.pk if centre is not None else None
    return AuditEntry.objects.create(
        content_type=content_type,
        object_pk=object_pk,
        object_id=object_id,
        object_repr=label,
        centre_id=centre_id,
        action=AuditEntry.Action.ACCESS,
        access_kind=kind,
        actor=actor,
        actor_email=getattr(actor, "email", None) or None,
        additional_data=details or None,
    )
