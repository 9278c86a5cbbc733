"""Writing to the audit trail what signals cannot see: views, exports, erasures."""

from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from .masking import WITHHELD
from .middleware import acting_user
from .models import AuditEntry
from .registry import audit_centre_id, audit_label


def record_access(
    *, actor, kind: str, obj=None, model=None, centre=None, details: dict | None = None
) -> AuditEntry:
    """Record that `actor` saw or exported `obj` (a person's record, a centre's report).

    With no `obj` (a report over every centre, a list of listings) the entry names the
    kind of record, `model`, which the caller passes: the audit trail sits below the apps
    whose records it names. `details` says what exactly (a period, a format, how many),
    never with personal values.
    """
    if obj is None:
        if model is None:
            raise TypeError("record_access needs the record (obj) or its kind (model).")
        content_type = ContentType.objects.get_for_model(model)
        object_pk, object_id = "", None
        with translation.override("en"):  # stored text, whoever's language the page is in
            label = str(content_type.model_class()._meta.verbose_name_plural)
    else:
        content_type = ContentType.objects.get_for_model(obj)
        object_pk, object_id, label = str(obj.pk), obj.pk, audit_label(obj)
    if centre is not None:
        centre_id = centre.pk
    else:
        centre_id = audit_centre_id(obj) if obj is not None else None
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


def record_withheld_change(*, obj, fields: list[str], actor=None) -> AuditEntry:
    """Record that `fields` of `obj` changed, without their values, for writes that
    bypass the model's signals (a queryset update()). The actor defaults to the request's
    user; a command's entries have none ("system")."""
    actor = actor or acting_user()
    return AuditEntry.objects.log_create(
        obj,
        action=AuditEntry.Action.UPDATE,
        changes={name: [WITHHELD, WITHHELD] for name in fields},
        actor=actor,
        actor_email=getattr(actor, "email", None) or None,
        force_log=True,
    )
