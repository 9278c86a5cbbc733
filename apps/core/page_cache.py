"""Whole public pages kept in the cache for visitors who are not logged in.

A job page shown to a visitor is the same for every visitor of the same language on
the same day, but for one thing: the CSRF token of the language switcher, which is the
visitor's own. The page is kept with that token taken out and each visitor's put back
in, so a kept page never hands one visitor's token to another. A logged-in user (staff,
a kiosk device) and a visitor with a message waiting always get a fresh page."""

import hashlib
import re
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.translation import get_language

# The token of a {% csrf_token %} field: letters and digits only (Django's alphabet),
# so this placeholder, with its hyphens, can never be mistaken for one.
TOKEN_IN_FORM = re.compile(r'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+(")')
TOKEN_PLACEHOLDER = "-csrf-token-of-this-visitor-"


def kept_for_visitors(version: Callable[[], object]):
    """Keep the view's successful pages for PORTAL_PUBLIC_PAGE_SECONDS, under the
    page's full path, the language, the day and `version()`: whatever moves
    `version()` on (a change to what the page shows) retires every kept page at once."""

    def decorator(view):
        @wraps(view)
        def view_or_kept_page(request, *args, **kwargs):
            seconds = settings.PORTAL_PUBLIC_PAGE_SECONDS
            if (
                seconds <= 0
                or request.method != "GET"
                or request.user.is_authenticated
                or len(get_messages(request))
            ):
                return view(request, *args, **kwargs)
            key = _key(view, request, version())
            kept = cache.get(key)
            if kept is not None:
                content_type, page = kept
                return HttpResponse(
                    page.replace(TOKEN_PLACEHOLDER, get_token(request)), content_type=content_type
                )
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming and not response.cookies:
                page = TOKEN_IN_FORM.sub(
                    rf"\g<1>{TOKEN_PLACEHOLDER}\g<2>", response.content.decode(response.charset)
                )
                cache.set(key, (response["Content-Type"], page), seconds)
            return response

        return view_or_kept_page

    return decorator


def _key(view, request, version) -> str:
    # Hashed: the query string is the visitor's to choose, the key's length is not.
    parts = f"{get_language()}|{timezone.localdate()}|{version}|{request.get_full_path()}"
    digest = hashlib.sha256(parts.encode()).hexdigest()
    return f"public-page:{view.__module__}.{view.__qualname__}:{digest}"
