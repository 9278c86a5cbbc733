"""The register's pages for those who handle complaints: the list and the overdue list,
one complaint, its actions (acknowledge, close, reopen, money recovered) and correcting
its details. Each view: it works; a team member may; a bad reference is 404; another
centre's complaint is 404; GET of an action is 405; every read is in the audit trail;
nothing typed is lost on an error; a refusal of the database becomes a message; Urdu."""

import datetime
from decimal import Decimal

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from apps.audit.models import AuditEntry
from apps.complaints import services
from apps.complaints.forms import register as register_forms
from apps.complaints.forms.register import RecoveryForm
from apps.complaints.models import Complaint, ComplaintEvent, Kind, Recovery
from tests.complaints.register_data import file_at, named
from tests.factories import TEST_PASSWORD, AgencyFactory, CentreFactory, UserFactory, make_candidate

pytestmark = pytest.mark.django_db


@pytest.fixture
def handler(centre):
    return UserFactory(centre=centre, role="complaints_officer")


@pytest.fixture
def handler_client(client, handler):
    assert client.login(username=handler.username, password=TEST_PASSWORD)
    client.user = handler
    return client


@pytest.fixture
def complaint(centre):
    agency = AgencyFactory(name="Crooked Promoters", licence_number="3456/LHR")
    return file_at(
        centre,
        days_ago=1,
        against=Complaint.Against.AGENCY,
        agency=agency,
        other_party="",
        description="Asked for cash and gave no receipt.",
        amount_paid=Decimal(450000),
        allowed_fee=Decimal(150000),
        amount_claimed=Decimal(300000),
        promised_monthly_wage=Decimal(110000),
        complainant=named("Shazia Parveen", sex="female", cnic="3520299887761"),
    )


def url(name, complaint, **kwargs):
    return reverse(f"complaints:{name}", kwargs={"reference": complaint.reference, **kwargs})


def views_of(complaint, user):
    return AuditEntry.objects.filter(
        access_kind=AuditEntry.AccessKind.COMPLAINT, object_pk=str(complaint.pk), actor=user
    )


