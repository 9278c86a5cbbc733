"""Counts that are costly to make and slow to change, kept a while in the cache."""

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache, caches
from django.db import connection, transaction
from django.utils.translation import get_language

T = TypeVar("T")


def kept(key_parts: tuple, seconds: int, compute: Callable[[], T]) -> T:
    """`compute()`, kept `seconds` under the key made of `key_parts`; 0 or less (the
    tests, or a setting turned off) computes afresh every time."""
    if seconds <= 0:
        return compute()
    return _kept_in(cache, _key_of(key_parts), seconds, compute)


def _key_of(key_parts: tuple) -> str:
    return ":".join(str(part) for part in key_parts)


def _kept_in(store, key: str, seconds: int, compute: Callable[[], T]) -> T:
    value = store.get(key)
    if value is None:
        value = compute()
        store.set(key, value, seconds)
    return value


def kept_for_all_workers(key_parts: tuple, seconds: int, compute: Callable[[], T]) -> T:
    """`compute()`, kept `seconds` in the database for every worker of every instance,
    and computed once: a worker that asks while another is computing it waits for that
    answer instead of computing it again (a transaction-scoped advisory lock on the
    key). Kept in one process only, a listing's ranking was computed by each of five
    workers at once the first time (seconds each, every other request queued behind),
    and a dashboard read again could show another worker's older count. 0 or less
    computes afresh every time."""
    if seconds <= 0:
        return compute()
    shared = caches["shared"]
    key = _key_of(key_parts)
    value = shared.get(key)
    if value is not None:
        return value
    lock = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [lock])
        # Asked again: whoever held the lock before may have computed it.
        return _kept_in(shared, key, seconds, compute)


def kept_choices_in_language(name: str, read: Callable[[], T], *key_parts) -> T:
    """A select's choices, labelled in the page's language: `read()`, kept
    PORTAL_SEARCH_CHOICES_SECONDS per language under `name` and `key_parts` (what else
    the choices depend on, such as a version raised by every change)."""
    return kept((name, get_language(), *key_parts), settings.PORTAL_SEARCH_CHOICES_SECONDS, read)
