"""One-time links with which a new account sets its own password.

Nobody but the account's holder ever knows the password: an account opened for someone
has none that works, and a link carries Django's password-reset token. The token is
made from the account's current password hash and last login, so it stops working the
moment the password is set (or after PASSWORD_RESET_TIMEOUT); the link works once.
"""

from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode


def password_link_path(user) -> str:
    """The path of the page where `user` sets their password, valid once."""
    return reverse(
        "accounts:set_password",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
