"""The staff's register: the centre's complaints, one complaint with its history and
money, the actions on it, taking a complaint in, and the centre's deadlines and rule.

Reading the register is for those may_read_complaints() admits (the counsellors and
complaints officers of a centre, never a superuser): anybody else gets 403 before
anything is looked up, and a complaint of another centre answers 404. Every page that
shows a complaint is recorded in the centre's audit trail. The desk (registration
officers) takes complaints in without reading the register: it sees the slip of the
complaint it has just filed, once."""

from dataclasses import dataclass
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from apps.audit.models import AuditEntry
from apps.audit.services import record_access
from apps.candidates.models import Candidate
from apps.core.choices import label_of
from apps.core.pagination import OneQueryPaginator
from apps.core.permissions import require_permission
from apps.core.typed_text import typed_digits
from apps.counselling.case_records import sessions_at_centre
from apps.counselling.models import may_read_case_records

from .. import services
from ..forms.register import (
    AcknowledgeForm,
    CloseForm,
    ComplaintDetailsForm,
    ComplaintFilingForm,
    ComplaintFilterForm,
    ComplaintPolicyForm,
    DeadlineFormSet,
    RecoveryForm,
    ReopenForm,
)
from ..models import Authority, Complaint, ComplaintEvent, may_read_complaints
from ..progress import (
    changed_field_labels,
    complainant_masked,
    deadline_states,
    is_overdue,
    next_deadline,
)
from ..working_days import WorkingCalendar

PAGE_SIZE = 25
# The public status check's address (its page is complaints:status, views/public.py).
STATUS_PATH = "/complaints/status/"
# The complaint just filed, whose slip its filer sees once (as the kiosk's slip).
FILED_SESSION_KEY = "complaints:filed"
# What the list shows of each complaint, no more (no description, no identifiers).
LIST_COLUMNS = (
    "reference",
    "filed_at",
    "kind",
    "against",
    "other_party",
    "status",
    "acknowledge_by",
    "resolve_by",
    "escalate_by",
    "acknowledged_at",
    "closed_at",
    "complainant_name",
    "candidate__full_name",
    "candidate__anonymised_at",
    "agency__name",
    "agency__licence_number",
    "employer__name",
)
# The action forms of a complaint's page: prefix -> form class.
# Steps whose note is the authority's code (services.escalate_complaint, record_answer).
AUTHORITY_EVENTS = (ComplaintEvent.Kind.ESCALATED, ComplaintEvent.Kind.ANSWERED)

ACTION_FORMS = {
    "acknowledge": AcknowledgeForm,
    "close": CloseForm,
    "reopen": ReopenForm,
    "money": RecoveryForm,
}


