"""Writes to the complaints register: filing with a reference number and deadlines,
acknowledging, escalating, recording money and answers, closing. Each is one
transaction and leaves a ComplaintEvent of who did it and when."""

import datetime
import hmac
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from apps.candidates import identifiers

from .models import (
    DEFAULT_DEADLINES,
    Complaint,
    ComplaintCounter,
    ComplaintDeadline,
    ComplaintEvent,
    Escalation,
    Recovery,
)
from .working_days import WorkingCalendar


class ComplaintClosed(Exception):
    """The complaint is closed: reopen it first."""


def allocate_complaint_sequence(*, centre, year: int) -> int:
    """The next complaint number at `centre` in `year`, in the caller's transaction: the
    upsert's row lock queues concurrent filings, and a rollback returns the number."""
    table = ComplaintCounter._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (centre_id, year, last_number) VALUES (%s, %s, 1)
            ON CONFLICT (centre_id, year)
            DO UPDATE SET last_number = {table}.last_number + 1
            RETURNING last_number
            """,
            [centre.pk, year],
        )
        return cursor.fetchone()[0]


def format_reference(centre_code: str, year: int, sequence: int) -> str:
    return f"{centre_code}-C-{year}-{sequence:06d}"


def deadline_days(*, centre, kind: str) -> tuple[int, int, int]:
    """(acknowledge, resolve, escalate) working days for `kind` at `centre`: the centre's
    own row, else the national one, else the built-in default."""
    row = (
        ComplaintDeadline.objects.filter(Q(centre=centre) | Q(centre=None), kind=kind)
        .order_by(F("centre").asc(nulls_last=True))
        .first()
    )
    if row is None:
        return DEFAULT_DEADLINES[kind]
    return row.acknowledge_days, row.resolve_days, row.escalate_days


def deadlines_for(*, centre, kind: str, filed_on: datetime.date) -> dict[str, datetime.date]:
    """The dates a complaint of `kind` filed at `centre` on `filed_on` is due by."""
    acknowledge, resolve, escalate = deadline_days(centre=centre, kind=kind)
    calendar = WorkingCalendar(
        centre, filed_on, filed_on + datetime.timedelta(days=max(resolve, escalate) * 2 + 60)
    )
    return {
        "acknowledge_by": calendar.add(filed_on, acknowledge),
        "resolve_by": calendar.add(filed_on, resolve),
        "escalate_by": calendar.add(filed_on, escalate),
    }


def status_check_hash(reference: str, cnic_digits: str) -> str:
    """What the public status check compares: a keyed hash of the reference and the
    CNIC's last four digits (the reference salts it: equal digits differ by complaint)."""
    return identifiers.identifier_hash("complaint-status", f"{reference}:{cnic_digits[-4:]}")


def status_check_matches(complaint: Complaint | None, reference: str, last_four: str) -> bool:
    """Whether `last_four` are the last four CNIC digits given with `complaint`, compared
    in constant time; False (after the same work) for no complaint or none given."""
    expected = complaint.status_check_hash if complaint else ""
    given = status_check_hash(reference, last_four)
    return hmac.compare_digest(expected or "0" * len(given), given) and bool(expected)


@dataclass
class Complainant:
    """Who complains, when it is not a registered person's record: the name they give,
    and optionally a CNIC (for the status check), a phone and agreement to texts."""

    name: str
    sex: str = ""
    cnic: str = ""
    phone: object = ""
    agrees_to_texts: bool = False


@transaction.atomic
def file_complaint(
    *,
    centre,
    channel: str,
    filed_by,
    language: str,
    kind: str,
    against: str,
    promised: str = "",
    description: str = "",
    happened_on: datetime.date | None = None,
    agency=None,
    employer=None,
    other_party: str = "",
    listing=None,
    destination_country: str = "",
    candidate=None,
    complainant: Complainant | None = None,
    appointment=None,
    amount_paid: Decimal | None = None,
    paid_on: datetime.date | None = None,
    allowed_fee: Decimal | None = None,
    promised_monthly_wage: Decimal | None = None,
    amount_claimed: Decimal | None = None,
    claimed_on: datetime.date | None = None,
    filed_at: datetime.datetime | None = None,
) -> Complaint:
    """Enter a complaint in `centre`'s register with its reference number and deadlines.

    A complaint is for a registered person (`candidate`), for someone who gives a name
    (`complainant`), or an anonymous tip (neither). The most the agency was allowed to
    charge is the listing's approved service charge unless given. The person is sent the
    reference number by text message once filed, if they agreed to texts."""
    filed_at = filed_at or timezone.now()
    filed_on = timezone.localdate(filed_at)
    if listing is not None:
        agency = agency or listing.agency
        destination_country = destination_country or str(listing.destination_country)
        if allowed_fee is None:
            allowed_fee = listing.max_service_charge
    complaint = Complaint(
        centre=centre,
        year=filed_on.year,
        channel=channel,
        filed_by=filed_by,
        filed_at=filed_at,
        language=language,
        kind=kind,
        against=against,
        agency=agency,
        employer=employer,
        other_party=other_party,
        listing=listing,
        destination_country=destination_country,
        promised=promised,
        description=description,
        happened_on=happened_on,
        candidate=candidate,
        appointment=appointment,
        amount_paid=amount_paid,
        paid_on=paid_on,
        allowed_fee=allowed_fee,
        promised_monthly_wage=promised_monthly_wage,
        amount_claimed=amount_claimed,
        claimed_on=claimed_on,
        **deadlines_for(centre=centre, kind=kind, filed_on=filed_on),
    )
    complaint.sequence = allocate_complaint_sequence(centre=centre, year=complaint.year)
    complaint.reference = format_reference(centre.code, complaint.year, complaint.sequence)
    if candidate is not None:
        cnic = identifiers.decrypt(candidate.cnic_encrypted)
        complaint.status_check_hash = status_check_hash(complaint.reference, cnic)
    elif complainant is not None:
        complaint.complainant_name = complainant.name
        complaint.complainant_sex = complainant.sex
        complaint.complainant_phone = complainant.phone or ""
        if complainant.agrees_to_texts and complainant.phone:
            complaint.texts_agreed_at = filed_at
        if complainant.cnic:
            digits = identifiers.normalise_cnic(complainant.cnic)
            complaint.complainant_cnic_encrypted = identifiers.encrypt(digits)
            complaint.complainant_cnic_masked = identifiers.mask_cnic(digits)
            complaint.status_check_hash = status_check_hash(complaint.reference, digits)
    complaint.save()
    ComplaintEvent.objects.create(
        complaint=complaint, kind=ComplaintEvent.Kind.FILED, at=filed_at, by=filed_by
    )
    from .notices import send_reference_after_commit

    send_reference_after_commit(complaint)
    return complaint


