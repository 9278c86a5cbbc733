"""The audit trail page: who changed, saw or exported what, newest first, for a centre's
manager (their centre's entries) and a superuser (every centre's, with a centre filter)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from apps.core.permissions import require_permission

from .display import rows_for
from .filters import AuditEntryFilter
from .models import AuditEntry

PAGE_SIZE = 50


@never_cache
@require_permission("audit.view_auditentry")
def trail(request):
    entries = (
        AuditEntry.objects.visible_to(request.user)
        .select_related("actor", "centre", "content_type")
        .prefetch_related("actor__groups")
        .order_by("-timestamp", "-pk")
    )
    trail_filter = AuditEntryFilter(request.GET or None, queryset=entries, user=request.user)
    if trail_filter.is_bound and not trail_filter.is_valid():
        # The filters that could be read still apply; the others are shown with their error.
        messages.error(request, _("Some filters could not be read: see the messages below."))
    page = Paginator(trail_filter.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "audit/trail.html",
        {
            "filter": trail_filter,
            "page": page,
            "rows": rows_for(page.object_list),
            "query_without_page": query.urlencode(),
            "every_centre": request.user.is_superuser,
        },
    )
