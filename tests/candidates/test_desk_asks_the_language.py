"""The desk asks which language the person reads and which the consent was given in:
neither is assumed from the officer's own language."""

import re

import pytest

from apps.candidates.models import Candidate
from tests.candidates.test_staff_pages import desk_form
from tests.factories import consent_text

pytestmark = pytest.mark.django_db


def test_neither_language_is_chosen_before_the_officer_asks(client_for):
    page = client_for("registration_officer").get("/candidates/register/").text
    for name in ("consent-preferred_language", "consent-consent_language"):
        radios = re.findall(rf'<input[^>]*name="{name}"[^>]*>', page)
        assert len(radios) == 2, name
        assert not any("checked" in radio for radio in radios), name


def test_a_registration_without_the_languages_asks_for_them(client_for, centre):
    consent_text("en")
    form = desk_form(centre.district)
    del form["consent-preferred_language"], form["consent-consent_language"]
    response = client_for("registration_officer").post("/candidates/register/", form)
    assert response.status_code == 200
    assert "Ask the person which language they read." in response.text
    assert "Choose the language the consent was given in." in response.text
    assert not Candidate.objects.exists()


def test_the_person_reads_urdu_though_the_consent_was_read_in_english(client_for, centre):
    consent_text("en")
    client_for("registration_officer").post(
        "/candidates/register/", desk_form(centre.district, **{"consent-preferred_language": "ur"})
    )
    person = Candidate.objects.get()
    assert person.preferred_language == "ur"
    assert person.consent_text.language == "en"
