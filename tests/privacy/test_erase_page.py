"""The erase page: it says what goes and what stays, asks for the number typed, and
refuses with a message when erasure cannot be done."""

import pytest
from django.urls import reverse

from apps.candidates.models import Candidate
from tests.factories import local_time, make_appointment, make_candidate, next_monday

from .conftest import NAME

pytestmark = pytest.mark.django_db


def erase_url(person):
    return reverse("privacy:erase", args=[person.registration_number])


@pytest.fixture
def person(centre):
    return make_candidate(centre=centre, full_name=NAME)


def test_the_confirmation_says_what_is_erased_and_kept(client_for, person):
    response = client_for("centre_manager").get(erase_url(person))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    text = response.content.decode()
    assert "Erased for good" in text
    assert "Kept, identifying nobody" in text
    assert 'data-testid="erase-form"' in text


def test_typing_the_number_erases_and_goes_back_to_the_record(client_for, person):
    client = client_for("centre_manager")
    response = client.post(
        erase_url(person),
        {"registration_number": person.registration_number.lower(), "reason": "request"},
        follow=True,
    )
    detail = reverse("candidates:detail", args=[person.registration_number])
    assert response.redirect_chain == [(detail, 302)]
    text = response.content.decode()
    assert "was erased" in text
    assert 'data-testid="erased-banner"' in text
    person.refresh_from_db()
    assert person.anonymised_at is not None
    assert NAME not in text


def test_a_wrong_number_changes_nothing(client_for, person, centre):
    other = make_candidate(centre=centre)
    response = client_for("centre_manager").post(
        erase_url(person), {"registration_number": other.registration_number, "reason": "request"}
    )
    assert response.status_code == 200
    assert "not this person&#x27;s registration number" in response.content.decode()
    assert not Candidate.objects.filter(anonymised_at__isnull=False).exists()


def test_an_empty_form_says_what_to_type(client_for, person):
    response = client_for("centre_manager").post(erase_url(person), {})
    assert "Type the person&#x27;s registration number to confirm." in response.content.decode()
    person.refresh_from_db()
    assert person.anonymised_at is None


def test_an_appointment_to_come_is_named_on_the_page(client_for, person, centre):
    from tests.factories import make_counsellor

    starts_at = local_time(next_monday(), 9, 30)
    make_appointment(counsellor=make_counsellor(centre), candidate=person, starts_at=starts_at)
    response = client_for("centre_manager").post(
        erase_url(person), {"registration_number": person.registration_number, "reason": "other"}
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert 'data-testid="erase-refused"' in text
    assert "cancel it first" in text
    person.refresh_from_db()
    assert person.anonymised_at is None


def test_an_erased_record_shows_no_form(client_for, person):
    client = client_for("centre_manager")
    client.post(
        erase_url(person), {"registration_number": person.registration_number, "reason": "request"}
    )
    response = client.get(erase_url(person))
    text = response.content.decode()
    assert "already erased" in text
    assert 'data-testid="erase-form"' not in text
    response = client.post(
        erase_url(person), {"registration_number": person.registration_number, "reason": "request"}
    )
    assert "already erased" in response.content.decode()


def test_the_reason_is_a_choice(client_for, person):
    response = client_for("centre_manager").post(
        erase_url(person),
        {"registration_number": person.registration_number, "reason": "she moved to Dubai"},
    )
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.anonymised_at is None


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("centre_manager", 200),
        ("superuser", 200),
        ("registration_officer", 403),
        ("counsellor", 403),
        ("kiosk", 403),
    ],
)
def test_who_may_erase(client_for, person, role, status):
    assert client_for(role).get(erase_url(person)).status_code == status


@pytest.mark.parametrize(
    ("role", "sees_export", "sees_erase"),
    [
        ("registration_officer", True, False),
        ("centre_manager", True, True),
        ("counsellor", False, False),
    ],
)
def test_the_record_offers_what_the_role_may_do(client_for, person, role, sees_export, sees_erase):
    detail = reverse("candidates:detail", args=[person.registration_number])
    text = client_for(role).get(detail).content.decode()
    assert ('data-testid="subject-access"' in text) is sees_export
    assert ('data-testid="erase-link"' in text) is sees_erase


def test_the_erase_post_needs_csrf(person, make_user):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("centre_manager"))
    response = client.post(
        erase_url(person), {"registration_number": person.registration_number, "reason": "request"}
    )
    assert response.status_code == 403
    person.refresh_from_db()
    assert person.anonymised_at is None
