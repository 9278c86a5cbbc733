"""How one page of the trail reads: each entry's kind of record, what happened, and its
changes as field names with old and new values (personal ones withheld).

Values of relations (an officer, a district) are looked up once per page and model, so
a page costs the same number of queries however many entries it shows.
"""

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from .filters import CHANGE_LABELS
from .masking import WITHHELD
from .models import AuditEntry

# A person's records are named by their registration number (an appointment adds its time).
REGISTRATION_NUMBER = re.compile(r"^([A-Z]{3,5}-\d{4}-\d{6})\b")
EMPTY = "—"
BADGES = {
    AuditEntry.Action.CREATE: "text-bg-success",
    AuditEntry.Action.UPDATE: "text-bg-secondary",
    AuditEntry.Action.DELETE: "text-bg-danger",
    AuditEntry.Action.ACCESS: "text-bg-info",
}


@dataclass
class FieldChange:
    label: str
    old: str = ""
    new: str = ""
    withheld: bool = False
    value_only: bool = False  # a created or deleted row's value: no "from"


@dataclass
class Row:
    entry: AuditEntry
    what: str
    kind: str
    badge: str  # a Bootstrap colour class for what happened
    changes: list[FieldChange] = field(default_factory=list)
    # Personal fields a created or deleted row had: named, never their values.
    withheld_labels: list[str] = field(default_factory=list)
    details: list[tuple[str, str]] = field(default_factory=list)
    registration_number: str = ""  # set when the record is a person's (for a link)


def actor_label(user) -> str:
    return user.get_full_name() or user.username


def rows_for(entries) -> list[Row]:
    """The display rows of `entries` (a page, already fetched with its relations)."""
    entries = list(entries)
    related = _related_labels(entries)
    return [_row(entry, related) for entry in entries]


def _model_of(entry):
    return entry.content_type.model_class()


def _concrete_field(model, name):
    if model is None:
        return None
    try:
        found = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    # django-auditlog's diff of a new row also lists reverse relations and the id.
    if not found.concrete or found.primary_key:
        return None
    return found


def _changed_fields(entry):
    model = _model_of(entry)
    for name, change in (entry.changes or {}).items():
        if not isinstance(change, list | tuple) or len(change) != 2:
            continue  # a many-to-many change: none of ours are recorded
        model_field = _concrete_field(model, name)
        if model_field is not None:
            yield model_field, change


def _related_labels(entries) -> dict:
    """{(model, pk): label} for every relation value on the page, one query per model."""
    wanted = defaultdict(set)
    for entry in entries:
        for model_field, change in _changed_fields(entry):
            if model_field.is_relation and change[0] != WITHHELD:
                for value in change:
                    if value not in (None, "None", ""):
                        wanted[model_field.related_model].add(value)
    labels = {}
    for model, pks in wanted.items():
        clean = [pk for pk in pks if str(pk).isdigit()]
        rows = model._base_manager.all()
        if model._meta.label == "counselling.Counsellor":
            rows = rows.select_related("user")  # named by their account
        for pk, obj in rows.in_bulk(clean).items():
            labels[(model, str(pk))] = _related_label(obj)
    return labels


def _related_label(obj) -> str:
    """A related row named without personal data: staff by name, people by number."""
    label = obj._meta.label
    if label == "accounts.User":
        return actor_label(obj)
    if label == "candidates.Candidate":
        return obj.registration_number
    if label == "counselling.Appointment":
        return formats.date_format(timezone.localtime(obj.starts_at), "SHORT_DATETIME_FORMAT")
    if label == "counselling.Counsellor":
        return actor_label(obj.user)
    return str(obj)


def _value(model_field, value, related) -> str:
    if value in (None, "None", ""):
        return EMPTY
    if model_field.is_relation:
        return related.get((model_field.related_model, str(value)), f"#{value}")
    if model_field.flatchoices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.BooleanField):
        return _("Yes") if value in (True, "True") else _("No")
    if isinstance(model_field, models.DateTimeField):
        try:
            moment = datetime.datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
        if timezone.is_naive(moment):  # django-auditlog keeps them naive, in UTC
            moment = moment.replace(tzinfo=datetime.UTC)
        return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")
    return str(value)


def _row(entry, related) -> Row:
    model = _model_of(entry)
    if entry.action == AuditEntry.Action.ACCESS:
        what = entry.get_access_kind_display()
    else:
        what = str(CHANGE_LABELS.get(entry.action, entry.get_action_display()))
    if model is None or model._meta.app_label == "reports":
        kind = _("Reports")
    elif model._meta.label == "centres.Centre":
        kind = _("Centre reports")
    else:
        kind = capfirst(model._meta.verbose_name)
    row = Row(entry=entry, what=what, kind=kind, badge=BADGES.get(entry.action, ""))
    whole_row = entry.action in (AuditEntry.Action.CREATE, AuditEntry.Action.DELETE)
    for model_field, (old, new) in _changed_fields(entry):
        label = str(capfirst(model_field.verbose_name))
        if WITHHELD in (old, new):
            if whole_row:
                row.withheld_labels.append(label)
            else:
                row.changes.append(FieldChange(label=label, withheld=True))
            continue
        old, new = _value(model_field, old, related), _value(model_field, new, related)
        if whole_row:
            value = new if entry.action == AuditEntry.Action.CREATE else old
            if value != EMPTY:
                row.changes.append(FieldChange(label=label, new=value, value_only=True))
        elif (old, new) != (EMPTY, EMPTY):
            row.changes.append(FieldChange(label=label, old=old, new=new))
    row.changes.sort(key=lambda change: change.label)
    row.withheld_labels.sort()
    if isinstance(entry.additional_data, dict):
        row.details = [(str(key), str(value)) for key, value in entry.additional_data.items()]
    number = REGISTRATION_NUMBER.match(entry.object_repr)
    if number:
        row.registration_number = number.group(1)
    return row
