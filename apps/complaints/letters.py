"""The referral letter that sends a complaint on to an authority, as a PDF in English or
Urdu, on the centre's letterhead.

Laid out by WeasyPrint from templates/complaints/letters/referral.html, from local
files only (apps/core/pdf.py), like the orientation certificates. Printing a letter is
written to the centre's audit trail (who printed which complaint's letter, never what
it says), and a full CNIC on it is recorded as a disclosure where the person is
registered.
"""

from dataclasses import dataclass

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from apps.audit.models import AuditEntry
from apps.audit.services import record_access
from apps.candidates import identifiers
from apps.candidates.services import disclose_identifier
from apps.core.pdf import html_to_pdf, in_arabic_script, urdu_font_urls

from .models import Complaint, Escalation

LETTER_LANGUAGES = ("en", "ur")


@dataclass(frozen=True)
class ComplainantOnLetter:
    """Who complains, as the letter names them."""

    name: str
    cnic: str
    phone: str
    anonymous: bool


def _complainant(complaint: Complaint, *, printed_by) -> ComplainantOnLetter:
    if complaint.is_anonymous:
        return ComplainantOnLetter(name="", cnic="", phone="", anonymous=True)
    # The full CNIC, not the masked one: the Protector, the Bureau, the Foundation and
    # the police identify a complainant by it (a case is registered against a CNIC), so
    # a letter with only a masked number would come back asking for it. Only the CNIC
    # the person gave is printed; a registered person's is recorded as disclosed.
    if complaint.candidate_id:
        person = complaint.candidate
        cnic = ""
        if person.cnic_encrypted and not person.is_erased:
            cnic = disclose_identifier(candidate=person, viewer=printed_by, field="cnic")
        return ComplainantOnLetter(
            name=person.full_name,
            cnic=cnic,
            phone=person.phone.as_international if person.phone else "",
            anonymous=False,
        )
    cnic = ""
    if complaint.complainant_cnic_encrypted:
        cnic = identifiers.format_cnic(identifiers.decrypt(complaint.complainant_cnic_encrypted))
    phone = complaint.complainant_phone
    return ComplainantOnLetter(
        name=complaint.complainant_name,
        cnic=cnic,
        phone=phone.as_international if phone else "",
        anonymous=False,
    )


def letter_context(escalation: Escalation, *, complainant: ComplainantOnLetter) -> dict:
    """What the letter template reads."""
    complaint = escalation.complaint
    recovered = sum(recovery.amount for recovery in complaint.recoveries.all())
    excess = None
    if complaint.amount_paid is not None and complaint.allowed_fee is not None:
        excess = max(complaint.amount_paid - complaint.allowed_fee, 0) or None
    handler = escalation.sent_by
    return {
        "escalation": escalation,
        "complaint": complaint,
        "centre": complaint.centre,
        "complainant": complainant,
        "agency": complaint.agency,
        "licence_state": (
            complaint.agency.licence_state(escalation.sent_on) if complaint.agency else None
        ),
        "recovered": recovered or None,
        "excess": excess,
        "handler_name": handler.get_full_name() or handler.get_username(),
        "handler_role": handler.role_labels,
        # Texts staff typed in Urdu letters are set in Nastaliq, right to left, whatever
        # the letter's language.
        "urdu_texts": {
            name: in_arabic_script(text)
            for name, text in (
                ("name", complainant.name),
                ("party", complaint.other_party),
                ("office", escalation.office),
                ("handler", handler.get_full_name()),
            )
        },
        **urdu_font_urls(),
    }


def render_letter_html(
    escalation: Escalation, *, language: str, complainant: ComplainantOnLetter
) -> str:
    """The letter as HTML in `language` (en or ur), as WeasyPrint lays it out."""
    if language not in LETTER_LANGUAGES:
        raise ValueError(f"no letter in {language!r}")
    with translation.override(language):
        return render_to_string(
            "complaints/letters/referral.html",
            {**letter_context(escalation, complainant=complainant), "language": language},
        )


def print_referral_letter(*, escalation: Escalation, language: str, printed_by) -> bytes:
    """The referral letter of `escalation` as a PDF in `language`; the printing goes to
    the centre's audit trail (with the language and whether a full CNIC was on it)."""
    with transaction.atomic():
        escalation = (
            Escalation.objects.select_related(
                "complaint__centre",
                "complaint__candidate",
                "complaint__agency",
                "complaint__employer",
                "complaint__listing",
                "sent_by",
            )
            .prefetch_related("complaint__recoveries", "sent_by__groups")
            .get(pk=escalation.pk)
        )
        complainant = _complainant(escalation.complaint, printed_by=printed_by)
        html = render_letter_html(escalation, language=language, complainant=complainant)
        record_access(
            actor=printed_by,
            kind=AuditEntry.AccessKind.REFERRAL_LETTER,
            obj=escalation.complaint,
            details={
                "language": language,
                "authority": escalation.authority,
                "full_cnic": bool(complainant.cnic),
            },
        )
    # Laid out once the printing is on record, outside the transaction (it takes a while).
    return html_to_pdf(html)


def letter_filename(escalation: Escalation, language: str) -> str:
    return f"referral-{escalation.complaint.reference}-{escalation.authority}-{language}.pdf"
