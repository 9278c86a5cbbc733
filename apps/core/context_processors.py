from django.conf import settings
from django.utils.functional import SimpleLazyObject

from apps.centres.models import Centre

from .navigation import navbar_breakpoint, navbar_entries_for


def _footer_centre(request):
    user = request.user
    if user.is_authenticated and user.centre_id:
        return user.centre  # read with the account by the portal's backend
    return Centre.objects.active().filter(code=settings.PORTAL_DEFAULT_CENTRE_CODE).first()


def portal(request):
    """Navigation and the footer's helpline, evaluated only when a template uses them."""
    nav_entries = SimpleLazyObject(lambda: navbar_entries_for(request.user))
    return {
        "nav_entries": nav_entries,
        "nav_breakpoint": SimpleLazyObject(lambda: navbar_breakpoint(nav_entries)),
        "footer_centre": SimpleLazyObject(lambda: _footer_centre(request)),
        "kiosk_idle_seconds": settings.KIOSK_IDLE_SECONDS,
        "kiosk_idle_warning_seconds": settings.KIOSK_IDLE_WARNING_SECONDS,
    }
