"""Subject access: everything held about a person, as a page and as JSON, for those
who may export it; case records only for a counsellor; complaints by their reference and
status for all, what they say only for one who handles the centre's complaints."""

import json

import pytest
from django.urls import reverse

from apps.audit.models import AuditEntry
from apps.privacy.services import personal_data_of
from tests.factories import CentreFactory, make_candidate, make_complaint, make_counsellor

from .conftest import (
    ADDRESS,
    CNIC_PRINTED,
    COMPLAINT_PARTY,
    COMPLAINT_TEXT,
    EMAIL,
    ESCALATION_ANSWER,
    FOLLOW_UP_TEXT,
    NAME,
    NOTE_TEXT,
    PASSPORT,
    PHONE,
    RELATION,
)

pytestmark = pytest.mark.django_db


def page_url(person):
    return reverse("privacy:personal_data", args=[person.registration_number])


def json_url(person):
    return reverse("privacy:personal_data_json", args=[person.registration_number])


def test_the_json_holds_everything_about_the_person(client_for, everything):
    person = everything.person
    response = client_for("registration_officer").get(json_url(person))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="personal-data-{person.registration_number}.json"'
    )
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)

    record = data["record"]
    assert record["full_name"] == NAME
    assert record["relation_name"] == RELATION
    assert record["cnic"] == CNIC_PRINTED
    assert record["passport_number"] == PASSPORT
    assert record["phone"].replace(" ", "") == PHONE
    assert record["email"] == EMAIL
    assert record["address"] == ADDRESS
    assert record["date_of_birth"] == "1994-08-17"
    assert record["sex"]["code"] == "female"
    assert record["home_district"] == person.home_district.name
    assert record["centre"] == person.centre.name
    assert data["consent"]["version"] == "test-1"
    assert data["consent"]["text_shown"] == "I agree to the test consent text."
    assert data["consent"]["consented_at"]

    assert [item["language"]["code"] for item in data["languages"]] == ["ur", "pa"]
    assert data["occupations"][0]["isco_code"] == "7411"
    assert data["skill_certificates"][0]["trade"] == "Tailoring for Shazia"
    assert data["work_abroad"][0]["country"]["code"] == "AE"

    [application] = data["applications"]
    assert application["agency"] == "Falcon Overseas Promoters"
    assert application["country"]["code"] == "SA"
    assert application["status"]["code"] == "referred"
    steps = [(c["from"]["code"], c["to"]["code"]) for c in application["status_changes"]]
    assert steps == [("", "shortlisted"), ("shortlisted", "referred")]
    assert application["status_changes"][0]["by"] == {"role": "Registration officer"}

    held, cancelled = data["counselling_appointments"]
    assert held["status"]["code"] == "completed"
    assert [e["kind"]["code"] for e in held["events"]] == ["booked", "completed"]
    assert [n["kind"]["code"] for n in held["notices_sent"]] == ["confirmation"]
    assert cancelled["cancellation_reason"]

    [enrolment] = data["orientation"]
    assert enrolment["attended"] is True
    assert enrolment["certificate"]["code"] == everything.certificate.code
    assert enrolment["certificate"]["revoked_at"]

    [disclosure] = data["identifier_disclosures"]
    assert disclosure["field"]["code"] == "cnic"
    assert disclosure["by"]["account"] == everything.officer.username
    assert len(data["repeat_registration_attempts"]) == 1

    # Not a counsellor: the case records are counted, not shown.
    case = data["case_records"]
    assert case == {"included": False, "count": 3, "note": case["note"]}
    assert NOTE_TEXT not in response.content.decode()
    # The complaint: its reference and status, which the person quotes; not what it says.
    complaint = everything.complaint
    [item] = data["complaints"]["items"]
    assert item == {
        "reference": complaint.reference,
        "centre": complaint.centre.name,
        "filed_at": item["filed_at"],
        "status": {"code": "escalated", "label": "Referred to an authority"},
        "details_included": False,
    }
    assert "complaints officer" in data["complaints"]["note"]
    assert COMPLAINT_TEXT not in response.content.decode()


