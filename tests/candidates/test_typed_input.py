"""People type digits in three scripts, paste invisible characters, and write dates day
first: the desk, the kiosk and the search box take all of it, and show back what was
typed when something is wrong."""

import pytest

from apps.candidates.models import Candidate
from tests.candidates.test_staff_pages import desk_form, edit_form
from tests.factories import consent_text, make_candidate
from tests.kiosk.test_kiosk_wizard import answers, fill, kiosk, register_everything  # noqa: F401

pytestmark = pytest.mark.django_db

URDU = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def test_a_cnic_typed_in_urdu_digits_is_the_same_person_at_the_kiosk(kiosk):  # noqa: F811
    register_everything(kiosk, cnic="35202-1111111-1".translate(URDU))
    person = Candidate.objects.get()
    assert person.cnic_masked == "35202-*****-1"
    assert Candidate.objects.with_cnic("3520211111111").get() == person

    kiosk.post("/kiosk/reset/")
    again = fill(kiosk, "identity", answers("3520211111111")["identity"])
    assert "already registered" in again.text
    assert Candidate.objects.count() == 1


@pytest.mark.parametrize("digits", [URDU, ARABIC])
def test_the_desk_registers_urdu_and_arabic_digits_as_ascii(client_for, centre, digits):
    consent_text("en")
    client = client_for("registration_officer")
    form = desk_form(
        centre.district,
        cnic="35202-3333333-3".translate(digits),
        **{
            "contact-phone": "0321 7654321".translate(digits),
            "identity-date_of_birth": "01/07/1988".translate(digits),
            "work-years_1": "8".translate(digits),
        },
    )
    response = client.post("/candidates/register/", form)
    assert response.status_code == 302, response.context["forms"]
    person = Candidate.objects.get()
    assert person.phone.as_e164 == "+923217654321"
    assert str(person.date_of_birth) == "1988-07-01"
    assert person.occupations.get().years == 8
    second_try = desk_form(
        centre.district, cnic="3520233333333", submission_key="0b7e1f7c-2a4d-4c1e-8f0a-9d3b5e6a7c81"
    )
    again = client.post("/candidates/register/", second_try)
    assert Candidate.objects.count() == 1
    assert "already registered" in again.text or "another centre" in again.text


@pytest.mark.parametrize(
    "typed",
    [
        "35202-1234567-1".translate(URDU),
        "٣٥٢٠٢١٢٣٤٥٦٧١",
        "۰۳۰۰ ۰۰۰۰۰۰۱",
        "\u200e0300 0000001\u200f",
    ],
)
def test_the_search_box_finds_identifiers_typed_in_any_digits(client_for, centre, typed):
    person = make_candidate(centre=centre, cnic="35202-1234567-1", phone="+923000000001")
    make_candidate(centre=centre, full_name="Bushra Naz")
    page = client_for("counsellor").post("/candidates/", {"q": typed}, follow=True).text
    assert person.registration_number in page
    assert "Bushra Naz" not in page


def test_a_registration_number_typed_in_urdu_digits_is_found(client_for, centre):
    person = make_candidate(centre=centre)
    page = client_for("counsellor").get(
        "/candidates/", {"q": person.registration_number.translate(URDU)}
    )
    assert person.registration_number in page.text


@pytest.mark.parametrize("name", ["\u200b\u200c\u200d", "\u202e\u2066 \u2069", " \u00a0 "])
def test_a_name_of_invisible_characters_is_refused(kiosk, name):  # noqa: F811
    response = fill(kiosk, "identity", {**answers()["identity"], "full_name": name})
    assert response.status_code == 200
    assert "full_name" in response.context["form"].errors


def test_invisible_characters_are_dropped_from_a_stored_name(kiosk):  # noqa: F811
    identity = {**answers()["identity"], "full_name": "\u200fنادیہ\u200b بی بی\u202c"}
    assert fill(kiosk, "identity", identity).status_code == 302
    for step, data in list(answers().items())[1:]:
        fill(kiosk, step, data)
    kiosk.post("/kiosk/register/submit/")
    assert Candidate.objects.get().full_name == "نادیہ بی بی"


def test_a_phone_with_a_mistake_comes_back_exactly_as_typed(kiosk):  # noqa: F811
    fill(kiosk, "identity", answers()["identity"])
    typed = "0300 12E4567"
    response = fill(kiosk, "contact", {"phone": typed, "address": "Street 1"})
    assert response.status_code == 200
    assert "phone" in response.context["form"].errors
    assert f'value="{typed}"' in response.text


def test_a_staff_date_is_read_day_first(client_for, centre):
    person = make_candidate(centre=centre)
    client = client_for("registration_officer")
    response = client.post(
        f"/candidates/{person.registration_number}/edit/",
        edit_form(person, date_of_birth="01/03/1990"),
    )
    assert response.status_code == 302, response.context["form"].errors
    person.refresh_from_db()
    assert str(person.date_of_birth) == "1990-03-01"


def test_a_date_that_is_no_date_is_shown_back_with_a_message(client_for, centre):
    person = make_candidate(centre=centre)
    response = client_for("registration_officer").post(
        f"/candidates/{person.registration_number}/edit/",
        edit_form(person, date_of_birth="31/02/1990"),
    )
    assert response.status_code == 200
    assert "date_of_birth" in response.context["form"].errors
