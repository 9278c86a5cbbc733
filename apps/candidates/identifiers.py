"""National ID (CNIC) and passport numbers: normalising, masking, encryption, hashing.

At rest a number is kept twice, neither readable alone: encrypted with Fernet
(AES-128-CBC plus HMAC-SHA256, authenticated; from the `cryptography` library) so the
full value can be shown to those who may see it, and as an HMAC-SHA256 keyed hash so
that an exact look-up and a unique constraint work without decrypting anything.

Keys come from the environment (README, "Configuration"). PORTAL_ENCRYPTION_KEYS
lists Fernet keys newest first: the first encrypts, all decrypt, so a key is rotated
by putting a new one in front and running `manage.py rotate_identifier_keys`.
"""

import hashlib
import hmac
import re
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from apps.core.typed_text import typed_digits

CNIC_DIGITS = 13
_CNIC_TYPED = re.compile(r"^[0-9]{5}-?[0-9]{7}-?[0-9]$")


def normalise_cnic(typed: str) -> str:
    """'35202-1234567-1', '3520212345671', with spaces or in Urdu digits
    ('۳۵۲۰۲-۱۲۳۴۵۶۷-۱') -> '3520212345671'.

    Raises ValueError for anything that is not 13 digits with optional dashes in the
    printed places.
    """
    compact = re.sub(r"\s+", "", typed_digits(typed or ""))
    if not _CNIC_TYPED.match(compact):
        raise ValueError("not a CNIC")
    return compact.replace("-", "")


def format_cnic(digits: str) -> str:
    """'3520212345671' -> '35202-1234567-1', the way it is printed on the card."""
    return f"{digits[:5]}-{digits[5:12]}-{digits[12:]}"


def mask_cnic(digits: str) -> str:
    """'3520212345671' -> '35202-*****-1': the district prefix and the last digit only."""
    return f"{digits[:5]}-*****-{digits[12:]}"


def normalise_passport(typed: str) -> str:
    """Passport numbers are compared without spaces and case, in ASCII digits:
    'ab 1234567' -> 'AB1234567'."""
    return re.sub(r"\s+", "", typed_digits(typed or "")).upper()


def mask_passport(number: str) -> str:
    """'AB1234567' -> '*******67'."""
    return "*" * max(len(number) - 2, 0) + number[-2:]


@cache
def _fernet() -> MultiFernet:
    keys = settings.PORTAL_ENCRYPTION_KEYS
    if not keys:
        raise ImproperlyConfigured("PORTAL_ENCRYPTION_KEYS is empty.")
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except ValueError as error:
        raise ImproperlyConfigured(
            "PORTAL_ENCRYPTION_KEYS must hold Fernet keys (32 url-safe base64-encoded bytes)."
        ) from error


def encrypt(plain: str) -> str:
    return _fernet().encrypt(plain.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as error:
        # Tampered with, or encrypted under a key no longer configured.
        raise ValueError("identifier cannot be decrypted with the configured keys") from error


def reencrypt(token: str) -> str:
    """The same value encrypted under the newest key (for key rotation)."""
    return _fernet().rotate(token.encode()).decode()


def identifier_hash(kind: str, normalised: str) -> str:
    """Keyed hash for exact look-up; `kind` keeps a CNIC and a passport number apart."""
    key = settings.PORTAL_IDENTIFIER_HASH_KEY.encode()
    return hmac.new(key, f"{kind}:{normalised}".encode(), hashlib.sha256).hexdigest()
