"""No personal data in logs or error pages: a failure while handling a CNIC, a phone
number or a name answers with the plain 500 page, logs the path only, and error reports
(as mailed to administrators) show the POST values hidden."""

import logging

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

from apps.candidates.forms import IdentityForm
from tests.factories import (
    TEST_PASSWORD,
    make_candidate,
    make_complaint,
    make_listing,
    make_page,
)

from .conftest import CNIC, CNIC_PRINTED, NAME, PHONE

pytestmark = pytest.mark.django_db

PERSONAL = (CNIC, CNIC_PRINTED, NAME, PHONE, "Ghulam Rasool")
HIDDEN = SafeExceptionReporterFilter.cleansed_substitute


def formatted(record) -> str:
    """The record as the portal's console handler writes it (traceback included)."""
    plain = django_settings.LOGGING["formatters"]["plain"]
    return logging.Formatter(plain["format"], style=plain["style"]).format(record)


def assert_nothing_personal(*texts):
    for text in texts:
        for value in PERSONAL:
            assert value not in text, value


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False
    settings.ROOT_URLCONF = "tests.privacy.urls_raising"


def logged_in(make_user, role):
    client = Client(raise_request_exception=False)
    assert client.login(username=make_user(role).username, password=TEST_PASSWORD)
    return client


def test_a_failing_view_answers_with_the_plain_500_page(production, make_user, caplog):
    client = logged_in(make_user, "registration_officer")
    data = {"cnic": CNIC_PRINTED, "phone": PHONE, "full_name": NAME}
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.post("/test-failing-view/", data)
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page
    assert_nothing_personal(page)
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.getMessage() == "Internal Server Error: /test-failing-view/"
    assert_nothing_personal(record.getMessage(), formatted(record))
    # What an administrator's error mail would carry: the POST values hidden.
    reporter = ExceptionReporter(record.request, *record.exc_info)
    assert_nothing_personal(reporter.get_traceback_text(), reporter.get_traceback_html())


def test_desk_registration_failing_leaks_nothing(production, make_user, caplog, monkeypatch):
    def fail(self):
        raise RuntimeError("validation went wrong")

    # The desk form fails while it reads what was typed.
    monkeypatch.setattr(IdentityForm, "full_clean", fail)
    client = logged_in(make_user, "registration_officer")
    data = {
        "identity-full_name": NAME,
        "identity-relation_name": "Ghulam Rasool",
        "identity-cnic": CNIC_PRINTED,
        "contact-phone": PHONE,
    }
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.post(reverse("candidates:register"), data)
    assert response.status_code == 500
    assert_nothing_personal(response.content.decode())
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert_nothing_personal(record.getMessage(), formatted(record))
    reporter = ExceptionReporter(record.request, *record.exc_info)
    assert_nothing_personal(reporter.get_traceback_text(), reporter.get_traceback_html())
    filtered = SafeExceptionReporterFilter().get_post_parameters(record.request)
    assert all(filtered[name] == HIDDEN for name in data)


def test_a_404_shows_nothing_of_the_request(production, make_user):
    client = logged_in(make_user, "registration_officer")
    response = client.get(f"/candidates/{CNIC}/")
    assert response.status_code == 404
    assert CNIC not in response.content.decode()


def posted(client, url, data):
    response = client.post(url, data)
    return SafeExceptionReporterFilter().get_post_parameters(response.wsgi_request)


# (role, url builder, what is posted, the fields that must be hidden)
PERSON = {"full_name": NAME, "relation_name": "Ghulam Rasool", "cnic": CNIC, "phone": PHONE}
VIEWS = {
    "desk registration": (
        "registration_officer",
        lambda centre: reverse("candidates:register"),
        {"identity-full_name": NAME, "identity-cnic": CNIC, "contact-phone": PHONE},
    ),
    "desk edit": (
        "registration_officer",
        lambda centre: reverse(
            "candidates:edit", args=[make_candidate(centre=centre).registration_number]
        ),
        {**PERSON, "new_cnic": CNIC, "email": "a@example.pk", "address": "12 Street"},
    ),
    "search box": ("registration_officer", lambda centre: reverse("candidates:list"), {"q": CNIC}),
    "kiosk identity step": (
        "kiosk",
        lambda centre: reverse("kiosk:register", args=["identity"]),
        {**PERSON, "passport_number": "AB1234567", "date_of_birth": "1994-08-17"},
    ),
    "kiosk contact step": (
        "kiosk",
        lambda centre: reverse("kiosk:register", args=["contact"]),
        {"phone": PHONE, "email": "a@example.pk", "address": "12 Street"},
    ),
    "kiosk job interest": (
        "kiosk",
        lambda centre: reverse("listings:interest", args=[make_listing().pk]),
        {"registration_number": "LHR-2026-000001", "cnic": CNIC},
    ),
    "kiosk counselling": (
        "kiosk",
        lambda centre: reverse("counselling:kiosk_identify"),
        {"registration_number": "LHR-2026-000001", "cnic": CNIC},
    ),
    "orientation quiz": (
        "kiosk",
        lambda centre: reverse("orientation:quiz", args=[make_page().slug]),
        {"registration_number": "LHR-2026-000001", "cnic": CNIC},
    ),
    "case note": (
        "counsellor",
        lambda centre: reverse(
            "counselling:add_note", args=[make_candidate(centre=centre).registration_number]
        ),
        {"note-text": f"{NAME} paid an agent", "note-outcome": "advice"},
    ),
    "complaint referred to an authority": (
        "counsellor",
        lambda centre: reverse(
            "complaints:escalate", args=[make_complaint(centre=centre).reference]
        ),
        {"escalate-request": f"Help {NAME} get her money back", "escalate-office": "Lahore"},
    ),
    "the authority's answer": (
        "counsellor",
        lambda centre: _answer_url(centre),
        {"answer-1-answer": f"{NAME} was paid back", "answer-1-their_reference": "X/1"},
    ),
}


def _answer_url(centre):
    from apps.complaints.services import escalate_complaint

    complaint = make_complaint(centre=centre)
    escalation = escalate_complaint(complaint=complaint, authority="opf", by=complaint.filed_by)
    return reverse("complaints:record_answer", args=[complaint.reference, escalation.pk])


@pytest.mark.parametrize("name", VIEWS)
def test_every_form_of_personal_data_is_hidden_from_error_reports(client_for, centre, name):
    role, url, data = VIEWS[name]
    if role == "counsellor":
        from tests.factories import make_counsellor

        counsellor = make_counsellor(centre)
        client = client_for(None)
        client.force_login(counsellor.user)
    else:
        client = client_for(role)
    filtered = posted(client, url(centre), data)
    for field in data:
        assert filtered[field] == HIDDEN, field


def test_the_login_form_hides_the_password(client):
    filtered = posted(client, reverse("accounts:login"), {"username": "x", "password": CNIC})
    assert filtered["password"] == HIDDEN
