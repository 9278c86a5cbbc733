"""Access rules shared by every app's views."""

from functools import wraps

from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied


def require_permission(perm: str):
    """Anonymous visitors go to the login page; a logged-in user without `perm` gets 403.

    (Django's own decorator redirects both to login, which loops for a logged-in user.)
    """

    def decorate(view):
        return login_required(permission_required(perm, raise_exception=True)(view))

    return decorate


def require_any_permission(*perms: str):
    """As require_permission, for a view that serves several pages (the suggestions of a
    field two pages offer): any one of `perms` lets the user in."""

    def decorate(view):
        @wraps(view)
        def checked(request, *args, **kwargs):
            if not any(request.user.has_perm(perm) for perm in perms):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return login_required(checked)

    return decorate