def handlers_only(permission: str | None = None):
    """Anonymous visitors to the login page; anybody may_read_complaints() does not admit
    (or without `permission`, for an action) gets 403, before anything is looked up."""

    def decorate(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            user = request.user
            if not may_read_complaints(user) or (permission and not user.has_perm(permission)):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return login_required(guarded)

    return decorate


def _complaint_for(user, reference) -> Complaint:
    """The user's centre's complaint (the address's reference arrives as stored)."""
    queryset = Complaint.objects.visible_to(user).select_related(
        "centre", "candidate", "agency", "employer", "listing", "filed_by", "appointment"
    )
    return get_object_or_404(queryset, reference=reference)


def _record_view(user, complaint, page: str) -> None:
    """Who opened which complaint, which page: never what it says."""
    record_access(
        actor=user, kind=AuditEntry.AccessKind.COMPLAINT, obj=complaint, details={"page": page}
    )


def _no_centre(request):
    # A complaint belongs to a centre; an administrator without one has none.
    messages.error(request, _("Only staff of a centre can do this."))
    return redirect("core:workspace")


# --- The register ---------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterRow:
    complaint: Complaint
    complainant: str
    next_deadline: object
    overdue: bool


def _filtered(complaints, form: ComplaintFilterForm):
    if not form.is_valid():
        return complaints
    data = form.cleaned_data
    if data["status"] == form.OPEN:
        complaints = complaints.open()
    elif data["status"]:
        complaints = complaints.filter(status=data["status"])
    if data["kind"]:
        complaints = complaints.filter(kind=data["kind"])
    if data["overdue"]:
        complaints = complaints.overdue()
    typed = typed_digits(data["q"]).strip()
    if typed:
        reference = services.normalise_reference(typed)
        # A whole reference reads the unique index; a part of one (the number on a slip
        # half remembered) looks among the centre's complaints.
        complaints = (
            complaints.filter(reference=reference)
            if reference
            else complaints.filter(reference__icontains=typed)
        )
    return complaints


def _register_page(request, *, overdue_only: bool):
    user = request.user
    form = ComplaintFilterForm(request.GET)
    complaints = _filtered(
        Complaint.objects.visible_to(user)
        .select_related("candidate", "agency", "employer")
        .only(*LIST_COLUMNS),
        form,
    )
    if overdue_only:
        complaints = complaints.overdue()
    page = OneQueryPaginator(complaints, PAGE_SIZE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    # One calendar for the page's rows, spanning every date they are counted to.
    dates = [today] + [c.acknowledge_by for c in page] + [c.resolve_by for c in page]
    dates += [c.escalate_by for c in page]
    calendar = WorkingCalendar(user.centre, min(dates), max(dates))
    rows = [
        RegisterRow(
            complaint=complaint,
            complainant=complainant_masked(complaint),
            next_deadline=next_deadline(complaint, calendar, today),
            overdue=is_overdue(complaint, today),
        )
        for complaint in page
    ]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "complaints/complaint_list.html",
        {
            "form": form,
            "page": page,
            "rows": rows,
            "overdue_only": overdue_only,
            "query_without_page": query.urlencode(),
            "filtered": any(query.get(name) for name in form.fields),
        },
    )


@never_cache
@handlers_only()
def complaint_list(request):
    """The centre's complaints, newest first, with their next deadline."""
    return _register_page(request, overdue_only=False)


@never_cache
@handlers_only()
def overdue_list(request):
    """The centre's open complaints past a deadline they have not met."""
    return _register_page(request, overdue_only=True)


# --- One complaint --------------------------------------------------------------------


def _render_detail(request, complaint, bound=None):
    """The complaint's page; `bound` is the one action form that came back with errors
    (the others are empty)."""
    user = request.user
    _record_view(user, complaint, "detail")
    forms = {name: form_class(prefix=name) for name, form_class in ACTION_FORMS.items()}
    if bound is not None:
        forms[bound.prefix] = bound
    escalations = list(complaint.escalations.select_related("sent_by"))
    recoveries = list(complaint.recoveries.select_related("recorded_by"))
    events = list(complaint.events.select_related("by"))
    for event in events:
        if event.kind == ComplaintEvent.Kind.CHANGED:
            event.changed_labels = changed_field_labels(event.note)
        elif event.kind in AUTHORITY_EVENTS and event.note in Authority.values:
            event.note = label_of(Authority, event.note)
    today = timezone.localdate()
    dates = [today, complaint.acknowledge_by, complaint.resolve_by, complaint.escalate_by]
    calendar = WorkingCalendar(complaint.centre, min(dates), max(dates))
    recovered = sum((r.amount for r in recoveries), start=0)
    paid, allowed = complaint.amount_paid, complaint.allowed_fee
    context = {
        "complaint": complaint,
        "deadlines": deadline_states(
            complaint,
            calendar,
            today,
            escalated_on=escalations[0].sent_on if escalations else None,
        ),
        "overdue": is_overdue(complaint, today),
        "events": events,
        "escalations": escalations,
        "recoveries": recoveries,
        "recovered": recovered,
        "excess": paid - allowed if paid is not None and allowed is not None else None,
        "forms": forms,
        "bound": bound.prefix if bound is not None else "",
        "person_is_registered": complaint.candidate_id is not None,
    }
    return render(request, "complaints/complaint_detail.html", context)


@never_cache
@handlers_only()
def complaint_detail(request, reference):
    """Everything about one complaint, with its actions."""
    return _render_detail(request, _complaint_for(request.user, reference))


def _act(request, reference, name, act, success_message):
    """Validate the `name` action form, do `act(complaint, **cleaned_data)` and go back to
    the complaint; or show its page again with the form, its errors and what was typed."""
    complaint = _complaint_for(request.user, reference)
    form = ACTION_FORMS[name](request.POST, prefix=name)
    if form.is_valid():
        try:
            act(complaint, **form.cleaned_data)
        except services.ComplaintClosed:
            # Closed by someone else meanwhile: the page as it stands now says the rest.
            messages.error(request, _("This complaint is closed: reopen it first."))
            return redirect("complaints:detail", reference=complaint.reference)
        except services.ComplaintRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, success_message)
            return redirect("complaints:detail", reference=complaint.reference)
    return _render_detail(request, complaint, bound=form)


