"""A person's data for a subject-access request (a page and JSON), and erasure.

Every page fetches the person through Candidate.objects.visible_to(user): another
centre's person answers 404. Nothing here is cached by a browser or a proxy.
"""

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from apps.candidates.models import Candidate
from apps.core.permissions import require_permission

from . import services
from .forms import EraseForm


def _person(user, registration_number) -> Candidate:
    return get_object_or_404(
        Candidate.objects.visible_to(user).select_related("centre"),
        registration_number=registration_number,
    )


def _no_store(response):
    # A person's whole record must not stay in a shared browser's cache.
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    return response


@require_permission("candidates.export_personal_data")
def personal_data(request, registration_number):
    """Everything held about the person, readable and printable."""
    candidate = _person(request.user, registration_number)
    data = services.personal_data_of(candidate=candidate, requested_by=request.user)
    services.record_export(candidate=candidate, by=request.user, export_format="page", data=data)
    response = render(request, "privacy/personal_data.html", {"candidate": candidate, "data": data})
    return _no_store(response)


@require_permission("candidates.export_personal_data")
def personal_data_json(request, registration_number):
    """The same, as a JSON file to hand over."""
    candidate = _person(request.user, registration_number)
    data = services.personal_data_of(candidate=candidate, requested_by=request.user)
    services.record_export(candidate=candidate, by=request.user, export_format="json", data=data)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"personal-data-{candidate.registration_number}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return _no_store(response)


@sensitive_post_parameters()
@require_permission("candidates.anonymise_candidate")
def erase(request, registration_number):
    """Confirm, then erase the person's data by anonymisation."""
    candidate = _person(request.user, registration_number)
    form = EraseForm(request.POST if request.method == "POST" else None, candidate=candidate)
    refusal = None
    if candidate.is_erased:
        refusal = _("This person's data was already erased.")
    elif request.method == "POST" and form.is_valid():
        try:
            services.anonymise_candidate(
                candidate=candidate, by=request.user, reason=form.cleaned_data["reason"]
            )
        except services.CannotAnonymise as refused:
            refusal = str(refused)
        else:
            messages.success(
                request,
                _("The personal data of %(number)s was erased.")
                % {"number": candidate.registration_number},
            )
            return redirect("candidates:detail", registration_number=registration_number)
    response = render(
        request,
        "privacy/erase.html",
        {"candidate": candidate, "form": form, "refusal": refusal},
    )
    return _no_store(response)
