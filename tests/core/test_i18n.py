"""English and Urdu: every marked string has a real Urdu translation, pages turn RTL."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

PO_FILE = Path(settings.BASE_DIR) / "locale" / "ur" / "LC_MESSAGES" / "django.po"


def test_every_urdu_entry_is_translated_and_not_fuzzy():
    catalogue = polib.pofile(str(PO_FILE))
    assert len(catalogue) > 50
    assert [entry.msgid for entry in catalogue if not entry.translated()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []

    # Real Urdu, not English copied across.
    def translations(entry):
        return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]

    assert [e.msgid for e in catalogue if any(t.isascii() for t in translations(e))] == []


def test_the_catalogue_holds_every_marked_string(tmp_path):
    """Re-extract into a copy of the project: no string may be missing from django.po."""
    for part in ("apps", "templates", "mrc_portal", "locale", "manage.py"):
        source = Path(settings.BASE_DIR) / part
        target = tmp_path / part
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "ur", "--no-obsolete", "-v", "0"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "DJANGO_SECRET_KEY": "x" * 60},
    )
    assert result.returncode == 0, result.stderr
    extracted = polib.pofile(str(tmp_path / PO_FILE.relative_to(settings.BASE_DIR)))
    fresh = {entry.msgid for entry in extracted}
    committed = {entry.msgid for entry in polib.pofile(str(PO_FILE))}
    assert fresh - committed == set(), "run `make messages` and translate the new strings"


@pytest.mark.django_db
def test_urdu_pages_are_right_to_left_with_the_rtl_stylesheet(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    html = client.get("/").text
    assert '<html lang="ur" dir="rtl">' in html
    assert "bootstrap.rtl.min" in html
    assert "کام" in html or "بیرون" in html  # Urdu words of the front page


@pytest.mark.django_db
def test_english_is_the_default_and_left_to_right(client):
    html = client.get("/").text
    assert '<html lang="en" dir="ltr">' in html
    assert "bootstrap.rtl" not in html


@pytest.mark.django_db
def test_the_language_switcher_remembers_the_choice(client):
    response = client.post("/i18n/setlang/", {"language": "ur", "next": "/centres/"})
    assert response.status_code == 302
    assert response.url == "/centres/"
    assert 'dir="rtl"' in client.get("/centres/").text
