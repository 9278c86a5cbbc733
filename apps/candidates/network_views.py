"""Desk pages of the network of centres: find a person of any centre by an exact number,
link them to this centre with their agreement, and move their home centre here.

The numbers typed are posted, never put in a URL. The link page is reachable only for
a person this visitor's session found by number: a registration number alone, which is
printed on a slip, shows nothing of another centre's person.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from apps.core.permissions import require_permission

from . import network
from .forms import CentreLinkForm, FindAcrossCentresForm, MoveHomeCentreForm
from .models import Candidate, ConsentText
from .views import _candidate_for

FOUND_SESSION_KEY = "candidates:found-across-centres"


@sensitive_post_parameters("number")
@never_cache
@require_permission("candidates.change_candidate")
def find_across_centres(request):
    form = FindAcrossCentresForm(request.POST or None)
    cards = None
    if request.method == "POST" and form.is_valid():
        found = network.find_across_centres(typed=form.cleaned_data["number"], by=request.user)
        request.session[FOUND_SESSION_KEY] = [candidate.pk for candidate in found]
        cards = network.cards_for(found, request.user)
        if found:
            # Found: the box is emptied, so the full number leaves the screen. Not found,
            # it keeps what was typed, to be checked against the card.
            form = FindAcrossCentresForm()
    return render(request, "candidates/find_across_centres.html", {"form": form, "cards": cards})


def _found_by_this_session(request, registration_number):
    found = request.session.get(FOUND_SESSION_KEY) or []
    return (
        Candidate.objects.filter(
            pk__in=found,
            registration_number=registration_number,
            anonymised_at__isnull=True,
            merged_into__isnull=True,
        )
        .select_related("centre")
        .first()
    )


@never_cache
@require_permission("candidates.change_candidate")
def link_to_this_centre(request, registration_number):
    candidate = _found_by_this_session(request, registration_number)
    if candidate is None:
        return redirect("candidates:find_across_centres")
    if Candidate.objects.visible_to(request.user).filter(pk=candidate.pk).exists():
        return redirect("candidates:detail", registration_number=registration_number)
    texts = {
        code: ConsentText.objects.current(code, purpose=ConsentText.Purpose.CENTRE_LINK)
        for code in (candidate.preferred_language, "ur", "en")
    }
    form = CentreLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        consent_text = texts.get(form.cleaned_data["consent_language"])
        if consent_text is None:
            form.add_error("consent_language", _("No consent text is published in this language."))
        else:
            network.link_to_centre(
                candidate=candidate,
                centre=request.user.centre,
                consent_text=consent_text,
                by=request.user,
            )
            messages.success(request, _("The person is linked to this centre."))
            return redirect("candidates:detail", registration_number=registration_number)
    return render(
        request,
        "candidates/link_to_this_centre.html",
        {
            "candidate": candidate,
            "card": network.cards_for([candidate], request.user)[0],
            "form": form,
            "consent_texts": {code: text for code, text in texts.items() if text},
        },
    )


@never_cache
@require_POST
@require_permission("candidates.change_candidate")
def move_home_centre_here(request, registration_number):
    candidate = _candidate_for(request.user, registration_number)
    if request.user.centre_id is None or candidate.centre_id == request.user.centre_id:
        raise Http404("Only a linked centre takes a person's record home.")
    form = MoveHomeCentreForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["asked"][0])
    else:
        try:
            network.move_home_centre(
                candidate=candidate, to_centre=request.user.centre, by=request.user
            )
        except network.NotLinkable:
            raise Http404("Not linked here.") from None
        messages.success(request, _("This centre is now the person's home centre."))
    return redirect("candidates:detail", registration_number=registration_number)
