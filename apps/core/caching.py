"""Counts that are costly to make and slow to change, kept a while in the cache."""

from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

T = TypeVar("T")


def kept(key_parts: tuple, seconds: int, compute: Callable[[], T]) -> T:
    """`compute()`, kept `seconds` under the key made of `key_parts`; 0 or less (the
    tests, or a setting turned off) computes afresh every time."""
    if seconds <= 0:
        return compute()
    key = ":".join(str(part) for part in key_parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def kept_choices_in_language(name: str, read: Callable[[], T], *key_parts) -> T:
    """A select's choices, labelled in the page's language: `read()`, kept
    PORTAL_SEARCH_CHOICES_SECONDS per language under `name` and `key_parts` (what else
    the choices depend on, such as a version raised by every change)."""
    return kept((name, get_language(), *key_parts), settings.PORTAL_SEARCH_CHOICES_SECONDS, read)
