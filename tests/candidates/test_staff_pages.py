"""Staff pages: scoping by centre, masking per role, search, the desk checks, desk form."""

import datetime

import pytest
from django.utils import timezone

from apps.candidates.models import Candidate, IdentifierDisclosure
from tests.factories import CentreFactory, consent_text, ensure_occupation, make_candidate

pytestmark = pytest.mark.django_db


@pytest.fixture
def candidate(centre):
    return make_candidate(centre=centre, cnic="35202-1234567-1", full_name="Muhammad Asif")


@pytest.mark.parametrize(
    ("role", "sees_reveal_button"),
    [("registration_officer", True), ("counsellor", False), ("centre_manager", False)],
)
def test_the_record_shows_the_cnic_masked_to_every_role(
    client_for, candidate, role, sees_reveal_button
):
    response = client_for(role).get(f"/candidates/{candidate.registration_number}/")
    assert response.status_code == 200
    assert "35202-*****-1" in response.text
    assert "35202-1234567-1" not in response.text
    assert ('data-testid="reveal-cnic"' in response.text) is sees_reveal_button


def test_showing_the_full_number_is_recorded(client_for, candidate):
    client = client_for("registration_officer")
    response = client.post(f"/candidates/{candidate.registration_number}/identifier/cnic/")
    assert "35202-1234567-1" in response.text
    disclosure = IdentifierDisclosure.objects.get()
    assert (disclosure.viewer, disclosure.candidate, disclosure.field) == (
        client.user,
        candidate,
        "cnic",
    )


@pytest.mark.parametrize(
    "role", ["counsellor", "centre_manager", "district_labour_officer", "kiosk"]
)
def test_other_roles_cannot_reveal(client_for, candidate, role):
    response = client_for(role).post(
        f"/candidates/{candidate.registration_number}/identifier/cnic/"
    )
    assert response.status_code == 403
    assert not IdentifierDisclosure.objects.exists()


def test_another_centres_candidate_answers_404_everywhere(client_for):
    stranger = make_candidate(centre=CentreFactory())
    client = client_for("registration_officer")
    number = stranger.registration_number
    assert client.get(f"/candidates/{number}/").status_code == 404
    assert client.post(f"/candidates/{number}/identifier/cnic/").status_code == 404
    assert client.post(f"/candidates/{number}/documents-seen/").status_code == 404
    assert client.post(f"/candidates/{number}/verify/").status_code == 404
    assert number not in client.get("/candidates/").text


def test_a_superuser_sees_every_centre(client_for):
    stranger = make_candidate(centre=CentreFactory())
    assert (
        client_for("superuser").get(f"/candidates/{stranger.registration_number}/").status_code
        == 200
    )


@pytest.mark.parametrize(
    "typed",
    [
        "{number}",
        "35202-1234567-1",
        "3520212345671",
        "0300 0000001",
        "+923000000001",
        "Asif",
        "asif muhamad",
    ],
)
def test_search_finds_by_number_cnic_phone_and_fuzzy_name(client_for, centre, typed):
    candidate = make_candidate(
        centre=centre, cnic="35202-1234567-1", full_name="Muhammad Asif", phone="+923000000001"
    )
    make_candidate(centre=centre, full_name="Bushra Naz")
    response = client_for("counsellor").get(
        "/candidates/", {"q": typed.format(number=candidate.registration_number)}
    )
    assert candidate.registration_number in response.text
    assert "Bushra Naz" not in response.text


def test_filters_narrow_the_list(client_for, centre):
    woman = make_candidate(centre=centre, sex="female", destination_countries=["QA"])
    man = make_candidate(centre=centre, sex="male", destination_countries=["SA", "AE"])
    client = client_for("centre_manager")
    women = client.get("/candidates/", {"sex": "female"}).text
    assert woman.registration_number in women and man.registration_number not in women
    to_uae = client.get("/candidates/", {"destination": "AE"}).text
    assert man.registration_number in to_uae and woman.registration_number not in to_uae
    trades = client.get(
        "/candidates/", {"occupation_group": ensure_occupation().parent.parent.parent.pk}
    ).text
    assert woman.registration_number in trades


def test_age_bands(client_for, centre):
    today = timezone.localdate()
    young = make_candidate(
        centre=centre,
        date_of_birth=today.replace(year=today.year - 20) - datetime.timedelta(days=1),
    )
    older = make_candidate(centre=centre, date_of_birth=today.replace(year=today.year - 40))
    page = client_for("counsellor").get("/candidates/", {"age_band": "18-24"}).text
    assert young.registration_number in page and older.registration_number not in page


def test_the_list_runs_a_constant_number_of_queries(
    client_for, centre, django_assert_max_num_queries
):
    client = client_for("registration_officer")
    make_candidate(centre=centre)
    with django_assert_max_num_queries(20) as few:
        client.get("/candidates/")
    for _ in range(24):
        make_candidate(centre=centre)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/candidates/")
    assert response.context["page"].paginator.count == 25


