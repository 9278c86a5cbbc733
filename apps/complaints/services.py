"""Writes to the complaints register: filing with a reference number and deadlines,
acknowledging, escalating, recording money and answers, closing. Each is one
transaction and leaves a ComplaintEvent of who did it and when."""

import datetime
import hmac
import re
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from apps.candidates import identifiers
from apps.candidates.services import violated_constraint
from apps.core.counters import next_number_in_year
from apps.core.typed_text import typed_digits

from .models import (
    DEFAULT_DEADLINES,
    Complaint,
    ComplaintCounter,
    ComplaintDeadline,
    ComplaintEvent,
    ComplaintPolicy,
    Escalation,
    Kind,
    Recovery,
)
from .working_days import WorkingCalendar

REFERENCE = re.compile(r"^([A-Za-z]{3,5})-[Cc]-([0-9]{4})-([0-9]{1,6})$")


class ComplaintClosed(Exception):
    """The complaint is closed: reopen it first."""


class ComplaintRefused(Exception):
    """The database refused a write to the register; `message` says why, in words for
    the person at the form (the constraint's own message where it has one)."""

    def __init__(self, message, constraint: str = ""):
        super().__init__(message)
        self.message = message
        self.constraint = constraint


def refusal(error: IntegrityError, *models) -> ComplaintRefused | None:
    """The ComplaintRefused for a CHECK or UNIQUE constraint of `models` that `error`
    broke; None for any other error (which the caller lets through)."""
    name = violated_constraint(error)
    for model in models:
        for constraint in model._meta.constraints:
            if constraint.name != name:
                continue
            if constraint.violation_error_message != constraint.default_violation_error_message:
                return ComplaintRefused(str(constraint.get_violation_error_message()), name)
            # A rule with no words of its own (its name means nothing to the person).
            return ComplaintRefused(
                _("The register cannot keep this as it is. Check the details and try again."),
                name,
            )
    return None


def checked_write(write, *models):
    """Run `write()` in a savepoint; a broken constraint of `models` becomes
    ComplaintRefused (the savepoint is rolled back, the request's transaction goes on)."""
    try:
        with transaction.atomic():
            return write()
    except IntegrityError as error:
        refused = refusal(error, *models)
        if refused is None:
            raise
        raise refused from None


def allocate_complaint_sequence(*, centre, year: int) -> int:
    """The next complaint number at `centre` in `year`, in the caller's transaction: the
    upsert's row lock queues concurrent filings, and a rollback returns the number."""
    return next_number_in_year(ComplaintCounter, centre=centre, year=year)


def format_reference(centre_code: str, year: int, sequence: int) -> str:
    return f"{centre_code}-C-{year}-{sequence:06d}"


def normalise_reference(typed: str) -> str | None:
    """The reference as stored (LHR-C-2026-000123) for one typed in any case, in digits
    of any script, with or without the number's zeros; None if it is not a reference."""
    match = REFERENCE.match(typed_digits(typed or ""))
    if match is None:
        return None
    code, year, sequence = match.groups()
    return format_reference(code.upper(), int(year), int(sequence))


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
        # The authority's code: the page names it in the reader's language.
        note=escalation.authority,
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
        # The authority's code: the page names it in the reader's language.
        note=escalation.authority,
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


# What a complaint's handler may correct after filing: what it is about and its money.
# Not who complains (a person's identity is not rewritten) and not the deadlines, which
# were promised when it was filed.
DETAIL_FIELDS = (
    "kind",
    "against",
    "agency",
    "employer",
    "other_party",
    "listing",
    "destination_country",
    "promised",
    "description",
    "happened_on",
    "amount_paid",
    "paid_on",
    "allowed_fee",
    "promised_monthly_wage",
    "amount_claimed",
    "claimed_on",
)


