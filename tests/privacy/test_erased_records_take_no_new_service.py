"""An erased record is kept for the counts, but nothing new is attached to it: no
booking, no enrolment, no case-record entry, no place among a listing's matches."""

import pytest
from django.urls import reverse

from apps.counselling import case_records
from apps.counselling.models import Appointment, CaseNote
from apps.listings.selectors import ranked_candidates
from apps.orientation.models import Enrolment
from apps.privacy.services import Reason, anonymise_candidate
from tests.factories import (
    UserFactory,
    ensure_occupation,
    make_candidate,
    make_counsellor,
    make_listing,
    make_session,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def erased(centre):
    manager = UserFactory(centre=centre, role="centre_manager")
    person = make_candidate(centre=centre)
    return anonymise_candidate(candidate=person, by=manager, reason=Reason.REQUEST)


def test_the_desk_cannot_book_counselling_for_an_erased_person(client_for, erased):
    client = client_for("registration_officer")
    response = client.get(reverse("counselling:book", args=[erased.registration_number]))
    assert response.status_code == 302
    assert response.url == reverse("candidates:detail", args=[erased.registration_number])
    page = client.get(response.url).content.decode()
    assert "no appointment can be booked" in page
    assert not Appointment.objects.filter(candidate=erased).exists()


def test_an_erased_person_cannot_be_enrolled_in_orientation(client_for, centre, erased):
    client = client_for("registration_officer")
    session = make_session(centre=centre)
    response = client.post(
        reverse("orientation:enrol", args=[session.pk]),
        {"registration_number": erased.registration_number},
    )
    assert "they cannot be enrolled" in response.content.decode()
    assert not Enrolment.objects.filter(candidate=erased).exists()


def test_no_case_record_entry_is_added_to_an_erased_record(centre, erased):
    counsellor = make_counsellor(centre)
    with pytest.raises(case_records.EntryRefused, match="erased"):
        case_records.add_case_note(
            candidate=erased, author=counsellor.user, outcome="resolved", text="New words"
        )
    assert not CaseNote.objects.filter(candidate=erased).exists()


def test_an_erased_person_is_never_among_a_listings_matches(centre):
    manager = UserFactory(centre=centre, role="centre_manager")
    officer = UserFactory(centre=centre, role="registration_officer")
    welder = ensure_occupation("7212")
    kept = make_candidate(centre=centre, occupations=[(welder, 5)])
    gone = make_candidate(centre=centre, occupations=[(welder, 9)])
    anonymise_candidate(candidate=gone, by=manager, reason=Reason.REQUEST)
    listing = make_listing(occupation=welder)
    assert list(ranked_candidates(listing, officer)) == [kept]
