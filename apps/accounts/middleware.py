"""Staff sessions that end when left alone.

A centre's desk computers are shared, and an officer who steps away often leaves the
browser logged in: whoever sits down next would read migrants' records and act under
that officer's name. So a staff session ends after STAFF_IDLE_SECONDS without a request.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.contrib.messages.storage import default_storage
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

LAST_SEEN_KEY = "accounts:last-seen"
# The last-seen time is rewritten at most this often: a staff page then costs no session
# write (one UPDATE, three queries) unless a minute has passed, and the idle limit is
# kept to within a minute.
LAST_SEEN_RESOLUTION_SECONDS = 60


def stamp_last_seen(sender, request, user, **kwargs):
    """At login, so that the first pages after it need no session write either."""
    if hasattr(request, "session"):
        request.session[LAST_SEEN_KEY] = int(time.time())


class StaffIdleTimeoutMiddleware:
    """Log a staff account out after STAFF_IDLE_SECONDS without a request, and send it to
    the login page, which returns to the same page afterwards.

    Kiosk devices are left alone: the kiosk erases its visitor's session after a shorter
    idle time by itself and must stay logged in as the device. Anonymous requests are
    not touched (no session is created for them).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_kiosk:
            return self.get_response(request)
        if request.path == reverse("accounts:logout"):
            # Leaving anyway: a redirect to the login page would return to a POST-only URL.
            return self.get_response(request)
        now = int(time.time())
        last_seen = request.session.get(LAST_SEEN_KEY)
        if last_seen is not None and now - last_seen > settings.STAFF_IDLE_SECONDS:
            return self.log_out_idle(request)
        if last_seen is None or now - last_seen >= LAST_SEEN_RESOLUTION_SECONDS:
            request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)

    def log_out_idle(self, request):
        path = request.path
        logout(request)  # flushes the session: its key is gone and the cookie replaced
        # Settings list this middleware before MessageMiddleware, so the message store may
        # not exist yet: make one and write it to the response ourselves.
        own_storage = not hasattr(request, "_messages")
        if own_storage:
            request._messages = default_storage(request)
        messages.info(request, _("You were logged out after a while without activity."))
        response = redirect_to_login(path)
        if own_storage:
            request._messages.update(response)
        return response


class LoggedInPagesNotStoredMiddleware:
    """Every page answered to a logged-in account, the workspace and the public pages
    with its name in the header included, is `no-store`: a shared desk computer's
    browser then keeps none of them for the next person to find in its history or its
    cache. The kiosk's session is replaced on reset for the back/forward cache
    (kiosk/views.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response
