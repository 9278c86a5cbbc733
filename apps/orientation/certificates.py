"""The completion certificate as a PDF, and the little the public check may show of it.

The PDF is an HTML template laid out by WeasyPrint. It is built from local files only:
the Urdu font comes from static/ through a file:// URL, the QR code is drawn inline,
and the URL fetcher refuses everything else, so rendering never reaches the network.
"""

import functools
import io
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlencode, urlsplit
from urllib.request import url2pathname

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe

from .models import Certificate

URDU_FONT = "vendor/noto-nastaliq-urdu/noto-nastaliq-urdu-arabic-400-normal.woff2"
URDU_BOLD_FONT = "vendor/noto-nastaliq-urdu/noto-nastaliq-urdu-arabic-700-normal.woff2"


def static_dir() -> Path:
    """The project's own static files: the only place the PDF may load anything from."""
    return (Path(settings.BASE_DIR) / "static").resolve()


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


def in_arabic_script(text: str) -> bool:
    """Whether `text` (a name or a title typed by staff) is written in Urdu letters, so
    the PDF sets it in Nastaliq, right to left."""
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


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


@functools.lru_cache(maxsize=8)
def _decompressed_font(path: str, modified_ns: int) -> bytes:
    """A WOFF2 font as plain OpenType, decompressed once per process (WeasyPrint would
    spend half a second on each Nastaliq file at every certificate)."""
    from fontTools.ttLib import woff2

    out = io.BytesIO()
    with open(path, "rb") as font:
        woff2.decompress(font, out)
    return out.getvalue()


def _static_file_bytes(path: Path) -> bytes:
    if path.suffix == ".woff2":
        return _decompressed_font(str(path), path.stat().st_mtime_ns)
    return path.read_bytes()


@functools.cache
def _static_files_only_fetcher_class():
    # WeasyPrint loads Pango when imported: imported here, not when the site starts,
    # so a machine without Pango still serves every other page.
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFilesOnly(URLFetcher):
        """Hands out files under static/ and refuses every other URL (http, data, other
        paths), so a certificate never makes a request."""

        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
                raise ValueError("Only the portal's static files may be loaded.")
            path = Path(url2pathname(unquote(parts.path))).resolve()
            if not path.is_relative_to(static_dir()) or not path.is_file():
                raise ValueError("Only the portal's static files may be loaded.")
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(
                path.as_uri(),
                body=_static_file_bytes(path),
                headers={"Content-Type": content_type},
            )

    return StaticFilesOnly


def certificate_pdf(certificate: Certificate, *, verification_url: str) -> bytes:
    """The certificate as a one-page A4 landscape PDF, headings in English and Urdu,
    stamped REVOKED if it was revoked. Never shows the CNIC."""
    from weasyprint import HTML

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
        "urdu_font_url": (static_dir() / URDU_FONT).as_uri(),
        "urdu_bold_font_url": (static_dir() / URDU_BOLD_FONT).as_uri(),
    }
    # English is the page's base language; the template switches to Urdu where it writes
    # the Urdu half, whichever language the person who prints it uses.
    with translation.override("en"):
        html = render_to_string("orientation/certificate_pdf.html", context)
    fetcher = _static_files_only_fetcher_class()(timeout=1)
    document = HTML(string=html, base_url=static_dir().as_uri() + "/", url_fetcher=fetcher)
    return document.write_pdf()
