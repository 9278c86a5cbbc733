"""Data protection: everything held about a person (subject access), and erasure by
anonymisation, on request or after the retention period.

Erasure keeps the person's row and every service row pointing at it, stripped of
whatever identifies them, so the centre's reports (counts by sex, birth year, district,
education, service) stay correct. The audit trail never held personal values (see
apps/audit/masking.py), so it needs no erasing.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import (
    Case,
    CharField,
    DateField,
    Exists,
    Func,
    IntegerField,
    OuterRef,
    Value,
    When,
)
from django.db.models.functions import Cast, Concat, ExtractYear, Greatest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.audit.models import AuditEntry
from apps.audit.services import record_access
from apps.candidates.models import (
    Candidate,
    IdentifierDisclosure,
    RegistrationAttempt,
    SkillCertificate,
)
from apps.complaints.models import (
    Complaint,
    ComplaintEvent,
    Escalation,
    Recovery,
    may_read_complaints,
)
from apps.counselling.models import (
    Appointment,
    AppointmentEvent,
    CaseNote,
    FollowUp,
    Referral,
    may_read_case_records,
)
from apps.listings.models import Application, ApplicationStatusChange
from apps.orientation.models import Certificate, Enrolment, QuizResult

# What an erased text field says instead. Not translated: it is stored.
ERASED = "Erased"
# An erased record's CNIC hash: unique (the column is), and never a real hash, which is
# 64 hexadecimal digits; so the CNIC can be registered again by its owner.
ERASED_HASH_PREFIX = "erased-"
# How many people one transaction of the retention run erases.
BATCH_SIZE = 500


class Reason:
    """Why a record was erased: a category, never free text (it goes to the audit trail)."""

    REQUEST = "request"  # the person asked
    RETENTION = "retention"  # no activity for the retention period
    OTHER = "other"  # the centre decided for another reason

    CHOICES = (
        (REQUEST, gettext_lazy("The person asked for their data to be erased")),
        (RETENTION, gettext_lazy("The retention period has passed")),
        (OTHER, gettext_lazy("Another reason")),
    )
    # What staff choose on the erase page (the retention run is the command's).
    STAFF_CHOICES = (CHOICES[0], CHOICES[2])


class CannotAnonymise(Exception):
    """Erasure refused; the message says why, for the page."""


# --- Subject access ------------------------------------------------------------------


def _when(moment) -> str | None:
    """A moment as ISO 8601 in the centre's time, to the minute."""
    if moment is None:
        return None
    return timezone.localtime(moment).isoformat(timespec="minutes")


def _day(day) -> str | None:
    return day.isoformat() if day else None


def _choice(obj, field: str) -> dict:
    """A choice as its stored code and its label in the reader's language."""
    value = getattr(obj, field)
    label = getattr(obj, f"get_{field}_display")() if value not in (None, "") else ""
    return {"code": value, "label": str(label)}


def _country(country) -> dict:
    return {"code": country.code, "name": str(country.name)}


def _staff(user) -> dict | None:
    """A staff member as their role (their name is theirs, not the person's data)."""
    if user is None:
        return None
    return {"role": user.role_labels}


def _case_records(candidate, requested_by) -> dict:
    models = (
        ("case_notes", CaseNote),
        ("follow_ups", FollowUp),
        ("referrals", Referral),
    )
    count = sum(model.objects.filter(candidate=candidate).count() for _key, model in models)
    if not may_read_case_records(requested_by):
        return {
            "included": False,
            "count": count,
            "note": _(
                "Counselling case records are confidential: a counsellor of the centre "
                "provides them to the person."
            ),
        }

    def rows(model):
        return model.objects.visible_to(requested_by).filter(candidate=candidate).order_by("pk")

    return {
        "included": True,
        "count": count,
        "case_notes": [
            {"written_at": _when(n.created_at), "outcome": _choice(n, "outcome"), "text": n.text}
            for n in rows(CaseNote)
        ],
        "follow_ups": [
            {
                "written_at": _when(f.created_at),
                "action": f.action,
                "due_on": _day(f.due_on),
                "done_at": _when(f.done_at),
            }
            for f in rows(FollowUp)
        ],
        "referrals": [
            {
                "written_at": _when(r.created_at),
                "service": _choice(r, "service"),
                "details": r.details,
                "status": _choice(r, "status"),
            }
            for r in rows(Referral)
        ],
    }