def in_urdu(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    return client


# --- The list -------------------------------------------------------------------------


def test_the_register_lists_the_centres_complaints_newest_first(handler_client, centre, complaint):
    person = make_candidate(centre=centre, full_name="Kiran Shahzadi")
    for_person = file_at(centre, candidate=person)
    tip = file_at(centre, days_ago=3, kind=Kind.NO_JOB)
    response = handler_client.get(reverse("complaints:list"))
    assert response.status_code == 200
    page = response.content.decode()
    shown = [row.complaint.reference for row in response.context["rows"]]
    assert shown == [for_person.reference, complaint.reference, tip.reference]
    assert "Crooked Promoters" in page and "3456/LHR" in page
    assert "Anonymous tip" in page
    # Who complains is masked: initials, never the name.
    assert "K. S." in page and "S. P." in page
    assert "Kiran Shahzadi" not in page and "Shazia Parveen" not in page
    assert "working days left" in page
    assert "no-store" in response["Cache-Control"]


def test_a_counsellor_of_the_centre_may_read_the_register(client, centre, complaint):
    counsellor = UserFactory(centre=centre, role="counsellor")
    client.force_login(counsellor)
    response = client.get(reverse("complaints:list"))
    assert response.status_code == 200
    assert complaint.reference in response.content.decode()


def test_another_centres_complaints_are_not_listed(handler_client, complaint):
    elsewhere = file_at(CentreFactory())
    page = handler_client.get(reverse("complaints:list")).content.decode()
    assert complaint.reference in page
    assert elsewhere.reference not in page


def test_the_list_filters_by_status_kind_overdue_and_reference(handler_client, centre, complaint):
    closed = file_at(centre, kind=Kind.DOCUMENTS)
    services.close_complaint(complaint=closed, outcome="dismissed", by=closed.filed_by)
    late = file_at(centre, days_ago=40, kind=Kind.UNPAID_WAGES)

    def listed(**params):
        response = handler_client.get(reverse("complaints:list"), params)
        return {row.complaint.reference for row in response.context["rows"]}

    assert listed(status="closed") == {closed.reference}
    assert listed(status="open") == {complaint.reference, late.reference}
    assert listed(kind=Kind.UNPAID_WAGES) == {late.reference}
    assert listed(overdue="on") == {late.reference}
    # A reference typed in lower case, in Urdu digits, without the number's zeros.
    typed = (
        complaint.reference.lower()
        .replace("-00000", "-")
        .translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    )
    assert listed(q=typed) == {complaint.reference}
    assert listed(q=late.reference[-3:]) == {late.reference}
    assert listed(q="nothing-like-it") == set()


def test_the_overdue_list_shows_only_overdue_complaints(handler_client, centre, complaint):
    late = file_at(centre, days_ago=40)
    acknowledged_late = file_at(centre, days_ago=60)
    services.acknowledge_complaint(complaint=acknowledged_late, by=acknowledged_late.filed_by)
    response = handler_client.get(reverse("complaints:overdue"))
    assert response.status_code == 200
    shown = {row.complaint.reference for row in response.context["rows"]}
    assert shown == {late.reference, acknowledged_late.reference}
    assert "Overdue" in response.content.decode()


def test_the_list_reads_a_fixed_number_of_queries(
    handler_client, centre, complaint, django_assert_max_num_queries
):
    person = make_candidate(centre=centre)
    for n in range(12):
        file_at(centre, days_ago=n, candidate=person if n % 2 else None)
    with django_assert_max_num_queries(12):
        response = handler_client.get(reverse("complaints:list"))
    assert len(response.context["rows"]) == 13


def test_the_list_renders_in_urdu(handler_client, complaint):
    response = in_urdu(handler_client).get(reverse("complaints:list"))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'lang="ur"' in page
    assert "شکایات" in page and complaint.reference in page


# --- One complaint --------------------------------------------------------------------


def test_the_complaint_page_shows_everything_and_is_recorded(handler_client, handler, complaint):
    services.record_recovery(
        complaint=complaint,
        amount=Decimal(100000),
        received_on=timezone.localdate(),
        by=handler,
        source="The agency",
    )
    response = handler_client.get(url("detail", complaint))
    assert response.status_code == 200
    page = response.content.decode()
    for shown in (
        complaint.reference,
        "Crooked Promoters",
        "Asked for cash and gave no receipt.",
        "Shazia Parveen",
        "35202-*****-1",
        "450,000",
        "150,000",
        "300,000",  # the excess over what the agency was allowed, and the claim
        "100,000",
        "The agency",
        "Acknowledge by",
        "Resolve by",
        "Escalate by",
        "Money recorded",
    ):
        assert shown in page, shown
    assert response.context["excess"] == 300000
    assert response.context["recovered"] == 100000
    assert "99887" not in page  # only the masked CNIC
    assert views_of(complaint, handler).count() == 1
    entry = views_of(complaint, handler).get()
    assert entry.centre_id == complaint.centre_id
    assert entry.object_repr == complaint.reference
    assert "no-store" in response["Cache-Control"]


def test_a_counsellor_of_the_centre_may_open_a_complaint(client, centre, complaint):
    counsellor = UserFactory(centre=centre, role="counsellor")
    client.force_login(counsellor)
    assert client.get(url("detail", complaint)).status_code == 200
    assert views_of(complaint, counsellor).count() == 1


def test_a_reference_is_found_in_any_case_and_digits_of_any_script(handler_client, complaint):
    typed = complaint.reference.lower().translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    response = handler_client.get(f"/complaints/{typed}/")
    assert response.status_code == 200
    assert response.context["complaint"] == complaint


def test_a_reference_nobody_has_is_404(handler_client, centre):
    assert handler_client.get(f"/complaints/{centre.code}-C-2026-999999/").status_code == 404
    assert handler_client.get("/complaints/not-a-reference/").status_code == 404


def test_another_centres_complaint_is_404_and_not_recorded(handler_client, handler):
    elsewhere = file_at(CentreFactory())
    for name in ("detail", "edit"):
        assert handler_client.get(url(name, elsewhere)).status_code == 404
    response = handler_client.post(url("acknowledge", elsewhere), {})
    assert response.status_code == 404
    assert not views_of(elsewhere, handler).exists()


def test_the_desk_and_the_manager_cannot_open_a_complaint(client, centre, complaint):
    for role in ("registration_officer", "centre_manager"):
        client.force_login(UserFactory(centre=centre, role=role))
        assert client.get(url("detail", complaint)).status_code == 403
    assert not AuditEntry.objects.filter(access_kind=AuditEntry.AccessKind.COMPLAINT).exists()


def test_the_complaint_page_renders_in_urdu(handler_client, complaint):
    response = in_urdu(handler_client).get(url("detail", complaint))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'lang="ur"' in page and "شکایت" in page


# --- Actions --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["acknowledge", "close", "reopen", "money"])
def test_an_action_answers_only_post(handler_client, complaint, name):
    assert handler_client.get(url(name, complaint)).status_code == 405


def test_acknowledging_records_who_and_the_note(handler_client, handler, complaint):
    response = handler_client.post(
        url("acknowledge", complaint), {"acknowledge-note": "Called the agency."}
    )
    assert response.status_code == 302
    assert response.url == url("detail", complaint)
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.ACKNOWLEDGED
    event = complaint.events.get(kind=ComplaintEvent.Kind.ACKNOWLEDGED)
    assert event.by == handler and event.note == "Called the agency."


def test_closing_needs_an_outcome_and_keeps_the_note_typed(handler_client, handler, complaint):
    response = handler_client.post(url("close", complaint), {"close-note": "Agency paid back."})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Choose the outcome." in page
    assert "Agency paid back." in page
    complaint.refresh_from_db()
    assert complaint.is_open
    # The page shown again is a read of the complaint too.
    assert views_of(complaint, handler).count() == 1

    response = handler_client.post(
        url("close", complaint), {"close-outcome": "substantiated", "close-note": "Paid back."}
    )
    assert response.status_code == 302
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.CLOSED
    assert complaint.outcome == "substantiated"


def test_closing_a_complaint_closed_meanwhile_says_so(handler_client, complaint):
    services.close_complaint(complaint=complaint, outcome="withdrawn", by=complaint.filed_by)
    response = handler_client.post(
        url("close", complaint), {"close-outcome": "dismissed"}, follow=True
    )
    assert response.redirect_chain == [(url("detail", complaint), 302)]
    assert "This complaint is closed: reopen it first." in response.content.decode()
    complaint.refresh_from_db()
    assert complaint.outcome == "withdrawn"


def test_reopening_needs_a_reason(handler_client, complaint):
    services.close_complaint(complaint=complaint, outcome="dismissed", by=complaint.filed_by)
    response = handler_client.post(url("reopen", complaint), {"reopen-note": ""})
    assert response.status_code == 200
    assert "Say why the complaint is reopened." in response.content.decode()
    response = handler_client.post(url("reopen", complaint), {"reopen-note": "New evidence."})
    assert response.status_code == 302
    complaint.refresh_from_db()
    assert complaint.is_open and complaint.outcome == ""


def test_money_recovered_is_recorded_in_any_script(handler_client, handler, complaint):
    response = handler_client.post(
        url("money", complaint),
        {
            "money-amount": "۱۰۰۰۰۰",
            "money-received_on": timezone.localdate().strftime("%d/%m/%Y"),
            "money-source": "The agency",
        },
    )
    assert response.status_code == 302
    recovery = Recovery.objects.get(complaint=complaint)
    assert recovery.amount == 100000 and recovery.recorded_by == handler
    assert complaint.events.filter(kind=ComplaintEvent.Kind.MONEY).exists()


def test_money_with_an_error_keeps_what_was_typed(handler_client, complaint):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = handler_client.post(
        url("money", complaint),
        {
            "money-amount": "75000",
            "money-received_on": tomorrow.strftime("%d/%m/%Y"),
            "money-source": "Employer in Riyadh",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "The date cannot be in the future." in page
    assert 'value="75000"' in page and 'value="Employer in Riyadh"' in page
    assert not Recovery.objects.exists()


def test_a_refused_amount_reaches_the_page_as_a_message(handler_client, complaint, monkeypatch):
    # The form lets a zero through (as a page of an older version might): the database's
    # rule answers, in words.
    monkeypatch.setattr(RecoveryForm.base_fields["amount"], "validators", [])
    response = handler_client.post(
        url("money", complaint),
        {"money-amount": "0", "money-received_on": timezone.localdate().strftime("%d/%m/%Y")},
    )
    assert response.status_code == 200
    assert "The amount recovered must be more than zero." in response.content.decode()
    assert not Recovery.objects.exists()


# --- Correcting the details -----------------------------------------------------------


def _details(complaint, **changes):
    data = {
        "kind": complaint.kind,
        "against": complaint.against,
        "agency": complaint.agency_id or "",
        "employer": complaint.employer_id or "",
        "other_party": complaint.other_party,
        "job_order": "",
        "destination_country": "",
        "promised": complaint.promised,
        "description": complaint.description,
        "happened_on": "",
        "amount_paid": "450000",
        "paid_on": "",
        "allowed_fee": "150000",
        "amount_claimed": "300000",
        "claimed_on": "",
        "promised_monthly_wage": "110000",
    }
    data.update(changes)
    return data


def test_the_details_page_shows_the_complaint_and_is_recorded(handler_client, handler, complaint):
    response = handler_client.get(url("edit", complaint))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Crooked Promoters" in page and 'value="450000"' in page
    assert views_of(complaint, handler).count() == 1


def test_correcting_the_details_leaves_an_event_naming_the_fields(
    handler_client, handler, complaint
):
    response = handler_client.post(
        url("edit", complaint),
        _details(complaint, kind=Kind.NO_JOB, amount_paid="۵۰۰۰۰۰", paid_on="01/11/2026"),
    )
    assert response.status_code == 302
    complaint.refresh_from_db()
    assert complaint.kind == Kind.NO_JOB
    assert complaint.amount_paid == 500000
    assert complaint.paid_on == datetime.date(2026, 11, 1)
    event = complaint.events.get(kind=ComplaintEvent.Kind.CHANGED)
    assert set(event.note.split(",")) == {"kind", "amount_paid", "paid_on"}
    assert event.by == handler
    page = handler_client.get(url("detail", complaint)).content.decode()
    assert "paid to the agent" in page and "kind of complaint" in page


def test_the_details_job_order_brings_its_listing(handler_client, complaint):
    from tests.factories import make_listing

    listing = make_listing(job_order_reference="PE/LHR/2026/0457", status="published")
    response = handler_client.post(
        url("edit", complaint), _details(complaint, job_order="pe/lhr/2026/0457")
    )
    assert response.status_code == 302
    complaint.refresh_from_db()
    assert complaint.listing == listing
    response = handler_client.post(url("edit", complaint), _details(complaint, job_order="NO-SUCH"))
    assert "No job listed here has this job order number." in response.content.decode()


def test_correcting_with_an_error_keeps_what_was_typed(handler_client, complaint):
    response = handler_client.post(
        url("edit", complaint),
        _details(complaint, agency="", description="Kept my passport for two months."),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Choose the agency the complaint is against." in page
    assert "Kept my passport for two months." in page
    complaint.refresh_from_db()
    assert complaint.description == "Asked for cash and gave no receipt."


def test_a_refused_correction_reaches_the_page_as_a_message(handler_client, complaint, monkeypatch):
    # Past the form's own checks (as a change by someone else meanwhile could be), the
    # database's rule answers in words, and nothing is changed.
    monkeypatch.setattr(register_forms, "clean_party", lambda form, cleaned: None)
    monkeypatch.setattr(Complaint, "validate_constraints", lambda self, exclude=None: None)
    response = handler_client.post(url("edit", complaint), _details(complaint, agency=""))
    assert response.status_code == 200
    assert "Choose the agency the complaint is against." in response.content.decode()
    complaint.refresh_from_db()
    assert complaint.agency is not None
    assert not complaint.events.filter(kind=ComplaintEvent.Kind.CHANGED).exists()


def test_nothing_changed_writes_nothing(handler_client, complaint):
    response = handler_client.post(url("edit", complaint), _details(complaint), follow=True)
    assert "Nothing was changed." in response.content.decode()
    assert not complaint.events.filter(kind=ComplaintEvent.Kind.CHANGED).exists()


def test_the_details_page_renders_in_urdu(handler_client, complaint):
    response = in_urdu(handler_client).get(url("edit", complaint))
    assert response.status_code == 200
    assert 'lang="ur"' in response.content.decode()
