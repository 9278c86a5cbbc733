"""Public look-up pages answer in the same time whatever they find.

A page that answers faster when a number does not exist (no rows to read, a shorter
page to draw) tells whoever times it what exists, whatever its words say. Here the
look-up and the drawing of its answer run first; then the answer waits until a fixed
time has passed since the request began: PORTAL_PUBLIC_LOOKUP_MIN_SECONDS, or a whole
multiple of it when a slow database took longer, so a slow answer does not stand out
either."""

import math
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings


def wait_out(started: float, minimum: float) -> None:
    """Sleep until a whole multiple of `minimum` seconds (at least one) has passed since
    `started` (a time.monotonic() reading)."""
    if minimum <= 0:
        return
    elapsed = time.monotonic() - started
    target = max(1, math.ceil(elapsed / minimum)) * minimum
    if target > elapsed:
        time.sleep(target - elapsed)


def answers_in_even_time(
    minimum: Callable[[], float] = lambda: settings.PORTAL_PUBLIC_LOOKUP_MIN_SECONDS,
    *,
    methods: tuple[str, ...] = ("POST",),
):
    """Make the view's answers to `methods` (its look-ups) take whole multiples of
    `minimum()` seconds, the response already drawn, whether or not anything was found."""

    def decorator(view):
        @wraps(view)
        def even_view(request, *args, **kwargs):
            if request.method not in methods:
                return view(request, *args, **kwargs)
            started = time.monotonic()
            try:
                response = view(request, *args, **kwargs)
                # A TemplateResponse is drawn later, outside this timing: draw it here.
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
                return response
            finally:
                wait_out(started, minimum())

        return even_view

    return decorator
