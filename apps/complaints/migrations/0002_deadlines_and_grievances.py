"""The national deadlines, and every grievance of the counselling case records entered
in the register, with a reference number in the order they were taken in (per centre
and year). Nothing of a grievance is lost: its party, what happened, the money, the day
and its status, mapped as below; counselling/0003 then removes the old table."""

import datetime

import holidays
from django.db import migrations
from django.utils import timezone

from apps.candidates import identifiers

DEFAULTS = {
    "excess_fees": (3, 20, 22),
    "no_job": (3, 20, 22),
    "contract": (3, 20, 22),
    "unlicensed": (2, 15, 5),
    "documents": (1, 10, 5),
    "wages": (3, 20, 22),
    "mistreatment": (1, 10, 5),
    "other": (3, 20, 22),
}

# grievance status -> (complaint status, outcome)
STATUSES = {
    "open": ("acknowledged", ""),
    "referred": ("escalated", ""),
    "resolved": ("closed", "substantiated"),
    "closed": ("closed", "unresolved"),
}


def _working_day_after(day, count):
    calendar = holidays.Pakistan(years=range(day.year, day.year + 2))
    while count:
        day += datetime.timedelta(days=1)
        if day.weekday() not in calendar.weekend and day not in calendar:
            count -= 1
    return day


def forwards(apps, schema_editor):
    deadline = apps.get_model("complaints", "ComplaintDeadline")
    for kind, (acknowledge, resolve, escalate) in DEFAULTS.items():
        deadline.objects.get_or_create(
            centre=None,
            kind=kind,
            defaults={
                "acknowledge_days": acknowledge,
                "resolve_days": resolve,
                "escalate_days": escalate,
            },
        )

    grievance = apps.get_model("counselling", "Grievance")
    complaint = apps.get_model("complaints", "Complaint")
    event = apps.get_model("complaints", "ComplaintEvent")
    counter = apps.get_model("complaints", "ComplaintCounter")
    numbers = {}
    for old in grievance.objects.select_related("candidate", "centre").order_by("created_at", "pk"):
        filed_on = timezone.localdate(old.created_at)
        key = (old.centre_id, filed_on.year)
        numbers[key] = numbers.get(key, 0) + 1
        reference = f"{old.centre.code}-C-{filed_on.year}-{numbers[key]:06d}"
        kind = "unlicensed" if old.against == "other" else "other"
        acknowledge, resolve, escalate = DEFAULTS[kind]
        status, outcome = STATUSES[old.status]
        changed_at = old.status_changed_at or old.created_at
        cnic = identifiers.decrypt(old.candidate.cnic_encrypted)
        new = complaint.objects.create(
            reference=reference,
            centre_id=old.centre_id,
            year=filed_on.year,
            sequence=numbers[key],
            channel="counsellor",
            filed_by_id=old.created_by_id,
            filed_at=old.created_at,
            language=old.candidate.preferred_language or "ur",
            kind=kind,
            against=old.against,
            agency_id=old.agency_id,
            employer_id=old.employer_id,
            other_party=old.other_party,
            description=old.description,
            happened_on=old.happened_on,
            amount_paid=old.amount_paid,
            candidate_id=old.candidate_id,
            appointment_id=old.appointment_id,
            status_check_hash=identifiers.identifier_hash(
                "complaint-status", f"{reference}:{cnic[-4:]}"
            ),
            acknowledge_by=_working_day_after(filed_on, acknowledge),
            resolve_by=_working_day_after(filed_on, resolve),
            escalate_by=_working_day_after(filed_on, escalate),
            status=status,
            outcome=outcome,
            # A counsellor who took it in had taken it up.
            acknowledged_at=old.created_at,
            closed_at=changed_at if status == "closed" else None,
        )
        event.objects.create(
            complaint=new, kind="filed", at=old.created_at, by_id=old.created_by_id
        )
        if old.status != "open":
            event.objects.create(
                complaint=new,
                kind={"referred": "escalated"}.get(old.status, "closed"),
                at=changed_at,
                by_id=old.status_changed_by_id or old.created_by_id,
            )
    for (centre_id, year), last in numbers.items():
        counter.objects.update_or_create(
            centre_id=centre_id, year=year, defaults={"last_number": last}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("complaints", "0001_initial"),
        ("candidates", "0014_analyse_after_merge_columns"),
        ("counselling", "0002_case_records_events_notices"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
