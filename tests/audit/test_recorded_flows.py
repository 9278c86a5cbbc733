"""Every change the trail must hold, driven through the real pages and services: who,
when, what changed; personal values withheld; no name, CNIC, phone, address or note
text anywhere in the table."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from apps.audit.masking import WITHHELD
from apps.audit.middleware import acting_as
from apps.audit.models import AuditEntry
from apps.candidates.models import Candidate, CandidateLanguage, SkillCertificate
from apps.complaints.models import Complaint, Escalation
from apps.complaints.services import Complainant, file_complaint
from apps.counselling import case_records
from apps.counselling.models import Appointment, CaseNote, FollowUp, Referral
from apps.listings.models import Application, JobListing
from apps.listings.services import shortlist_candidate
from tests.candidates.test_staff_pages import desk_form, edit_form
from tests.complaints.test_escalations import answer_data, escalation_data
from tests.counselling.test_case_records import past_session
from tests.factories import (
    TEST_PASSWORD,
    AgencyFactory,
    CentreFactory,
    DistrictFactory,
    UserFactory,
    consent_text,
    make_candidate,
    make_counsellor,
    make_listing,
    next_monday,
)
from tests.factories import local_time as at
from tests.factories import slot_key as key
from tests.kiosk.test_kiosk_wizard import register_everything

from .helpers import entries_for, trail_mentions

pytestmark = pytest.mark.django_db

Action = AuditEntry.Action
Kind = AuditEntry.AccessKind


def assert_never_in_trail(*values):
    for value in values:
        assert not trail_mentions(value), f"{value!r} is in the audit trail"


# --- People's records ---------------------------------------------------------------


def test_desk_registration_and_correction_are_recorded_without_personal_values(client_for, centre):
    consent_text("en")
    client = client_for("registration_officer")
    client.post("/candidates/register/", desk_form(centre.district))
    candidate = Candidate.objects.get()

    created = entries_for(candidate).get()
    assert (created.action, created.actor, created.centre) == (Action.CREATE, client.user, centre)
    assert created.object_repr == candidate.registration_number
    assert created.changes["full_name"] == [WITHHELD, WITHHELD]
    assert created.changes["cnic_masked"] == [WITHHELD, WITHHELD]
    assert created.changes["education"] == ["None", "diploma"]  # not personal: recorded
    assert "cnic_encrypted" not in created.changes and "cnic_hash" not in created.changes

    response = client.post(
        f"/candidates/{candidate.registration_number}/edit/",
        edit_form(
            candidate,
            full_name="Rashid Mehmood Khan",
            address="House 9, Model Town, Lahore",
            phone="+923331112223",
            new_cnic="35202-4444444-4",
            education="bachelor",
            **{
                "languages-0-level": "basic",
                "certificates-TOTAL_FORMS": "1",
                "certificates-0-issuing_body": "TEVTA",
                "certificates-0-trade": "Electrician",
                "certificates-0-level": "II",
            },
        ),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    changed = entries_for(candidate, action=Action.UPDATE).get()
    assert (changed.actor, changed.centre) == (client.user, centre)
    for personal in ("full_name", "address", "phone", "cnic_masked"):
        assert changed.changes[personal] == [WITHHELD, WITHHELD], personal
    assert changed.changes["education"] == ["diploma", "bachelor"]
    assert set(changed.changes) >= {"full_name", "address", "phone", "cnic_masked", "education"}

    language = entries_for(CandidateLanguage.objects.get(), action=Action.UPDATE).get()
    assert language.changes["level"] == ["fluent", "basic"]
    assert (language.object_repr, language.centre, language.actor) == (
        candidate.registration_number,
        centre,
        client.user,
    )
    certificate = entries_for(SkillCertificate.objects.get()).get()
    assert certificate.action == Action.CREATE
    assert certificate.changes["issuing_body"] == [WITHHELD, WITHHELD]

    assert_never_in_trail(
        "Rashid",
        "Mehmood",
        "Gulberg",
        "Model Town",
        "3217654321",
        "3331112223",
        "3333333",
        "4444444",
        "TEVTA",
    )


def test_kiosk_registration_names_the_kiosk_device(client_for, centre):
    consent_text("en")
    from tests.factories import ensure_occupation

    carer = ensure_occupation("5322", "Home-based Personal Care Workers")
    carer.kiosk_order, carer.kiosk_icon = 1, "person-wheelchair"
    carer.save()
    kiosk = client_for("kiosk")
    kiosk.carer = carer
    register_everything(kiosk)
    candidate = Candidate.objects.get()
    created = entries_for(candidate).get()
    assert (created.action, created.actor, created.centre) == (Action.CREATE, kiosk.user, centre)
    assert created.changes["channel"] == ["None", "kiosk"]
    assert_never_in_trail("Nadia", "Abdul Rehman", "Street 1", "2345678", "1111111")


def test_documents_seen_verification_and_a_full_cnic_shown_are_recorded(client_for, centre):
    candidate = make_candidate(centre=centre, full_name="Muhammad Asif", cnic="35202-1234567-1")
    client = client_for("registration_officer")
    number = candidate.registration_number
    client.post(f"/candidates/{number}/documents-seen/")
    client.post(f"/candidates/{number}/verify/")
    response = client.post(f"/candidates/{number}/identifier/cnic/")
    assert "35202-1234567-1" in response.text

    seen, verified = entries_for(candidate, action=Action.UPDATE)
    assert set(seen.changes) == {"documents_seen_by", "documents_seen_at"}
    assert seen.changes["documents_seen_by"] == ["None", str(client.user.pk)]
    assert verified.changes["status"] == ["new", "verified"]
    assert verified.actor == client.user
    shown = entries_for(candidate, action=Action.ACCESS).get()
    assert (shown.access_kind, shown.actor, shown.centre) == (Kind.FULL_CNIC, client.user, centre)
    assert shown.object_repr == number
    assert_never_in_trail("Asif", "1234567")


def test_a_full_passport_number_shown_is_recorded(client_for, centre):
    candidate = make_candidate(centre=centre, passport_number="AB7654321")
    client = client_for("registration_officer")
    client.post(f"/candidates/{candidate.registration_number}/identifier/passport/")
    shown = entries_for(candidate, action=Action.ACCESS).get()
    assert (shown.access_kind, shown.actor) == (Kind.FULL_PASSPORT, client.user)
    assert_never_in_trail("7654321")


def test_key_rotation_is_recorded_per_record_without_values(centre, settings):
    from cryptography.fernet import Fernet

    candidate = make_candidate(centre=centre, passport_number="AB7654321")
    before = Candidate.objects.get(pk=candidate.pk).updated_at
    from apps.candidates import identifiers

    settings.PORTAL_ENCRYPTION_KEYS = [
        Fernet.generate_key().decode(),
        *settings.PORTAL_ENCRYPTION_KEYS,
    ]
    identifiers._fernet.cache_clear()
    try:
        call_command("rotate_identifier_keys", verbosity=0)
    finally:
        identifiers._fernet.cache_clear()
    rotated = entries_for(candidate, action=Action.UPDATE).get()
    assert rotated.changes == {
        "cnic_encrypted": [WITHHELD, WITHHELD],
        "passport_encrypted": [WITHHELD, WITHHELD],
    }
    assert (rotated.actor, rotated.centre) == (None, centre)  # a command: "system"
    assert Candidate.objects.get(pk=candidate.pk).updated_at == before  # still update()


# --- Listings and applications --------------------------------------------------------


def test_a_listing_created_changed_and_published_in_the_admin(client):
    from django.conf import settings as django_settings

    from tests.listings.test_admin import _listing_form

    district = DistrictFactory()
    officer_centre = CentreFactory(district=district, kind="dlo")
    officer = UserFactory(centre=officer_centre, role="district_labour_officer")
    assert client.login(username=officer.username, password=TEST_PASSWORD)
    admin = "/" + django_settings.ADMIN_URL + "listings/joblisting/"
    agency = AgencyFactory()
    response = client.post(f"{admin}add/", _listing_form(agency=agency.pk))
    assert response.status_code == 302
    listing = JobListing.objects.get()
    response = client.post(
        f"{admin}{listing.pk}/change/",
        _listing_form(agency=agency.pk, employer=listing.employer_id, vacancies="8"),
    )
    assert response.status_code == 302
    client.post(admin, {"action": "publish_selected", "_selected_action": [listing.pk]})
    listing.refresh_from_db()
    assert listing.status == "published"

    created, *changes = entries_for(listing)
    assert created.action == Action.CREATE
    assert all(entry.actor == officer for entry in [created, *changes])
    # A listing is national: its entries go to the acting officer's centre.
    assert all(entry.centre == officer_centre for entry in [created, *changes])
    assert created.object_repr == "PE-123: Steel fixer"
    assert any(entry.changes.get("vacancies") == ["5", "8"] for entry in changes)
    assert any(entry.changes.get("status") == ["draft", "published"] for entry in changes)


def test_application_status_changes_are_recorded(client_for, centre):
    candidate = make_candidate(centre=centre, full_name="Bilal Ahmed")
    listing = make_listing(status="published")
    client = client_for("registration_officer")
    officer = client.user
    with acting_as(officer):  # a service called outside a request names its actor so
        application = shortlist_candidate(candidate=candidate, listing=listing, by=officer)
    client.post(f"/jobs/applications/{application.pk}/status/", {"status": "referred"})
    created, moved = entries_for(Application.objects.get())
    assert (created.action, created.changes["status"]) == (Action.CREATE, ["None", "shortlisted"])
    assert created.actor == officer
    assert (moved.action, moved.changes) == (Action.UPDATE, {"status": ["shortlisted", "referred"]})
    assert moved.actor == officer and moved.centre == centre
    assert moved.object_repr == candidate.registration_number
    assert_never_in_trail("Bilal")


# --- Appointments ------------------------------------------------------------------


def test_booking_moving_and_cancelling_an_appointment_through_the_pages(client_for, centre):
    counsellor = make_counsellor(centre)
    other = make_counsellor(centre)
    person = make_candidate(centre=centre, full_name="Nasreen Akhtar")
    desk = client_for("registration_officer")
    nine = at(next_monday(), 9)
    response = desk.post(
        f"/counselling/book/{person.registration_number}/",
        {"topic": "contract", "mode": "in_person", "slot": key(counsellor, nine)},
    )
    assert response.status_code == 302
    appointment = Appointment.objects.get()
    page = f"/counselling/appointments/{appointment.pk}/"
    new_time = at(next_monday() + datetime.timedelta(days=1), 10)
    desk.post(page + "reschedule/", {"slot": key(other, new_time), "reason": "Works Mondays"})
    desk.post(page + "cancel/", {"asked_by": "person", "reason": "Travelling to Multan"})

    booked, moved, cancelled = entries_for(appointment)
    assert all(entry.actor == desk.user and entry.centre == centre for entry in (booked, moved))
    assert booked.action == Action.CREATE and booked.changes["topic"] == ["None", "contract"]
    assert booked.object_repr.startswith(person.registration_number)
    assert moved.changes["counsellor"] == [str(counsellor.pk), str(other.pk)]
    assert set(moved.changes) >= {"counsellor", "starts_at", "ends_at"}
    assert cancelled.changes["status"] == ["booked", "cancelled_person"]
    assert cancelled.changes["cancellation_reason"] == [WITHHELD, WITHHELD]
    assert_never_in_trail("Nasreen", "Multan")


def test_appointment_status_steps_are_recorded(client_for, centre):
    from tests.counselling.test_appointment_pages import appointment_begun_just_now

    counsellor = make_counsellor(centre)
    appointment = appointment_begun_just_now(counsellor, make_candidate(centre=centre))
    client = client_for("counsellor")
    status_url = f"/counselling/appointments/{appointment.pk}/status/"
    client.post(status_url, {"status": "checked_in"})
    client.post(status_url, {"status": "completed"})
    steps = entries_for(appointment, action=Action.UPDATE)
    assert [entry.changes["status"] for entry in steps] == [
        ["booked", "checked_in"],
        ["checked_in", "completed"],
    ]
    assert all(entry.actor == client.user for entry in steps)
    assert steps[0].changes["status_changed_by"] == ["None", str(client.user.pk)]


# --- Case records --------------------------------------------------------------------


@pytest.fixture
def counsellor_client(client, centre):
    counsellor = make_counsellor(centre)
    assert client.login(username=counsellor.user.username, password=TEST_PASSWORD)
    client.counsellor = counsellor
    return client


def _case(person, name="case", **kwargs):
    return reverse(
        f"counselling:{name}", kwargs={"registration_number": person.registration_number}
    )


def test_opening_a_case_record_is_recorded_at_the_counsellors_centre(counsellor_client, centre):
    elsewhere = make_candidate(centre=CentreFactory(), full_name="Kamran Ali")
    past_session(counsellor_client.counsellor, elsewhere)  # came here for advice
    assert counsellor_client.get(_case(elsewhere)).status_code == 200
    opened = entries_for(elsewhere, action=Action.ACCESS).get()
    assert (opened.access_kind, opened.centre) == (Kind.CASE_RECORD, centre)
    assert opened.actor == counsellor_client.counsellor.user
    assert opened.object_repr == elsewhere.registration_number


def test_case_notes_follow_ups_and_referrals_withhold_what_they_say(counsellor_client, centre):
    counsellor = counsellor_client.counsellor
    person = make_candidate(centre=centre, full_name="Shazia Parveen", cnic="3520299887761")
    session = past_session(counsellor, person)
    today = timezone.localdate()
    posts = {
        "add_note": {
            "note-appointment": session.pk,
            "note-outcome": "referred",
            "note-text": "Sent to legal aid about the withheld passport.",
        },
        "add_follow_up": {
            "follow_up-action": "Ring the protectorate office in Gujranwala",
            "follow_up-due_on": (today + datetime.timedelta(days=3)).isoformat(),
        },
        "add_referral": {"referral-service": "legal_aid", "referral-details": "Advocate Saima"},
    }
    for name, data in posts.items():
        response = counsellor_client.post(_case(person, name), data)
        assert response.status_code == 302, (name, response.context and response.context)
    follow_up, referral = FollowUp.objects.get(), Referral.objects.get()
    counsellor_client.post(reverse("counselling:follow_up_done", kwargs={"pk": follow_up.pk}))
    counsellor_client.post(
        reverse("counselling:referral_status", kwargs={"pk": referral.pk}),
        {"status": "in_progress"},
    )

    note = entries_for(CaseNote.objects.get()).get()
    assert note.action == Action.CREATE and note.actor == counsellor.user
    assert note.centre == centre and note.object_repr == person.registration_number
    assert note.changes["text"] == [WITHHELD, WITHHELD]
    # A manager reads the trail: not even a case record's outcome or status is kept.
    assert note.changes["outcome"] == [WITHHELD, WITHHELD]
    created, done = entries_for(follow_up)
    assert created.changes["action"] == [WITHHELD, WITHHELD]
    assert done.changes["done_by"] == [WITHHELD, WITHHELD]
    created, accepted = entries_for(referral)
    assert created.changes["details"] == [WITHHELD, WITHHELD]
    assert created.changes["service"] == [WITHHELD, WITHHELD]
    assert accepted.changes["status"] == [WITHHELD, WITHHELD]
    assert all(
        entry.actor == counsellor.user and entry.centre == centre
        for entry in AuditEntry.objects.exclude(content_type__model="candidate")
        .exclude(content_type__model__in=["candidatelanguage", "candidateoccupation"])
        .exclude(content_type__model="appointment")
    )
    assert_never_in_trail(
        "Shazia",
        "Parveen",
        "9988776",
        "legal aid about",
        "Gujranwala",
        "Saima",
    )


def test_a_case_entry_written_by_a_service_outside_a_request_is_the_systems(centre):
    counsellor = make_counsellor(centre)
    person = make_candidate(centre=centre)
    note = case_records.add_case_note(
        candidate=person,
        author=counsellor.user,
        appointment=past_session(counsellor, person),
        outcome="resolved",
        text="Private words",
    )
    entry = entries_for(note).get()
    assert entry.actor is None and entry.centre == centre
    assert_never_in_trail("Private words")


# --- Complaints -------------------------------------------------------------------------


def test_a_complaint_and_its_escalation_withhold_whom_they_name_and_what_they_say(
    client_for, centre
):
    """The register's numbers stay readable for a manager (kind, status, money); who
    complains, whom they name, what happened and what the authority answered do not."""
    officer = UserFactory(centre=centre, role="registration_officer")
    with acting_as(officer):
        complaint = file_complaint(
            centre=centre,
            channel="desk",
            filed_by=officer,
            language="ur",
            kind="unlicensed",
            against="other",
            other_party="Sub-agent Rana Tariq",
            promised="A visa for Riyadh",
            description="Took the money and kept the passport.",
            amount_paid=350000,
            complainant=Complainant(
                name="Shazia Parveen", cnic="35202-9988776-1", phone="+923001234567"
            ),
        )
    client = client_for("complaints_officer")
    client.post(f"/complaints/{complaint.reference}/escalate/", escalation_data())
    escalation = Escalation.objects.get()
    client.post(
        f"/complaints/{complaint.reference}/escalations/{escalation.pk}/answer/",
        answer_data(escalation),
    )

    filed = entries_for(Complaint.objects.get()).first()
    assert filed.action == Action.CREATE and filed.actor == officer
    assert filed.centre == centre and filed.object_repr == complaint.reference
    for field in ("complainant_name", "complainant_phone", "other_party", "description"):
        assert filed.changes[field] == [WITHHELD, WITHHELD], field
    assert "complainant_cnic_encrypted" not in filed.changes
    assert "status_check_hash" not in filed.changes
    assert filed.changes["kind"] == ["None", "unlicensed"]
    referred, answered = entries_for(escalation)
    assert referred.object_repr == complaint.reference and referred.centre == centre
    assert referred.actor == client.user
    assert referred.changes["request"] == [WITHHELD, WITHHELD]
    assert referred.changes["authority"] == ["None", "protector"]
    assert answered.changes["answer"] == [WITHHELD, WITHHELD]
    assert_never_in_trail(
        "Shazia", "9988776", "1234567", "Rana Tariq", "kept the passport", "Rs 450,000", "summoned"
    )
