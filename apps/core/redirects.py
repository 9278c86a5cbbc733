"""Where a form goes after it is handled."""

from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def back_to_next_or(request, *fallback, **fallback_kwargs):
    """To the page the form was on (its `next` field, if that is one of ours: never an
    open redirect), else to `redirect(*fallback, **fallback_kwargs)`."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(*fallback, **fallback_kwargs)
