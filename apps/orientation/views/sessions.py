"""The centre's orientation sessions: planning them, enrolling registered people within
the capacity, and, for the session's facilitator alone, attendance and completion.

Every session is read through OrientationSession.objects.visible_to(user) and every
person through Candidate.objects.visible_to(user): another centre's answers 404.
Enrolment, withdrawal, attendance and completion go through apps.orientation.services,
whose row lock keeps enrolments within the capacity under concurrent requests."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_countries.fields import Country

from apps.candidates.models import Candidate
from apps.core.permissions import require_permission

from .. import services
from ..forms.sessions import (
    ERASED,
    GENERAL,
    NOT_FOUND_HERE,
    AttendanceForm,
    CancelSessionForm,
    EnrolForm,
    SessionFilterForm,
    SessionForm,
)
from ..models import Enrolment, OrientationSession

PAGE_SIZE = 25


def _local(moment) -> str:
    return date_format(timezone.localtime(moment), "l j F Y, H:i")


def _session_for(user, pk, *related):
    queryset = OrientationSession.objects.visible_to(user).select_related("facilitator", *related)
    return get_object_or_404(queryset, pk=pk)


def _facilitated_session(user, pk):
    """The session, if `user` runs it: 404 for another centre's, 403 for anybody else's."""
    session = _session_for(user, pk)
    if session.facilitator_id != user.pk:
        raise PermissionDenied
    return session


# --- The list ------------------------------------------------------------------


@never_cache
@require_permission("orientation.view_orientationsession")
def session_list(request):
    """Today's and coming sessions first (soonest first), or the past ones (latest
    first), filtered by destination and language. Places taken are counted in the same
    query as the sessions."""
    visible = OrientationSession.objects.visible_to(request.user)
    # Only the destinations the centre has sessions for, however many sessions.
    codes = visible.exclude(country="").order_by().values_list("country", flat=True).distinct()
    countries = sorted((Country(code) for code in codes), key=lambda country: country.name)
    filters = SessionFilterForm(request.GET or None, countries=countries)
    sessions = visible.select_related("facilitator").annotate(enrolled=Count("enrolments"))
    if filters.is_valid():
        country = filters.cleaned_data["country"]
        if country == GENERAL:
            sessions = sessions.filter(country="")
        elif country:
            sessions = sessions.filter(country=country)
        if filters.cleaned_data["language"]:
            sessions = sessions.filter(language=filters.cleaned_data["language"])
    # A session stays with the coming ones all day, so the facilitator finds it to mark
    # attendance after it ended.
    today_began = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    showing_past = request.GET.get("when") == "past"
    if showing_past:
        sessions = sessions.filter(ends_at__lt=today_began).order_by("-starts_at")
    else:
        sessions = sessions.filter(ends_at__gte=today_began).order_by("starts_at")
    page = Paginator(sessions, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    other_view = query.copy()
    if showing_past:
        other_view.pop("when", None)
    else:
        other_view["when"] = "past"
    return render(
        request,
        "orientation/session_list.html",
        {
            "filters": filters,
            "page": page,
            "showing_past": showing_past,
            "query_without_page": query.urlencode(),
            "other_view_query": other_view.urlencode(),
            "filtered": any(request.GET.get(name) for name in ("country", "language")),
        },
    )


# --- Planning and changing a session ---------------------------------------------


@never_cache
@require_permission("orientation.add_orientationsession")
def session_add(request):
    """Plan a session at the user's centre."""
    if request.user.centre_id is None:
        # A session belongs to a centre; an administrator without one plans none.
        return render(request, "orientation/session_form.html", {"no_centre": True})
    form = SessionForm(
        request.POST or None,
        centre_id=request.user.centre_id,
        # Most often the person planning runs the session too.
        initial={"facilitator": request.user.pk},
    )
    if request.method == "POST" and form.is_valid():
        session = form.save(commit=False)
        session.centre_id = request.user.centre_id
        session.created_by = request.user
        session.save()
        messages.success(
            request,
            _("The session is planned for %(when)s. You can now enrol people.")
            % {"when": _local(session.starts_at)},
        )
        return redirect("orientation:session", pk=session.pk)
    return render(request, "orientation/session_form.html", {"form": form})