def test_the_record_reads_a_constant_number_of_queries_however_many_jobs_fit(
    client_for, centre, django_assert_max_num_queries
):
    """The record's "jobs that fit" scores every open listing in the person's trades:
    the person's trades and languages are read once, not once per listing."""
    from tests.factories import make_listing

    client = client_for("registration_officer")
    person = make_candidate(centre=centre)
    url = f"/candidates/{person.registration_number}/"
    make_listing()
    with django_assert_max_num_queries(40) as few:
        client.get(url)
    for _ in range(12):
        make_listing()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200


def test_documents_seen_then_verified(client_for, candidate):
    client = client_for("registration_officer")
    number = candidate.registration_number
    client.post(f"/candidates/{number}/verify/")
    candidate.refresh_from_db()
    assert candidate.status == "new"
    client.post(f"/candidates/{number}/documents-seen/")
    client.post(f"/candidates/{number}/verify/")
    candidate.refresh_from_db()
    assert candidate.status == "verified"
    assert candidate.documents_seen_by == client.user == candidate.verified_by


@pytest.mark.parametrize("role", ["counsellor", "centre_manager"])
def test_only_registration_officers_verify(client_for, candidate, role):
    assert (
        client_for(role)
        .post(f"/candidates/{candidate.registration_number}/documents-seen/")
        .status_code
        == 403
    )


def desk_form(district, cnic="35202-3333333-3", **changes):
    occupation = ensure_occupation()
    data = {
        "submission_key": "7d0c8b1e-6a4f-4b0e-9a35-2f1c3d4e5f60",
        "identity-full_name": "Rashid Mehmood",
        "identity-relation_name": "Mehmood Ahmed",
        "identity-sex": "male",
        "identity-date_of_birth": "1988-07-01",
        "identity-cnic": cnic,
        "contact-phone": "0321 7654321",
        "contact-home_district": district.pk,
        "contact-address": "Gulberg, Lahore",
        "education-education": "diploma",
        "education-language_ur": "fluent",
        "work-occupation_1": occupation.pk,
        "work-years_1": "8",
        "destinations-destination_countries": ["SA"],
        "destinations-available_from": timezone.localdate().isoformat(),
        "consent-heard_about": "government_office",
        "consent-consent": "on",
        "consent-messages": "yes",
        "consent-consent_language": "en",
        "consent-preferred_language": "ur",
        "consent-channel": "desk",
    }
    data.update(changes)
    return data


def test_desk_registration_creates_the_record(client_for, centre):
    consent_text("en")
    client = client_for("registration_officer")
    response = client.post("/candidates/register/", desk_form(centre.district))
    candidate = Candidate.objects.get()
    assert response.url == f"/candidates/{candidate.registration_number}/"
    assert candidate.channel == "desk" and candidate.registered_by == client.user
    again = client.post("/candidates/register/", desk_form(centre.district))
    assert again.status_code == 302 and Candidate.objects.count() == 1  # double submit


def test_desk_errors_are_in_urdu_and_nothing_typed_is_lost(client_for, centre):
    consent_text("en")
    client = client_for("registration_officer")
    client.cookies["django_language"] = "ur"
    data = desk_form(centre.district, **{"identity-cnic": "12345", "contact-phone": "042 1234"})
    response = client.post("/candidates/register/", data)
    assert response.status_code == 200
    assert 'value="Rashid Mehmood"' in response.text and 'value="12345"' in response.text
    assert "cnic" in response.context["forms"]["identity"].errors
    assert "phone" in response.context["forms"]["contact"].errors
    for field in ("identity-cnic", "contact-phone"):
        feedback = response.text.split(f'id="error_1_id_{field}"', 1)[1].split("</", 1)[0]
        assert not feedback.replace("35202-1234567-1", "").replace("13", "").isascii(), feedback
    assert not Candidate.objects.exists()


def test_desk_duplicate_cnic_names_the_existing_record_of_the_same_centre(client_for, centre):
    consent_text("en")
    existing = make_candidate(centre=centre, cnic="35202-3333333-3")
    response = client_for("registration_officer").post(
        "/candidates/register/", desk_form(centre.district)
    )
    assert existing.registration_number in response.text


def test_desk_duplicate_cnic_of_another_centre_reveals_nothing(client_for, centre):
    consent_text("en")
    existing = make_candidate(centre=CentreFactory(), cnic="35202-3333333-3")
    response = client_for("registration_officer").post(
        "/candidates/register/", desk_form(centre.district)
    )
    assert "another centre" in response.text
    assert existing.registration_number not in response.text


