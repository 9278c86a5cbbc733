"""Slots and bookings: what is offered, and Postgres refusing every double booking."""

import datetime
import threading

import pytest
from django.db import IntegrityError, connection, transaction

from apps.counselling import services
from apps.counselling.models import Appointment, AvailabilityException
from apps.counselling.selectors import free_slots
from tests.factories import (
    FUTURE_MONDAY,
    CentreFactory,
    consent_text,
    make_candidate,
    make_counsellor,
)
from tests.factories import local_time as at

pytestmark = pytest.mark.django_db
MONDAY = FUTURE_MONDAY
MONDAY_MORNING = ((0, "09:00", "12:00", 30),)


def book(counsellor, candidate, starts_at):
    return services.book_appointment(
        candidate=candidate,
        counsellor=counsellor,
        starts_at=starts_at,
        topic="contract",
        mode="in_person",
        booked_by=counsellor.user,
        channel="desk",
    )


def test_slots_cut_the_window(centre):
    counsellor = make_counsellor(centre, MONDAY_MORNING)
    slots = free_slots(counsellor, MONDAY)
    assert [slot.starts_at for slot in slots] == [
        at(MONDAY, h, m) for h in (9, 10, 11) for m in (0, 30)
    ]
    assert free_slots(counsellor, MONDAY + datetime.timedelta(days=1)) == []


def test_a_window_past_midnight_belongs_to_the_days_its_slots_start_on(centre):
    counsellor = make_counsellor(centre, windows=((0, "23:00", "01:00", 30),))
    tuesday = MONDAY + datetime.timedelta(days=1)
    assert [s.starts_at for s in free_slots(counsellor, MONDAY)] == [
        at(MONDAY, 23),
        at(MONDAY, 23, 30),
    ]
    assert [s.starts_at for s in free_slots(counsellor, tuesday)] == [
        at(tuesday, 0),
        at(tuesday, 0, 30),
    ]
    # In UTC the Monday 23:00 slot is 18:00 the same day: days are local days.
    assert at(MONDAY, 23).astimezone(datetime.UTC).hour == 18


def test_past_slots_are_never_offered(centre):
    counsellor = make_counsellor(centre, MONDAY_MORNING)
    now = at(MONDAY, 10, 10)
    assert [s.starts_at for s in free_slots(counsellor, MONDAY, now=now)] == [
        at(MONDAY, 10, 30),
        at(MONDAY, 11),
        at(MONDAY, 11, 30),
    ]


def test_leave_and_centre_holidays_remove_slots(centre):
    counsellor = make_counsellor(centre, MONDAY_MORNING)
    AvailabilityException.objects.create(
        centre=centre,
        counsellor=counsellor,
        starts_at=at(MONDAY, 9),
        ends_at=at(MONDAY, 10),
        reason="leave",
    )
    assert free_slots(counsellor, MONDAY)[0].starts_at == at(MONDAY, 10)
    AvailabilityException.objects.create(
        centre=centre,
        starts_at=at(MONDAY, 0),
        ends_at=at(MONDAY + datetime.timedelta(1), 0),
        reason="holiday",
    )
    assert free_slots(counsellor, MONDAY) == []
    other_centre = make_counsellor(CentreFactory(), MONDAY_MORNING)
    assert len(free_slots(other_centre, MONDAY)) == 6  # another centre's holiday is not ours


def test_a_booked_slot_is_no_longer_offered_and_cancelling_frees_it(centre):
    counsellor = make_counsellor(centre, MONDAY_MORNING)
    appointment = book(counsellor, make_candidate(centre=centre), at(MONDAY, 9))
    assert at(MONDAY, 9) not in [s.starts_at for s in free_slots(counsellor, MONDAY)]
    with pytest.raises(services.SlotTaken):
        book(counsellor, make_candidate(centre=centre), at(MONDAY, 9))
    services.cancel_appointment(
        appointment=appointment, by=counsellor.user, by_person=True, reason="Ill"
    )
    assert at(MONDAY, 9) in [s.starts_at for s in free_slots(counsellor, MONDAY)]


def test_a_time_outside_the_slots_is_refused(centre):
    counsellor = make_counsellor(centre, MONDAY_MORNING)
    with pytest.raises(services.SlotTaken):
        book(counsellor, make_candidate(centre=centre), at(MONDAY, 9, 10))


def test_a_person_never_holds_two_overlapping_appointments(centre):
    first, second = make_counsellor(centre, MONDAY_MORNING), make_counsellor(centre, MONDAY_MORNING)
    person = make_candidate(centre=centre)
    book(first, person, at(MONDAY, 9))
    with pytest.raises(services.PersonAlreadyBooked):
        book(second, person, at(MONDAY, 9))


def test_the_database_itself_refuses_an_overlap(centre):
    counsellor = make_counsellor(centre, MONDAY_MORNING)
    appointment = book(counsellor, make_candidate(centre=centre), at(MONDAY, 9))
    with pytest.raises(IntegrityError, match="appointment_no_double_booking"), transaction.atomic():
        Appointment.objects.create(
            candidate=make_candidate(centre=centre),
            counsellor=counsellor,
            starts_at=at(MONDAY, 9, 15),
            ends_at=at(MONDAY, 9, 45),
            topic="contract",
            mode="phone",
            booked_by=appointment.booked_by,
            channel="desk",
        )


@pytest.mark.django_db(transaction=True)
def test_twenty_racing_bookings_of_one_slot_make_one_appointment():
    consent_text()
    centre = CentreFactory()
    counsellor = make_counsellor(centre, MONDAY_MORNING)
    people = [make_candidate(centre=centre) for _ in range(20)]
    barrier = threading.Barrier(len(people))
    outcomes = []

    def try_booking(person):
        try:
            barrier.wait()
            book(counsellor, person, at(MONDAY, 9))
            outcomes.append("booked")
        except services.SlotTaken:
            outcomes.append("taken")
        except Exception as error:
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=try_booking, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["booked"] + ["taken"] * 19
    assert Appointment.objects.filter(counsellor=counsellor).count() == 1
