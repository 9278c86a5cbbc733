"""The type-ahead select: it draws only what is chosen (so a form shown again keeps it,
labelled as the field labels it), tells its script where to ask and in which words, and
leaves the checking of what is posted to the field."""

import pytest
from django import forms
from django.utils import translation

from apps.centres.models import District
from apps.core.autocomplete import AutocompleteSelect
from tests.factories import DistrictFactory

pytestmark = pytest.mark.django_db


class DistrictForm(forms.Form):
    district = forms.ModelChoiceField(
        queryset=District.objects.all(),
        widget=AutocompleteSelect("/districts/suggestions/", placeholder="Type a district"),
    )
    near = forms.ModelChoiceField(
        queryset=District.objects.all(),
        required=False,
        widget=AutocompleteSelect("/districts/suggestions/"),
    )


def options(html):
    return html.count("<option")


def test_an_empty_form_draws_no_list_and_says_where_to_ask():
    DistrictFactory.create_batch(3)
    html = str(DistrictForm()["district"])
    assert options(html) == 1 and '<option value="" selected></option>' in html
    assert 'data-autocomplete-url="/districts/suggestions/"' in html
    assert 'data-autocomplete-placeholder="Type a district"' in html
    assert "data-autocomplete-clearable" not in html  # required: nothing to clear


def test_a_form_shown_again_keeps_exactly_the_chosen_option(django_assert_num_queries):
    chosen = DistrictFactory(name_en="Sialkot", name_ur="سیالکوٹ")
    DistrictFactory.create_batch(3)
    form = DistrictForm({"district": chosen.pk, "near": "999999"})
    assert not form.is_valid()
    with django_assert_num_queries(1):
        html = str(form["district"])
    assert options(html) == 1
    assert f'<option value="{chosen.pk}" selected>Sialkot</option>' in html
    with translation.override("ur"):
        assert ">سیالکوٹ</option>" in str(form["district"])


@pytest.mark.parametrize("posted", ["999999", "not-a-number", ""])
def test_an_unknown_choice_draws_nothing_chosen_and_the_field_refuses_it(posted):
    form = DistrictForm({"district": posted, "near": posted})
    assert not form.is_valid() and "district" in form.errors
    html = str(form["near"])
    assert options(html) == 1 and '<option value="" selected></option>' in html
    assert 'data-autocomplete-clearable="true"' in html