def edit_form(candidate, **changes):
    occupation = candidate.occupations.get()
    data = {
        "full_name": candidate.full_name,
        "relation_name": candidate.relation_name,
        "sex": candidate.sex,
        "date_of_birth": candidate.date_of_birth.isoformat(),
        "new_cnic": "",
        "new_passport_number": "",
        "passport_expiry": "",
        "phone": candidate.phone.as_e164,
        "email": "",
        "home_district": candidate.home_district_id,
        "address": candidate.address,
        "education": candidate.education,
        "destination_countries": ["SA"],
        "available_from": timezone.localdate().isoformat(),
        "heard_about": candidate.heard_about,
        "preferred_language": candidate.preferred_language,
        "messages": "yes" if candidate.agrees_to_messages else "no",
        "status": "new",
        "languages-TOTAL_FORMS": "1",
        "languages-INITIAL_FORMS": "1",
        "languages-0-id": candidate.languages.get().pk,
        "languages-0-language": "ur",
        "languages-0-level": "fluent",
        "occupations-TOTAL_FORMS": "1",
        "occupations-INITIAL_FORMS": "1",
        "occupations-0-id": occupation.pk,
        "occupations-0-occupation": occupation.occupation_id,
        "occupations-0-years": "5",
        "certificates-TOTAL_FORMS": "0",
        "certificates-INITIAL_FORMS": "0",
        "work_abroad-TOTAL_FORMS": "0",
        "work_abroad-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_the_desk_asks_about_text_messages_and_a_no_is_no_obstacle(client_for, centre):
    consent_text("en")
    client = client_for("registration_officer")
    unanswered = desk_form(centre.district)
    del unanswered["consent-messages"]
    response = client.post("/candidates/register/", unanswered)
    assert "messages" in response.context["forms"]["consent"].errors
    assert not Candidate.objects.exists()
    client.post("/candidates/register/", desk_form(centre.district, **{"consent-messages": "no"}))
    candidate = Candidate.objects.get()
    assert candidate.messages_agreed_at is None
    record = client.get(f"/candidates/{candidate.registration_number}/").text
    assert "not agreed: none are sent" in record


def test_a_person_withdraws_and_gives_agreement_to_messages_at_the_desk(client_for, candidate):
    client = client_for("registration_officer")
    url = f"/candidates/{candidate.registration_number}/edit/"
    agreed_at = candidate.messages_agreed_at
    client.post(url, edit_form(candidate))
    candidate.refresh_from_db()
    assert candidate.messages_agreed_at == agreed_at  # unchanged: the first yes is kept
    client.post(url, edit_form(candidate, messages="no"))
    candidate.refresh_from_db()
    assert candidate.messages_agreed_at is None
    client.post(url, edit_form(candidate, messages="yes"))
    candidate.refresh_from_db()
    assert candidate.messages_agreed_at is not None
    assert "agreed on" in client.get(f"/candidates/{candidate.registration_number}/").text


def test_an_officer_completes_a_kiosk_record(client_for, candidate):
    client = client_for("registration_officer")
    response = client.post(
        f"/candidates/{candidate.registration_number}/edit/",
        edit_form(
            candidate,
            email="asif@example.org",
            new_passport_number="ab1234567",
            passport_expiry=(timezone.localdate() + datetime.timedelta(days=900)).isoformat(),
            **{
                "certificates-TOTAL_FORMS": "1",
                "certificates-0-issuing_body": "TEVTA",
                "certificates-0-trade": "Electrician",
                "certificates-0-level": "II",
            },
        ),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    candidate.refresh_from_db()
    assert candidate.email == "asif@example.org"
    assert candidate.full_passport() == "AB1234567"
    assert candidate.full_cnic() == "35202-1234567-1"  # kept: the field was left empty
    assert candidate.certificates.get().issuing_body == "TEVTA"


def test_correcting_the_cnic_to_another_records_is_refused_and_nothing_is_lost(
    client_for, candidate
):
    make_candidate(centre=candidate.centre, cnic="35202-9999999-9")
    client = client_for("registration_officer")
    response = client.post(
        f"/candidates/{candidate.registration_number}/edit/",
        edit_form(candidate, new_cnic="35202-9999999-9", address="Typed new address"),
    )
    assert response.status_code == 200
    assert "new_cnic" in response.context["form"].errors
    assert "Typed new address" in response.text
    candidate.refresh_from_db()
    assert candidate.full_cnic() == "35202-1234567-1"


def test_the_edit_page_never_shows_the_full_identifiers(client_for, candidate):
    html = (
        client_for("registration_officer")
        .get(f"/candidates/{candidate.registration_number}/edit/")
        .text.replace('placeholder="35202-1234567-1"', "")  # the field's example
    )
    assert "35202-*****-1" in html
    assert "3520212345671" not in html and "35202-1234567-1" not in html


@pytest.mark.parametrize("typed", ["35202-1234567-1", "0300 0000001"])
def test_an_identifier_search_is_answered_in_place_and_never_put_in_a_url(
    client_for, centre, typed
):
    candidate = make_candidate(
        centre=centre, cnic="35202-1234567-1", full_name="Muhammad Asif", phone="+923000000001"
    )
    for _ in range(30):
        make_candidate(centre=centre)
    response = client_for("registration_officer").post("/candidates/", {"q": typed})
    assert response.status_code == 200
    assert candidate.registration_number in response.text
    digits = typed.replace("-", "").replace(" ", "")
    assert f"q={digits}" not in response.text and "q=35202" not in response.text


def test_a_name_search_becomes_a_bookmarkable_address(client_for, centre):
    response = client_for("counsellor").post("/candidates/", {"q": "Asif", "sex": "male"})
    assert response.status_code == 302
    assert response.url == "/candidates/?q=Asif&sex=male"