# A note can name people and say what happened to them: kept out of error reports.
@sensitive_post_parameters()
@never_cache
@require_POST
@handlers_only("complaints.change_complaint")
def acknowledge(request, reference):
    return _act(
        request,
        reference,
        "acknowledge",
        lambda complaint, note: services.acknowledge_complaint(
            complaint=complaint, by=request.user, note=note
        ),
        _("The complaint is acknowledged."),
    )


@sensitive_post_parameters()
@never_cache
@require_POST
@handlers_only("complaints.change_complaint")
def close(request, reference):
    return _act(
        request,
        reference,
        "close",
        lambda complaint, outcome, note: services.close_complaint(
            complaint=complaint, outcome=outcome, by=request.user, note=note
        ),
        _("The complaint is closed."),
    )


@sensitive_post_parameters()
@never_cache
@require_POST
@handlers_only("complaints.change_complaint")
def reopen(request, reference):
    return _act(
        request,
        reference,
        "reopen",
        lambda complaint, note: services.reopen_complaint(
            complaint=complaint, by=request.user, note=note
        ),
        _("The complaint is open again."),
    )


@never_cache
@require_POST
@handlers_only("complaints.add_recovery")
def record_money(request, reference):
    return _act(
        request,
        reference,
        "money",
        lambda complaint, amount, received_on, source: services.record_recovery_checked(
            complaint=complaint,
            amount=amount,
            received_on=received_on,
            source=source,
            by=request.user,
        ),
        _("The money recovered is recorded."),
    )


# What happened, and to whom: kept out of error reports.
@sensitive_post_parameters()
@never_cache
@handlers_only("complaints.change_complaint")
def edit_details(request, reference):
    """Correct what the complaint is about and its money."""
    complaint = _complaint_for(request.user, reference)
    if request.method == "POST":
        # The form works on a copy: the page keeps showing the complaint as it is.
        form = ComplaintDetailsForm(request.POST, instance=_complaint_for(request.user, reference))
        if form.is_valid():
            try:
                changed = services.change_complaint_details(
                    complaint=complaint, by=request.user, changes=form.changes()
                )
            except services.ComplaintRefused as refused:
                form.add_error(None, refused.message)
            else:
                if changed:
                    messages.success(request, _("The changes are saved."))
                else:
                    messages.info(request, _("Nothing was changed."))
                return redirect("complaints:detail", reference=complaint.reference)
    else:
        form = ComplaintDetailsForm(instance=complaint)
    _record_view(request.user, complaint, "edit")
    return render(request, "complaints/complaint_edit.html", {"complaint": complaint, "form": form})


# --- Taking a complaint in ------------------------------------------------------------


def _person_and_session(request):
    """The registered person (?person=<registration number>) the complaint is taken in
    for, and the counselling session (?session=<appointment id>) it comes from: 404
    unless the user may see the person, and the session is theirs at this centre."""
    user = request.user
    number = request.GET.get("person", "").strip()
    if not number:
        if request.GET.get("session"):
            raise Http404
        return None, None, []
    person = _person_with_number(user, number)
    if person is None:
        raise Http404
    sessions = (
        list(sessions_at_centre(candidate=person, centre_id=user.centre_id))
        if may_read_case_records(user)
        else []
    )
    session = None
    if request.GET.get("session"):
        session = next((s for s in sessions if str(s.pk) == request.GET["session"]), None)
        if session is None:
            raise Http404
    return person, session, sessions


def _person_with_number(user, typed):
    """The registered person of the user's centre with this registration number (typed in
    any case and script), unless their data was erased."""
    return (
        Candidate.objects.visible_to(user)
        .with_registration_number(typed)
        .filter(anonymised_at__isnull=True)
        .first()
    )


