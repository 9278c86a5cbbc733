"""Completion certificates: anyone checks a code; the centre prints the PDF and its
manager revokes a certificate given in error.

The public check shows the least that answers "is this certificate genuine?": valid,
revoked or unknown, the name's initials and the session, never the name, registration
number or CNIC. Guessing is slowed per browser session (a shared kiosk or a phone on a
carrier's shared address must not lock others out), and the code is never logged.
Staff read certificates through Certificate.objects.visible_to(user): another centre's
answers 404."""

import time

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from apps.core.permissions import require_permission

from .. import certificates, services
from ..forms.certificates import RevokeForm, VerifyForm, normalised_code
from ..models import Certificate

# Unknown codes one browser session may try within MISSES_WINDOW_SECONDS: plenty for
# typing slips, far too few to find a valid code among 31**12 by guessing.
VERIFY_MISSES_ALLOWED = 20
MISSES_WINDOW_SECONDS = 60 * 60
MISSES_KEY = "orientation:verify-misses"


def _misses(request) -> list[float]:
    """When this browser session typed unknown codes, within the window."""
    since = time.time() - MISSES_WINDOW_SECONDS
    return [moment for moment in request.session.get(MISSES_KEY, []) if moment > since]


@never_cache
def verify(request):
    """Public: answers valid, revoked or unknown for a code typed (or scanned: the form is
    GET, so the certificate's QR code links here with ?code=)."""
    form = VerifyForm(request.GET if "code" in request.GET else None)
    misses = _misses(request)
    context = {"form": form, "throttled": len(misses) >= VERIFY_MISSES_ALLOWED}
    if form.is_bound and not context["throttled"] and form.is_valid():
        outcome, certificate = services.verify_code(form.cleaned_data["code"])
        context["outcome"] = outcome
        context["code"] = certificates.grouped_code(normalised_code(form.cleaned_data["code"]))
        if certificate is not None:
            context["shown"] = _publicly_shown(certificate)
        else:
            misses.append(time.time())
            request.session[MISSES_KEY] = misses
    return render(request, "orientation/verify.html", context)


def _publicly_shown(certificate: Certificate) -> dict:
    """All the public check reveals of a certificate."""
    session = certificate.enrolment.session
    return {
        "initials": certificates.name_initials(certificate.enrolment.candidate.full_name),
        "title": session.title,
        "country": session.country,
        "starts_at": session.starts_at,
        "centre": session.centre.name,
        "revoked_at": certificate.revoked_at,
    }


@never_cache
@require_permission("orientation.view_certificate")
def certificate_pdf(request, pk):
    """The certificate as a PDF, shown in the browser; a revoked one is stamped REVOKED."""
    certificate = get_object_or_404(
        Certificate.objects.visible_to(request.user).select_related(
            "enrolment__candidate", "enrolment__session__centre", "enrolment__session__facilitator"
        ),
        pk=pk,
    )
    pdf = certificates.certificate_pdf(
        certificate, verification_url=certificates.verification_url(request, certificate.code)
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=f"certificate-{certificate.code}.pdf"
    )
    return response


@never_cache
@require_permission("orientation.revoke_certificate")
def revoke(request, pk):
    """The centre manager revokes a certificate, saying why; the public check then
    answers "revoked". Back to the session's page."""
    certificate = get_object_or_404(
        Certificate.objects.visible_to(request.user).select_related(
            "enrolment__candidate", "enrolment__session", "revoked_by"
        ),
        pk=pk,
    )
    session_pk = certificate.enrolment.session_id
    context = {"certificate": certificate, "code": certificates.grouped_code(certificate.code)}
    if certificate.is_revoked:
        if request.method == "POST":
            messages.info(request, _("This certificate was already revoked."))
            return redirect("orientation:session", pk=session_pk)
        return render(request, "orientation/revoke.html", context)
    form = context["form"] = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.revoke_certificate(
                certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
            )
        except services.StepNotAllowed:
            form.add_error("reason", _("Say why the certificate is revoked."))
        else:
            messages.success(
                request,
                _("Certificate %(code)s of %(name)s is revoked. The public check now says so.")
                % {
                    "code": certificates.grouped_code(certificate.code),
                    "name": certificate.enrolment.candidate.full_name,
                },
            )
            return redirect("orientation:session", pk=session_pk)
    return render(request, "orientation/revoke.html", context)
