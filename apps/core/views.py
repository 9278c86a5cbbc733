from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

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
