"""The confidential case record of one person: notes, follow-up actions and referrals,
for the counsellors of the centre only; the panels other apps add to it (the person's
complaints: case_panels.py).

Every view here lets in exactly the users may_read_case_records() admits (a counsellor
of a centre, never a superuser): anonymous visitors go to the login page, anybody else
gets 403 before anything is looked up, so the answer never depends on whether a person
or an entry exists. A counsellor then finds only their own centre's people and entries:
another centre's answer 404."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from apps.audit.models import AuditEntry
from apps.audit.services import record_access

from .. import case_records
from ..case_panels import case_panels_context
from ..forms.cases import CaseNoteForm, FollowUpForm, ReferralForm, ReferralStatusForm
from ..models import CaseNote, FollowUp, Referral, may_read_case_records

# The add forms of the page: prefix -> (form class, anchor of its section).
ENTRY_FORMS = {
    "note": (CaseNoteForm, "notes"),
    "follow_up": (FollowUpForm, "follow-ups"),
    "referral": (ReferralForm, "referrals"),
}


def counsellors_only(view):
    """Anonymous visitors to the login page; anybody may_read_case_records() does not
    admit gets 403."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not may_read_case_records(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return login_required(guarded)


def _case_candidate(user, registration_number):
    return get_object_or_404(
        case_records.case_candidates(user), registration_number=registration_number
    )


def _case_url(candidate, anchor=""):
    url = reverse("counselling:case", kwargs={"registration_number": candidate.registration_number})
    return f"{url}#{anchor}" if anchor else url


def _render_case(request, candidate, sessions, bound=None):
    """The case page; `bound` is the one add form that came back with errors (the
    others are empty)."""
    user = request.user
    forms = {
        name: form_class(sessions=sessions, prefix=name)
        for name, (form_class, _anchor) in ENTRY_FORMS.items()
    }
    if bound is not None:
        forms[bound.prefix] = bound

    def entries(model):
        return model.objects.visible_to(user).filter(candidate=candidate)

    follow_ups = list(entries(FollowUp).select_related("created_by", "done_by", "appointment"))
    context = {
        "candidate": candidate,
        "sessions": sessions,
        "notes": entries(CaseNote).select_related("created_by", "appointment"),
        "open_follow_ups": [f for f in follow_ups if not f.is_done],
        "done_follow_ups": [f for f in follow_ups if f.is_done],
        "referrals": entries(Referral).select_related(
            "created_by", "status_changed_by", "appointment"
        ),
        "forms": forms,
        "bound_anchor": ENTRY_FORMS[bound.prefix][1] if bound is not None else "",
        "referral_statuses": Referral.Status.choices,
        **case_panels_context(candidate, user),
    }
    return render(request, "counselling/case_record.html", context)


def _sessions(user, candidate):
    return list(case_records.sessions_at_centre(candidate=candidate, centre_id=user.centre_id))


@never_cache
@counsellors_only
def case_record(request, registration_number):
    """The person's case record at the counsellor's centre, with a form to add to each part."""
    candidate = _case_candidate(request.user, registration_number)
    # Opening a case record is recorded in the centre's audit trail (who saw whose record,
    # never what it says); the record is the counsellor's centre's, wherever the person
    # registered.
    record_access(
        actor=request.user,
        kind=AuditEntry.AccessKind.CASE_RECORD,
        obj=candidate,
        centre=request.user.centre,
    )
    return _render_case(request, candidate, _sessions(request.user, candidate))


def _add_entry(request, registration_number, name, write, success_message):
    """Validate the `name` form, write it through `write(candidate, author, **fields)`,
    and go back to its section; or show the page again with the form and its errors."""
    candidate = _case_candidate(request.user, registration_number)
    sessions = _sessions(request.user, candidate)
    form_class, anchor = ENTRY_FORMS[name]
    form = form_class(request.POST, sessions=sessions, prefix=name)
    if form.is_valid():
        try:
            write(candidate=candidate, author=request.user, **form.cleaned_data)
        except case_records.EntryRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, success_message)
            return redirect(_case_url(candidate, anchor))
    return _render_case(request, candidate, sessions, bound=form)


# What counsellors write is confidential, and names third parties: kept out of error reports.
@sensitive_post_parameters()
@never_cache
@require_POST
@counsellors_only
def add_note(request, registration_number):
    return _add_entry(
        request, registration_number, "note", case_records.add_case_note, _("The note was added.")
    )


# What counsellors write is confidential, and names third parties: kept out of error reports.
@sensitive_post_parameters()
@never_cache
@require_POST
@counsellors_only
def add_follow_up(request, registration_number):
    return _add_entry(
        request,
        registration_number,
        "follow_up",
        case_records.add_follow_up,
        _("The follow-up action was added."),
    )


# What counsellors write is confidential, and names third parties: kept out of error reports.
@sensitive_post_parameters()
@never_cache
@require_POST
@counsellors_only
def add_referral(request, registration_number):
    return _add_entry(
        request,
        registration_number,
        "referral",
        case_records.add_referral,
        _("The referral was recorded."),
    )


@require_POST
@counsellors_only
def follow_up_done(request, pk):
    follow_up = get_object_or_404(
        FollowUp.objects.visible_to(request.user).select_related("candidate"), pk=pk
    )
    case_records.mark_follow_up_done(follow_up=follow_up, by=request.user)
    messages.success(request, _("Marked done."))
    return redirect(_case_url(follow_up.candidate, "follow-ups"))


def _change_status(request, model, form_class, change, pk, anchor):
    entry = get_object_or_404(
        model.objects.visible_to(request.user).select_related("candidate"), pk=pk
    )
    form = form_class(request.POST)
    if form.is_valid():
        changed = change(entry, form.cleaned_data["status"])
        messages.success(
            request, _("Status changed to %(status)s.") % {"status": changed.get_status_display()}
        )
    else:
        messages.error(request, _("Choose one of the statuses offered."))
    return redirect(_case_url(entry.candidate, anchor))


@require_POST
@counsellors_only
def referral_status(request, pk):
    return _change_status(
        request,
        Referral,
        ReferralStatusForm,
        lambda referral, status: case_records.change_referral_status(
            referral=referral, to_status=status, by=request.user
        ),
        pk,
        "referrals",
    )
