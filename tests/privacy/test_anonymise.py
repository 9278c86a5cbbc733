"""Erasure by anonymisation: every identifying value goes, the counted fields stay,
a person with an appointment to come is refused, and the CNIC is free again."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from apps.audit.models import AuditEntry
from apps.candidates.models import Candidate
from apps.complaints.models import Complaint
from apps.counselling.models import CaseNote
from apps.privacy.services import CannotAnonymise, Reason, anonymise_candidate
from tests.factories import (
    CentreFactory,
    local_time,
    make_appointment,
    make_candidate,
    next_monday,
)

from .conftest import CNIC, CNIC_PRINTED, IDENTIFYING, NAME

pytestmark = pytest.mark.django_db

# Every table that holds a row about a person, and how it points at them.
ROWS_OF_PERSON = [
    ("candidates_candidate", "id = %s"),
    ("candidates_candidatelanguage", "candidate_id = %s"),
    ("candidates_candidateoccupation", "candidate_id = %s"),
    ("candidates_skillcertificate", "candidate_id = %s"),
    ("candidates_workabroad", "candidate_id = %s"),
    ("candidates_registrationattempt", "candidate_id = %s"),
    ("candidates_identifierdisclosure", "candidate_id = %s"),
    ("listings_application", "candidate_id = %s"),
    ("counselling_appointment", "candidate_id = %s"),
    (
        "counselling_appointmentevent",
        "appointment_id IN (SELECT id FROM counselling_appointment WHERE candidate_id = %s)",
    ),
    ("counselling_casenote", "candidate_id = %s"),
    ("counselling_followup", "candidate_id = %s"),
    ("counselling_referral", "candidate_id = %s"),
    ("complaints_complaint", "candidate_id = %s"),
    (
        "complaints_escalation",
        "complaint_id IN (SELECT id FROM complaints_complaint WHERE candidate_id = %s)",
    ),
    (
        "complaints_recovery",
        "complaint_id IN (SELECT id FROM complaints_complaint WHERE candidate_id = %s)",
    ),
    (
        "complaints_complaintevent",
        "complaint_id IN (SELECT id FROM complaints_complaint WHERE candidate_id = %s)",
    ),
    ("orientation_enrolment", "candidate_id = %s"),
    (
        "orientation_certificate",
        "enrolment_id IN (SELECT id FROM orientation_enrolment WHERE candidate_id = %s)",
    ),
    ("orientation_quizresult", "candidate_id = %s"),
]


def rows_as_text(candidate_id) -> str:
    """Every column of every row about the person, as one text (what a dump would hold)."""
    texts = []
    with connection.cursor() as cursor:
        for table, where in ROWS_OF_PERSON:
            cursor.execute(f"SELECT t::text FROM {table} t WHERE {where}", [candidate_id])
            texts.extend(row[0] for row in cursor.fetchall())
        # The audit trail, written as the rows changed: it never held the values.
        cursor.execute("SELECT t::text FROM audit_auditentry t")
        texts.extend(row[0] for row in cursor.fetchall())
    return "\n".join(texts)


def test_erasure_removes_every_identifying_value(everything):
    person = everything.person
    before = rows_as_text(person.pk)
    assert NAME in before and CNIC_PRINTED not in before  # the CNIC is never stored plain

    anonymise_candidate(candidate=person, by=everything.officer, reason=Reason.REQUEST)

    after = rows_as_text(person.pk)
    for value in IDENTIFYING:
        assert value not in after, value
    person.refresh_from_db()
    assert person.cnic_encrypted == person.passport_encrypted == ""
    assert person.passport_hash == "" and person.passport_expiry is None
    assert person.cnic_masked == "" and person.phone == "" and person.email == ""


def test_erasure_keeps_what_the_reports_count(everything):
    person = everything.person
    kept = {
        "registration_number": person.registration_number,
        "centre_id": person.centre_id,
        "sex": person.sex,
        "home_district_id": person.home_district_id,
        "education": person.education,
        "channel": person.channel,
        "status": person.status,
        "created_at": person.created_at,
        "destination_countries": person.destination_countries,
    }
    erased = anonymise_candidate(candidate=person, by=everything.officer, reason="request")
    for field, value in kept.items():
        assert getattr(erased, field) == value, field
    assert erased.date_of_birth == datetime.date(1994, 1, 1)
    assert erased.full_name == "Erased"
    assert erased.anonymised_at is not None
    assert erased.languages.count() == 2
    assert erased.occupations.count() == 1
    assert erased.work_abroad.count() == 1
    assert erased.appointments.count() == 2
    assert erased.applications.get().status_changes.count() == 2
    assert erased.orientation_enrolments.get().certificate.code == everything.certificate.code
    assert CaseNote.objects.get(candidate=person).outcome == "follow_up"
    complaint = Complaint.objects.get(candidate=person)
    assert (complaint.kind, complaint.against, complaint.status) == (
        "unlicensed",
        "other",
        "escalated",
    )
    assert complaint.amount_paid == 350000
    assert complaint.recoveries.get().amount == 100000
    assert complaint.escalations.get().answered_on is not None
    assert complaint.reference == everything.complaint.reference


def test_erasure_is_in_the_audit_trail_with_its_reason_only(everything):
    anonymise_candidate(candidate=everything.person, by=everything.officer, reason="request")
    entry = AuditEntry.objects.get(access_kind=AuditEntry.AccessKind.ANONYMISED)
    assert entry.actor == everything.officer
    assert entry.object_pk == str(everything.person.pk)
    assert entry.additional_data == {"reason": "request"}


def test_a_second_erasure_is_refused(everything):
    anonymise_candidate(candidate=everything.person, by=everything.officer, reason="request")
    with pytest.raises(CannotAnonymise, match="already erased"):
        anonymise_candidate(candidate=everything.person, by=everything.officer, reason="request")
    assert AuditEntry.objects.filter(access_kind="anonymised").count() == 1


def test_an_appointment_to_come_is_cancelled_first(everything):
    starts_at = local_time(next_monday(), 10)
    make_appointment(
        counsellor=everything.counsellor, candidate=everything.person, starts_at=starts_at
    )
    with pytest.raises(CannotAnonymise) as refused:
        anonymise_candidate(candidate=everything.person, by=everything.officer, reason="request")
    when = date_format(timezone.localtime(starts_at), "SHORT_DATETIME_FORMAT")
    assert f"appointment on {when}: cancel it first" in str(refused.value)
    everything.person.refresh_from_db()
    assert everything.person.full_name == NAME
    assert everything.person.anonymised_at is None


def test_the_cnic_can_be_registered_again_by_a_new_person(centre):
    first = make_candidate(centre=centre, cnic=CNIC)
    second = make_candidate(centre=centre, cnic="3520211111111")
    anonymise_candidate(candidate=first, by=None, reason="request")
    anonymise_candidate(candidate=second, by=None, reason="request")  # hashes stay unique
    assert not Candidate.objects.with_cnic(CNIC).exists()
    again = make_candidate(centre=centre, cnic=CNIC, full_name="New Person")
    assert again.pk != first.pk
    assert Candidate.objects.with_cnic(CNIC).get() == again


def test_the_record_page_after_erasure(client_for, everything):
    person = everything.person
    anonymise_candidate(candidate=person, by=everything.officer, reason="request")
    client = client_for("centre_manager")
    response = client.get(reverse("candidates:detail", args=[person.registration_number]))
    assert response.status_code == 200
    text = response.content.decode()
    assert 'data-testid="erased-banner"' in text
    assert "Personal data erased on" in text
    assert 'data-testid="erase-link"' not in text
    assert 'data-testid="subject-access"' in text
    for value in IDENTIFYING:
        assert value not in text, value


def test_an_erased_record_refuses_edits_and_reveals(client_for, centre):
    person = make_candidate(centre=centre)
    anonymise_candidate(candidate=person, by=None, reason="request")
    client = client_for("registration_officer")
    detail = reverse("candidates:detail", args=[person.registration_number])
    text = client.get(detail).content.decode()
    assert 'data-testid="reveal-cnic"' not in text
    assert "/edit/" not in text
    for url in (
        reverse("candidates:edit", args=[person.registration_number]),
        reverse("candidates:reveal", args=[person.registration_number, "cnic"]),
    ):
        response = client.post(url, {"full_name": "Someone"}, follow=True)
        assert response.redirect_chain[-1][0] == detail
        assert "cannot be changed" in response.content.decode()
    person.refresh_from_db()
    assert person.full_name == "Erased"


def test_another_centre_sees_nothing_new(client_for):
    elsewhere = make_candidate(centre=CentreFactory())
    url = reverse("privacy:erase", args=[elsewhere.registration_number])
    assert client_for("centre_manager").get(url).status_code == 404


def test_an_erased_record_can_still_be_exported(client_for, everything):
    person = everything.person
    anonymise_candidate(candidate=person, by=everything.officer, reason="request")
    client = client_for("registration_officer")
    page = client.get(reverse("privacy:personal_data", args=[person.registration_number]))
    assert page.status_code == 200
    assert "Personal data erased on" in page.content.decode()
    data = client.get(
        reverse("privacy:personal_data_json", args=[person.registration_number])
    ).json()
    assert data["record"]["cnic"] == data["record"]["phone"] == ""
    assert data["record"]["personal_data_erased_at"]
    assert data["case_records"]["count"] == 3
    assert data["complaints"]["count"] == 1
    for value in IDENTIFYING:
        assert value not in page.content.decode(), value


def test_a_birth_date_early_in_1900_stays_plausible(centre):
    person = make_candidate(centre=centre, date_of_birth=datetime.date(1900, 3, 4))
    assert anonymise_candidate(candidate=person, by=None, reason="request").date_of_birth == (
        datetime.date(1900, 1, 2)
    )
