"""Taking a complaint in at the centre: by the desk for someone not registered or as an
anonymous tip, for a registered person from their record, by a counsellor from a
counselling session; then the slip, shown once. It works; a team member may; a person
or session outside the user's scope is 404; the slip's read is recorded; nothing typed
is lost on an error; a refusal of the database becomes a message; Urdu."""

import datetime

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from apps.audit.models import AuditEntry
from apps.complaints.forms import register as register_forms
from apps.complaints.models import Complaint, ComplaintCounter, Kind
from apps.complaints.services import status_check_matches
from tests.factories import (
    TEST_PASSWORD,
    AgencyFactory,
    CentreFactory,
    UserFactory,
    make_candidate,
    make_counsellor,
    make_held_appointment,
    make_listing,
)

pytestmark = pytest.mark.django_db
NEW = "/complaints/new/"


@pytest.fixture
def desk(centre):
    return UserFactory(centre=centre, role="registration_officer")


@pytest.fixture
def desk_client(client, desk):
    assert client.login(username=desk.username, password=TEST_PASSWORD)
    client.user = desk
    return client


def a_named_complaint(**changes):
    data = {
        "who": "named",
        "complainant_name": "Muhammad Akram",
        "complainant_sex": "male",
        "complainant_cnic": "35202-1234567-1",
        "complainant_phone": "0300 1234567",
        "texts": "yes",
        "language": "ur",
        "kind": Kind.UNLICENSED,
        "against": "other",
        "other_party": "Sub-agent Rashid, Shahdara",
        "promised": "A driver's job in Riyadh",
        "description": "Took 200,000 rupees and the passport.",
        "happened_on": "01/11/2026",
        "amount_paid": "200000",
        "paid_on": "02/11/2026",
        "amount_claimed": "200000",
        "promised_monthly_wage": "110000",
    }
    data.update(changes)
    return data


def slip_views(user):
    return AuditEntry.objects.filter(access_kind=AuditEntry.AccessKind.COMPLAINT, actor=user)


