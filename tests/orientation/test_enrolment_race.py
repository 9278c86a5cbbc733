"""Enrolment never exceeds a session's capacity, nor enrols a person twice, however many
requests arrive at the same moment: each thread has its own database connection and
they all call services.enrol_candidate together, as concurrent web requests would."""

import threading

import pytest
from django.db import connection

from apps.orientation import services
from apps.orientation.models import Enrolment
from tests.factories import CentreFactory, make_candidate, make_session


def enrol_at_once(session, candidates) -> list[str]:
    """Enrol each of `candidates` from its own thread, all released at once by a
    barrier; the outcome of each ("enrolled", "full", "already", or the error)."""
    barrier = threading.Barrier(len(candidates))
    outcomes = []
    record = threading.Lock()

    def attempt(candidate):
        try:
            # Connect before the barrier, so that the requests meet at the lock itself.
            connection.ensure_connection()
            barrier.wait(timeout=60)
            services.enrol_candidate(session=session, candidate=candidate, by=session.facilitator)
            outcome = "enrolled"
        except services.SessionFull:
            outcome = "full"
        except services.AlreadyEnrolled:
            outcome = "already"
        except Exception as error:  # anything else is reported by the assertions
            outcome = repr(error)
        finally:
            connection.close()
        with record:
            outcomes.append(outcome)

    threads = [threading.Thread(target=attempt, args=(candidate,)) for candidate in candidates]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return outcomes


@pytest.mark.django_db(transaction=True)
def test_twenty_people_for_five_places_get_five_enrolments():
    centre = CentreFactory()
    session = make_session(centre=centre, capacity=5)
    people = [make_candidate(centre=centre) for _ in range(20)]

    outcomes = enrol_at_once(session, people)

    assert sorted(outcomes) == ["enrolled"] * 5 + ["full"] * 15
    assert Enrolment.objects.filter(session=session).count() == 5


@pytest.mark.django_db(transaction=True)
def test_one_person_enrolled_from_eight_requests_at_once_is_enrolled_once():
    centre = CentreFactory()
    session = make_session(centre=centre, capacity=20)
    person = make_candidate(centre=centre)

    outcomes = enrol_at_once(session, [person] * 8)

    assert sorted(outcomes) == ["already"] * 7 + ["enrolled"]
    assert Enrolment.objects.filter(session=session, candidate=person).count() == 1
