"""The two logged-in floors `make bench` measures beside the bare view.

A staff page can be no cheaper than the first; one drawn in the portal's layout no
cheaper than the second. Both pass the whole middleware stack, as every page does."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache


@never_cache
@login_required
def account_floor(request):
    """The session and the account read, nothing drawn."""
    return HttpResponse(f"ok {request.user.pk}", content_type="text/plain; charset=utf-8")


@never_cache
@login_required
def page_floor(request):
    """The portal's layout (header, menu, footer) around nothing."""
    return render(request, "bench/empty_page.html")
