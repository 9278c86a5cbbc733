"""Staff pages: the candidate list and search, a candidate's record, desk registration,
and the desk checks. Every query goes through Candidate.objects.visible_to(user): a
record of another centre answers 404."""

import uuid

from django.contrib import messages
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from apps.core.permissions import require_permission

from . import cache, services
from .detail_panels import detail_panels_context
from .filters import CandidateFilter, candidate_page, is_identifier_search
from .forms import (
    EDIT_FORMSETS,
    CandidateEditForm,
    ContactForm,
    DeskConsentForm,
    DeskWorkForm,
    DestinationsForm,
    EducationForm,
    IdentityForm,
    registration_from_forms,
    worded_for_the_desk,
)
from .models import (
    Candidate,
    CandidateOccupation,
    ConsentText,
    IdentifierDisclosure,
    NameSearchEntry,
)
from .views_duplicates import follow_merged_record

PAGE_SIZE = 25
# The candidate list's cells (templates/candidates/candidate_list.html), and the centre
# the name search compares.
LIST_COLUMNS = (
    "registration_number",
    "centre_id",
    "full_name",
    "sex",
    "cnic_masked",
    "date_of_birth",
    "home_district",
    "status",
    "channel",
    "created_at",
)
DESK_FORMS = {
    "identity": IdentityForm,
    "contact": ContactForm,
    "education": EducationForm,
    "work": DeskWorkForm,
    "destinations": DestinationsForm,
    "consent": DeskConsentForm,
}


def _candidate_for(user, registration_number):
    queryset = Candidate.objects.visible_to(user).select_related(
        "centre", "home_district", "registered_by", "documents_seen_by", "verified_by"
    )
    return get_object_or_404(queryset, registration_number=registration_number)


def _refuse_if_erased(request, candidate):
    """An erased record (apps/privacy) keeps nothing to show, check or correct: the
    action answers with a message on the record instead."""
    if not candidate.is_erased:
        return None
    messages.error(
        request, _("This person's personal data was erased; the record cannot be changed.")
    )
    return redirect("candidates:detail", registration_number=candidate.registration_number)


@sensitive_post_parameters("q")
@never_cache
@require_permission("candidates.view_candidate")
def candidate_list(request):
    """The list and its search box. The box posts: a CNIC or phone number is answered
    in place, never put in a URL; anything else becomes a bookmarkable GET."""
    if request.method == "POST":
        params = request.POST.copy()
        params.pop("csrfmiddlewaretoken", None)
        if not is_identifier_search(params.get("q", "")):
            return redirect(f"{request.path}?{params.urlencode()}")
    else:
        params = request.GET.copy()
    base = (
        Candidate.objects.visible_to(request.user)
        # What the list shows, no more: no encrypted identifier or phone number is read
        # (a phone number is parsed as it is read, row by row).
        .only(*LIST_COLUMNS)
        .select_related("home_district")
        # The page's people's trades with their occupations: one query, not two, given
        # as a list (a queryset made per row cost more than the rows' other cells).
        .prefetch_related(
            Prefetch(
                "occupations",
                CandidateOccupation.objects.select_related("occupation"),
                to_attr="listed_trades",
            )
        )
    )
    candidate_filter = CandidateFilter(params, queryset=base)
    names = NameSearchEntry.objects.visible_to(request.user)
    page = candidate_page(candidate_filter, names, params.get("page"), PAGE_SIZE)
    query = params.copy()
    query.pop("page", None)
    if is_identifier_search(query.get("q", "")):
        query.pop("q")  # page links carry the filters, never the identifier
    return render(
        request,
        "candidates/candidate_list.html",
        {
            "filter": candidate_filter,
            "page": page,
            "query_without_page": query.urlencode(),
            "more_filters_vary": cache.more_filters_vary(candidate_filter.more_filters_values()),
            "more_filters_seconds": cache.MORE_FILTERS_SECONDS,
        },
    )


@never_cache
@require_permission("candidates.view_candidate")
def candidate_detail(request, registration_number):
    try:
        candidate = _candidate_for(request.user, registration_number)
    except Http404:
        # A record merged into another leads there (if the user may see it).
        return follow_merged_record(request, registration_number)
    return render(
        request, "candidates/candidate_detail.html", _detail_context(candidate, request.user)
    )


def _detail_context(candidate, user, **extra):
    # Read once: the page lists them and the fitting jobs are scored against them.
    prefetch_related_objects([candidate], "occupations__occupation", "languages")
    return {
        "candidate": candidate,
        "languages": candidate.languages.all(),
        "occupations": candidate.occupations.all(),
        "certificates": candidate.certificates.all(),
        "work_abroad": candidate.work_abroad.select_related("occupation"),
        "repeat_attempts": candidate.repeat_attempts.select_related("centre")[:20],
        "disclosures": IdentifierDisclosure.objects.filter(candidate=candidate)
        .select_related("viewer")
        .order_by("-disclosed_at")[:20],
        "centre_links": candidate.centre_links.select_related("centre").order_by("linked_at"),
        "served_through_link": user.centre_id is not None and candidate.centre_id != user.centre_id,
        # Applications, appointments and orientation: the apps built on candidates add them.
        **detail_panels_context(candidate, user),
        **extra,
    }


