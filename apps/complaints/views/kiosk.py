"""Reporting an agent at the shared kiosk: what happened, who, what they promised, the
money given, and whether the person gives their name or stays anonymous; then a slip
with the reference number.

As everywhere at the kiosk, every response is no-store and nothing of a stored record
is shown: a CNIC that belongs to a registered person links the complaint to them
without a word on screen. The answers live in the session until the report is sent,
the slip's complaint id until Done resets the kiosk (apps/kiosk/views.py reset).
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from apps.kiosk.views import kiosk_required

from ..forms.kiosk import IDENTITY_ICONS, KIND_ICONS, SEX_ICONS, TEXTS_ICONS
from ..kiosk_report import (
    SESSION_KEY,
    SLIP_SESSION_KEY,
    STEPS,
    STEPS_BY_SLUG,
    ReportWizard,
    file_once,
    file_report,
)
from ..models import Complaint


def kiosk_report_view(view):
    """Kiosk role only, never cached, everything typed kept out of error reports."""
    return never_cache(kiosk_required(sensitive_post_parameters()(view)))


def _to_step(step):
    return redirect("complaints:kiosk_report", step=step.slug)


@kiosk_report_view
def report_step(request, step):
    step = STEPS_BY_SLUG[step]
    wizard = ReportWizard(request.session)
    if step not in wizard.steps:  # the questions about a person who stays anonymous
        return redirect("complaints:kiosk_review")
    index = wizard.steps.index(step)

    if request.method == "POST":
        form = step.form_class(data=request.POST)
        valid = form.is_valid()
        # Kept even when wrong or half done, so that nothing typed is lost.
        wizard.save(step, request.POST, valid=valid)
        steps = wizard.steps  # an answer to "your name?" changes what follows
        if request.POST.get("action") == "back":
            return redirect("kiosk:menu") if index == 0 else _to_step(steps[index - 1])
        if valid:
            if index + 1 < len(steps):
                return _to_step(steps[index + 1])
            return redirect("complaints:kiosk_review")
    else:
        missing = wizard.first_incomplete(before=step)
        if missing is not None:
            return _to_step(missing)
        form = wizard.bound_form(step)

    steps = wizard.steps
    return render(
        request,
        f"complaints/kiosk/{step.slug}.html",
        {
            "form": form,
            "step": step,
            "steps": steps,
            "step_number": steps.index(step) + 1 if step in steps else index + 1,
            # The screens, and the review after them.
            "step_count": len(steps) + 1,
            "kind_icons": KIND_ICONS,
            "identity_icons": IDENTITY_ICONS,
            "sex_icons": SEX_ICONS,
            "texts_icons": TEXTS_ICONS,
        },
    )


@kiosk_report_view
def review(request):
    """The answers to check, each with its Change button; Send files the complaint."""
    if SESSION_KEY not in request.session and SLIP_SESSION_KEY in request.session:
        # A second tap on Send, a refresh or Back after the report went through.
        return redirect("complaints:kiosk_slip")
    wizard = ReportWizard(request.session)
    missing = wizard.first_incomplete()
    if missing is not None:
        return _to_step(missing)
    forms = wizard.clean_forms()
    if forms is None:
        return _to_step(STEPS[0])
    error = ""
    if request.method == "POST":
        error = _send(request, wizard, forms)
        if not error:
            return redirect("complaints:kiosk_slip")
    return render(
        request,
        "complaints/kiosk/review.html",
        {
            "forms": forms,
            "anonymous": "details" not in forms,
            "error": error,
            "steps": wizard.steps,
            "step_number": len(wizard.steps) + 1,
            "step_count": len(wizard.steps) + 1,
        },
    )


def _send(request, wizard, forms) -> str:
    """File the report; "" once filed (the slip is next), else why not, in words."""
    if request.user.centre_id is None:
        return _(
            "This screen belongs to no centre, so it cannot take a report. Please ask at the desk."
        )
    try:
        filed = file_once(
            wizard.submission_key,
            lambda: file_report(
                forms=forms, device=request.user, language=translation.get_language()
            ),
        )
    except (IntegrityError, ValidationError):
        return _("Your report could not be sent. Please ask at the desk: they will take it.")
    if filed is None:
        return _("Your report is still being sent. Please wait a moment and touch Send again.")
    details = forms.get("details")
    wizard.forget()
    request.session[SLIP_SESSION_KEY] = {
        "complaint": filed,
        # What the person asked for: the slip says a text is coming only if they did.
        "texts": bool(details and details.cleaned_data["texts"]),
    }
    return ""


@kiosk_report_view
def slip(request):
    """The reference number, what happens next and when, and how to check."""
    kept = request.session.get(SLIP_SESSION_KEY)
    complaint = None
    if kept:
        complaint = (
            Complaint.objects.select_related("candidate", "centre")
            .filter(pk=kept["complaint"], filed_by=request.user)
            .first()
        )
    if complaint is None:
        return redirect("kiosk:start")
    deadlines = sorted(
        [
            ("acknowledge", complaint.acknowledge_by),
            ("resolve", complaint.resolve_by),
            ("escalate", complaint.escalate_by),
        ],
        key=lambda deadline: deadline[1],
    )
    return render(
        request,
        "complaints/kiosk/slip.html",
        {
            "complaint": complaint,
            "deadlines": deadlines,
            "texts": kept["texts"] and complaint.may_be_texted,
            "status_url": request.build_absolute_uri(reverse("complaints:status")),
        },
    )
