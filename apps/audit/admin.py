"""The trail in the admin: read-only for everybody, superusers included, and scoped by
centre like the /audit/ page (django-auditlog's own admin, which it registers on our
model, is replaced: it is not scoped and would offer deletion of related rows)."""

import auditlog.admin  # noqa: F401  (registers its admin first, whatever the app order)
from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from apps.core.admin import ReadOnlyAdmin

from .display import rows_for
from .models import AuditEntry

admin.site.unregister(AuditEntry)


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ("timestamp", "actor", "action", "access_kind", "object_repr", "centre")
    list_filter = ("action", "access_kind", "centre")
    list_select_related = ("actor", "centre", "content_type")
    search_fields = ("object_repr",)
    date_hierarchy = "timestamp"
    fields = (
        "timestamp",
        "actor",
        "centre",
        "action",
        "access_kind",
        "content_type",
        "object_repr",
        "what_changed",
        "additional_data",
    )
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    @admin.display(description=_("What changed"))
    def what_changed(self, entry):
        (row,) = rows_for([entry])
        lines = [
            (change.label, _("changed (value not recorded)") if change.withheld else change.new)
            if change.withheld or change.value_only
            else (change.label, f"{change.old} → {change.new}")
            for change in row.changes
        ]
        lines += [(label, _("recorded without its value")) for label in row.withheld_labels]
        return format_html_join("\n", "<div><strong>{}</strong>: {}</div>", lines)
