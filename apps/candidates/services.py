"""Writes about candidates: registering (kiosk and desk), repeat attempts, desk checks,
and showing a full identifier. Views, the admin and commands all come through here."""

import uuid
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.core.counters import next_number_in_year

from . import identifiers
from .models import (
    Candidate,
    CandidateLanguage,
    CandidateOccupation,
    ConsentText,
    IdentifierDisclosure,
    RegistrationAttempt,
    RegistrationCounter,
    SkillCertificate,
    WorkAbroad,
)


class AlreadyRegistered(Exception):
    """A person with this CNIC is registered; `candidate` is the existing record."""

    def __init__(self, candidate):
        super().__init__("already registered")
        self.candidate = candidate


class PassportAlreadyRegistered(Exception):
    pass


@dataclass
class Registration:
    """Everything a registration form collected, cleaned."""

    full_name: str
    relation_name: str
    sex: str
    date_of_birth: object
    cnic: str
    phone: object
    home_district: object
    address: str
    education: str
    available_from: object
    heard_about: str
    consent_text: ConsentText
    email: str = ""
    passport_number: str = ""
    passport_expiry: object = None
    destination_countries: list = field(default_factory=list)
    languages: list = field(default_factory=list)  # [(language code, level)]
    occupations: list = field(default_factory=list)  # [(Occupation, years)]
    certificates: list = field(default_factory=list)  # [(issuing body, trade, level)]
    work_abroad: list = field(default_factory=list)  # [(country code, years, Occupation)]
    preferred_language: str = ""  # "": the language of the consent text they heard
    agrees_to_messages: bool = False


def violated_constraint(error: IntegrityError) -> str:
    """The name of the Postgres constraint an IntegrityError broke ("" if unknown)."""
    return getattr(getattr(error.__cause__, "diag", None), "constraint_name", "") or ""


def violated_constraint_message(model, error: IntegrityError) -> str | None:
    """The violation message of the `model` constraint an IntegrityError broke, for the
    person at the form; None when it was another constraint (let that one through)."""
    name = violated_constraint(error)
    for constraint in model._meta.constraints:
        if constraint.name == name:
            return str(constraint.get_violation_error_message())
    return None


def allocate_registration_sequence(*, centre, year: int) -> int:
    """The next number at `centre` in `year`, in the caller's transaction.

    The upsert takes a row lock that concurrent registrations queue behind, and a
    rollback returns the number: no collisions and no gaps.
    """
    return next_number_in_year(RegistrationCounter, centre=centre, year=year)


def format_registration_number(centre_code: str, year: int, sequence: int) -> str:
    return f"{centre_code}-{year}-{sequence:06d}"


def register_candidate(
    *,
    registration: Registration,
    centre,
    channel: str,
    registered_by,
    submission_key: uuid.UUID,
) -> tuple[Candidate, bool]:
    """Create the candidate with its languages, occupations, certificates and work abroad.

    Returns (candidate, created). The same `submission_key` twice (a double tap, a
    refresh) returns the first candidate with created=False. Raises AlreadyRegistered
    (after recording the attempt) when the CNIC is registered already, and
    PassportAlreadyRegistered for a passport number in use.
    """
    previous = Candidate.objects.filter(submission_key=submission_key).first()
    if previous is not None:
        return previous, False
    try:
        with transaction.atomic():
            candidate = _create_candidate(
                registration, centre, channel, registered_by, submission_key
            )
    except IntegrityError as error:
        # A double tap racing itself may trip the CNIC's unique index before the
        # submission key's, so look for the winning twin first, whatever the index.
        twin = Candidate.objects.filter(submission_key=submission_key).first()
        if twin is not None:
            return twin, False
        constraint = violated_constraint(error)
        if "cnic_hash" in constraint:
            existing = Candidate.objects.with_cnic(registration.cnic).get()
            record_repeat_attempt(candidate=existing, centre=centre, channel=channel)
            raise AlreadyRegistered(existing) from error
        if "passport" in constraint:
            raise PassportAlreadyRegistered() from error
        raise
    return candidate, True