@never_cache
@require_permission("orientation.change_orientationsession")
def session_edit(request, pk):
    """Change a scheduled session's details, or cancel it (with a confirmation)."""
    session = _session_for(request.user, pk)
    if session.status != OrientationSession.Status.SCHEDULED:
        messages.error(
            request,
            _("This session is '%(status)s': it can no longer be changed.")
            % {"status": session.get_status_display()},
        )
        return redirect("orientation:session", pk=session.pk)
    cancelling = request.method == "POST" and "cancel_session" in request.POST
    saving = request.method == "POST" and not cancelling
    form = SessionForm(
        request.POST if saving else None,
        # The form changes its own copy: the page keeps showing the saved title.
        instance=OrientationSession.objects.get(pk=session.pk) if saving else session,
        centre_id=session.centre_id,
    )
    cancel_form = CancelSessionForm(request.POST if cancelling else None)
    if cancelling and cancel_form.is_valid():
        if services.cancel_session(session=session, by=request.user):
            messages.success(request, _("The session is cancelled."))
        else:
            messages.error(request, _("Only a scheduled session can be cancelled."))
        return redirect("orientation:session", pk=session.pk)
    if saving and form.is_valid() and _save_within_enrolments(form):
        messages.success(request, _("The session's details are saved."))
        return redirect("orientation:session", pk=session.pk)
    return render(
        request,
        "orientation/session_form.html",
        {
            "form": form,
            "session": session,
            "cancel_form": cancel_form,
            "enrolled": form.enrolled_count(),
        },
    )


def _save_within_enrolments(form) -> bool:
    """Save the changed session unless enrolments taken since the form was checked
    outnumber its places (then the form says so and nothing is saved)."""
    try:
        services.change_session(form=form)
    except services.TooFewPlaces as refused:
        form.add_error("capacity", form.too_few_places(refused.enrolled))
        return False
    return True


# --- One session: its people and enrolling --------------------------------------


def _detail_context(request, session, enrol_form=None) -> dict:
    """What session_detail.html shows; a fixed number of queries, however many people."""
    user = request.user
    enrolments = list(
        Enrolment.objects.filter(session=session)
        .select_related("candidate", "certificate")
        .order_by("candidate__full_name", "pk")
    )
    is_scheduled = session.status == OrientationSession.Status.SCHEDULED
    has_begun = session.starts_at <= timezone.now()
    is_facilitator = session.facilitator_id == user.pk
    may_enrol = is_scheduled and user.has_perm("orientation.add_enrolment")
    return {
        "session": session,
        "enrolments": enrolments,
        "enrolled": len(enrolments),
        "is_full": len(enrolments) >= session.capacity,
        "unmarked": sum(1 for enrolment in enrolments if enrolment.attended is None),
        "issued": sum(1 for e in enrolments if getattr(e, "certificate", None) is not None),
        "has_begun": has_begun,
        "is_facilitator": is_facilitator,
        "may_enrol": may_enrol,
        "may_withdraw": is_scheduled and user.has_perm("orientation.delete_enrolment"),
        "may_change": is_scheduled and user.has_perm("orientation.change_orientationsession"),
        "may_see_certificates": user.has_perm("orientation.view_certificate"),
        "enrol_form": enrol_form or (EnrolForm() if may_enrol else None),
    }


@never_cache
@require_permission("orientation.view_orientationsession")
def session_detail(request, pk):
    """The session, its people with their attendance and certificates, and the steps
    the user may take: enrol and withdraw; for the facilitator, attendance and completion."""
    session = _session_for(request.user, pk, "created_by")
    return render(request, "orientation/session_detail.html", _detail_context(request, session))


@never_cache
@require_POST
@require_permission("orientation.add_enrolment")
def enrol(request, pk):
    """Enrol a person of the centre by their registration number, if a place is free.
    A refusal shows the session's page again with the number kept and the reason."""
    session = _session_for(request.user, pk, "created_by")
    if session.status != OrientationSession.Status.SCHEDULED:
        return _takes_no_enrolments(request, session)
    form = EnrolForm(request.POST)
    if form.is_valid():
        candidate = (
            Candidate.objects.visible_to(request.user)
            .filter(registration_number=form.cleaned_data["registration_number"])
            .first()
        )
        if candidate is None:
            # Another centre's person gets the same answer as nobody: nothing is disclosed.
            form.add_error("registration_number", NOT_FOUND_HERE)
        elif candidate.is_erased:
            form.add_error("registration_number", ERASED)
        else:
            try:
                services.enrol_candidate(session=session, candidate=candidate, by=request.user)
            except services.SessionFull:
                form.add_error(None, _("This session is full."))
            except services.AlreadyEnrolled:
                form.add_error(None, _("This person is already enrolled in this session."))
            except services.StepNotAllowed:
                # Cancelled or completed since the page was read.
                session.refresh_from_db(fields=["status"])
                return _takes_no_enrolments(request, session)
            else:
                messages.success(
                    request,
                    _("%(name)s (%(number)s) is enrolled.")
                    % {"name": candidate.full_name, "number": candidate.registration_number},
                )
                return redirect("orientation:session", pk=session.pk)
    return render(
        request, "orientation/session_detail.html", _detail_context(request, session, form)
    )


