"""The completion certificate as a PDF, and the little the public check may show of it.

The PDF is an HTML template laid out by WeasyPrint. It is built from local files only:
the Urdu font comes from static/ through a file:// URL, the QR code is drawn inline,
and the URL fetcher refuses everything else, so rendering never reaches the network.
"""

import io
from urllib.parse import urlencode

import segno
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe

# Laid out as the referral letters are (apps/core/pdf.py).
from apps.core.pdf import html_to_pdf, in_arabic_script, urdu_font_urls

from .models import Certificate


def grouped_code(code: str) -> str:
    """A code in groups of four for reading aloud and typing: ABCD-EFGH-JKLM."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def name_initials(full_name: str) -> str:
    """The first letter of each word of a name, "M. I." for Muhammad Imran: what the
    public check shows instead of the name."""
    letters = []
    for word in full_name.split():
        first = next((ch for ch in word if ch.isalpha()), "")
        if first:
            letters.append(f"{first.upper()}.")
    return " ".join(letters)


def verification_url(request, code: str) -> str:
    """The absolute address of the public check with the code filled in (the QR code's)."""
    path = f"{reverse('orientation:verify')}?{urlencode({'code': code})}"
    return request.build_absolute_uri(path)


def qr_svg(text: str) -> str:
    """An inline SVG QR code sized by CSS (a viewBox, no width or height)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(
        buffer, kind="svg", xmldecl=False, nl=False, border=2, omitsize=True, svgclass="qr"
    )
    return mark_safe(buffer.getvalue().decode())  # segno built it: no user markup


def certificate_pdf(certificate: Certificate, *, verification_url: str) -> bytes:
    """The certificate as a one-page A4 landscape PDF, headings in English and Urdu,
    stamped REVOKED if it was revoked. Never shows the CNIC."""
    enrolment = certificate.enrolment
    facilitator = enrolment.session.facilitator
    facilitator_name = facilitator.get_full_name() or facilitator.get_username()
    context = {
        "certificate": certificate,
        "candidate": enrolment.candidate,
        "session": enrolment.session,
        "centre": enrolment.session.centre,
        "facilitator_name": facilitator_name,
        # Which of the values staff typed are in Urdu letters (set in Nastaliq).
        "urdu_name": in_arabic_script(enrolment.candidate.full_name),
        "urdu_title": in_arabic_script(enrolment.session.title),
        "urdu_facilitator": in_arabic_script(facilitator_name),
        "code": grouped_code(certificate.code),
        "verification_url": verification_url,
        "qr": qr_svg(verification_url),
        **urdu_font_urls(),
    }
    # English is the page's base language; the template switches to Urdu where it writes
    # the Urdu half, whichever language the person who prints it uses.
    with translation.override("en"):
        html = render_to_string("orientation/certificate_pdf.html", context)
    return html_to_pdf(html)
