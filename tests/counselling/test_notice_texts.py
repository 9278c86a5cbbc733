"""Every message a person can get, read in Urdu: Urdu words only (their name, numbers
and codes aside), within two SMS parts."""

import re

import pytest

from apps.counselling.models import Appointment
from apps.counselling.notices import MESSAGES, build_message
from apps.notifications.sms import sms_segments
from apps.orientation.models import Enrolment
from apps.orientation.notices import place_confirmation
from tests.factories import (
    FUTURE_MONDAY,
    consent_text,
    make_appointment,
    make_candidate,
    make_counsellor,
    make_session,
)
from tests.factories import local_time as at

pytestmark = pytest.mark.django_db

NAME = "Muhammad Aslam Chaudhry"  # names are written in Latin letters as often as not


@pytest.fixture
def appointment_for_an_urdu_reader(centre):
    centre.name_ur = "مائیگرنٹ ریسورس سینٹر لاہور"
    centre.helpline = "+924299201234"
    centre.save()
    person = make_candidate(centre=centre, full_name=NAME, consent_text=consent_text("ur"))
    counsellor = make_counsellor(centre)

    def appointment(mode):
        return make_appointment(
            counsellor=counsellor, candidate=person, starts_at=at(FUTURE_MONDAY, 10), mode=mode
        )

    return appointment


@pytest.mark.parametrize("mode", Appointment.Mode.values)
@pytest.mark.parametrize("kind", list(MESSAGES))
def test_every_message_in_urdu_is_urdu_and_fits_two_sms(appointment_for_an_urdu_reader, kind, mode):
    message = build_message(appointment_for_an_urdu_reader(mode), kind)
    assert message.language == "ur"
    words = message.body.replace(NAME.split()[0], "")
    assert not re.search(r"[A-Za-z]", words), message.body
    assert not re.search(r"[A-Za-z]", message.subject), message.subject
    assert sms_segments(message.body) <= 2, (len(message.body), message.body)


def test_the_orientation_place_message_in_urdu_is_urdu_and_fits_two_sms(centre):
    centre.name_ur = "مائیگرنٹ ریسورس سینٹر لاہور"
    centre.save()
    person = make_candidate(
        centre=centre, full_name=NAME, consent_text=consent_text("ur"), preferred_language="ur"
    )
    enrolment = Enrolment.objects.create(
        session=make_session(centre=centre), candidate=person, channel="online"
    )
    message = place_confirmation(enrolment)
    assert message.language == "ur"
    assert "لاہور" in message.body
    words = message.body.replace(NAME.split()[0], "")
    assert not re.search(r"[A-Za-z]", words), message.body
    assert not re.search(r"[A-Za-z]", message.subject), message.subject
    assert sms_segments(message.body) <= 2, (len(message.body), message.body)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("", 1),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # two places each in the GSM alphabet
        ("€" * 81, 2),
        ("ا" * 70, 1),
        ("ا" * 71, 2),
        ("ا" * 134, 2),
        ("ا" * 135, 3),
    ],
)
def test_sms_parts_are_counted_as_operators_count_them(text, parts):
    assert sms_segments(text) == parts
