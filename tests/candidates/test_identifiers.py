"""CNIC and passport numbers: normalising, masking, encryption with rotation, hashing."""

import pytest
from cryptography.fernet import Fernet
from hypothesis import given
from hypothesis import strategies as st

from apps.candidates import identifiers

digits13 = st.text(alphabet="0123456789", min_size=13, max_size=13)


@given(digits13)
def test_a_cnic_is_accepted_with_or_without_dashes(digits):
    dashed = f"{digits[:5]}-{digits[5:12]}-{digits[12]}"
    assert identifiers.normalise_cnic(digits) == digits
    assert identifiers.normalise_cnic(dashed) == digits
    assert identifiers.normalise_cnic(f" {dashed} ") == digits
    assert identifiers.format_cnic(digits) == dashed


@given(st.text(alphabet="0123456789", min_size=0, max_size=20).filter(lambda s: len(s) != 13))
def test_a_cnic_of_another_length_is_refused(digits):
    with pytest.raises(ValueError):
        identifiers.normalise_cnic(digits)


@given(st.text(max_size=20))
def test_anything_that_is_not_a_cnic_is_refused_and_never_crashes(text):
    try:
        result = identifiers.normalise_cnic(text)
    except ValueError:
        return
    assert len(result) == 13 and result.isdigit()


def test_dashes_in_the_wrong_places_are_refused():
    with pytest.raises(ValueError):
        identifiers.normalise_cnic("3520-21234567-1")


@given(digits13)
def test_the_mask_shows_only_the_district_prefix_and_the_last_digit(digits):
    masked = identifiers.mask_cnic(digits)
    assert masked == f"{digits[:5]}-*****-{digits[12]}"
    assert digits[5:12] not in masked


def test_encryption_round_trips_and_is_not_the_plain_value(settings):
    token = identifiers.encrypt("3520212345671")
    assert "3520212345671" not in token
    assert identifiers.decrypt(token) == "3520212345671"
    assert identifiers.encrypt("3520212345671") != token  # a fresh IV each time


def test_a_tampered_token_is_refused():
    token = identifiers.encrypt("3520212345671")
    tampered = token[:-6] + ("A" if token[-6] != "A" else "B") + token[-5:]
    with pytest.raises(ValueError):
        identifiers.decrypt(tampered)


def test_keys_rotate_old_tokens_still_decrypt_and_re_encrypt_under_the_new_key(settings):
    old_token = identifiers.encrypt("3520212345671")
    new_key = Fernet.generate_key().decode()
    settings.PORTAL_ENCRYPTION_KEYS = [new_key, *settings.PORTAL_ENCRYPTION_KEYS]
    identifiers._fernet.cache_clear()
    try:
        assert identifiers.decrypt(old_token) == "3520212345671"
        rotated = identifiers.reencrypt(old_token)
        assert Fernet(new_key.encode()).decrypt(rotated.encode()) == b"3520212345671"
    finally:
        identifiers._fernet.cache_clear()


def test_the_hash_is_keyed_and_keeps_kinds_apart(settings):
    cnic_hash = identifiers.identifier_hash("cnic", "3520212345671")
    assert cnic_hash == identifiers.identifier_hash("cnic", "3520212345671")
    assert cnic_hash != identifiers.identifier_hash("passport", "3520212345671")
    settings.PORTAL_IDENTIFIER_HASH_KEY = "another-key"
    assert cnic_hash != identifiers.identifier_hash("cnic", "3520212345671")


def test_passport_numbers_are_compared_without_spaces_or_case():
    assert identifiers.normalise_passport(" ab 1234567 ") == "AB1234567"
    assert identifiers.mask_passport("AB1234567") == "*******67"


@pytest.mark.django_db
def test_the_rotation_command_re_encrypts_stored_identifiers(settings):
    from django.core.management import call_command

    from apps.candidates.models import Candidate
    from tests.factories import make_candidate

    candidate = make_candidate(cnic="35202-1234567-1", passport_number="AB1234567")
    new_key = Fernet.generate_key().decode()
    settings.PORTAL_ENCRYPTION_KEYS = [new_key, *settings.PORTAL_ENCRYPTION_KEYS]
    identifiers._fernet.cache_clear()
    try:
        call_command("rotate_identifier_keys", verbosity=0)
        stored = Candidate.objects.get(pk=candidate.pk)
        only_new = Fernet(new_key.encode())
        assert only_new.decrypt(stored.cnic_encrypted.encode()) == b"3520212345671"
        assert only_new.decrypt(stored.passport_encrypted.encode()) == b"AB1234567"
        assert Candidate.objects.with_cnic("35202-1234567-1").get() == stored
    finally:
        identifiers._fernet.cache_clear()
