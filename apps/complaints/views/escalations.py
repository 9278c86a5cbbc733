"""A complaint sent on to an authority: escalating it, keeping the answer, and printing
the referral letter in English or Urdu.

Only those who handle complaints at a centre get in (may_read_complaints: a counsellor
or a complaints officer, never a superuser): anonymous visitors go to the login page,
anybody else gets 403 before anything is looked up. They then find only their own
centre's complaints: another centre's reference answers 404, as one that does not exist.
The forms live on the complaint's page (templates/complaints/_escalations.html); a form
sent back with a mistake comes back on a page of its own here, with what was typed."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from apps.candidates.services import violated_constraint_message

from .. import letters, services
from ..escalation_forms import AnswerForm, EscalationForm
from ..models import Complaint, Escalation, may_read_complaints
from ..pages import complaint_page_url

ESCALATE_PREFIX = "escalate"


def answer_prefix(escalation) -> str:
    """The prefix of an escalation's answer form (a page holds one per escalation)."""
    return f"answer-{escalation.pk}"


def complaint_handlers_only(permission: str):
    """Anonymous visitors to the login page; a user who does not handle complaints, or
    lacks `permission`, gets 403."""

    def decorate(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not (may_read_complaints(request.user) and request.user.has_perm(permission)):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return login_required(guarded)

    return decorate


def _complaint(user, reference) -> Complaint:
    return get_object_or_404(
        Complaint.objects.visible_to(user).select_related("centre"), reference=reference
    )


def _escalation(user, reference, pk) -> Escalation:
    return get_object_or_404(
        Escalation.objects.filter(complaint__in=Complaint.objects.visible_to(user)).select_related(
            "complaint__centre", "sent_by"
        ),
        complaint__reference=reference,
        pk=pk,
    )


def complaint_url(complaint) -> str:
    """The complaint's own page, at its escalations."""
    return complaint_page_url(complaint, "escalations")


# What we ask of an authority names the people and the story: kept out of error reports.
@sensitive_post_parameters()
@never_cache
@complaint_handlers_only("complaints.add_escalation")
def escalate(request, reference):
    """Send the complaint on to an authority (POST from the complaint's page); the form
    with its mistakes on a page of its own; a closed complaint is refused."""
    complaint = _complaint(request.user, reference)
    if not complaint.is_open:
        messages.error(request, _("This complaint is closed: reopen it before referring it on."))
        return redirect(complaint_url(complaint))
    form = EscalationForm(
        request.POST if request.method == "POST" else None,
        complaint=complaint,
        prefix=ESCALATE_PREFIX,
    )
    if request.method == "POST" and form.is_valid():
        try:
            escalation = services.escalate_complaint(
                complaint=complaint, by=request.user, **form.cleaned_data
            )
        except services.ComplaintClosed:
            # Closed by someone else since the page was opened.
            messages.error(
                request, _("This complaint is closed: reopen it before referring it on.")
            )
            return redirect(complaint_url(complaint))
        except IntegrityError as error:
            message = violated_constraint_message(Escalation, error)
            if message is None:
                raise
            form.add_error(None, message)
        else:
            messages.success(
                request,
                _("Referred to %(authority)s. Print the letter and send it.")
                % {"authority": escalation.get_authority_display()},
            )
            return redirect(complaint_url(complaint))
    return render(request, "complaints/escalate.html", {"complaint": complaint, "form": form})


# Their answer may name the people and the story: kept out of error reports.
@sensitive_post_parameters()
@never_cache
@complaint_handlers_only("complaints.change_escalation")
def record_answer(request, reference, pk):
    """Keep the authority's answer (POST from the complaint's page); the form with its
    mistakes on a page of its own."""
    escalation = _escalation(request.user, reference, pk)
    form = AnswerForm(
        request.POST if request.method == "POST" else None,
        escalation=escalation,
        prefix=answer_prefix(escalation),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.record_answer(escalation=escalation, by=request.user, **form.cleaned_data)
        except ValidationError as refused:
            # The model's own checks (an answer with its date, not before the letter).
            for message in refused.messages:
                form.add_error(None, message)
        else:
            messages.success(
                request,
                _("The answer from %(authority)s was recorded.")
                % {"authority": escalation.get_authority_display()},
            )
            return redirect(complaint_url(escalation.complaint))
    return render(
        request,
        "complaints/record_answer.html",
        {"complaint": escalation.complaint, "escalation": escalation, "form": form},
    )


@never_cache
@complaint_handlers_only("complaints.view_escalation")
def referral_letter(request, reference, pk):
    """The referral letter as a PDF, in English (?lang=en, the default) or Urdu
    (?lang=ur); every printing is in the centre's audit trail."""
    language = request.GET.get("lang", "en")
    if language not in letters.LETTER_LANGUAGES:
        raise Http404("No letter in that language.")
    escalation = _escalation(request.user, reference, pk)
    pdf = letters.print_referral_letter(
        escalation=escalation, language=language, printed_by=request.user
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=letters.letter_filename(escalation, language)
    )
    return response
