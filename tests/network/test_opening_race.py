"""Openings at the same moment: each thread has its own database connection and they all
call open_centre together, as two administrators' requests (or a command and a page)
would. One centre comes of it, never a second account, never an unexplained error."""

import threading

import pytest
from django.db import connection

from apps.accounts.models import User
from apps.centres.models import Centre
from apps.counselling.models import Counsellor
from apps.network.services import CentreOpening, OpeningRefused, open_centre
from tests.factories import DistrictFactory


def open_at_once(openings) -> list[str]:
    """Open each of `openings` from its own thread, all released at once by a barrier;
    the outcome of each ("created", "already open", "refused", or the error)."""
    barrier = threading.Barrier(len(openings))
    outcomes = []
    record = threading.Lock()

    def attempt(opening):
        try:
            connection.ensure_connection()
            barrier.wait(timeout=60)
            result = open_centre(opening=opening)
            outcome = "created" if result.centre_created else "already open"
            if result.already_open != (outcome == "already open"):
                outcome = f"partly: {[account.username for account in result.accounts]}"
        except OpeningRefused:
            outcome = "refused"
        except Exception as error:  # anything else is reported by the assertions
            outcome = repr(error)
        finally:
            connection.close()
        with record:
            outcomes.append(outcome)

    threads = [threading.Thread(target=attempt, args=(opening,)) for opening in openings]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return outcomes


def opening(district, code="GJR") -> CentreOpening:
    return CentreOpening(
        code=code,
        district=district,
        address_en="District Complex, Gujrat",
        address_ur="ڈسٹرکٹ کمپلیکس، گجرات",
        helpline="+92539200001",
        counsellors=2,
    )


@pytest.mark.django_db(transaction=True)
def test_two_openings_of_one_centre_at_once_give_one_centre():
    district = DistrictFactory()

    outcomes = open_at_once([opening(district), opening(district)])

    assert sorted(outcomes) == ["already open", "created"]
    assert Centre.objects.filter(code="GJR").count() == 1
    assert User.objects.filter(centre__code="GJR").count() == 6
    assert Counsellor.objects.filter(user__centre__code="GJR").count() == 2


@pytest.mark.django_db(transaction=True)
def test_one_code_opened_in_two_districts_at_once_is_refused_once():
    first, second = DistrictFactory(), DistrictFactory()

    outcomes = open_at_once([opening(first), opening(second)])

    assert sorted(outcomes) == ["created", "refused"]
    assert Centre.objects.filter(code="GJR").count() == 1
    centre = Centre.objects.get(code="GJR")
    assert User.objects.filter(username__endswith=".gjr").exclude(centre=centre).count() == 0


@pytest.mark.django_db(transaction=True)
def test_eight_openings_of_one_centre_at_once_make_its_staff_once():
    district = DistrictFactory()

    outcomes = open_at_once([opening(district)] * 8)

    assert sorted(outcomes) == ["already open"] * 7 + ["created"]
    assert User.objects.filter(centre__code="GJR").count() == 6
