from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .models import Centre


def _footer_centre(request):
    user = request.user
    if user.is_authenticated and user.centre_id:
        return user.centre  # read with the account by the portal's backend
    return Centre.objects.active().filter(code=settings.PORTAL_DEFAULT_CENTRE_CODE).first()


def footer_centre(request):
    """The centre whose helpline the footer shows (the user's, else the default one),
    read only when a template uses it."""
    return {"footer_centre": SimpleLazyObject(lambda: _footer_centre(request))}