def test_the_desk_takes_in_a_named_complaint_and_sees_its_slip_once(
    desk_client, desk, centre, notifications_in_memory, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = desk_client.post(NEW, a_named_complaint())
    assert response.status_code == 302
    assert response.url == reverse("complaints:filed")
    complaint = Complaint.objects.get()
    assert complaint.centre == centre and complaint.filed_by == desk
    assert complaint.channel == Complaint.Channel.DESK
    assert complaint.complainant_name == "Muhammad Akram"
    assert complaint.complainant_cnic_masked == "35202-*****-1"
    assert complaint.texts_agreed_at is not None
    assert complaint.happened_on == datetime.date(2026, 11, 1)
    assert complaint.amount_paid == 200000 and complaint.claimed_on == timezone.localdate()
    assert status_check_matches(complaint, complaint.reference, "5671")
    assert len(notifications_in_memory) == 1

    slip = desk_client.get(response.url)
    assert slip.status_code == 200
    page = slip.content.decode()
    assert complaint.reference in page
    # The slip is in the person's language (Urdu here), the page around it the staff's.
    assert 'lang="ur"' in page
    assert "/complaints/status/" in page
    assert slip_views(desk).count() == 1
    # Once: the desk does not read the register.
    again = desk_client.get(response.url)
    assert again.status_code == 302 and again.url == NEW
    assert (
        desk_client.get(
            reverse("complaints:detail", kwargs={"reference": complaint.reference})
        ).status_code
        == 403
    )


def test_the_status_check_digits_are_the_cnics_last_four(desk_client):
    desk_client.post(NEW, a_named_complaint(complainant_cnic="۳۵۲۰۲-۱۲۳۴۵۶۷-۱"))
    complaint = Complaint.objects.get()
    assert status_check_matches(complaint, complaint.reference, "4567") is False
    assert status_check_matches(complaint, complaint.reference, "5671")


def test_an_anonymous_tip_keeps_no_identity_even_if_typed(desk_client):
    response = desk_client.post(NEW, a_named_complaint(who="anonymous"))
    assert response.status_code == 302
    tip = Complaint.objects.get()
    assert tip.is_anonymous
    assert tip.complainant_phone == "" and tip.complainant_cnic_encrypted == ""
    assert tip.status_check_hash == ""
    page = desk_client.get(response.url).content.decode()
    assert tip.reference in page
    assert "last four digits" not in page  # nothing to check the status with


def test_a_complaint_with_an_error_keeps_what_was_typed(desk_client):
    response = desk_client.post(
        NEW, a_named_complaint(kind="", complainant_phone="0300 12E4567", texts="")
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Choose the kind of complaint." in page
    assert "Enter a mobile number like 0300 1234567." in page
    for typed in ("Muhammad Akram", "0300 12E4567", "Sub-agent Rashid, Shahdara", "110000"):
        assert typed in page, typed
    assert "Took 200,000 rupees and the passport." in page
    assert not Complaint.objects.exists()


def test_the_person_and_the_party_are_asked_for(desk_client):
    response = desk_client.post(
        NEW,
        a_named_complaint(
            complainant_name="",
            complainant_sex="",
            texts="",
            against="agency",
            promised="",
            description="",
        ),
    )
    page = response.content.decode()
    for message in (
        "Write the person&#x27;s name, or choose an anonymous tip.",
        "Choose the person&#x27;s sex.",
        "Ask whether the person agrees to text messages.",
        "Choose the agency the complaint is against.",
        "Say what was promised or what happened.",
    ):
        assert message in page, message


def test_a_job_order_number_brings_the_listing_its_agency_and_fee(desk_client):
    listing = make_listing(job_order_reference="PE/LHR/2026/0457", max_service_charge=30000)
    response = desk_client.post(
        NEW, a_named_complaint(against="agency", other_party="", job_order="pe/lhr/2026/0457")
    )
    assert response.status_code == 302
    complaint = Complaint.objects.get()
    assert complaint.listing == listing and complaint.agency == listing.agency
    assert complaint.allowed_fee == 30000


def test_a_refused_filing_reaches_the_page_as_a_message_and_gives_its_number_back(
    desk_client, monkeypatch
):
    # Past the form's own checks, the database's rule answers in words.
    monkeypatch.setattr(register_forms, "clean_party", lambda form, cleaned: None)
    response = desk_client.post(NEW, a_named_complaint(against="agency", other_party=""))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Choose the agency the complaint is against." in page
    assert "Muhammad Akram" in page
    assert not Complaint.objects.exists()
    assert not ComplaintCounter.objects.filter(last_number__gt=0).exists()


def test_a_registered_persons_complaint_from_their_record(desk_client, centre):
    person = make_candidate(centre=centre, full_name="Kiran Shahzadi", preferred_language="en")
    page = desk_client.get(reverse("candidates:detail", args=[person.registration_number]))
    link = f"{NEW}?person={person.registration_number}"
    assert link in page.content.decode()
    form_page = desk_client.get(link)
    assert form_page.status_code == 200
    assert "Kiran Shahzadi" in form_page.content.decode()
    assert "complainant_name" not in form_page.content.decode()
    data = a_named_complaint()
    response = desk_client.post(link, data)
    assert response.status_code == 302
    complaint = Complaint.objects.get()
    assert complaint.candidate == person
    assert complaint.complainant_name == "" and complaint.language == "en"
    assert complaint.channel == Complaint.Channel.DESK


def test_a_person_the_user_cannot_see_is_404(desk_client):
    elsewhere = make_candidate(centre=CentreFactory())
    assert desk_client.get(f"{NEW}?person={elsewhere.registration_number}").status_code == 404
    assert desk_client.get(f"{NEW}?person=LHR-2026-999999").status_code == 404
    assert desk_client.get(f"{NEW}?person=nonsense").status_code == 404
    response = desk_client.post(
        f"{NEW}?person={elsewhere.registration_number}", a_named_complaint()
    )
    assert response.status_code == 404
    assert not Complaint.objects.exists()


def test_a_counsellor_takes_a_complaint_in_within_a_session(client, centre):
    counsellor = make_counsellor(centre)
    person = make_candidate(centre=centre)
    session = make_held_appointment(
        counsellor=counsellor,
        candidate=person,
        starts_at=timezone.now().replace(microsecond=0) - datetime.timedelta(hours=2),
        status="completed",
    )
    client.force_login(counsellor.user)
    link = f"{NEW}?person={person.registration_number}&session={session.pk}"
    page = client.get(link).content.decode()
    assert f'value="{session.pk}" selected' in page
    response = client.post(link, {**a_named_complaint(), "appointment": str(session.pk)})
    assert response.status_code == 302
    complaint = Complaint.objects.get()
    assert complaint.channel == Complaint.Channel.COUNSELLOR
    assert complaint.appointment == session and complaint.candidate == person
    # A counsellor reads the register: the slip leads to the complaint.
    slip = client.get(response.url).content.decode()
    assert reverse("complaints:detail", kwargs={"reference": complaint.reference}) in slip


def test_a_session_not_the_persons_is_404(client, centre):
    counsellor = make_counsellor(centre)
    person, someone_else = make_candidate(centre=centre), make_candidate(centre=centre)
    other_session = make_held_appointment(
        counsellor=counsellor,
        candidate=someone_else,
        starts_at=timezone.now().replace(microsecond=0) - datetime.timedelta(hours=2),
        status="completed",
    )
    client.force_login(counsellor.user)
    link = f"{NEW}?person={person.registration_number}&session={other_session.pk}"
    assert client.get(link).status_code == 404
    assert client.get(f"{NEW}?session={other_session.pk}").status_code == 404


def test_a_complaints_officer_may_take_one_in_too(client, centre):
    client.force_login(UserFactory(centre=centre, role="complaints_officer"))
    response = client.post(NEW, a_named_complaint(who="anonymous"))
    assert response.status_code == 302


def test_the_agency_suggestions_answer_the_filing_page(desk_client):
    AgencyFactory(name="Crooked Promoters", licence_number="3456/LHR")
    response = desk_client.get("/jobs/agencies/suggestions/", {"q": "crook"})
    assert response.status_code == 200
    assert "Crooked Promoters" in response.content.decode()


def test_the_slip_without_a_filing_leads_on(client, centre):
    client.force_login(UserFactory(centre=centre, role="complaints_officer"))
    response = client.get(reverse("complaints:filed"))
    assert response.status_code == 302 and response.url == reverse("complaints:list")


def test_the_filing_page_and_the_slip_render_in_urdu(desk_client):
    desk_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    page = desk_client.get(NEW)
    assert page.status_code == 200
    assert 'lang="ur"' in page.content.decode() and "شکایت" in page.content.decode()
    response = desk_client.post(NEW, a_named_complaint(language="en"))
    slip = desk_client.get(response.url).content.decode()
    assert 'lang="ur"' in slip  # the page
    assert 'lang="en"' in slip and "Your reference number" in slip  # the person's slip


def test_a_registered_persons_number_typed_on_the_page_leads_to_their_complaint(client, centre):
    person = make_candidate(centre=centre, full_name="Kiran Shahzadi")
    client.force_login(UserFactory(centre=centre, role="complaints_officer"))
    typed = person.registration_number.lower().translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    response = client.get(NEW, {"number": typed})
    assert response.status_code == 302
    assert response.url == f"{NEW}?person={person.registration_number}"
    elsewhere = make_candidate(centre=CentreFactory())
    response = client.get(NEW, {"number": elsewhere.registration_number})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nobody registered here has this number." in page
    assert f'value="{elsewhere.registration_number}"' in page
