"""Access rules shared by every app's views."""

from django.contrib.auth.decorators import login_required, permission_required


def require_permission(perm: str):
    """Anonymous visitors go to the login page; a logged-in user without `perm` gets 403.

    (Django's own decorator redirects both to login, which loops for a logged-in user.)
    """

    def decorate(view):
        return login_required(permission_required(perm, raise_exception=True)(view))

    return decorate
