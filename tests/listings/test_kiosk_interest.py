"""A walk-in marks interest in a listing at the kiosk with their registration number and
CNIC. Nothing of their record is ever shown back."""

import pytest

from apps.listings.models import Application
from tests.factories import UserFactory, make_candidate, make_listing

pytestmark = pytest.mark.django_db


@pytest.fixture
def kiosk(client, centre):
    device = UserFactory(centre=centre, role="kiosk")
    client.force_login(device)
    client.device = device
    return client


@pytest.fixture
def person(centre):
    return make_candidate(centre=centre, full_name="Secret Name Person")


@pytest.fixture
def listing():
    return make_listing()


def post(kiosk, listing, number, cnic, **kwargs):
    return kiosk.post(
        f"/jobs/{listing.pk}/interest/", {"registration_number": number, "cnic": cnic}, **kwargs
    )


def test_interest_is_recorded_and_nothing_of_the_record_is_shown(kiosk, person, listing):
    response = post(
        kiosk, listing, person.registration_number.lower(), person.full_cnic(), follow=True
    )
    page = response.content.decode()
    assert "Your interest in this job is recorded" in page
    assert person.full_name not in page
    assert person.cnic_masked not in page
    application = Application.objects.get(candidate=person, listing=listing)
    assert (application.status, application.source) == ("interested", "kiosk")
    assert application.status_changes.get().changed_by == kiosk.device


def test_a_second_tap_does_not_make_a_second_application(kiosk, person, listing):
    post(kiosk, listing, person.registration_number, person.full_cnic())
    post(kiosk, listing, person.registration_number, person.full_cnic())
    assert Application.objects.count() == 1


def test_a_number_and_cnic_of_two_people_are_refused(kiosk, person, listing, centre):
    other = make_candidate(centre=centre)
    response = post(kiosk, listing, person.registration_number, other.full_cnic())
    page = response.content.decode()
    assert response.status_code == 200
    assert "do not belong together" in page
    assert person.full_name not in page and other.full_name not in page
    assert not Application.objects.exists()
    # What was typed stays in the form.
    assert person.registration_number in page


@pytest.mark.parametrize(
    ("number", "cnic", "message"),
    [
        ("", "35202-1234567-1", "Please type the number from your registration slip."),
        ("12345", "35202-1234567-1", "A registration number looks like"),
        ("LHR-2026-000001", "123", "A CNIC has 13 digits"),
    ],
)
def test_badly_typed_answers_get_a_clear_message(kiosk, listing, number, cnic, message):
    response = post(kiosk, listing, number, cnic)
    assert message in response.content.decode()


def test_the_messages_are_in_urdu_for_an_urdu_reader(kiosk, listing):
    kiosk.cookies["django_language"] = "ur"
    response = post(kiosk, listing, "12345", "")
    page = response.content.decode()
    assert 'lang="ur"' in page
    assert "A registration number looks like" not in page


def test_a_hidden_listing_cannot_be_chosen(kiosk, person):
    hidden = make_listing(status="closed")
    assert post(kiosk, hidden, person.registration_number, person.full_cnic()).status_code == 404


def test_the_kiosk_pages_are_never_cached(kiosk, listing):
    response = kiosk.get(f"/jobs/{listing.pk}/interest/")
    assert "no-store" in response["Cache-Control"]


def test_the_detail_page_offers_the_kiosk_its_button_and_nobody_else(client, kiosk, listing):
    assert 'data-testid="interested"' in kiosk.get(f"/jobs/{listing.pk}/").content.decode()
    kiosk.logout()
    assert 'data-testid="interested"' not in client.get(f"/jobs/{listing.pk}/").content.decode()


def test_after_five_wrong_pairs_the_visitor_is_sent_to_the_desk(kiosk, person, listing, centre):
    other = make_candidate(centre=centre)
    for _ in range(5):
        post(kiosk, listing, person.registration_number, other.full_cnic())
    response = post(kiosk, listing, person.registration_number, person.full_cnic())
    assert "Please ask at the desk" in response.content.decode()
    assert not Application.objects.exists()
    # The next visitor starts a new session, with a clean count.
    kiosk.post("/kiosk/reset/")
    response = post(kiosk, listing, person.registration_number, person.full_cnic())
    assert response.status_code == 302
    assert Application.objects.count() == 1
