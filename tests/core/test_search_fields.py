"""`as_search_field` draws what crispy-forms draws for the same field (whitespace aside),
with and without errors, help text, a required mark, and for every widget it draws
itself; anything else it hands to crispy."""

import re

import pytest
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import forms

from apps.core.templatetags.search_fields import as_search_field
from apps.core.widgets import FastSelect


def _same(html: str) -> str:
    html = re.sub(r"\s+", " ", str(html))
    return re.sub(r"\s*(<|>)\s*", r"\1", html).strip()


class SearchForm(forms.Form):
    q = forms.CharField(label="Search", required=False, help_text="Number, CNIC & name")
    sex = forms.ChoiceField(
        label="Sex", required=False, choices=[("", "Any"), ("f", "Female")], widget=FastSelect
    )
    country = forms.ChoiceField(label="Country <of work>", choices=[("SA", "Saudi Arabia")])
    min_pay = forms.IntegerField(
        label="Pay at least", required=False, widget=forms.NumberInput(attrs={"min": 0})
    )
    when = forms.DateField(
        label="On", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    styled = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"class": "form-control-lg"})
    )
    benefits = forms.MultipleChoiceField(
        required=False, choices=[("food", "Food")], widget=forms.CheckboxSelectMultiple
    )


FIELDS = ["q", "sex", "country", "min_pay", "when", "styled", "benefits"]


@pytest.mark.parametrize("name", FIELDS)
@pytest.mark.parametrize(
    "data",
    [
        None,
        {"q": "x", "sex": "f", "country": "SA", "min_pay": "100", "when": "2026-01-02"},
        {"sex": "zz", "min_pay": "lots", "when": "2026-13-01", "benefits": ["cake"]},
    ],
    ids=["unbound", "valid", "invalid"],
)
def test_drawn_as_crispy_draws_it(name, data):
    # Two forms: crispy adds its classes to the widget it draws, which must not help.
    ours, theirs = SearchForm(data), SearchForm(data)
    if data is not None:
        ours.is_valid(), theirs.is_valid()
    assert _same(as_search_field(ours[name])) == _same(as_crispy_field(theirs[name]))


def test_a_label_is_escaped():
    assert "Country &lt;of work&gt;" in str(as_search_field(SearchForm()["country"]))
