"""Erasing everyone's personal data with the real service changes no number of any
report: the crafted month, per centre and for all centres, before and after."""

import pytest
from django.utils import timezone

from apps.candidates.models import Candidate
from apps.counselling.models import Appointment
from apps.privacy.services import Reason, anonymise_candidate
from apps.reports.selectors import people_served
from tests.factories import UserFactory

from .test_people_served import NOVEMBER


def _everything(served):
    return {
        code: people_served(period=NOVEMBER, centre=centre)
        for code, centre in (("A", served.a), ("B", served.b), ("ALL", None))
    }


@pytest.mark.django_db
def test_erasing_every_person_changes_no_number(served):
    before = _everything(served)
    manager = UserFactory(centre=served.a, role="centre_manager")
    # Erasure waits for appointments still to come; the crafted month has none.
    assert not Appointment.objects.filter(starts_at__gt=timezone.now()).exists()
    for candidate in Candidate.objects.filter(anonymised_at__isnull=True):
        anonymise_candidate(candidate=candidate, by=manager, reason=Reason.REQUEST)
    assert not Candidate.objects.filter(anonymised_at__isnull=True).exists()

    after = _everything(served)

    for scope, report in before.items():
        assert after[scope].totals == report.totals, scope
        assert after[scope].breakdowns == report.breakdowns, scope
        assert after[scope].weeks == report.weeks, scope
