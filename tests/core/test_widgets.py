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


def test_only_the_first_option_of_a_value_is_selected_as_in_django():
    choices = [("SA", "Saudi"), ("AE", "UAE"), ("SA", "Saudi again")]
    django_html = forms.Select(choices=choices).render("country", "SA")
    fast_html = FastSelect(choices=choices).render("country", "SA")
    assert _same(fast_html) == _same(django_html)
    assert fast_html.count(" selected") == 1


@pytest.mark.django_db
def test_a_model_choice_field_draws_the_same_with_either_widget():
    from tests.factories import DistrictFactory

    chosen = DistrictFactory(name_en="Lahore & Co")
    DistrictFactory(name_en="Kasur")

    class DistrictForm(forms.Form):
        slow = forms.ModelChoiceField(queryset=type(chosen).objects.order_by("name_en"))
        fast = forms.ModelChoiceField(
            queryset=type(chosen).objects.order_by("name_en"), widget=FastSelect
        )

    form = DistrictForm(initial={"slow": chosen.pk, "fast": chosen.pk})
    slow, fast = str(form["slow"]), str(form["fast"])
    assert _same(fast.replace("fast", "slow")) == _same(slow)
    assert f'value="{chosen.pk}" selected' in fast


def test_kept_options_carry_no_selection_from_one_form_to_the_next():
    first = FastSelect(choices=CHOICES).render("country", "SA")
    second = FastSelect(choices=CHOICES).render("country", "AE")
    third = FastSelect(choices=CHOICES).render("country", None)
    assert '<option value="SA" selected>' in first and first.count(" selected") == 1
    assert '<option value="AE" selected>' in second and second.count(" selected") == 1
    assert '<option value="" selected>' in third and third.count(" selected") == 1


def test_a_multiple_select_marks_every_chosen_value():
    choices = [("SA", "Saudi"), ("AE", "UAE"), ("QA", "Qatar")]
    django_html = forms.SelectMultiple(choices=choices).render("countries", ["SA", "QA"])
    fast = FastSelect(choices=choices)
    fast.allow_multiple_selected = True
    assert _same(fast.render("countries", ["SA", "QA"])) == _same(django_html)


def test_the_same_values_with_labels_in_another_language_are_drawn_apart():
    english = FastSelect(choices=[("SA", "Saudi Arabia")]).render("country", "SA")
    urdu = FastSelect(choices=[("SA", "سعودی عرب")]).render("country", "SA")
    assert "Saudi Arabia" in english and "سعودی عرب" in urdu and "Saudi" not in urdu
