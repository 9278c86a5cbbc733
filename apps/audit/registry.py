"""What the audit trail records changes of, and which fields are personal.

A personal field's change is recorded as changed, never its values (see masking.py);
secrets and derived columns are not recorded at all. Each model also says how the trail
names one of its rows (never by a person's name) and which centre the row belongs to.
"""

from dataclasses import dataclass, field

from auditlog.registry import auditlog
from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.utils.timezone import localtime


@dataclass(frozen=True)
class Audited:
    model: str  # "app_label.ModelName"
    label: callable  # row -> how the trail names it
    centre_id: callable  # row -> the centre it belongs to (None: the actor's)
    personal: tuple[str, ...] = ()  # changes recorded without values
    excluded: tuple[str, ...] = field(default=())  # not recorded at all
    # Only these fields keep their values; every other one is personal (case records).
    open_fields: tuple[str, ...] | None = None

    def personal_fields(self, model) -> list[str]:
        if self.open_fields is None:
            return list(self.personal)
        return [
            f.name
            for f in model._meta.concrete_fields
            if f.name not in self.open_fields and f.name not in self.excluded
        ]


def _candidate_of(row):
    """The person a row belongs to: the instance the row already holds (most writes pass
    it), else one query, kept on the row so its label and its centre share it. None once
    the person is gone (a deletion)."""
    try:
        return row.candidate
    except ObjectDoesNotExist:
        return None


def _candidate_number(row) -> str:
    candidate = _candidate_of(row)
    return candidate.registration_number if candidate else str(row.candidate_id)


def _candidate_centre(row):
    candidate = _candidate_of(row)
    return candidate.centre_id if candidate else None


def _counsellor_centre(row):
    try:
        return row.counsellor.user.centre_id
    except ObjectDoesNotExist:
        return None


def _of_candidate(model, **extra) -> Audited:
    """A part of a person's record (a language, an occupation...): named and placed by it."""
    return Audited(
        model=model,
        label=_candidate_number,
        centre_id=_candidate_centre,
        **extra,
    )


def _case_record(model) -> Audited:
    # Case records are a counsellor's alone, and a manager reads the trail: it shows who
    # wrote or changed which part of whose record when, never what it says (not even an
    # outcome or a referral's service).
    return Audited(
        model=model,
        label=_candidate_number,
        centre_id=lambda row: row.centre_id,
        open_fields=("id", "candidate", "centre", "appointment", "created_by", "created_at"),
    )


def _complaint_of(row):
    try:
        return row.complaint
    except ObjectDoesNotExist:
        return None


def _of_complaint(model, **extra) -> Audited:
    """A part of a complaint (an escalation, money recovered, a step): named by the
    complaint's reference, at the complaint's centre."""

    def label(row):
        complaint = _complaint_of(row)
        return complaint.reference if complaint else str(row.complaint_id)

    def centre_id(row):
        complaint = _complaint_of(row)
        return complaint.centre_id if complaint else None

    return Audited(model=model, label=label, centre_id=centre_id, **extra)


AUDITED = (
    Audited(
        model="candidates.Candidate",
        label=lambda row: row.registration_number,
        centre_id=lambda row: row.centre_id,
        personal=(
            "full_name",
            "relation_name",
            "date_of_birth",
            "cnic_masked",
            "passport_masked",
            "passport_expiry",
            "phone",
            "email",
            "address",
        ),
        excluded=(
            "cnic_encrypted",
            "cnic_hash",
            "passport_encrypted",
            "passport_hash",
            "submission_key",
            "updated_at",
        ),
    ),
    _of_candidate("candidates.CandidateLanguage"),
    _of_candidate("candidates.CandidateOccupation"),
    _of_candidate("candidates.SkillCertificate", personal=("issuing_body", "trade", "level")),
    _of_candidate("candidates.WorkAbroad"),
    Audited(
        model="listings.JobListing",
        label=lambda row: f"{row.job_order_reference or row.pk}: {row.title}",
        centre_id=lambda row: None,
        excluded=("search_document", "search_vector", "updated_at"),
    ),
    _of_candidate("listings.Application", excluded=("updated_at",)),
    Audited(
        model="counselling.Appointment",
        label=lambda row: f"{_candidate_number(row)} {localtime(row.starts_at):%Y-%m-%d %H:%M}",
        centre_id=_counsellor_centre,
        personal=("cancellation_reason",),
    ),
    _case_record("counselling.CaseNote"),
    _case_record("counselling.FollowUp"),
    _case_record("counselling.Referral"),
    # The complaints register: a complaint is as confidential as a case record, but its
    # numbers (kind, party, status, outcome, money, deadlines) are what the reports and
    # a manager count, so only what identifies someone or tells their story is withheld.
    Audited(
        model="complaints.Complaint",
        label=lambda row: row.reference,
        centre_id=lambda row: row.centre_id,
        personal=(
            "complainant_name",
            "complainant_phone",
            "complainant_cnic_masked",
            "other_party",
            "promised",
            "description",
        ),
        excluded=("complainant_cnic_encrypted", "status_check_hash"),
    ),
    _of_complaint("complaints.Escalation", personal=("office", "request", "answer")),
    _of_complaint("complaints.Recovery", personal=("source",)),
    _of_complaint("complaints.ComplaintEvent", personal=("note",)),
)

_BY_MODEL: dict = {}


def register_audited_models():
    for audited in AUDITED:
        model = apps.get_model(audited.model)
        _BY_MODEL[model] = audited
        auditlog.register(
            model,
            exclude_fields=list(audited.excluded),
            mask_fields=audited.personal_fields(model),
            mask_callable="apps.audit.masking.withhold",
        )


def audit_label(row) -> str:
    audited = _BY_MODEL.get(type(row))
    return audited.label(row) if audited else str(row)


def audit_centre_id(row):
    audited = _BY_MODEL.get(type(row))
    if audited:
        return audited.centre_id(row)
    if row._meta.label == "centres.Centre":  # a report or export about a centre
        return row.pk
    return getattr(row, "centre_id", None)
