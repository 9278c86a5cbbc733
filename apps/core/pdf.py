"""PDFs laid out by WeasyPrint from an HTML template: certificates, referral letters.

A PDF is built from local files only: fonts come from static/ through file:// URLs and
the URL fetcher refuses everything else, so rendering never reaches the network (a
name or a text typed by staff cannot make the server fetch anything).
"""

import functools
import io
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from django.conf import settings

# The Urdu font the project vendors (static/vendor/noto-nastaliq-urdu, with its licence).
URDU_FONT = "vendor/noto-nastaliq-urdu/noto-nastaliq-urdu-arabic-400-normal.woff2"
URDU_BOLD_FONT = "vendor/noto-nastaliq-urdu/noto-nastaliq-urdu-arabic-700-normal.woff2"


def static_dir() -> Path:
    """The project's own static files: the only place a PDF may load anything from."""
    return (Path(settings.BASE_DIR) / "static").resolve()


def urdu_font_urls() -> dict[str, str]:
    """The file:// addresses of the Urdu font, regular and bold, for a template's
    @font-face rules."""
    return {
        "urdu_font_url": (static_dir() / URDU_FONT).as_uri(),
        "urdu_bold_font_url": (static_dir() / URDU_BOLD_FONT).as_uri(),
    }


def in_arabic_script(text: str) -> bool:
    """Whether `text` (a name or a title typed by staff) is written in Urdu letters, so
    the PDF sets it in Nastaliq, right to left."""
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


@functools.lru_cache(maxsize=8)
def _decompressed_font(path: str, modified_ns: int) -> bytes:
    """A WOFF2 font as plain OpenType, decompressed once per process (WeasyPrint would
    spend half a second on each Nastaliq file at every PDF)."""
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
def static_files_only_fetcher_class():
    # WeasyPrint loads Pango when imported: imported here, not when the site starts,
    # so a machine without Pango still serves every other page.
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFilesOnly(URLFetcher):
        """Hands out files under static/ and refuses every other URL (http, data, other
        paths), so a PDF never makes a request."""

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


def html_to_pdf(html: str) -> bytes:
    """Lay `html` out as a PDF, loading nothing but the portal's static files."""
    from weasyprint import HTML

    fetcher = static_files_only_fetcher_class()(timeout=1)
    document = HTML(string=html, base_url=static_dir().as_uri() + "/", url_fetcher=fetcher)
    return document.write_pdf()
