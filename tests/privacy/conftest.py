"""A person with something in every corner of the portal, for the export and erasure."""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from apps.candidates.models import IdentifierDisclosure, RegistrationAttempt
from apps.complaints import services as complaints
from apps.counselling import case_records
from apps.counselling.models import AppointmentEvent, AppointmentNotice
from apps.listings.services import change_application_status, shortlist_candidate
from apps.orientation.services import (
    enrol_candidate,
    issue_certificate,
    mark_attendance,
    revoke_certificate,
)
from tests.factories import (
    AgencyFactory,
    UserFactory,
    ensure_occupation,
    make_candidate,
    make_counsellor,
    make_held_appointment,
    make_listing,
    make_session,
)

NAME = "Shazia Parveen"
RELATION = "Ghulam Rasool"
CNIC = "3520299887761"
CNIC_PRINTED = "35202-9988776-1"
PASSPORT = "AB7654321"
PHONE = "+923001234567"
EMAIL = "shazia.parveen@example.pk"
ADDRESS = "House 12, Street 7, Samanabad, Lahore"
NOTE_TEXT = "She paid Rs 350000 to a sub-agent named Tariq Mehmood in Gujranwala."
FOLLOW_UP_TEXT = "Call Shazia about the FIA complaint"
REFERRAL_TEXT = "Case of Shazia Parveen sent to legal aid"
COMPLAINT_PARTY = "Tariq Mehmood"
COMPLAINT_PROMISED = "A job for Shazia in a Dubai hospital"
COMPLAINT_TEXT = "The sub-agent took her passport and money."
ESCALATION_REQUEST = "Please help Shazia Parveen recover her money"
ESCALATION_ANSWER = "Tariq Mehmood was summoned by the Protector"
CANCEL_REASON = "Shazia is at her sister's wedding"
REVOKE_REASON = "Issued to Shazia twice by mistake"
SKILL_BODY = "TEVTA Samanabad"
SKILL_TRADE = "Tailoring for Shazia"

# Every value that identifies the person, as it could appear in any column.
IDENTIFYING = [
    NAME,
    RELATION,
    CNIC,
    CNIC_PRINTED,
    "35202-*****-1",
    PASSPORT,
    PHONE,
    EMAIL,
    ADDRESS,
    NOTE_TEXT,
    FOLLOW_UP_TEXT,
    REFERRAL_TEXT,
    COMPLAINT_PARTY,
    COMPLAINT_PROMISED,
    COMPLAINT_TEXT,
    ESCALATION_REQUEST,
    ESCALATION_ANSWER,
    CANCEL_REASON,
    REVOKE_REASON,
    SKILL_BODY,
    SKILL_TRADE,
]


@dataclass
class Everything:
    person: object
    counsellor: object
    officer: object
    appointment: object
    application: object
    enrolment: object
    certificate: object
    complaint: object


def past_appointment(counsellor, candidate, days_ago=30, status="completed"):
    """One that took place (booking refuses past times, so it is written directly)."""
    starts_at = timezone.now().replace(microsecond=0) - datetime.timedelta(days=days_ago)
    return make_held_appointment(
        counsellor=counsellor,
        candidate=candidate,
        starts_at=starts_at,
        status=status,
        booked_at=starts_at - datetime.timedelta(days=2),
    )


@pytest.fixture
def everything(centre):
    """A person with a passport, email, certificates, work abroad, an application with
    its steps, appointments with events and notices, an orientation certificate,
    disclosures, a repeat attempt and a case record of every kind."""
    counsellor = make_counsellor(centre)
    officer = UserFactory(centre=centre, role="registration_officer")
    person = make_candidate(
        centre=centre,
        full_name=NAME,
        relation_name=RELATION,
        sex="female",
        date_of_birth=datetime.date(1994, 8, 17),
        cnic=CNIC,
        passport_number=PASSPORT,
        passport_expiry=datetime.date(2030, 5, 1),
        phone=PHONE,
        email=EMAIL,
        address=ADDRESS,
        certificates=[(SKILL_BODY, SKILL_TRADE, "II")],
        work_abroad=[("AE", 3, ensure_occupation())],
        languages=[("ur", "fluent"), ("pa", "good")],
    )
    # A job application taken two steps along.
    listing = make_listing(agency=AgencyFactory(name="Falcon Overseas Promoters"))
    application = shortlist_candidate(candidate=person, listing=listing, by=officer)
    application = change_application_status(
        application=application, to_status="referred", by=officer
    )
    # Counselling: one held, one cancelled with a reason, with events and notices.
    held = past_appointment(counsellor, person, days_ago=30)
    AppointmentEvent.objects.create(appointment=held, kind="booked", by=officer)
    AppointmentEvent.objects.create(appointment=held, kind="completed", by=counsellor.user)
    AppointmentNotice.objects.create(
        appointment=held, kind="confirmation", for_starts_at=held.starts_at, sent_through="sms"
    )
    cancelled = past_appointment(counsellor, person, days_ago=20, status="cancelled_person")
    cancelled.cancellation_reason = CANCEL_REASON
    cancelled.save()
    AppointmentEvent.objects.create(
        appointment=cancelled, kind="cancelled_person", by=officer, reason=CANCEL_REASON
    )
    # Orientation: attended, certificate issued and revoked.
    session = make_session(centre=centre, starts_at=timezone.now() - datetime.timedelta(days=10))
    enrolment = enrol_candidate(session=session, candidate=person, by=officer)
    enrolment = mark_attendance(enrolment=enrolment, attended=True, by=officer)
    certificate = issue_certificate(enrolment=enrolment, by=officer)
    certificate = revoke_certificate(certificate=certificate, by=officer, reason=REVOKE_REASON)
    # Identifiers seen, a repeat attempt.
    IdentifierDisclosure.objects.create(viewer=officer, candidate=person, field="cnic")
    RegistrationAttempt.objects.create(candidate=person, centre=centre, channel="kiosk")
    # The case record.
    author = counsellor.user
    case_records.add_case_note(
        candidate=person, author=author, outcome="follow_up", text=NOTE_TEXT, appointment=held
    )
    case_records.add_follow_up(
        candidate=person,
        author=author,
        action=FOLLOW_UP_TEXT,
        due_on=timezone.localdate() + datetime.timedelta(days=3),
    )
    case_records.add_referral(
        candidate=person, author=author, service="legal_aid", details=REFERRAL_TEXT
    )
    # A complaint in the register, referred on, answered, some money back.
    complaint = complaints.file_complaint(
        centre=centre,
        channel="counsellor",
        filed_by=author,
        language="ur",
        kind="unlicensed",
        against="other",
        other_party=COMPLAINT_PARTY,
        promised=COMPLAINT_PROMISED,
        description=COMPLAINT_TEXT,
        amount_paid=350000,
        candidate=person,
        appointment=held,
    )
    escalation = complaints.escalate_complaint(
        complaint=complaint, authority="protector", by=author, request=ESCALATION_REQUEST
    )
    complaints.record_answer(
        escalation=escalation,
        answer=ESCALATION_ANSWER,
        answered_on=timezone.localdate(),
        by=author,
    )
    complaints.record_recovery(
        complaint=complaint,
        amount=100000,
        received_on=timezone.localdate(),
        by=author,
        source=COMPLAINT_PARTY,
    )
    person.refresh_from_db()
    return Everything(
        person=person,
        counsellor=counsellor,
        officer=officer,
        appointment=held,
        application=application,
        enrolment=enrolment,
        certificate=certificate,
        complaint=complaint,
    )