def _create_candidate(registration, centre, channel, registered_by, submission_key):
    now = timezone.now()
    year = timezone.localdate(now).year
    sequence = allocate_registration_sequence(centre=centre, year=year)
    candidate = Candidate(
        registration_number=format_registration_number(centre.code, year, sequence),
        centre=centre,
        registration_year=year,
        registration_sequence=sequence,
        channel=channel,
        full_name=registration.full_name.strip(),
        relation_name=registration.relation_name.strip(),
        sex=registration.sex,
        date_of_birth=registration.date_of_birth,
        passport_expiry=registration.passport_expiry if registration.passport_number else None,
        phone=registration.phone,
        email=registration.email,
        home_district=registration.home_district,
        address=registration.address.strip(),
        education=registration.education,
        destination_countries=registration.destination_countries,
        available_from=registration.available_from,
        heard_about=registration.heard_about,
        preferred_language=registration.preferred_language or registration.consent_text.language,
        consent_text=registration.consent_text,
        consented_at=now,
        messages_agreed_at=now if registration.agrees_to_messages else None,
        registered_by=registered_by,
        submission_key=submission_key,
        created_at=now,
    )
    candidate.set_cnic(registration.cnic)
    candidate.set_passport(registration.passport_number)
    candidate.save()
    CandidateLanguage.objects.bulk_create(
        CandidateLanguage(candidate=candidate, language=language, level=level)
        for language, level in registration.languages
    )
    CandidateOccupation.objects.bulk_create(
        CandidateOccupation(candidate=candidate, occupation=occupation, years=years)
        for occupation, years in registration.occupations
    )
    SkillCertificate.objects.bulk_create(
        SkillCertificate(candidate=candidate, issuing_body=body, trade=trade, level=level)
        for body, trade, level in registration.certificates
    )
    WorkAbroad.objects.bulk_create(
        WorkAbroad(candidate=candidate, country=country, years=years, occupation=occupation)
        for country, years, occupation in registration.work_abroad
    )
    return candidate


def record_repeat_attempt(*, candidate, centre, channel) -> RegistrationAttempt:
    """Note that someone tried to register a CNIC that is registered already."""
    return RegistrationAttempt.objects.create(candidate=candidate, centre=centre, channel=channel)


def find_registered_cnic(cnic_digits: str) -> Candidate | None:
    return Candidate.objects.with_cnic(cnic_digits).first()


@transaction.atomic
def disclose_identifier(*, candidate: Candidate, viewer, field: str) -> str:
    """The full CNIC or passport number, recorded as seen by `viewer` (on the record's
    page and in the centre's audit trail)."""
    from apps.audit.models import AuditEntry
    from apps.audit.services import record_access

    value = candidate.full_cnic() if field == "cnic" else candidate.full_passport()
    IdentifierDisclosure.objects.create(viewer=viewer, candidate=candidate, field=field)
    kinds = AuditEntry.AccessKind
    kind = kinds.FULL_CNIC if field == "cnic" else kinds.FULL_PASSPORT
    record_access(actor=viewer, kind=kind, obj=candidate)
    return value


@transaction.atomic
def mark_documents_seen(*, candidate: Candidate, by) -> Candidate:
    candidate.documents_seen_by = by
    candidate.documents_seen_at = timezone.now()
    candidate.save(update_fields=["documents_seen_by", "documents_seen_at", "updated_at"])
    return candidate


class CannotVerify(Exception):
    pass


@transaction.atomic
def verify_candidate(*, candidate: Candidate, by) -> Candidate:
    """Mark a record verified; the documents must have been seen first."""
    candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
    if candidate.documents_seen_at is None:
        raise CannotVerify()
    candidate.status = Candidate.Status.VERIFIED
    candidate.verified_by = by
    candidate.verified_at = timezone.now()
    candidate.save(update_fields=["status", "verified_by", "verified_at", "updated_at"])
    return candidate


def rotate_identifier_encryption(batch_size: int = 1000) -> int:
    """Re-encrypt every stored identifier under the newest key; returns how many rows.

    Each row is written with update(), not save(): only the ciphertexts change (the
    record's "changed at" stays), and the audit trail gets one entry per row saying
    so, written here because update() sends no signals.
    """
    from apps.audit.services import record_withheld_change

    count = 0
    queryset = Candidate.objects.order_by("pk").only(
        "pk", "registration_number", "centre_id", "cnic_encrypted", "passport_encrypted"
    )
    for candidate in queryset.iterator(chunk_size=batch_size):
        changed = []
        if candidate.cnic_encrypted:  # empty once erased (apps/privacy)
            candidate.cnic_encrypted = identifiers.reencrypt(candidate.cnic_encrypted)
            changed.append("cnic_encrypted")
        if candidate.passport_encrypted:
            candidate.passport_encrypted = identifiers.reencrypt(candidate.passport_encrypted)
            changed.append("passport_encrypted")
        if not changed:
            continue  # nothing stored to re-encrypt, nothing to record
        with transaction.atomic():
            Candidate.objects.filter(pk=candidate.pk).update(
                cnic_encrypted=candidate.cnic_encrypted,
                passport_encrypted=candidate.passport_encrypted,
            )
            record_withheld_change(obj=candidate, fields=changed)
        count += 1
    return count


def new_key() -> uuid.UUID:
    """A fresh submission key for a registration form."""
    return uuid.uuid4()


class IdentifierTaken(Exception):
    """The corrected CNIC or passport number belongs to another record."""


def update_candidate(*, form, formsets: dict) -> Candidate:
    """Save a desk correction of a record and its lists together, or nothing."""
    try:
        with transaction.atomic():
            candidate = form.save()
            for formset in formsets.values():
                formset.instance = candidate
                formset.save()
    except IntegrityError as error:
        constraint = violated_constraint(error)
        if "cnic_hash" in constraint or "passport" in constraint:
            # Someone else registered it between the form's check and the save.
            raise IdentifierTaken() from error
        raise
    return candidate
