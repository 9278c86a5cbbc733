from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .navigation import navbar_breakpoint, navbar_entries_for


def portal(request):
    """Navigation, evaluated only when a template uses it, and the kiosk's idle timers.
    The footer's helpline centre comes from apps.centres.context_processors."""
    nav_entries = SimpleLazyObject(lambda: navbar_entries_for(request.user))
    return {
        "nav_entries": nav_entries,
        "nav_breakpoint": SimpleLazyObject(lambda: navbar_breakpoint(nav_entries)),
        "kiosk_idle_seconds": settings.KIOSK_IDLE_SECONDS,
        "kiosk_idle_warning_seconds": settings.KIOSK_IDLE_WARNING_SECONDS,
    }
