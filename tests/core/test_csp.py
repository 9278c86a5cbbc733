"""Content-Security-Policy (issue 7): every kind of page carries a policy that allows the
portal's own scripts and styles and nothing inline; and no template or script of ours
brings back what the policy would block, so an inline slip fails here, not in a browser."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.views.defaults import server_error

TEMPLATE_DIRS = [
    Path(settings.BASE_DIR) / "templates",
    *Path(settings.BASE_DIR).glob("apps/*/templates"),
]
# Rendered to PDF by WeasyPrint, never served to a browser: their <style> is allowed.
NOT_SERVED = {
    Path(settings.BASE_DIR) / "templates" / "orientation" / "certificate_pdf.html",
    Path(settings.BASE_DIR) / "templates" / "complaints" / "letters" / "referral.html",
}

INLINE = {
    "an inline <script> (no src)": re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>", re.IGNORECASE),
    "a <style> element": re.compile(r"<style\b", re.IGNORECASE),
    "a style= attribute": re.compile(r"\sstyle\s*=", re.IGNORECASE),
    "an on*= handler": re.compile(r"\son[a-z]+\s*=", re.IGNORECASE),
    "a javascript: URL": re.compile(r"javascript:", re.IGNORECASE),
}


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role, path",
    [
        (None, "/"),
        (None, "/jobs/"),
        ("registration_officer", "/candidates/"),
        ("counsellor", "/orientation/sessions/"),
        ("kiosk", "/kiosk/"),
        ("superuser", "/admin/"),
    ],
)
def test_every_kind_of_page_has_the_policy(client_for, role, path):
    response = client_for(role).get(path)
    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    header = response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in header
    assert "'unsafe-eval'" not in header


def template_files():
    for folder in TEMPLATE_DIRS:
        for path in sorted(folder.rglob("*.html")):
            if path not in NOT_SERVED:
                yield path


def test_there_are_templates_to_scan():
    assert len(list(template_files())) > 50


def test_no_template_has_inline_script_style_or_handlers():
    found = []
    for path in template_files():
        text = path.read_text()
        for what, pattern in INLINE.items():
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(settings.BASE_DIR)}:{line}: {what}")
    assert found == []


@pytest.mark.parametrize("what", INLINE)
def test_the_scan_catches(what):
    example = {
        "an inline <script> (no src)": '<script>alert(1)</script><script src="/x.js"></script>',
        "a <style> element": "<style>p { color: red }</style>",
        "a style= attribute": '<div class="x" style="min-width: 0">',
        "an on*= handler": '<button type="button" onclick="go()">',
        "a javascript: URL": '<a href="javascript:go()">',
    }[what]
    assert len(INLINE[what].findall(example)) == 1


def test_our_scripts_neither_evaluate_strings_nor_write_handlers():
    scripts = sorted((Path(settings.BASE_DIR) / "static" / "js").glob("*.js"))
    assert scripts
    evaluating = re.compile(r"\beval\s*\(|\bnew\s+Function\b|set(Timeout|Interval)\s*\(\s*[\"'`]")
    markup_with_handlers = re.compile(r"[\"'`][^\"'`]*\s(on[a-z]+|style)\s*=", re.IGNORECASE)
    for script in scripts:
        text = script.read_text()
        assert not evaluating.search(text), script.name
        assert not markup_with_handlers.search(text), script.name


def test_the_500_page_is_styled_from_a_file(client):
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<body class="error-page">' in html
    # The unhashed name: the page must not depend on the manifest, which may be what failed.
    stylesheet = f"{settings.STATIC_URL}css/portal.css"
    assert f'href="/{stylesheet}"' in html or f'href="{stylesheet}"' in html
    assert client.get(f"/{stylesheet.lstrip('/')}").status_code == 200
