from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .navigation import nav_entries_for


def home(request):
    """The public front page: what the centre offers and how to reach it."""
    return render(request, "core/home.html")


@login_required
def workspace(request):
    """Each role's landing page: a card for everything it may do."""
    if request.user.is_kiosk:
        return redirect("kiosk:start")
    entries = [entry for entry in nav_entries_for(request.user) if entry.url_name != "kiosk:start"]
    return render(request, "core/workspace.html", {"workspace_entries": entries})


@never_cache
@require_safe
def healthz(request):
    """For the load balancer, monitoring and the benchmark's ceiling: the process answers.
    No database, no template, no session: it costs only the middleware."""
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
