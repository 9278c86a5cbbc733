"""Every field says what is wrong, in the active language (hypothesis where it helps)."""

import contextlib
import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from hypothesis import given
from hypothesis import strategies as st

from apps.candidates.fields import (
    BirthDateField,
    CnicField,
    MobilePhoneField,
    PassportExpiryField,
    PassportNumberField,
)

# Network codes in use in Pakistan (Jazz, Zong, Warid, Ufone, Telenor).
NETWORK_CODES = (
    [f"30{n}" for n in range(10)]
    + [f"31{n}" for n in range(6)]
    + [
        "320",
        "321",
        "322",
        "323",
        "324",
        "333",
        "334",
        "335",
        "336",
        "340",
        "341",
        "342",
        "343",
        "344",
        "345",
        "346",
        "347",
    ]
)
mobile_numbers = st.builds(
    lambda network, rest: f"0{network}{rest:07d}",
    st.sampled_from(NETWORK_CODES),
    st.integers(min_value=0, max_value=9_999_999),
)


@given(mobile_numbers, st.sampled_from(["{}", "+92{}", "0092{}", "{} "]))
def test_pakistani_mobiles_are_stored_in_e164(number, shape):
    typed = shape.format(number[1:] if shape.startswith(("+92", "0092")) else number)
    cleaned = MobilePhoneField().clean(typed)
    assert cleaned.as_e164 == "+92" + number[1:]


@pytest.mark.parametrize("typed", ["042 99201234", "+44 20 7946 0958", "0300", "abc", "12"])
def test_landlines_foreign_and_malformed_numbers_are_refused(typed):
    with pytest.raises(ValidationError):
        MobilePhoneField().clean(typed)


@given(st.text(max_size=30))
def test_the_phone_field_never_crashes(text):
    with contextlib.suppress(ValidationError):
        MobilePhoneField(required=False).clean(text)


@given(st.dates(min_value=datetime.date(1920, 1, 1), max_value=datetime.date(2100, 1, 1)))
def test_birth_dates_in_the_future_or_under_eighteen_are_refused(born):
    today = timezone.localdate()
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    field = BirthDateField()
    if born > today or age < 18 or age > 100:
        with pytest.raises(ValidationError):
            field.clean(born.isoformat())
    else:
        assert field.clean(born.isoformat()) == born


def test_eighteen_today_is_old_enough():
    today = timezone.localdate()
    try:
        born = today.replace(year=today.year - 18)
    except ValueError:  # 29 February
        born = today.replace(year=today.year - 18, day=28)
    assert BirthDateField().clean(born.isoformat()) == born


def test_under_age_is_refused_with_a_clear_message_in_urdu():
    born = timezone.localdate().replace(year=timezone.localdate().year - 16)
    with translation.override("ur"):
        with pytest.raises(ValidationError) as error:
            BirthDateField().clean(born.isoformat())
        message = error.value.messages[0]
    assert "18" in message and not message.replace("18", "").isascii()


def test_an_expired_passport_is_refused():
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        PassportExpiryField().clean(yesterday.isoformat())
    assert error.value.code == "expired"


@pytest.mark.parametrize(
    ("typed", "ok"),
    [("AB1234567", True), ("ab 1234567", True), ("A1234567", False), ("AB12", False)],
)
def test_passport_numbers(typed, ok):
    if ok:
        assert PassportNumberField().clean(typed) == typed.replace(" ", "").upper()
    else:
        with pytest.raises(ValidationError):
            PassportNumberField().clean(typed)


@pytest.mark.parametrize("typed", ["35202-1234567", "352021234567890", "35202-123456A-1"])
def test_a_wrong_cnic_gets_a_message_naming_the_13_digits(typed):
    with pytest.raises(ValidationError) as error:
        CnicField().clean(typed)
    assert "13" in error.value.messages[0]