def _takes_no_enrolments(request, session):
    messages.error(
        request,
        _("This session takes no more enrolments: it is '%(status)s'.")
        % {"status": session.get_status_display()},
    )
    return redirect("orientation:session", pk=session.pk)


@require_POST
@require_permission("orientation.delete_enrolment")
def withdraw(request, pk):
    """Free the place of someone who will not come, before their attendance is marked."""
    enrolment = get_object_or_404(
        Enrolment.objects.visible_to(request.user).select_related("candidate", "session"),
        pk=pk,
    )
    if enrolment.session.status != OrientationSession.Status.SCHEDULED:
        messages.error(request, _("People are withdrawn only from a scheduled session."))
        return redirect("orientation:session", pk=enrolment.session_id)
    try:
        services.withdraw_enrolment(enrolment=enrolment, by=request.user)
    except services.StepNotAllowed:
        messages.error(
            request,
            _("%(name)s's attendance is already marked: they can no longer be withdrawn.")
            % {"name": enrolment.candidate.full_name},
        )
    except Enrolment.DoesNotExist:
        messages.info(request, _("This person was already withdrawn."))
    else:
        messages.success(
            request,
            _("%(name)s is withdrawn; the place is free again.")
            % {"name": enrolment.candidate.full_name},
        )
    return redirect("orientation:session", pk=enrolment.session_id)


# --- The facilitator: attendance and completion -----------------------------------


def _not_yet_message(session) -> str:
    return _("Attendance is marked once the session has begun, at %(when)s.") % {
        "when": _local(session.starts_at)
    }


@never_cache
@login_required
def attendance(request, pk):
    """The facilitator says, for everyone enrolled, whether they came. All answers are
    saved together, or none."""
    session = _facilitated_session(request.user, pk)
    if session.status == OrientationSession.Status.CANCELLED:
        messages.error(request, _("This session was cancelled."))
        return redirect("orientation:session", pk=session.pk)
    if session.starts_at > timezone.now():
        messages.error(request, _not_yet_message(session))
        return redirect("orientation:session", pk=session.pk)
    enrolments = (
        Enrolment.objects.filter(session=session)
        .select_related("candidate", "certificate")
        .order_by("candidate__full_name", "pk")
    )
    form = AttendanceForm(request.POST or None, enrolments=enrolments)
    if request.method == "POST" and form.is_valid():
        try:
            services.mark_attendances(answers=form.answers(), by=request.user)
        except services.StepNotAllowed:
            # The session was cancelled, or a certificate issued, since the page was read.
            messages.error(
                request, _("Nothing was saved: the session changed meanwhile. Please check.")
            )
            return redirect("orientation:attendance", pk=session.pk)
        came = sum(1 for answer in form.cleaned_data.values() if answer == "yes")
        messages.success(
            request,
            ngettext(
                "Attendance saved: %(came)s of %(count)s person came.",
                "Attendance saved: %(came)s of %(count)s people came.",
                len(form.enrolments),
            )
            % {"came": came, "count": len(form.enrolments)},
        )
        return redirect("orientation:session", pk=session.pk)
    return render(request, "orientation/attendance.html", {"session": session, "form": form})


@require_POST
@login_required
def complete(request, pk):
    """The facilitator completes the session: it is held, and everyone who came gets a
    certificate. Completing again issues only the certificates still missing."""
    session = _facilitated_session(request.user, pk)
    try:
        issued = services.complete_session(session=session, by=request.user)
    except services.StepNotAllowed:
        messages.error(request, _why_not_complete(session))
    else:
        if issued:
            messages.success(request, _("Certificates issued: %(count)s.") % {"count": len(issued)})
        else:
            messages.success(
                request,
                _("The session is complete. No new certificates: everyone who came has one."),
            )
    return redirect("orientation:session", pk=session.pk)


def _why_not_complete(session) -> str:
    """In words, why complete_session refused (its own reasons, re-read)."""
    session.refresh_from_db(fields=["status", "starts_at"])
    if session.status == OrientationSession.Status.CANCELLED:
        return _("This session was cancelled: it cannot be completed.")
    if session.starts_at > timezone.now():
        return _("A session is completed once it has begun, at %(when)s.") % {
            "when": _local(session.starts_at)
        }
    unmarked = session.enrolments.filter(attended__isnull=True).count()
    return ngettext(
        "Mark everyone's attendance first: %(count)s person is not marked yet.",
        "Mark everyone's attendance first: %(count)s people are not marked yet.",
        unmarked,
    ) % {"count": unmarked}