def _locked(complaint) -> Complaint:
    return Complaint.objects.select_for_update().get(pk=complaint.pk)


def _refuse_if_closed(complaint) -> None:
    if not complaint.is_open:
        raise ComplaintClosed(complaint.reference)


@transaction.atomic
def acknowledge_complaint(*, complaint, by, note: str = "") -> Complaint:
    """Record that the centre has taken the complaint up (once; again changes nothing)."""
    complaint = _locked(complaint)
    _refuse_if_closed(complaint)
    if complaint.status != Complaint.Status.RECEIVED:
        return complaint
    complaint.status = Complaint.Status.ACKNOWLEDGED
    complaint.acknowledged_at = timezone.now()
    complaint.save(update_fields=["status", "acknowledged_at"])
    ComplaintEvent.objects.create(
        complaint=complaint, kind=ComplaintEvent.Kind.ACKNOWLEDGED, by=by, note=note
    )
    return complaint


@transaction.atomic
def escalate_complaint(
    *, complaint, authority: str, by, office: str = "", request: str = "", sent_on=None
) -> Escalation:
    """Send the complaint on to `authority`: the escalation is kept, the complaint marked
    referred (acknowledged too, if it was not yet)."""
    complaint = _locked(complaint)
    _refuse_if_closed(complaint)
    now = timezone.now()
    escalation = Escalation.objects.create(
        complaint=complaint,
        authority=authority,
        office=office,
        request=request,
        sent_on=sent_on or timezone.localdate(),
        sent_by=by,
    )
    complaint.status = Complaint.Status.ESCALATED
    complaint.acknowledged_at = complaint.acknowledged_at or now
    complaint.save(update_fields=["status", "acknowledged_at"])
    ComplaintEvent.objects.create(
        complaint=complaint,
        kind=ComplaintEvent.Kind.ESCALATED,
        by=by,
        note=escalation.get_authority_display(),
    )
    return escalation


@transaction.atomic
def record_answer(
    *, escalation, answer: str, answered_on, by, their_reference: str = ""
) -> Escalation:
    """Keep the authority's answer to an escalation, with the day it came."""
    escalation = Escalation.objects.select_for_update().get(pk=escalation.pk)
    escalation.answer = answer
    escalation.answered_on = answered_on
    if their_reference:
        escalation.their_reference = their_reference
    escalation.full_clean(exclude=["complaint", "sent_by"])
    escalation.save(update_fields=["answer", "answered_on", "their_reference"])
    ComplaintEvent.objects.create(
        complaint_id=escalation.complaint_id,
        kind=ComplaintEvent.Kind.ANSWERED,
        by=by,
        note=escalation.get_authority_display(),
    )
    return escalation


@transaction.atomic
def record_recovery(*, complaint, amount: Decimal, received_on, by, source: str = "") -> Recovery:
    """Money the complainant got back (open or closed: money may come after closing)."""
    recovery = Recovery.objects.create(
        complaint=complaint, amount=amount, received_on=received_on, source=source, recorded_by=by
    )
    ComplaintEvent.objects.create(complaint=complaint, kind=ComplaintEvent.Kind.MONEY, by=by)
    return recovery


@transaction.atomic
def close_complaint(*, complaint, outcome: str, by, note: str = "") -> Complaint:
    """Close the complaint with its outcome (upheld, not upheld, withdrawn...)."""
    complaint = _locked(complaint)
    _refuse_if_closed(complaint)
    now = timezone.now()
    complaint.status = Complaint.Status.CLOSED
    complaint.outcome = outcome
    complaint.closed_at = now
    complaint.acknowledged_at = complaint.acknowledged_at or now
    complaint.save(update_fields=["status", "outcome", "closed_at", "acknowledged_at"])
    ComplaintEvent.objects.create(
        complaint=complaint, kind=ComplaintEvent.Kind.CLOSED, by=by, note=note
    )
    return complaint


@transaction.atomic
def reopen_complaint(*, complaint, by, note: str = "") -> Complaint:
    """Open a closed complaint again; its deadlines stay as they were set."""
    complaint = _locked(complaint)
    if complaint.is_open:
        return complaint
    complaint.status = (
        Complaint.Status.ESCALATED
        if complaint.escalations.exists()
        else Complaint.Status.ACKNOWLEDGED
    )
    complaint.outcome = ""
    complaint.closed_at = None
    complaint.save(update_fields=["status", "outcome", "closed_at"])
    ComplaintEvent.objects.create(
        complaint=complaint, kind=ComplaintEvent.Kind.REOPENED, by=by, note=note
    )
    return complaint
