"""Districts are offered in the alphabet of the page's language, and at registration
grouped under their province, so an Urdu reader finds theirs as they would in Urdu."""

import pytest
from django.utils import translation

from apps.candidates.forms import CandidateEditForm, ContactForm
from apps.centres.choices import district_choices, district_choices_by_province
from tests.factories import DistrictFactory, ProvinceFactory, make_candidate

pytestmark = pytest.mark.django_db

# English order: Attock, Bahawalpur, Chiniot, Okara. Urdu order: اٹک، اوکاڑہ، بہاولپور،
# چنیوٹ (alef before beh before che, whatever the English spelling).
NAMES = [("Okara", "اوکاڑہ"), ("Chiniot", "چنیوٹ"), ("Attock", "اٹک"), ("Bahawalpur", "بہاولپور")]


@pytest.fixture
def districts():
    province = ProvinceFactory(name_en="Test Province", name_ur="آزمائشی صوبہ")
    return {
        english: DistrictFactory(province=province, name=english, name_en=english, name_ur=urdu)
        for english, urdu in NAMES
    }


def own(choices, districts):
    pks = {district.pk for district in districts.values()}
    return [label for pk, label in choices if pk in pks]


def test_districts_are_in_english_order_in_english(districts):
    with translation.override("en"):
        assert own(district_choices(), districts) == ["Attock", "Bahawalpur", "Chiniot", "Okara"]


def test_districts_are_in_urdu_order_in_urdu(districts):
    with translation.override("ur"):
        assert own(district_choices(), districts) == ["اٹک", "اوکاڑہ", "بہاولپور", "چنیوٹ"]


def test_registration_offers_districts_under_their_province_in_the_reading_order(districts):
    with translation.override("ur"):
        groups = dict(district_choices_by_province())
        assert own(groups["آزمائشی صوبہ"], districts) == ["اٹک", "اوکاڑہ", "بہاولپور", "چنیوٹ"]
        for form in (ContactForm(), CandidateEditForm()):
            choices = list(form.fields["home_district"].choices)
            assert choices[0][0] == ""  # nothing chosen yet
            assert ("آزمائشی صوبہ", groups["آزمائشی صوبہ"]) in choices
            html = str(form["home_district"])
            assert '<optgroup label="آزمائشی صوبہ">' in html


def test_a_district_chosen_from_the_groups_is_the_district(districts):
    okara = districts["Okara"]
    form = ContactForm(
        data={"phone": "0300 1234567", "home_district": str(okara.pk), "address": "Gali 4"}
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["home_district"] == okara
    refused = ContactForm(data={"phone": "0300 1234567", "home_district": "0", "address": "x"})
    assert not refused.is_valid()
    assert refused.errors["home_district"] == ["Choose your district from the list."]


def test_the_desk_edit_form_shows_the_persons_district_chosen(districts):
    person = make_candidate(home_district=districts["Chiniot"])
    with translation.override("ur"):
        html = str(CandidateEditForm(instance=person)["home_district"])
    assert f'<option value="{districts["Chiniot"].pk}" selected>چنیوٹ</option>' in html
