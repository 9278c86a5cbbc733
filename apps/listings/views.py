"""Job listings for everyone (public site and kiosk), and for centre staff the matching
of their candidates with a listing and the applications that follow.

The public sees a listing only while JobListing.objects.open_to_public() includes it;
staff see only their own centre's candidates and applications (404 otherwise)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from apps.candidates.models import Candidate
from apps.core.cache import cache_page_for_visitors
from apps.core.even_time import answers_in_even_time
from apps.core.pagination import OneQueryPaginator
from apps.core.permissions import require_permission
from apps.core.ratelimit import limited_per_client
from apps.core.redirects import back_to_next_or

from . import cache, selectors, services
from .filters import ListingFilter
from .forms import KioskInterestForm, LicenceCheckForm
from .models import Application, JobListing, LicenceState, RecruitmentAgency

PAGE_SIZE = 20
MATCHES_PAGE_SIZE = 25
# Wrong number-and-CNIC pairs one kiosk visitor may try before being sent to the desk:
# enough for typing slips, too few to guess whose slip was found on the floor.
INTEREST_ATTEMPTS = 5
INTEREST_ATTEMPTS_KEY = "listings:interest-attempts"
# The most agencies one licence check shows: a name matching more is typed more fully.
LICENCE_CHECK_ANSWERS = 5


def _public_listings():
    return (
        JobListing.objects.open_to_public()
        .with_monthly_rupees()
        .select_related("occupation", "employer", "agency", "district", "destination_city")
    )


@cache_page_for_visitors(cache.public_page_key, cache.public_page_seconds)
def listing_list(request):
    listing_filter = ListingFilter(request.GET, queryset=_public_listings())
    paginator = OneQueryPaginator(listing_filter.qs, PAGE_SIZE)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "listings/listing_list.html",
        {
            "filter": listing_filter,
            # Searched only when the page's cached content is missing.
            "page": SimpleLazyObject(lambda: paginator.get_page(request.GET.get("page"))),
            "query_without_page": query.urlencode(),
            "content_seconds": cache.public_page_seconds(),
            "content_vary": cache.search_page_vary(request),
        },
    )


@cache_page_for_visitors(cache.public_page_key, cache.public_page_seconds)
def listing_detail(request, pk):
    listing = get_object_or_404(_public_listings().prefetch_related("required_languages"), pk=pk)
    return render(request, "listings/listing_detail.html", {"listing": listing})


@sensitive_post_parameters("agency")
@never_cache
@require_http_methods(["GET", "POST"])
@limited_per_client("licence-check")
@answers_in_even_time()
def licence_check(request):
    """Is this agent licensed? Anyone may ask, by the agency's name or licence number.

    Asked with POST, so what was typed stays out of addresses and access logs; answered
    on the same page, in the same time whether or not anything was found."""
    form = LicenceCheckForm(request.POST if request.method == "POST" else None)
    answers = None
    if form.is_bound and form.is_valid():
        today = timezone.localdate()
        found = RecruitmentAgency.objects.for_licence_check(form.cleaned_data["agency"])
        answers = [
            {"agency": agency, "state": agency.licence_state(today)}
            for agency in found[:LICENCE_CHECK_ANSWERS]
        ]
    return render(
        request,
        "listings/licence_check.html",
        {
            "form": form,
            "answers": answers,
            "any_licensed": bool(answers)
            and any(answer["state"] == LicenceState.VALID for answer in answers),
            "states": LicenceState,
        },
    )


@sensitive_post_parameters("registration_number", "cnic")
@never_cache
@require_permission("accounts.use_kiosk")
def kiosk_interest(request, pk):
    """The kiosk visitor marks interest. Whatever happens, nothing of their record is
    shown: not their name, not whether they applied before."""
    listing = get_object_or_404(_public_listings(), pk=pk)
    form = KioskInterestForm(request.POST or None)
    sent_to_desk = request.session.get(INTEREST_ATTEMPTS_KEY, 0) >= INTEREST_ATTEMPTS
    if request.method == "POST" and not sent_to_desk and form.is_valid():
        application = services.record_kiosk_interest(
            listing=listing,
            registration_number=form.cleaned_data["registration_number"],
            cnic=form.cleaned_data["cnic"],
            device=request.user,
        )
        if application is not None:
            messages.success(
                request,
                _(
                    "Thank you. Your interest in this job is recorded. The centre will call "
                    "you on the phone number you registered with."
                ),
            )
            return redirect(listing)
        request.session[INTEREST_ATTEMPTS_KEY] = request.session.get(INTEREST_ATTEMPTS_KEY, 0) + 1
        form.add_error(
            None,
            _(
                "This registration number and CNIC do not belong together. Check both, "
                "or ask at the desk."
            ),
        )
    return render(
        request,
        "listings/kiosk_interest.html",
        {"listing": listing, "form": form, "sent_to_desk": sent_to_desk},
    )


@never_cache
@require_permission("listings.match_candidates")
def listing_matches(request, pk):
    listing = get_object_or_404(_public_listings().prefetch_related("required_languages"), pk=pk)
    ranked = selectors.recent_ranking(listing, request.user)
    page = Paginator(ranked, MATCHES_PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = selectors.fits_for(page.object_list, listing, request.user)
    return render(
        request,
        "listings/listing_matches.html",
        {"listing": listing, "page": page, "query_without_page": ""},
    )


@require_POST
@require_permission("listings.match_candidates")
def shortlist(request, pk, registration_number):
    listing = get_object_or_404(JobListing.objects.open_to_public(), pk=pk)
    candidate = get_object_or_404(
        Candidate.objects.visible_to(request.user), registration_number=registration_number
    )
    application = services.shortlist_candidate(
        candidate=candidate, listing=listing, by=request.user
    )
    messages.success(
        request,
        _("%(name)s: %(status)s.")
        % {"name": candidate.full_name, "status": application.get_status_display()},
    )
    return back_to_next_or(request, "listings:matches", pk=pk)


@never_cache
@require_permission("listings.match_candidates")
def listing_applications(request, pk):
    """This centre's applications for one listing, open or not."""
    applications = (
        Application.objects.visible_to(request.user)
        .filter(listing_id=pk)
        .select_related("candidate")
        .prefetch_related("status_changes__changed_by")
        .order_by("status", "candidate__full_name")
    )
    visible = JobListing.objects.filter(
        Q(pk__in=JobListing.objects.open_to_public().values("pk"))
        | Q(pk__in=applications.values("listing_id"))
    )
    listing = get_object_or_404(
        visible.select_related("occupation", "employer", "agency", "destination_city"), pk=pk
    )
    return render(
        request,
        "listings/listing_applications.html",
        {"listing": listing, "applications": applications, "statuses": Application.Status},
    )


@require_POST
@require_permission("listings.match_candidates")
def change_application_status(request, pk):
    application = get_object_or_404(
        Application.objects.visible_to(request.user).select_related("candidate"), pk=pk
    )
    to_status = request.POST.get("status", "")
    try:
        application = services.change_application_status(
            application=application, to_status=to_status, by=request.user
        )
    except services.StatusChangeNotAllowed:
        messages.error(
            request,
            _("That step is not possible from '%(status)s'. The page shows the current state.")
            % {"status": application.get_status_display()},
        )
    else:
        messages.success(
            request,
            _("%(name)s: %(status)s.")
            % {"name": application.candidate.full_name, "status": application.get_status_display()},
        )
    return back_to_next_or(request, "listings:applications", pk=application.listing_id)
