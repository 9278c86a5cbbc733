"""How often one client may use a public look-up page (an agency's licence, a complaint's
state), counted on Django's cache API (the one shared Redis), so every worker of every
instance counts together.

A client is a logged-in account's session, else the connection's address. Kiosks and a
centre's desks share one address with every walk-in, so a kiosk counts by its session,
which the kiosk's reset (apps/kiosk/views.py reset) replaces for the next person. The
address is REMOTE_ADDR, the connection's own: X-Forwarded-For and its kin are never
read, since anyone can send them and a limit keyed on them could be dodged at will or
aimed at somebody else.

Counts are kept per fixed window of time: the first attempt of a window creates its
count with `cache.add` (which expires with the window), each attempt adds one with
`cache.incr`. If the cache is gone, every attempt is allowed: the pages stay up."""

import math
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from .cache import digest


def client_of(request) -> tuple[str, str]:
    """Whom an attempt counts against, as (kind, key): ("session", ...) for a logged-in
    account's session, else ("address", ...) for the connection's (never a forwarded
    header). Both hashed: the cache holds neither a session key nor an address."""
    if request.user.is_authenticated and request.session.session_key:
        return "session", digest(request.session.session_key)
    return "address", digest(request.META.get("REMOTE_ADDR", ""))


def public_lookup_attempts(client_kind: str) -> int:
    """How many look-ups a client may make per window on a public look-up page: an
    address may have a limit of its own (behind a proxy, every visitor's address is the
    proxy's: docs/deployment.md)."""
    if client_kind == "address" and settings.PORTAL_PUBLIC_LOOKUP_ADDRESS_LIMIT is not None:
        return settings.PORTAL_PUBLIC_LOOKUP_ADDRESS_LIMIT
    return settings.PORTAL_PUBLIC_LOOKUP_LIMIT


def seconds_until_allowed(
    request, scope: str, *, attempts: Callable[[str], int], window: int
) -> int:
    """Count one attempt of the client at `scope`: 0 while it is among the first
    `attempts(kind of client)` of the current `window` seconds, else the seconds until
    the next window."""
    now = time.time()
    window_number = int(now // window)
    seconds_left = max(1, math.ceil((window_number + 1) * window - now))
    kind, client = client_of(request)
    key = f"ratelimit:{scope}:{kind}:{client}:{window_number}"
    # One second longer than the window, so the count cannot expire between these two.
    cache.add(key, 0, seconds_left + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # the count is gone: the cache lost it or is not answering
        return 0
    if count is None or count <= attempts(kind):
        return 0
    return seconds_left


def too_many_attempts(request, retry_after: int):
    """The polite refusal, in the page's language, with status 429 and Retry-After."""
    response = render(
        request,
        "core/too_many_attempts.html",
        {"minutes": math.ceil(retry_after / 60)},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response


def limited_per_client(
    scope: str,
    *,
    attempts: Callable[[str], int] = public_lookup_attempts,
    window: Callable[[], int] = lambda: settings.PORTAL_PUBLIC_LOOKUP_WINDOW_SECONDS,
    methods: tuple[str, ...] = ("POST",),
):
    """Let each client make at most `attempts(kind of client)` requests by `methods` to
    the view in any `window()` seconds; answer the rest with the 429 page. `scope` names
    the count: each page has its own."""

    def decorator(view):
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            if request.method in methods:
                retry_after = seconds_until_allowed(
                    request, scope, attempts=attempts, window=window()
                )
                if retry_after:
                    return too_many_attempts(request, retry_after)
            return view(request, *args, **kwargs)

        return limited_view

    return decorator
