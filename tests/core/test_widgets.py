"""FastSelect draws what Django's select template draws (whitespace aside)."""

import re

import pytest
from django import forms

from apps.core.widgets import FastSelect

CHOICES = [("", "Any"), ("SA", "Saudi <Arabia> & co"), ("AE", "UAE")]
GROUPED = [("Asia", [("SA", "Saudi"), ("AE", "UAE")]), ("Europe & more", [("IT", "Italy")])]
ATTRS = {"class": "form-select", "id": "id_country", "disabled": False, "required": True}


def _same(html: str) -> str:
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", html))


@pytest.mark.parametrize("value", ["SA", "", None, "XX"])
@pytest.mark.parametrize("choices", [CHOICES, GROUPED])
def test_fast_select_matches_djangos_markup(choices, value):
    django_html = forms.Select(choices=choices, attrs=ATTRS).render("country", value)
    fast_html = FastSelect(choices=choices, attrs=ATTRS).render("country", value)
    assert _same(fast_html) == _same(django_html)
    assert "&lt;Arabia&gt; &amp; co" in fast_html or choices is GROUPED
