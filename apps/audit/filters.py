"""The filters of the audit trail page. They narrow a queryset already scoped to the
viewer's centre (AuditEntry.objects.visible_to), so no choice can widen it."""

import django_filters
from django import forms
from django.apps import apps
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from apps.accounts.models import User
from apps.centres.models import Centre
from apps.core.fields import DayFirstDateField

from .models import AuditEntry
from .registry import AUDITED

REPORTS = "reports"

# "What happened": the three kinds of change, then each kind of access.
CHANGES = {
    "created": AuditEntry.Action.CREATE,
    "changed": AuditEntry.Action.UPDATE,
    "deleted": AuditEntry.Action.DELETE,
}
CHANGE_LABELS = {
    AuditEntry.Action.CREATE: _("Created"),
    AuditEntry.Action.UPDATE: _("Changed"),
    AuditEntry.Action.DELETE: _("Deleted"),
}


def what_happened_choices():
    return [
        ("created", CHANGE_LABELS[AuditEntry.Action.CREATE]),
        ("changed", CHANGE_LABELS[AuditEntry.Action.UPDATE]),
        ("deleted", CHANGE_LABELS[AuditEntry.Action.DELETE]),
        *AuditEntry.AccessKind.choices,
    ]


def object_kind_choices():
    """The audited models by name, then reports (about a centre or every centre)."""
    choices = []
    for audited in AUDITED:
        model = apps.get_model(audited.model)
        choices.append((model._meta.label_lower, capfirst(model._meta.verbose_name)))
    return [*choices, (REPORTS, _("Reports"))]


def _staff_label(user) -> str:
    return user.get_full_name() or user.username


class ActorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return _staff_label(obj)


class ActorFilter(django_filters.ModelChoiceFilter):
    field_class = ActorChoiceField


class DayFirstDateFilter(django_filters.DateFilter):
    field_class = DayFirstDateField


class AuditEntryFilter(django_filters.FilterSet):
    date_from = DayFirstDateFilter(
        label=_("From"),
        field_name="timestamp",
        lookup_expr="date__gte",
    )
    date_to = DayFirstDateFilter(
        label=_("Until"),
        field_name="timestamp",
        lookup_expr="date__lte",
    )
    actor = ActorFilter(label=_("Who"), queryset=User.objects.none(), empty_label=_("Anybody"))
    what = django_filters.ChoiceFilter(
        label=_("What happened"),
        choices=what_happened_choices,
        method="filter_what",
        empty_label=_("Anything"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of record"),
        choices=object_kind_choices,
        method="filter_kind",
        empty_label=_("Any"),
    )
    label = django_filters.CharFilter(
        label=_("Record"),
        field_name="object_repr",
        lookup_expr="icontains",
        help_text=_("A registration number or a listing's reference"),
    )
    centre = django_filters.ModelChoiceFilter(
        label=_("Centre"), queryset=Centre.objects.none(), empty_label=_("Every centre")
    )

    class Meta:
        model = AuditEntry
        fields = []

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Staff of the viewer's centre (every account for a superuser, who also picks
        # the centre); a manager's trail is their centre's, so no centre choice.
        self.filters["actor"].queryset = User.objects.visible_to(user).order_by(
            "first_name", "last_name", "username"
        )
        if user.is_superuser:
            self.filters["centre"].queryset = Centre.objects.order_by("name")
        else:
            del self.filters["centre"]

    def filter_what(self, queryset, name, value):
        if value in CHANGES:
            return queryset.filter(action=CHANGES[value], access_kind="")
        return queryset.filter(action=AuditEntry.Action.ACCESS, access_kind=value)

    def filter_kind(self, queryset, name, value):
        if value == REPORTS:
            return queryset.filter(
                Q(content_type__app_label="reports")
                | Q(content_type__app_label="centres", content_type__model="centre")
            )
        app_label, _dot, model = value.partition(".")
        return queryset.filter(content_type__app_label=app_label, content_type__model=model)