def test_the_export_is_stable(everything):
    first = personal_data_of(candidate=everything.person, requested_by=everything.officer)
    second = personal_data_of(candidate=everything.person, requested_by=everything.officer)
    first.pop("generated_at"), second.pop("generated_at")
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_case_records_are_included_for_a_counsellor(everything):
    data = personal_data_of(candidate=everything.person, requested_by=everything.counsellor.user)
    case = data["case_records"]
    assert case["included"] is True
    assert case["count"] == 3
    assert case["case_notes"][0]["text"] == NOTE_TEXT
    assert case["follow_ups"][0]["action"] == FOLLOW_UP_TEXT
    assert case["referrals"][0]["service"]["code"] == "legal_aid"
    json.dumps(data)  # serialisable as it is


def test_a_complaint_is_included_in_full_for_one_who_handles_the_centres_complaints(
    everything, make_user
):
    for requested_by in (everything.counsellor.user, make_user("complaints_officer")):
        data = personal_data_of(candidate=everything.person, requested_by=requested_by)
        [item] = data["complaints"]["items"]
        assert item["details_included"] is True
        assert item["reference"] == everything.complaint.reference
        assert item["party"] == COMPLAINT_PARTY
        assert item["description"] == COMPLAINT_TEXT
        assert item["amount_paid"] == 350000
        assert item["recovered"][0]["amount"] == 100000
        assert item["referred_to"][0]["authority"]["code"] == "protector"
        assert item["referred_to"][0]["answer"] == ESCALATION_ANSWER
        assert data["complaints"]["note"] == ""
        json.dumps(data)


def test_another_centres_complaint_is_listed_without_what_it_says(everything):
    elsewhere = make_counsellor(CentreFactory())
    data = personal_data_of(candidate=everything.person, requested_by=elsewhere.user)
    [item] = data["complaints"]["items"]
    assert item["details_included"] is False and "description" not in item


def test_an_anonymous_tip_is_nobodys_data(everything):
    make_complaint(centre=everything.person.centre, complainant=None)
    data = personal_data_of(candidate=everything.person, requested_by=everything.officer)
    assert data["complaints"]["count"] == 1


def test_the_page_shows_everything_readably(client_for, everything):
    person = everything.person
    response = client_for("centre_manager").get(page_url(person))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    text = response.content.decode()
    for value in (NAME, RELATION, CNIC_PRINTED, PASSPORT, EMAIL, "Falcon Overseas Promoters"):
        assert value in text
    assert everything.certificate.code in text
    assert json_url(person) in text
    assert "data-print-page" in text
    assert NOTE_TEXT not in text
    assert "3 entries are kept." in text
    assert everything.complaint.reference in text
    assert COMPLAINT_TEXT not in text


@pytest.mark.parametrize(("path", "export_format"), [(page_url, "page"), (json_url, "json")])
def test_every_export_is_in_the_audit_trail(client_for, centre, path, export_format):
    person = make_candidate(centre=centre)
    client = client_for("registration_officer")
    client.get(path(person))
    entry = AuditEntry.objects.get(access_kind=AuditEntry.AccessKind.PERSONAL_DATA_EXPORT)
    assert entry.actor == client.user
    assert entry.object_pk == str(person.pk)
    assert entry.centre_id == centre.pk
    assert entry.additional_data == {
        "format": export_format,
        "case_records": False,
        "complaint_details": False,
    }
    assert person.full_name not in str(entry.__dict__)


@pytest.mark.parametrize("path", [page_url, json_url])
@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("registration_officer", 200),
        ("centre_manager", 200),
        ("superuser", 200),
        ("counsellor", 403),
        ("district_labour_officer", 403),
        ("orientation_editor", 403),
        ("kiosk", 403),
    ],
)
def test_who_may_export(client_for, centre, path, role, status):
    person = make_candidate(centre=centre)
    assert client_for(role).get(path(person)).status_code == status


@pytest.mark.parametrize("path", [page_url, json_url])
def test_another_centres_person_is_404(client_for, path):
    elsewhere = make_candidate(centre=CentreFactory())
    assert client_for("centre_manager").get(path(elsewhere)).status_code == 404


def test_anonymous_goes_to_login(client, centre):
    response = client.get(page_url(make_candidate(centre=centre)))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_an_unknown_number_is_404(client_for):
    response = client_for("centre_manager").get("/privacy/LHR-2026-999999/")
    assert response.status_code == 404
