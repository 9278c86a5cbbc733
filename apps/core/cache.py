"""What the apps' cache modules build on: Django's cache API on the one shared Redis.

Each app writes its keys, and what makes them stale, in its own cache.py
(apps/listings/cache.py, apps/reports/cache.py, ...). Two things are needed by more than
one app and live here: a value computed once for every worker, and whole public pages
for visitors who are not logged in."""

import hashlib
import re
import time
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token

T = TypeVar("T")

# How long a worker computing a value holds its lock at most, and how long the others
# wait for it before computing it themselves: longer than the slowest value takes.
COMPUTING_SECONDS = 30
WAIT_STEP_SECONDS = 0.05


def digest(text: str) -> str:
    """A fixed-length stand-in for text a visitor chose (a query string) in a key."""
    return hashlib.sha256(text.encode()).hexdigest()


def get_or_set_once(key: str, compute: Callable[[], T], timeout: int) -> T:
    """`cache.get_or_set(key, compute, timeout)`, computed by one worker at a time.

    A costly value (a trade's ranking over a centre's people, a report's count) asked
    for by five workers at once was computed five times, every other request queued
    behind them. Here the first worker takes a lock (`cache.add`, which expires, so a
    worker that dies cannot hang the others) and the rest wait for its value. If the
    cache is gone, every worker computes for itself: slower, never stuck."""
    value = cache.get(key)
    if value is not None:
        return value
    lock = f"{key}:computing"
    if cache.add(lock, 1, COMPUTING_SECONDS):
        try:
            value = compute()
            cache.set(key, value, timeout)
            return value
        finally:
            cache.delete(lock)
    deadline = time.monotonic() + COMPUTING_SECONDS
    # has_key is false once the value is stored, the worker gave up, or the cache is gone.
    while cache.has_key(lock) and time.monotonic() < deadline:
        time.sleep(WAIT_STEP_SECONDS)
    return cache.get_or_set(key, compute, timeout)


# The token of a {% csrf_token %} field: letters and digits only (Django's alphabet),
# so this placeholder, with its hyphens, can never be mistaken for one.
TOKEN_IN_FORM = re.compile(r'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+(")')
TOKEN_PLACEHOLDER = "-csrf-token-of-this-visitor-"


def cache_page_for_visitors(key_of: Callable[..., str], timeout: Callable[[], int]):
    """Cache the view's successful pages whole, for visitors who are not logged in,
    under `key_of(request, *args, **kwargs)` for `timeout()` seconds.

    Django's cache_page cannot serve these: every page carries the visitor's own CSRF
    token (the language switcher), so Django would cache one page per visitor. The page
    is cached with the token taken out, and each visitor's put back in. A logged-in user
    (staff, a kiosk) and a visitor with a message waiting always get a fresh page."""

    def decorator(view):
        @wraps(view)
        def cached_view(request, *args, **kwargs):
            if (
                request.method != "GET"
                or request.user.is_authenticated
                or len(get_messages(request))
            ):
                return view(request, *args, **kwargs)
            key = key_of(request, *args, **kwargs)
            cached = cache.get(key)
            if cached is not None:
                content_type, page = cached
                return HttpResponse(
                    page.replace(TOKEN_PLACEHOLDER, get_token(request)), content_type=content_type
                )
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming and not response.cookies:
                page = TOKEN_IN_FORM.sub(
                    rf"\g<1>{TOKEN_PLACEHOLDER}\g<2>", response.content.decode(response.charset)
                )
                cache.set(key, (response["Content-Type"], page), timeout())
            return response

        return cached_view

    return decorator