@never_cache
@require_POST
@require_permission("candidates.view_full_identifiers")
def reveal_identifier(request, registration_number, field):
    """Show one full identifier once, and record who saw it."""
    candidate = _candidate_for(request.user, registration_number)
    if refused := _refuse_if_erased(request, candidate):
        return refused
    if field not in IdentifierDisclosure.Field.values or (
        field == "passport" and not candidate.passport_encrypted
    ):
        return redirect("candidates:detail", registration_number=registration_number)
    value = services.disclose_identifier(candidate=candidate, viewer=request.user, field=field)
    return render(
        request,
        "candidates/candidate_detail.html",
        _detail_context(candidate, request.user, revealed={field: value}),
    )


@require_POST
@require_permission("candidates.verify_candidate")
def mark_documents_seen(request, registration_number):
    candidate = _candidate_for(request.user, registration_number)
    if refused := _refuse_if_erased(request, candidate):
        return refused
    services.mark_documents_seen(candidate=candidate, by=request.user)
    messages.success(request, _("Recorded: you have seen this person's documents."))
    return redirect("candidates:detail", registration_number=registration_number)


@require_POST
@require_permission("candidates.verify_candidate")
def verify(request, registration_number):
    candidate = _candidate_for(request.user, registration_number)
    if refused := _refuse_if_erased(request, candidate):
        return refused
    try:
        services.verify_candidate(candidate=candidate, by=request.user)
    except services.CannotVerify:
        messages.error(request, _("Check the documents first, then verify the record."))
    else:
        messages.success(request, _("The record is verified."))
    return redirect("candidates:detail", registration_number=registration_number)


# Every field: names, address and contact are as personal as the numbers.
@sensitive_post_parameters()
@never_cache
@require_permission("candidates.add_candidate")
def desk_register(request):
    """Register a person at the desk: every topic on one page, the kiosk's checks."""
    if request.user.centre_id is None:
        # A registration belongs to a centre; an administrator without one has none.
        messages.error(request, _("Only staff of a centre can register people."))
        return redirect("candidates:list")
    registered_elsewhere = False
    if request.method == "POST":
        forms = {
            name: worded_for_the_desk(form_class(data=request.POST, prefix=name))
            for name, form_class in DESK_FORMS.items()
        }
        if all(form.is_valid() for form in forms.values()):
            consent = forms["consent"].cleaned_data
            consent_text = ConsentText.objects.current(consent["consent_language"])
            try:
                candidate, _created = services.register_candidate(
                    registration=registration_from_forms(forms, consent_text),
                    centre=request.user.centre,
                    channel=consent["channel"],
                    registered_by=request.user,
                    submission_key=_submission_key(request),
                )
            except services.AlreadyRegistered as refused:
                registered_elsewhere = _explain_already_registered(
                    request, forms, refused.candidate
                )
            except services.PassportAlreadyRegistered:
                forms["identity"].add_error(
                    "passport_number", _("A person with this passport number is registered.")
                )
            else:
                messages.success(
                    request,
                    _("Registered as %(number)s.") % {"number": candidate.registration_number},
                )
                return redirect(
                    "candidates:detail", registration_number=candidate.registration_number
                )
    else:
        forms = {
            name: worded_for_the_desk(form_class(prefix=name))
            for name, form_class in DESK_FORMS.items()
        }
    return render(
        request,
        "candidates/desk_register.html",
        {
            "forms": forms,
            "submission_key": _submission_key(request),
            "consent_texts": {code: ConsentText.objects.current(code) for code in ("ur", "en")},
            "registered_elsewhere": registered_elsewhere,
        },
    )


def _submission_key(request) -> uuid.UUID:
    """The form's own key (so a double submit is one registration), or a new one."""
    try:
        return uuid.UUID(request.POST.get("submission_key", ""))
    except ValueError:
        return services.new_key()


def _explain_already_registered(request, forms, existing) -> bool:
    """Say why the CNIC is refused; True when the record is another centre's, which
    the page then offers to find in the network (and to link with the person's
    agreement) rather than leaving the desk at a dead end."""
    if Candidate.objects.visible_to(request.user).filter(pk=existing.pk).exists():
        message = _("This CNIC is already registered as %(number)s.") % {
            "number": existing.registration_number
        }
        forms["identity"].add_error("cnic", message)
        return False
    # Another centre's record: its existence is said, nothing of it is shown here.
    forms["identity"].add_error("cnic", _("This CNIC is already registered at another centre."))
    return True


@sensitive_post_parameters()
@never_cache
@require_permission("candidates.change_candidate")
def candidate_edit(request, registration_number):
    """Complete a kiosk record or correct any record, lists included."""
    candidate = _candidate_for(request.user, registration_number)
    if refused := _refuse_if_erased(request, candidate):
        return refused
    data = request.POST if request.method == "POST" else None
    form = CandidateEditForm(data, instance=candidate)
    formsets = {
        name: formset_class(data, instance=candidate, prefix=name)
        for name, formset_class in EDIT_FORMSETS.items()
    }
    if data is not None and form.is_valid() and all(f.is_valid() for f in formsets.values()):
        try:
            services.update_candidate(form=form, formsets=formsets)
        except services.IdentifierTaken:
            form.add_error(None, _("Another record has this CNIC or passport number."))
        else:
            messages.success(request, _("The record was saved."))
            return redirect("candidates:detail", registration_number=registration_number)
    return render(
        request,
        "candidates/candidate_form.html",
        {"candidate": candidate, "form": form, "formsets": formsets},
    )