def _amount(value) -> int | None:
    return int(value) if value is not None else None


def _complaints(candidate, requested_by) -> dict:
    """The person's complaints (an anonymous tip names no person, so none is here).

    Each complaint's reference, centre, date and status, which the person quotes to
    follow it up. What it says, the money and what the authorities answered, only for
    one who handles the complaints of the complaint's centre: a complaint is as
    confidential as a case record (the others are provided by them)."""
    complaints = (
        Complaint.objects.filter(candidate=candidate)
        .select_related("centre", "agency", "employer")
        .prefetch_related("escalations", "recoveries")
        .order_by("filed_at", "pk")
    )
    readable = may_read_complaints(requested_by)
    items = []
    for complaint in complaints:
        item = {
            "reference": complaint.reference,
            "centre": complaint.centre.name,
            "filed_at": _when(complaint.filed_at),
            "status": _choice(complaint, "status"),
            "details_included": readable and complaint.centre_id == requested_by.centre_id,
        }
        if item["details_included"]:
            item.update(_complaint_details(complaint))
        items.append(item)
    return {
        "count": len(items),
        "items": items,
        "note": ""
        if all(item["details_included"] for item in items)
        else _(
            "What a complaint says is confidential: a counsellor or complaints officer of "
            "its centre provides it to the person."
        ),
    }


def _complaint_details(complaint) -> dict:
    return {
        "taken_in_at": _choice(complaint, "channel"),
        "kind": _choice(complaint, "kind"),
        "against": _choice(complaint, "against"),
        "party": complaint.party,
        "destination_country": _country(complaint.destination_country)
        if complaint.destination_country
        else None,
        "promised": complaint.promised,
        "description": complaint.description,
        "happened_on": _day(complaint.happened_on),
        "outcome": _choice(complaint, "outcome"),
        "closed_at": _when(complaint.closed_at),
        "amount_paid": _amount(complaint.amount_paid),
        "paid_on": _day(complaint.paid_on),
        "allowed_fee": _amount(complaint.allowed_fee),
        "promised_monthly_wage": _amount(complaint.promised_monthly_wage),
        "amount_claimed": _amount(complaint.amount_claimed),
        "claimed_on": _day(complaint.claimed_on),
        "recovered": [
            {"amount": _amount(r.amount), "received_on": _day(r.received_on)}
            for r in complaint.recoveries.all()
        ],
        "referred_to": [
            {
                "authority": _choice(e, "authority"),
                "sent_on": _day(e.sent_on),
                "request": e.request,
                "answer": e.answer,
                "answered_on": _day(e.answered_on),
            }
            for e in complaint.escalations.all()
        ],
    }


