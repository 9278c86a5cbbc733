"""The shared touchscreen. Every response is no-store: the next person must never
see the last one's pages, not even through the Back button."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache

from apps.core.permissions import require_permission

kiosk_required = require_permission("accounts.use_kiosk")


@never_cache
@kiosk_required
def start(request):
    """Language choice first, with big buttons, each written in its own language."""
    return render(request, "kiosk/start.html")


@never_cache
@kiosk_required
def menu(request):
    return render(request, "kiosk/menu.html")
