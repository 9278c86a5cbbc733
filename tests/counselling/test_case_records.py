"""The case record at work: adding notes, follow-up actions and referrals, their status
changes, the rules the forms and the database keep, the person's complaints the
complaints register adds to the page, and a page that reads a fixed number of queries
however long the record grows. (Who may see it: see test_case_visibility.py.)"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from apps.complaints.services import acknowledge_complaint
from apps.counselling import case_records
from apps.counselling import urls as counselling_urls
from apps.counselling.models import Appointment, CaseNote, FollowUp, Referral
from tests.factories import (
    TEST_PASSWORD,
    AgencyFactory,
    CentreFactory,
    EmployerFactory,
    make_candidate,
    make_complaint,
    make_counsellor,
    make_held_appointment,
)

pytestmark = pytest.mark.django_db
PERSONS_CNIC = "3520299887761"


def past_session(counsellor, candidate, days_ago=1, status="completed", topic="fees_fraud"):
    """An appointment that has already taken place (booking refuses past times, so it is
    written directly)."""
    starts_at = timezone.now().replace(microsecond=0) - datetime.timedelta(days=days_ago)
    return make_held_appointment(
        counsellor=counsellor, candidate=candidate, starts_at=starts_at, status=status, topic=topic
    )


@pytest.fixture
def counsellor(centre):
    return make_counsellor(centre)


@pytest.fixture
def person(centre):
    return make_candidate(centre=centre, full_name="Shazia Parveen", cnic=PERSONS_CNIC)


@pytest.fixture
def session(counsellor, person):
    return past_session(counsellor, person)


@pytest.fixture
def counsellor_client(client, counsellor):
    assert client.login(username=counsellor.user.username, password=TEST_PASSWORD)
    return client


def case_url(person, name="case"):
    return reverse(
        f"counselling:{name}", kwargs={"registration_number": person.registration_number}
    )


def today():
    return timezone.localdate()


# --- The page --------------------------------------------------------------------------


def test_the_case_page_shows_the_person_and_every_part_of_the_record(
    counsellor_client, counsellor, person, session
):
    author = counsellor.user
    case_records.add_case_note(
        candidate=person, author=author, outcome="advice", text="Advised on the contract."
    )
    case_records.add_follow_up(
        candidate=person, author=author, action="Call the Protector", due_on=today()
    )
    case_records.add_referral(
        candidate=person, author=author, service="legal_aid", details="Legal aid cell"
    )
    agency = AgencyFactory(name="Crooked Promoters", licence_number="3456/LHR")
    complaint = make_complaint(
        centre=person.centre,
        filed_by=author,
        channel="counsellor",
        candidate=person,
        against="agency",
        agency=agency,
        other_party="",
        kind="documents",
        appointment=session,
    )
    response = counsellor_client.get(case_url(person))
    assert response.status_code == 200
    page = response.content.decode()
    for shown in (
        "Shazia Parveen",
        person.registration_number,
        person.cnic_masked,
        "Advised on the contract.",
        "Call the Protector",
        "Legal aid cell",
        "Crooked Promoters",
        "3456/LHR",
        complaint.reference,
        "Passport or documents kept back",
        reverse("counselling:appointment", kwargs={"pk": session.pk}),
    ):
        assert shown in page, shown
    assert "99887" not in page  # the middle of the CNIC: only the masked number is shown
    assert "no-cache" in response["Cache-Control"]


def test_a_person_registered_elsewhere_is_found_once_they_came_here(counsellor_client, counsellor):
    visitor = make_candidate(centre=CentreFactory())
    assert counsellor_client.get(case_url(visitor)).status_code == 404
    past_session(counsellor, visitor)
    assert counsellor_client.get(case_url(visitor)).status_code == 200


def test_an_unknown_number_is_404(counsellor_client):
    url = reverse("counselling:case", kwargs={"registration_number": "LHR-2026-999999"})
    assert counsellor_client.get(url).status_code == 404


def test_notes_are_newest_first_and_follow_ups_open_before_done(
    counsellor_client, counsellor, person
):
    author = counsellor.user
    older = case_records.add_case_note(
        candidate=person, author=author, outcome="advice", text="FIRST NOTE"
    )
    CaseNote.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=3)
    )
    case_records.add_case_note(candidate=person, author=author, outcome="advice", text="LATER NOTE")
    done = case_records.add_follow_up(
        candidate=person, author=author, action="DONE ACTION", due_on=today()
    )
    case_records.mark_follow_up_done(follow_up=done, by=author)
    overdue = case_records.add_follow_up(
        candidate=person, author=author, action="OPEN ACTION", due_on=today()
    )
    FollowUp.objects.filter(pk=overdue.pk).update(due_on=today() - datetime.timedelta(days=2))
    page = counsellor_client.get(case_url(person)).content.decode()
    assert page.index("LATER NOTE") < page.index("FIRST NOTE")
    assert page.index("OPEN ACTION") < page.index("DONE ACTION")
    assert page.count('data-testid="overdue"') == 1


def _fill_record(person, counsellor, session, copies):
    author = counsellor.user
    agency, employer = AgencyFactory(), EmployerFactory()
    kinds = ("excess_fees", "documents", "wages")
    for n in range(copies):
        case_records.add_case_note(
            candidate=person, author=author, outcome="advice", text=f"note {n}", appointment=session
        )
        follow_up = case_records.add_follow_up(
            candidate=person, author=author, action=f"do {n}", due_on=today(), appointment=session
        )
        if n % 2:
            case_records.mark_follow_up_done(follow_up=follow_up, by=author)
        referral = case_records.add_referral(
            candidate=person, author=author, service="police", appointment=session
        )
        case_records.change_referral_status(referral=referral, to_status="in_progress", by=author)
        complaint = make_complaint(
            centre=person.centre,
            filed_by=author,
            channel="counsellor",
            candidate=person,
            kind=kinds[n % 3],
            against="agency" if n % 2 else "employer",
            agency=agency if n % 2 else None,
            employer=None if n % 2 else employer,
            other_party="",
            description=f"complaint {n}",
            appointment=session,
        )
        if n % 2:
            acknowledge_complaint(complaint=complaint, by=author)
        past_session(counsellor, person, days_ago=Appointment.objects.count() + 2)


def test_the_case_page_reads_a_fixed_number_of_queries(
    counsellor_client, counsellor, person, session, django_assert_num_queries
):
    _fill_record(person, counsellor, session, copies=1)
    with CaptureQueriesContext(connection) as one_of_each:
        assert counsellor_client.get(case_url(person)).status_code == 200
    _fill_record(person, counsellor, session, copies=8)
    with django_assert_num_queries(len(one_of_each)):
        response = counsellor_client.get(case_url(person))
    page = response.content.decode()
    assert page.count('data-testid="case-note"') == 9
    assert page.count('data-testid="case-complaint"') == 9


# --- Adding to the record ---------------------------------------------------------------


def test_a_note_is_added_and_the_page_shows_it(counsellor_client, counsellor, person, session):
    response = counsellor_client.post(
        case_url(person, "add_note"),
        {
            "note-appointment": session.pk,
            "note-outcome": "referred",
            "note-text": "Sent to legal aid.",
        },
    )
    assert response.status_code == 302
    assert response.url == case_url(person) + "#notes"
    note = CaseNote.objects.get()
    assert (note.candidate, note.centre, note.appointment, note.created_by) == (
        person,
        counsellor.user.centre,
        session,
        counsellor.user,
    )
    page = counsellor_client.get(response.url).content.decode()
    assert "The note was added." in page
    assert "Sent to legal aid." in page


def test_an_invalid_note_comes_back_with_everything_typed(counsellor_client, person, session):
    typed = "Long account of what the agent promised <and> did not deliver."
    response = counsellor_client.post(
        case_url(person, "add_note"), {"note-appointment": session.pk, "note-text": typed}
    )
    assert response.status_code == 200
    assert not CaseNote.objects.exists()
    page = response.content.decode()
    assert "Choose the outcome of the session." in page
    assert "Long account of what the agent promised &lt;and&gt; did not deliver." in page
    form = response.context["forms"]["note"]
    assert form.is_bound and form["appointment"].value() == str(session.pk)
    # The other forms are empty, not bound to the note's data.
    assert not any(response.context["forms"][name].is_bound for name in ("follow_up", "referral"))
    assert 'action="{}#notes"'.format(case_url(person, "add_note")) in page


def test_a_session_of_another_person_or_centre_is_refused(counsellor_client, counsellor, person):
    someone_else = past_session(counsellor, make_candidate(centre=counsellor.user.centre))
    elsewhere = past_session(make_counsellor(CentreFactory()), person)
    for session in (someone_else, elsewhere):
        response = counsellor_client.post(
            case_url(person, "add_note"),
            {"note-appointment": session.pk, "note-outcome": "advice", "note-text": "x"},
        )
        assert response.status_code == 200
        assert "Choose one of this person&#x27;s sessions." in response.content.decode()
    assert not CaseNote.objects.exists()
    with pytest.raises(case_records.EntryRefused):
        case_records.add_case_note(
            candidate=person,
            author=counsellor.user,
            outcome="advice",
            text="x",
            appointment=elsewhere,
        )


def test_cancelled_sessions_are_not_offered(counsellor_client, counsellor, person):
    cancelled = past_session(counsellor, person, status="cancelled_person")
    held = past_session(counsellor, person, days_ago=2)
    response = counsellor_client.get(case_url(person))
    offered = dict(response.context["forms"]["note"].fields["appointment"].choices)
    assert str(held.pk) in offered and str(cancelled.pk) not in offered


def test_notes_are_append_only(counsellor_client, counsellor, person):
    for text in ("The agent is called Rana.", "Correction: the agent is called Rashid."):
        counsellor_client.post(
            case_url(person, "add_note"), {"note-outcome": "advice", "note-text": text}
        )
    assert sorted(CaseNote.objects.values_list("text", flat=True)) == [
        "Correction: the agent is called Rashid.",
        "The agent is called Rana.",
    ]
    # No route changes or deletes a note, and the page offers nothing of the kind.
    assert [p.name for p in counselling_urls.urlpatterns if "note" in p.name] == ["add_note"]
    assert not hasattr(case_records, "change_case_note")
    assert not hasattr(case_records, "delete_case_note")


def test_a_follow_up_is_added(counsellor_client, counsellor, person, session):
    due = today() + datetime.timedelta(days=7)
    response = counsellor_client.post(
        case_url(person, "add_follow_up"),
        {
            "follow_up-action": "Bring the payment slips",
            "follow_up-due_on": due.isoformat(),
            "follow_up-appointment": session.pk,
        },
    )
    assert response.url == case_url(person) + "#follow-ups"
    follow_up = FollowUp.objects.get()
    assert (follow_up.due_on, follow_up.appointment, follow_up.is_done) == (due, session, False)


def test_a_follow_up_due_in_the_past_is_refused(counsellor_client, person):
    yesterday = today() - datetime.timedelta(days=1)
    response = counsellor_client.post(
        case_url(person, "add_follow_up"),
        {"follow_up-action": "Call back", "follow_up-due_on": yesterday.isoformat()},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "The due date cannot be in the past." in page
    assert 'value="Call back"' in page
    assert not FollowUp.objects.exists()


def test_a_referral_is_added(counsellor_client, counsellor, person):
    response = counsellor_client.post(
        case_url(person, "add_referral"),
        {"referral-service": "embassy", "referral-details": "Community welfare attaché, Riyadh"},
    )
    assert response.url == case_url(person) + "#referrals"
    referral = Referral.objects.get()
    assert (referral.service, referral.status, referral.created_by) == (
        "embassy",
        "referred",
        counsellor.user,
    )


def test_a_referral_needs_a_service(counsellor_client, person):
    response = counsellor_client.post(
        case_url(person, "add_referral"), {"referral-details": "Somewhere"}
    )
    assert response.status_code == 200
    assert "Choose the service." in response.content.decode()
    assert not Referral.objects.exists()


# --- Status changes ---------------------------------------------------------------------


def test_marking_a_follow_up_done_records_who_and_when(counsellor_client, counsellor, person):
    follow_up = case_records.add_follow_up(
        candidate=person, author=counsellor.user, action="Call", due_on=today()
    )
    url = reverse("counselling:follow_up_done", kwargs={"pk": follow_up.pk})
    response = counsellor_client.post(url)
    assert response.url == case_url(person) + "#follow-ups"
    follow_up.refresh_from_db()
    assert follow_up.done_by == counsellor.user and follow_up.done_at is not None
    first_done_at = follow_up.done_at
    counsellor_client.post(url)  # a second click keeps the first record
    follow_up.refresh_from_db()
    assert follow_up.done_at == first_done_at


def test_a_referrals_status_change_records_who_and_when(counsellor_client, counsellor, person):
    entry = case_records.add_referral(candidate=person, author=counsellor.user, service="police")
    url = reverse("counselling:referral_status", kwargs={"pk": entry.pk})
    refused = counsellor_client.post(url, {"status": "nonsense"}, follow=True)
    assert "Choose one of the statuses offered." in refused.content.decode()
    entry.refresh_from_db()
    assert entry.status_changed_at is None
    response = counsellor_client.post(url, {"status": "resolved"})
    assert response.url == case_url(person) + "#referrals"
    entry.refresh_from_db()
    assert (entry.status, entry.status_changed_by) == ("resolved", counsellor.user)
    assert entry.status_changed_at is not None