def personal_data_of(*, candidate: Candidate, requested_by) -> dict:
    """Everything held about `candidate`, JSON-serialisable, in a stable order.

    Full identifiers are decrypted (the person is entitled to them); confidential case
    records are included only when `requested_by` is a counsellor who may read them.
    """
    c = (
        Candidate.objects.select_related("centre", "home_district", "consent_text", "registered_by")
        .prefetch_related("registered_by__groups")
        .get(pk=candidate.pk)
    )
    erased = c.is_erased
    record = {
        "registration_number": c.registration_number,
        "centre": c.centre.name,
        "registration_year": c.registration_year,
        "channel": _choice(c, "channel"),
        "status": _choice(c, "status"),
        "full_name": c.full_name,
        "relation_name": c.relation_name,
        "sex": _choice(c, "sex"),
        "date_of_birth": _day(c.date_of_birth),
        "cnic": "" if erased else c.full_cnic(),
        "passport_number": c.full_passport(),
        "passport_expiry": _day(c.passport_expiry),
        "phone": c.phone.as_international if c.phone else "",
        "email": c.email,
        "home_district": c.home_district.name,
        "address": c.address,
        "education": _choice(c, "education"),
        "destination_countries": [_country(country) for country in c.destination_countries],
        "available_from": _day(c.available_from),
        "heard_about": _choice(c, "heard_about"),
        "registered_at": _when(c.created_at),
        "registered_by": _staff(c.registered_by),
        "changed_at": _when(c.updated_at),
        "documents_seen_at": _when(c.documents_seen_at),
        "verified_at": _when(c.verified_at),
        "personal_data_erased_at": _when(c.anonymised_at),
    }
    consent = {
        "version": c.consent_text.version,
        "language": _choice(c.consent_text, "language"),
        "text_shown": c.consent_text.text,
        "consented_at": _when(c.consented_at),
        "agreed_to_text_messages_at": _when(c.messages_agreed_at),
    }
    appointments = (
        Appointment.objects.filter(candidate=c)
        .select_related("counsellor__user")
        .prefetch_related("counsellor__user__groups", "events", "notices")
        .order_by("starts_at", "pk")
    )
    applications = (
        Application.objects.filter(candidate=c)
        .select_related("listing__agency")
        .prefetch_related("status_changes__changed_by__groups")
        .order_by("created_at", "pk")
    )
    enrolments = (
        Enrolment.objects.filter(candidate=c)
        .select_related("session__centre")
        .order_by("session__starts_at", "pk")
    )
    certificates = {
        cert.enrolment_id: cert for cert in Certificate.objects.filter(enrolment__candidate=c)
    }
    disclosures = (
        IdentifierDisclosure.objects.filter(candidate=c)
        .select_related("viewer")
        .prefetch_related("viewer__groups")
        .order_by("disclosed_at", "pk")
    )
    return {
        "generated_at": _when(timezone.now()),
        "registration_number": c.registration_number,
        "record": record,
        "consent": consent,
        "languages": [
            {"language": _choice(item, "language"), "level": _choice(item, "level")}
            for item in c.languages.order_by("pk")
        ],
        "occupations": [
            {"isco_code": item.occupation.code, "title": item.occupation.title, "years": item.years}
            for item in c.occupations.select_related("occupation").order_by("pk")
        ],
        "skill_certificates": [
            {"issuing_body": item.issuing_body, "trade": item.trade, "level": item.level}
            for item in c.certificates.order_by("pk")
        ],
        "work_abroad": [
            {
                "country": _country(item.country),
                "years": item.years,
                "isco_code": item.occupation.code,
                "occupation": item.occupation.title,
            }
            for item in c.work_abroad.select_related("occupation").order_by("pk")
        ],
        "applications": [
            {
                "listing": a.listing.title,
                "agency": a.listing.agency.name,
                "country": _country(a.listing.destination_country),
                "status": _choice(a, "status"),
                "started_at": _choice(a, "source"),
                "created_at": _when(a.created_at),
                "status_changes": [
                    {
                        "at": _when(change.changed_at),
                        "from": _choice(change, "from_status"),
                        "to": _choice(change, "to_status"),
                        "by": _staff(change.changed_by),
                    }
                    for change in a.status_changes.all()
                ],
            }
            for a in applications
        ],
        "counselling_appointments": [
            {
                "starts_at": _when(a.starts_at),
                "ends_at": _when(a.ends_at),
                "topic": _choice(a, "topic"),
                "mode": _choice(a, "mode"),
                "status": _choice(a, "status"),
                "booked_through": _choice(a, "channel"),
                "booked_at": _when(a.booked_at),
                "counsellor": _staff(a.counsellor.user),
                "cancellation_reason": a.cancellation_reason,
                "events": [
                    {
                        "kind": _choice(e, "kind"),
                        "at": _when(e.at),
                        "reason": e.reason,
                        "was_at": _when(e.previous_starts_at),
                    }
                    for e in a.events.all()
                ],
                "notices_sent": [
                    {"kind": _choice(n, "kind"), "sent_at": _when(n.sent_at)}
                    for n in a.notices.all()
                ],
            }
            for a in appointments
        ],
        "orientation": [
            {
                "session": e.session.title,
                "centre": e.session.centre.name,
                "starts_at": _when(e.session.starts_at),
                "enrolled_at": _when(e.enrolled_at),
                "attended": e.attended,
                "certificate": _certificate(certificates.get(e.pk)),
            }
            for e in enrolments
        ],
        "quiz_results": [
            {
                "page": r.page.title_en,
                "correct": r.correct,
                "total": r.total,
                "taken_at": _when(r.taken_at),
            }
            for r in QuizResult.objects.filter(candidate=c)
            .select_related("page")
            .order_by("taken_at", "pk")
        ],
        "identifier_disclosures": [
            {
                "at": _when(d.disclosed_at),
                "field": _choice(d, "field"),
                "by": {**_staff(d.viewer), "account": d.viewer.get_username()},
            }
            for d in disclosures
        ],
        "repeat_registration_attempts": [
            {"at": _when(r.attempted_at), "centre": r.centre.name, "channel": _choice(r, "channel")}
            for r in RegistrationAttempt.objects.filter(candidate=c)
            .select_related("centre")
            .order_by("attempted_at", "pk")
        ],
        "case_records": _case_records(c, requested_by),
        "complaints": _complaints(c, requested_by),
        "records_merged_into_this": _merged_records(c),
    }


