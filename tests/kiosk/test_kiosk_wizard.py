"""The kiosk wizard through the test client: steps, Back, duplicates, reset, no-store."""

import datetime

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from apps.candidates.models import Candidate, RegistrationAttempt
from tests.factories import consent_text, ensure_occupation, make_candidate

pytestmark = pytest.mark.django_db

AVAILABLE = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()


def answers(cnic="35202-1111111-1"):
    return {
        "identity": {
            "full_name": "Nadia Bibi",
            "relation_name": "Abdul Rehman",
            "sex": "female",
            "date_of_birth": "1994-03-05",
            "cnic": cnic,
            "passport_number": "",
            "passport_expiry": "",
        },
        "contact": {"phone": "0301 2345678", "email": "", "address": "Street 1, Lahore"},
        "education": {"education": "intermediate", "language_ur": "fluent", "language_en": "basic"},
        "work": {"occupations": [], "years_5322": "4"},
        "destinations": {"destination_countries": ["AE"], "available_from": AVAILABLE},
        "consent": {"heard_about": "radio_tv", "consent": "on", "messages": "yes"},
    }


@pytest.fixture
def kiosk(client_for, centre):
    consent_text("en")
    carer = ensure_occupation("5322", "Home-based Personal Care Workers")
    carer.kiosk_order, carer.kiosk_icon = 1, "person-wheelchair"
    carer.save()
    client = client_for("kiosk")
    client.carer = carer
    return client


def fill(client, step, data, action="next"):
    if step == "contact":
        data = {**data, "home_district": client.user.centre.district_id}
    if step == "work":
        data = {**data, "occupations": [client.carer.pk]}
    return client.post(f"/kiosk/register/{step}/", {**data, "action": action})


def register_everything(client, cnic="35202-1111111-1"):
    for step, data in answers(cnic).items():
        response = fill(client, step, data)
        assert response.status_code == 302, (
            step,
            response.context and response.context["form"].errors,
        )
    return client.post("/kiosk/register/submit/")


def test_a_person_registers_step_by_step_and_gets_a_slip(kiosk):
    response = register_everything(kiosk)
    assert response.url == "/kiosk/slip/"
    candidate = Candidate.objects.get()
    assert candidate.channel == "kiosk"
    assert candidate.registered_by == kiosk.user
    assert candidate.centre == kiosk.user.centre
    assert candidate.phone.as_e164 == "+923012345678"
    assert candidate.consent_text.language == "en"
    assert [(o.occupation.code, o.years) for o in candidate.occupations.all()] == [("5322", 4)]
    slip = kiosk.get("/kiosk/slip/")
    assert candidate.registration_number in slip.text
    assert "<svg" in slip.text  # the QR code


def test_steps_cannot_be_skipped(kiosk):
    response = kiosk.get("/kiosk/register/work/")
    assert response.url == "/kiosk/register/identity/"
    assert kiosk.get("/kiosk/register/review/").url == "/kiosk/register/identity/"


def test_next_with_errors_keeps_everything_typed(kiosk):
    data = {**answers()["identity"], "cnic": "35202-123", "date_of_birth": "2015-01-01"}
    response = fill(kiosk, "identity", data)
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"cnic", "date_of_birth"}
    assert 'value="Nadia Bibi"' in response.text
    assert 'value="35202-123"' in response.text


def test_back_keeps_what_was_typed_even_unfinished(kiosk):
    fill(kiosk, "identity", answers()["identity"])
    response = fill(kiosk, "contact", {"phone": "0301", "address": "Half typed"}, action="back")
    assert response.url == "/kiosk/register/identity/"
    contact = kiosk.get("/kiosk/register/contact/")
    assert "Half typed" in contact.text and 'value="0301"' in contact.text


def test_a_registered_cnic_is_told_to_see_the_desk_and_learns_nothing_else(kiosk):
    existing = make_candidate(
        centre=kiosk.user.centre, cnic="35202-2222222-2", full_name="Zafar Iqbal"
    )
    response = fill(kiosk, "identity", answers("35202-2222222-2")["identity"])
    assert response.status_code == 200
    assert "already registered" in response.text
    assert existing.full_name not in response.text
    assert existing.registration_number not in response.text
    assert RegistrationAttempt.objects.get().candidate == existing


def test_a_double_submit_creates_one_candidate(kiosk):
    register_everything(kiosk)
    again = kiosk.post("/kiosk/register/submit/")
    assert again.url == "/kiosk/slip/"
    assert Candidate.objects.count() == 1


def test_every_kiosk_response_is_no_store(kiosk):
    for url in ("/kiosk/", "/kiosk/menu/", "/kiosk/register/identity/"):
        assert "no-store" in kiosk.get(url)["Cache-Control"]


def test_reset_erases_the_session_and_changes_the_cookie_but_keeps_the_device_logged_in(kiosk):
    fill(kiosk, "identity", answers()["identity"])
    old_key = kiosk.cookies[settings.SESSION_COOKIE_NAME].value
    response = kiosk.post("/kiosk/reset/")
    assert response.url == "/kiosk/"
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    new_key = kiosk.cookies[settings.SESSION_COOKIE_NAME].value
    assert new_key != old_key
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=old_key).exists()
    identity = kiosk.get("/kiosk/register/identity/")
    assert identity.status_code == 200
    assert "Nadia Bibi" not in identity.text
    # The old cookie opens nothing anywhere: the session is gone from Redis too.
    replayed = Client()
    replayed.cookies[settings.SESSION_COOKIE_NAME] = old_key
    assert replayed.get("/kiosk/register/identity/").status_code == 302


def test_after_the_slip_and_a_reset_nothing_of_the_person_is_left(kiosk):
    register_everything(kiosk)
    number = Candidate.objects.get().registration_number
    kiosk.post("/kiosk/reset/")
    response = kiosk.get("/kiosk/slip/")
    assert response.url == "/kiosk/"
    assert number not in kiosk.get("/kiosk/register/review/", follow=True).text


def test_the_kiosk_never_reaches_stored_records(kiosk):
    candidate = make_candidate(centre=kiosk.user.centre)
    assert kiosk.get("/candidates/").status_code == 403
    assert kiosk.get(f"/candidates/{candidate.registration_number}/").status_code == 403


def test_kiosk_personal_fields_switch_autofill_off(kiosk):
    html = kiosk.get("/kiosk/register/identity/").text
    assert 'autocomplete="off"' in html
    assert 'inputmode="numeric"' in html


def test_text_messages_are_asked_apart_and_a_no_still_registers(kiosk):
    data = answers()
    for step, step_answers in data.items():
        if step != "consent":
            fill(kiosk, step, step_answers)
    unanswered = fill(kiosk, "consent", {"heard_about": "radio_tv", "consent": "on"})
    assert unanswered.status_code == 200
    assert "Choose yes or no. You are served the same either way." in unanswered.text
    assert 'value="radio_tv" checked' in unanswered.text  # nothing chosen is lost
    fill(kiosk, "consent", {"heard_about": "radio_tv", "consent": "on", "messages": "no"})
    assert "No messages" in kiosk.get("/kiosk/register/review/").text
    assert kiosk.post("/kiosk/register/submit/").url == "/kiosk/slip/"
    assert Candidate.objects.get().messages_agreed_at is None


def test_a_yes_to_text_messages_is_kept_with_its_moment(kiosk):
    register_everything(kiosk)
    candidate = Candidate.objects.get()
    assert candidate.messages_agreed_at == candidate.consented_at