@transaction.atomic
def change_complaint_details(*, complaint, by, changes: dict) -> list[str]:
    """Correct what `complaint` says and its money (DETAIL_FIELDS only), open or closed.
    Leaves a "details changed" event whose note names the fields changed (their names,
    never their values). Returns those names; when nothing changed, nothing is written.
    Raises ComplaintRefused when the database refuses the result."""
    unknown = set(changes) - set(DETAIL_FIELDS)
    if unknown:
        raise ValueError(f"Not a detail of a complaint: {', '.join(sorted(unknown))}")
    complaint = _locked(complaint)
    changed = [name for name, value in changes.items() if getattr(complaint, name) != value]
    if not changed:
        return []
    for name in changed:
        setattr(complaint, name, changes[name])
    checked_write(lambda: complaint.save(update_fields=changed), Complaint)
    ComplaintEvent.objects.create(
        complaint=complaint, kind=ComplaintEvent.Kind.CHANGED, by=by, note=",".join(changed)
    )
    return changed


def record_recovery_checked(**kwargs) -> Recovery:
    """record_recovery, with a refused amount as ComplaintRefused."""
    return checked_write(lambda: record_recovery(**kwargs), Recovery)


def _lock_centre(centre) -> None:
    # Two managers saving at once: the second waits for the first and then compares
    # with what the first wrote, rather than both creating the same row.
    type(centre).objects.select_for_update().filter(pk=centre.pk).first()


@dataclass(frozen=True)
class KindDeadlines:
    """One kind's working days at a centre: its own row's, else the national ones."""

    kind: str
    national: tuple[int, int, int]
    own: tuple[int, int, int] | None

    @property
    def days(self) -> tuple[int, int, int]:
        return self.own or self.national


def centre_deadlines(centre) -> list[KindDeadlines]:
    """Every kind's deadlines at `centre`, in the order of the kinds (one query)."""
    national, own = {}, {}
    for row in ComplaintDeadline.objects.filter(Q(centre=centre) | Q(centre=None)):
        days = (row.acknowledge_days, row.resolve_days, row.escalate_days)
        (own if row.centre_id else national)[row.kind] = days
    return [
        KindDeadlines(
            kind=kind, national=national.get(kind, DEFAULT_DEADLINES[kind]), own=own.get(kind)
        )
        for kind in Kind.values
    ]


@transaction.atomic
def set_centre_deadlines(*, centre, rows) -> list[str]:
    """Write `centre`'s deadlines from `rows` (dicts of kind, national, acknowledge_days,
    resolve_days, escalate_days): a kind set back to national loses the centre's row;
    other kinds keep or get one, unless they equal the national days and have none (a
    later change of the national table then still reaches them). Complaints already
    filed keep their dates. Returns the kinds changed; raises ComplaintRefused."""
    _lock_centre(centre)
    current = {entry.kind: entry for entry in centre_deadlines(centre)}
    changed = []
    for row in rows:
        entry = current[row["kind"]]
        days = (row["acknowledge_days"], row["resolve_days"], row["escalate_days"])
        if row["national"] or (entry.own is None and days == entry.national):
            if entry.own is not None:
                ComplaintDeadline.objects.filter(centre=centre, kind=entry.kind).delete()
                changed.append(entry.kind)
            continue
        if days == entry.own:
            continue
        checked_write(
            lambda kind=entry.kind, days=days: ComplaintDeadline.objects.update_or_create(
                centre=centre,
                kind=kind,
                defaults=dict(
                    zip(("acknowledge_days", "resolve_days", "escalate_days"), days, strict=True)
                ),
            ),
            ComplaintDeadline,
        )
        changed.append(entry.kind)
    return changed


def complaint_policy(centre) -> ComplaintPolicy:
    """`centre`'s rule for agencies that draw upheld complaints (an unsaved default row
    when the centre has set none)."""
    return ComplaintPolicy.objects.filter(centre=centre).first() or ComplaintPolicy(centre=centre)


@transaction.atomic
def set_complaint_policy(
    *, centre, review_threshold: int, review_blocks_listings: bool
) -> ComplaintPolicy:
    """Set `centre`'s rule; raises ComplaintRefused for a threshold below one."""
    _lock_centre(centre)
    policy, _created = checked_write(
        lambda: ComplaintPolicy.objects.update_or_create(
            centre=centre,
            defaults={
                "review_threshold": review_threshold,
                "review_blocks_listings": review_blocks_listings,
            },
        ),
        ComplaintPolicy,
    )
    return policy