def _merged_records(candidate) -> list[dict]:
    """The records of the same person merged into this one: what their tombstones keep
    (the identifiers went with the merge, everything else moved here)."""
    return [
        {
            "registration_number": t.registration_number,
            "centre": t.centre.name,
            "registered_at": _when(t.created_at),
            "merged_at": _when(t.merged_at),
            "full_name": t.full_name,
            "relation_name": t.relation_name,
            "date_of_birth": _day(t.date_of_birth),
            "phone": t.phone.as_international if t.phone else "",
            "email": t.email,
            "address": t.address,
            "consent": {
                "version": t.consent_text.version,
                "language": _choice(t.consent_text, "language"),
                "consented_at": _when(t.consented_at),
            },
        }
        for t in Candidate.objects.filter(merged_into=candidate)
        .select_related("centre", "consent_text")
        .order_by("merged_at", "pk")
    ]


def _certificate(certificate) -> dict | None:
    if certificate is None:
        return None
    return {
        "code": certificate.code,
        "issued_at": _when(certificate.issued_at),
        "revoked_at": _when(certificate.revoked_at),
    }


def record_export(*, candidate: Candidate, by, export_format: str, data: dict) -> None:
    """Write to the audit trail that `by` exported the person's data (no values)."""
    record_access(
        actor=by,
        kind=AuditEntry.AccessKind.PERSONAL_DATA_EXPORT,
        obj=candidate,
        details={
            "format": export_format,
            "case_records": data["case_records"]["included"],
            "complaint_details": any(
                item["details_included"] for item in data["complaints"]["items"]
            ),
        },
    )


# --- Erasure -------------------------------------------------------------------------


def _erased_unless_empty(field: str):
    """ERASED where the text said something; empty stays empty (constraints allow it)."""
    return Case(When(**{field: ""}, then=Value("")), default=Value(ERASED))