# Names, CNIC and phone numbers, and what happened: kept out of error reports.
@sensitive_post_parameters()
@never_cache
@require_permission("complaints.add_complaint")
def file_complaint_page(request):
    """Take a complaint in: for a registered person (from their record or case record),
    for someone who gives their name, or an anonymous tip."""
    user = request.user
    if user.centre_id is None:
        return _no_centre(request)
    person, session, sessions = _person_and_session(request)
    number_error = ""
    if person is None and "number" in request.GET:
        # A registered person's number typed here: their complaint is taken in with
        # their record, as from the record's page.
        found = _person_with_number(user, request.GET["number"])
        if found is not None:
            query = urlencode({"person": found.registration_number})
            return redirect(f"{reverse('complaints:new')}?{query}")
        number_error = _("Nobody registered here has this number. Check it, or go on without it.")
    # A counsellor taking in a registered person's complaint does so within counselling.
    channel = (
        Complaint.Channel.COUNSELLOR
        if person is not None and may_read_case_records(user)
        else Complaint.Channel.DESK
    )
    initial = {"appointment": str(session.pk)} if session else {}
    if request.method == "POST":
        form = ComplaintFilingForm(request.POST, person=person, sessions=sessions, initial=initial)
        if form.is_valid():
            try:
                complaint = services.checked_write(
                    lambda: services.file_complaint(
                        centre=user.centre,
                        channel=channel,
                        filed_by=user,
                        **form.filing_fields(),
                    ),
                    Complaint,
                )
            except services.ComplaintRefused as refused:
                form.add_error(None, refused.message)
            else:
                request.session[FILED_SESSION_KEY] = complaint.pk
                return redirect("complaints:filed")
    else:
        form = ComplaintFilingForm(person=person, sessions=sessions, initial=initial)
    return render(
        request,
        "complaints/complaint_new.html",
        {
            "form": form,
            "person": person,
            "session": session,
            "channel": channel,
            "number": request.GET.get("number", ""),
            "number_error": number_error,
        },
    )


@never_cache
@require_permission("complaints.add_complaint")
def filed_slip(request):
    """The slip of the complaint the user has just filed: its reference, its deadlines
    and how to ask about it, to give or print for the person. Shown once: the desk does
    not read the register."""
    user = request.user
    complaint_pk = request.session.pop(FILED_SESSION_KEY, None)
    if complaint_pk is None or user.centre_id is None:
        return redirect("complaints:list" if may_read_complaints(user) else "complaints:new")
    complaint = get_object_or_404(
        Complaint.objects.select_related("centre"), pk=complaint_pk, centre_id=user.centre_id
    )
    _record_view(user, complaint, "slip")
    status_url = reverse("complaints:status")
    return render(
        request,
        "complaints/filed.html",
        {
            "complaint": complaint,
            "may_open": may_read_complaints(user),
            "may_check_status": bool(complaint.status_check_hash),
            "status_url": status_url,
            "status_address": request.build_absolute_uri(status_url or STATUS_PATH),
        },
    )


# --- The centre's deadlines and rule --------------------------------------------------


@never_cache
@require_permission("complaints.set_complaint_deadlines")
def centre_deadlines_page(request):
    """Every kind's working days at the centre, the national ones unless changed here."""
    user = request.user
    if user.centre_id is None:
        return _no_centre(request)
    entries = services.centre_deadlines(user.centre)
    initial = [
        {
            "kind": entry.kind,
            "acknowledge_days": entry.days[0],
            "resolve_days": entry.days[1],
            "escalate_days": entry.days[2],
        }
        for entry in entries
    ]
    formset = DeadlineFormSet(
        request.POST if request.method == "POST" else None, initial=initial, prefix="deadlines"
    )
    if request.method == "POST" and formset.is_valid():
        try:
            changed = services.set_centre_deadlines(
                centre=user.centre, rows=[form.cleaned_data for form in formset]
            )
        except services.ComplaintRefused as refused:
            formset._non_form_errors = formset.error_class([refused.message])
        else:
            if changed:
                messages.success(
                    request,
                    _("The deadlines are saved. Complaints already filed keep their dates."),
                )
            else:
                messages.info(request, _("Nothing was changed."))
            return redirect("complaints:deadlines")
    by_kind = {entry.kind: entry for entry in entries}
    rows = [(form, by_kind.get(form["kind"].value())) for form in formset]
    return render(request, "complaints/deadlines.html", {"formset": formset, "rows": rows})


@never_cache
@require_permission("complaints.change_complaintpolicy")
def policy_page(request):
    """The centre's rule for agencies that draw upheld complaints."""
    user = request.user
    if user.centre_id is None:
        return _no_centre(request)
    policy = services.complaint_policy(user.centre)
    form = ComplaintPolicyForm(request.POST if request.method == "POST" else None, instance=policy)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_complaint_policy(centre=user.centre, **form.cleaned_data)
        except services.ComplaintRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The rule is saved."))
            return redirect("complaints:policy")
    return render(request, "complaints/policy.html", {"form": form, "policy": policy})
