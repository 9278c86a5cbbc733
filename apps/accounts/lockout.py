"""How django-axes sees a login attempt: the account typed, and the connection's own
address for the record only (lockout is by account, see settings)."""

import math

from axes.helpers import get_cool_off
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render

from .models import User


def client_address(request) -> str:
    """The address of the connection itself. X-Forwarded-For is never trusted: anyone can
    send it, and a lockout keyed on it could be aimed at somebody else."""
    return request.META.get("REMOTE_ADDR", "")


def client_for_log(username, ip_address, user_agent, path_info, request) -> str:
    """How axes names an attempt in its log lines: the account's number, never the name
    typed (a person's name, or a password typed into the wrong box) nor the address."""
    account = User.objects.filter(username=username).values_list("pk", flat=True).first()
    if isinstance(path_info, list | tuple):
        path_info = path_info[0]
    return f'{{account: "{account if account is not None else "unknown"}", path: "{path_info}"}}'


def locked_out_response(request, original_response=None, credentials=None) -> HttpResponse:
    """The lockout page, saying in minutes how long the lock lasts (the cool-off is a
    setting, so the page must not hard-code it)."""
    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else None
    return render(
        request,
        "accounts/locked_out.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