def _erase(candidate_ids: list[int], now: datetime.datetime) -> list[Candidate]:
    """Strip everything that identifies these people, in a few UPDATEs per table, with
    the records once merged into theirs (tombstones keep the names and contact they
    were registered with: apps/candidates/merging.py). Returns those tombstones.

    Kept: sex, birth year, home district, centre, registration number and dates,
    channel, education, destinations, occupations, languages, work abroad and every
    service row (its dates, statuses and outcomes).
    """
    tombstones = list(
        Candidate.objects.filter(merged_into__in=candidate_ids, anonymised_at__isnull=True).only(
            "pk", "registration_number", "centre_id"
        )
    )
    candidate_ids = [*candidate_ids, *(tombstone.pk for tombstone in tombstones)]
    Candidate.objects.filter(pk__in=candidate_ids).update(
        full_name=ERASED,
        relation_name=ERASED,
        cnic_encrypted="",
        cnic_hash=Concat(Value(ERASED_HASH_PREFIX), Cast("pk", CharField())),
        cnic_masked="",
        passport_encrypted="",
        passport_hash="",
        passport_masked="",
        passport_expiry=None,
        phone="",
        email="",
        messages_agreed_at=None,
        address="",
        # Reports count age by the year of birth only. (1 January 1900 would break the
        # plausible-birth-date check: the 2nd it is.)
        date_of_birth=Greatest(
            Func(
                Cast(ExtractYear("date_of_birth"), IntegerField()),
                Value(1),
                Value(1),
                function="make_date",
                output_field=DateField(),
            ),
            Value(datetime.date(1900, 1, 2)),
        ),
        anonymised_at=now,
        updated_at=now,
    )
    SkillCertificate.objects.filter(candidate_id__in=candidate_ids).update(
        issuing_body=ERASED, trade=ERASED, level=""
    )
    Appointment.objects.filter(candidate_id__in=candidate_ids).update(
        cancellation_reason=_erased_unless_empty("cancellation_reason")
    )
    AppointmentEvent.objects.filter(appointment__candidate_id__in=candidate_ids).update(
        reason=_erased_unless_empty("reason")
    )
    Certificate.objects.filter(enrolment__candidate_id__in=candidate_ids).update(
        revocation_reason=_erased_unless_empty("revocation_reason")
    )
    CaseNote.objects.filter(candidate_id__in=candidate_ids).update(text=ERASED)
    FollowUp.objects.filter(candidate_id__in=candidate_ids).update(action=ERASED)
    Referral.objects.filter(candidate_id__in=candidate_ids).update(
        details=_erased_unless_empty("details")
    )
    # A complaint keeps what the reports count (kind, party, agency, destination,
    # status, outcome, dates and money); what it says and whom it names goes.
    complaints = Complaint.objects.filter(candidate_id__in=candidate_ids)
    complaints.update(
        complainant_name="",
        complainant_phone="",
        complainant_cnic_encrypted="",
        complainant_cnic_masked="",
        status_check_hash="",
        texts_agreed_at=None,
        other_party=_erased_unless_empty("other_party"),
        promised=_erased_unless_empty("promised"),
        description=_erased_unless_empty("description"),
    )
    Escalation.objects.filter(complaint__in=complaints).update(
        request=_erased_unless_empty("request"), answer=_erased_unless_empty("answer")
    )
    Recovery.objects.filter(complaint__in=complaints).update(source=_erased_unless_empty("source"))
    ComplaintEvent.objects.filter(complaint__in=complaints).update(
        note=_erased_unless_empty("note")
    )
    return tombstones


def _local_datetime(moment) -> str:
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


def _next_active_appointment(candidate, now):
    return (
        Appointment.objects.active()
        .filter(candidate=candidate, ends_at__gt=now)
        .order_by("starts_at")
        .first()
    )


@transaction.atomic
def anonymise_candidate(*, candidate: Candidate, by, reason: str) -> Candidate:
    """Erase a person's personal data, keeping the anonymous record for the reports.

    Refused (CannotAnonymise) when already erased, or while an appointment is still
    to come: the centre cancels it first (the person would not be reachable).
    """
    if reason not in dict(Reason.CHOICES):
        raise ValueError(f"unknown reason {reason!r}")
    now = timezone.now()
    candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
    if candidate.is_erased:
        raise CannotAnonymise(
            _("This person's data was already erased on %(date)s.")
            % {"date": date_format(timezone.localdate(candidate.anonymised_at))}
        )
    upcoming = _next_active_appointment(candidate, now)
    if upcoming is not None:
        raise CannotAnonymise(
            _(
                "This person has a counselling appointment on %(date)s: cancel it first, "
                "then erase the data."
            )
            % {"date": _local_datetime(upcoming.starts_at)}
        )
    tombstones = _erase([candidate.pk], now)
    for record in (candidate, *tombstones):
        record_access(
            actor=by, kind=AuditEntry.AccessKind.ANONYMISED, obj=record, details={"reason": reason}
        )
    candidate.refresh_from_db()
    return candidate


