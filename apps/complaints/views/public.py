"""A complaint's status, for anyone who has its reference number and the last four
digits of the CNIC given with it: the status only, never what the complaint says, who
it names or how it ended.

An unknown reference, a wrong pair and an anonymous tip (which has no CNIC) get one and
the same answer, in the same time (apps/core/even_time.py), and each client may ask only
so often (apps/core/ratelimit.py): the page tells nobody which numbers exist.
"""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from apps.core.even_time import answers_in_even_time
from apps.core.ratelimit import limited_per_client

from ..forms.public import StatusCheckForm
from ..models import Complaint
from ..services import status_check_matches


@sensitive_post_parameters("reference", "last_four")
@never_cache
@require_http_methods(["GET", "POST"])
@limited_per_client("complaint-status")
@answers_in_even_time()
def status(request):
    """Asked with POST, so that the number stays out of addresses and access logs."""
    form = StatusCheckForm(request.POST if request.method == "POST" else None)
    found = None
    if form.is_bound and form.is_valid():
        reference = form.cleaned_data["reference"]
        complaint = (
            Complaint.objects.filter(reference=reference)
            .only("status", "status_check_hash")
            .first()
        )
        if status_check_matches(complaint, reference, form.cleaned_data["last_four"]):
            found = complaint
        else:
            found = False
    return render(
        request,
        "complaints/status.html",
        {"form": form, "found": found, "statuses": Complaint.Status},
    )
