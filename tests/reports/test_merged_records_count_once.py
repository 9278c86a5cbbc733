"""A person registered twice and merged is one person in the reports."""

import datetime

import pytest
from django.utils import timezone

from apps.candidates.merging import merge_candidates
from apps.candidates.models import Candidate
from apps.reports.selectors import people_served
from tests.factories import make_candidate

from .test_people_served import NOVEMBER

pytestmark = pytest.mark.django_db


def test_two_records_merged_count_as_one_registration(centre):
    first = make_candidate(centre=centre, full_name="Asma Bibi")
    second = make_candidate(centre=centre, full_name="عاصمہ بی بی")
    in_november = timezone.make_aware(datetime.datetime(2026, 11, 10, 11))
    Candidate.objects.filter(pk__in=[first.pk, second.pk]).update(created_at=in_november)
    assert people_served(period=NOVEMBER, centre=centre).totals["registration"] == 2

    merge_candidates(kept=first, merged=second, by=first.registered_by, reason="Same card")

    report = people_served(period=NOVEMBER, centre=centre)
    assert report.totals["registration"] == 1
    assert report.totals["all"] == 1
