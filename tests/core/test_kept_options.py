"""offer_kept_options: a select's options labelled once per language (and whatever else
they depend on) and kept, while what is chosen is still checked against the queryset."""

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from apps.centres.models import District
from apps.core.choices import offer_kept_options
from apps.core.widgets import FastSelect
from tests.factories import DistrictFactory

pytestmark = pytest.mark.django_db


class DistrictForm(forms.Form):
    district = forms.ModelChoiceField(
        queryset=District.objects.order_by("name_en"), empty_label="Choose", widget=FastSelect
    )

    def __init__(self, *args, version=0, **kwargs):
        super().__init__(*args, **kwargs)
        offer_kept_options(self.fields["district"], "test-districts", version)


@pytest.fixture
def kept_a_minute(settings, empty_cache):
    settings.PORTAL_SEARCH_CHOICES_SECONDS = 60
    DistrictFactory(name_en="Lahore", name_ur="لاہور")
    DistrictFactory(name_en="Sialkot", name_ur="سیالکوٹ")


def test_the_options_are_read_once_and_drawn_as_django_would(kept_a_minute):
    districts = list(District.objects.order_by("name_en"))
    first = str(DistrictForm()["district"])
    with CaptureQueriesContext(connection) as again:
        second = str(DistrictForm()["district"])
    assert len(again) == 0
    assert first == second
    assert second.count("<option") == len(districts) + 1
    assert '<option value="" selected>Choose</option>' in second
    assert f'<option value="{districts[0].pk}">{districts[0]}</option>' in second


def test_each_language_and_version_has_its_own(kept_a_minute):
    district = District.objects.get(name_en="Lahore")
    assert "Lahore" in str(DistrictForm()["district"])
    with translation.override("ur"):
        assert "لاہور" in str(DistrictForm()["district"])
    district.name_en = "Renamed"
    district.save()
    assert "Renamed" not in str(DistrictForm(version=0)["district"])  # kept
    assert "Renamed" in str(DistrictForm(version=1)["district"])  # a new version


def test_the_choice_is_checked_against_the_queryset_and_kept_on_a_refusal(kept_a_minute):
    district = District.objects.order_by("name_en").first()
    assert DistrictForm({"district": district.pk}).is_valid()
    refused = DistrictForm({"district": "999999"})
    assert not refused.is_valid()
    assert "Select a valid choice" in refused.errors["district"][0]
    chosen = DistrictForm({"district": district.pk})
    assert f'<option value="{district.pk}" selected>' in str(chosen["district"])