# --- Retention -----------------------------------------------------------------------


def retention_cutoff(now: datetime.datetime, retention_years: int) -> datetime.datetime:
    """The moment `retention_years` before `now` (29 February becomes 28 February)."""
    try:
        return now.replace(year=now.year - retention_years)
    except ValueError:
        return now.replace(year=now.year - retention_years, day=28)


def inactive_candidates(*, now: datetime.datetime, retention_years: int):
    """People not yet erased with nothing recorded about them since the cutoff:
    registration, changes, appointments (so none to come), applications and their
    steps, orientation sessions, quizzes, case records, complaints (so none still open),
    repeat registration attempts.

    NOT EXISTS over indexed foreign keys: one query, fit for a million rows.
    """
    cutoff = retention_cutoff(now, retention_years)
    person = OuterRef("pk")
    recent = (
        Appointment.objects.filter(candidate=person, starts_at__gte=cutoff),
        Appointment.objects.filter(candidate=person, booked_at__gte=cutoff),
        Application.objects.filter(candidate=person, updated_at__gte=cutoff),
        ApplicationStatusChange.objects.filter(
            application__candidate=person, changed_at__gte=cutoff
        ),
        Enrolment.objects.filter(candidate=person, session__starts_at__gte=cutoff),
        QuizResult.objects.filter(candidate=person, taken_at__gte=cutoff),
        RegistrationAttempt.objects.filter(candidate=person, attempted_at__gte=cutoff),
        CaseNote.objects.filter(candidate=person, created_at__gte=cutoff),
        FollowUp.objects.filter(candidate=person, created_at__gte=cutoff),
        Referral.objects.filter(candidate=person, created_at__gte=cutoff),
        Complaint.objects.filter(candidate=person, filed_at__gte=cutoff),
        ComplaintEvent.objects.filter(complaint__candidate=person, at__gte=cutoff),
    )
    queryset = Candidate.objects.filter(
        anonymised_at__isnull=True, created_at__lt=cutoff, updated_at__lt=cutoff
    )
    for rows in recent:
        queryset = queryset.filter(~Exists(rows))
    # Whatever the retention, nobody with an appointment still to come, nor with a
    # complaint still being handled (the authorities may yet answer about them).
    queryset = queryset.filter(
        ~Exists(Appointment.objects.active().filter(candidate=person, ends_at__gt=now)),
        ~Exists(Complaint.objects.open().filter(candidate=person)),
    )
    return queryset


def anonymise_inactive(
    *,
    now: datetime.datetime | None = None,
    retention_years: int | None = None,
    dry_run: bool = False,
    batch_size: int = BATCH_SIZE,
) -> int:
    """Erase everyone inactive for longer than the retention period; returns how many.

    One query selects them; each batch is re-checked under a row lock and erased in its
    own transaction, so a person who comes back meanwhile is kept.
    """
    now = now or timezone.now()
    if retention_years is None:
        retention_years = settings.PORTAL_RETENTION_YEARS
    if retention_years < 1:
        raise ValueError("the retention period is at least one year")
    queryset = inactive_candidates(now=now, retention_years=retention_years)
    if dry_run:
        return queryset.count()
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    erased = 0
    for start in range(0, len(ids), batch_size):
        with transaction.atomic():
            batch = list(
                inactive_candidates(now=now, retention_years=retention_years)
                .filter(pk__in=ids[start : start + batch_size])
                .select_for_update(of=("self",))
                .only("pk", "registration_number", "centre_id")
            )
            if not batch:
                continue
            tombstones = _erase([c.pk for c in batch], now)
            for candidate in (*batch, *tombstones):
                record_access(
                    actor=None,
                    kind=AuditEntry.AccessKind.ANONYMISED,
                    obj=candidate,
                    details={"reason": Reason.RETENTION},
                )
            erased += len(batch)
    return erased
