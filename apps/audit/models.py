"""The audit trail: who changed, saw or exported what, and when.

django-auditlog writes the entries (changes through model signals, the rest through
`services.py`); this model adds the centre an entry belongs to, so a centre manager
reads their own centre's trail, and what kind of access an access entry was. The table
refuses UPDATE and DELETE (a trigger, migration 0002): append-only for all but the
database owner, who alone may disable the trigger.
"""

from auditlog.models import AbstractLogEntry, LogEntryManager
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from apps.centres.scoping import scoped_to_centre

from .middleware import acting_user


class AppendOnly(ValueError):
    """An attempt to change or remove an audit entry."""

    def __init__(self):
        super().__init__("The audit trail is append-only.")


class AuditEntryQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Entries of the user's centre; every centre's for a superuser."""
        return scoped_to_centre(self, user)

    # The database refuses these too (migration 0002); refusing here first says why.
    def update(self, **kwargs):
        raise AppendOnly()

    def delete(self):
        raise AppendOnly()

    def bulk_update(self, objs, fields, batch_size=None):
        raise AppendOnly()


class AuditEntryManager(LogEntryManager.from_queryset(AuditEntryQuerySet)):
    def log_create(self, instance, force_log: bool = False, **kwargs):
        from .registry import audit_centre_id, audit_label

        # str() of a person's record carries their name: the trail names objects by
        # their registry label (a registration number, a listing's reference).
        kwargs.setdefault("object_repr", audit_label(instance))
        kwargs.setdefault("centre_id", audit_centre_id(instance))
        return super().log_create(instance, force_log=force_log, **kwargs)


class AuditEntry(AbstractLogEntry):
    class AccessKind(models.TextChoices):
        FULL_CNIC = "full_cnic", _("Full CNIC shown")
        FULL_PASSPORT = "full_passport", _("Full passport number shown")
        CASE_RECORD = "case_record", _("Case record opened")
        REPORT_EXPORT = "report_export", _("Report exported")
        LISTINGS_EXPORT = "listings_export", _("Job listings exported")
        PERSONAL_DATA_EXPORT = "personal_data_export", _("Personal data exported")
        ANONYMISED = "anonymised", _("Personal data erased")
        # The network of centres: a person looked up, linked, moved or merged across
        # centres (the entry's centre is the one that acted).
        NETWORK_LOOKUP = "network_lookup", _("Looked up across centres")
        CENTRE_LINK = "centre_link", _("Linked to a centre")
        HOME_CENTRE_MOVE = "home_centre_move", _("Home centre moved")
        RECORDS_MERGED = "records_merged", _("Records merged")
        # A complaint that names a person is as confidential as a case record.
        COMPLAINT = "complaint", _("Complaint opened")
        # A complaint's referral letter to an authority: it names the complainant.
        REFERRAL_LETTER = "referral_letter", _("Referral letter printed")

    # Who acted must outlive their account: a staff account with entries is deactivated,
    # never deleted (django-auditlog's SET_NULL would UPDATE the entries, which the
    # table refuses anyway).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
    )
    centre = models.ForeignKey(
        "centres.Centre",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("centre"),
        help_text=_("The centre whose data it is; empty for national data."),
    )
    access_kind = models.CharField(
        _("kind of access"), max_length=24, choices=AccessKind.choices, blank=True
    )

    objects = AuditEntryManager()

    class Meta(AbstractLogEntry.Meta):
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        indexes = [
            models.Index(fields=["centre", "-timestamp"], name="audit_centre_recent"),
        ]
        constraints = [
            # An access entry says what kind of access it was; a change entry does not.
            models.CheckConstraint(
                condition=(
                    Q(action=AbstractLogEntry.Action.ACCESS) & ~Q(access_kind="")
                    | ~Q(action=AbstractLogEntry.Action.ACCESS) & Q(access_kind="")
                ),
                name="audit_access_kind_only_for_access",
            ),
        ]

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise AppendOnly()
        # National objects (a listing, say) belong to the centre of whoever acted.
        actor = self.actor or acting_user()
        if self.centre_id is None and actor is not None:
            self.centre_id = actor.centre_id
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly()
