"""seed_demo's counselling: counsellors, hours, a holiday and leave, a week of
appointments; idempotent, never a double booking, never a message to a demo number."""

import datetime
import io
import itertools
import zoneinfo
from collections import Counter
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command

from apps.candidates.models import Candidate
from apps.counselling.models import (
    Appointment,
    AppointmentEvent,
    AppointmentNotice,
    AvailabilityException,
    Counsellor,
    Topic,
    WeeklyAvailability,
)
from apps.counselling.selectors import local_day_bounds
from apps.seeding.demo.counselling import APPOINTMENTS_TODAY, DemoNoticeBackend, seed_counselling
from tests.factories import consent_text

LOCAL = zoneinfo.ZoneInfo(settings.TIME_ZONE)
# A Monday morning before any slot: the whole week, today included, can be booked.
MONDAY_MORNING = datetime.datetime(2030, 1, 7, 8, 0, tzinfo=LOCAL)
TODAY = MONDAY_MORNING.date()


@pytest.fixture
def frozen_now():
    # Booking refuses past slots by the real clock; the demo is checked at a fixed one.
    with mock.patch("django.utils.timezone.now", return_value=MONDAY_MORNING):
        yield MONDAY_MORNING


def run_seed_demo(settings):
    settings.DEMO_DATA_ALLOWED = True
    # The consent texts come from a data migration that a transactional test may
    # have flushed away.
    consent_text("en")
    consent_text("ur")
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db, settings, frozen_now):
    return run_seed_demo(settings)


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Counsellor,
            WeeklyAvailability,
            AvailabilityException,
            Appointment,
            AppointmentEvent,
        )
    }


def test_a_second_run_creates_nothing(demo):
    first = counts()
    assert first["Appointment"] >= 20
    assert seed_counselling() == 0
    assert counts() == first


def test_counsellors_with_profiles_hours_a_holiday_and_leave(demo):
    lahore = Counsellor.objects.get(user__username="counsellor.lahore")
    assert sorted(lahore.languages) == ["en", "pa", "ur"]
    assert sorted(lahore.topics) == sorted(Topic.values)
    assert lahore.user.centre.code == "LHR"
    hours = {
        (w.weekday, w.starts.isoformat("minutes"), w.slot_minutes)
        for w in lahore.availabilities.all()
    }
    assert {(day, "09:00", 30) for day in range(5)} | {(1, "14:00", 45), (3, "14:00", 45)} == hours
    assert Counsellor.objects.get(user__username="counsellor2.lahore").user.centre.code == "LHR"
    assert Counsellor.objects.get(user__username="counsellor.sialkot").user.centre.code == "SKT"
    assert "counsellor2.lahore" in demo and "/counselling/my/week/" in demo

    # A holiday in the coming month and a day of leave.
    holidays = AvailabilityException.objects.filter(
        counsellor__isnull=True, reason="holiday", centre__code="LHR"
    )
    [holiday] = holidays
    assert TODAY + datetime.timedelta(days=7) < holiday.starts_at.astimezone(LOCAL).date()
    assert holiday.starts_at.astimezone(LOCAL).date() < TODAY + datetime.timedelta(days=31)
    [leave] = AvailabilityException.objects.filter(counsellor__user__username="counsellor.lahore")
    assert leave.reason == "leave"
    assert TODAY < leave.starts_at.astimezone(LOCAL).date() < TODAY + datetime.timedelta(days=7)
    # Nobody is booked while the counsellor is away or the centre is closed.
    for closed in (holiday, leave):
        assert not Appointment.objects.filter(
            counsellor__user__centre=closed.centre,
            starts_at__lt=closed.ends_at,
            ends_at__gt=closed.starts_at,
            **({"counsellor": closed.counsellor} if closed.counsellor else {}),
        ).exists()


def test_a_week_of_appointments_from_today_for_each_centres_own_people(demo):
    _start, week_end = local_day_bounds(TODAY, 7)
    appointments = list(
        Appointment.objects.select_related("candidate__centre", "counsellor__user__centre")
    )
    assert all(MONDAY_MORNING < a.starts_at < week_end for a in appointments)
    assert all(a.candidate.centre == a.counsellor.user.centre for a in appointments)
    lahore = [a for a in appointments if a.counsellor.user.centre.code == "LHR"]
    assert {a.channel for a in lahore} == set(Appointment.Channel.values)
    assert len({a.topic for a in lahore}) >= 4
    assert {a.mode for a in lahore} == set(Appointment.Mode.values)
    assert {a.counsellor.user.username for a in appointments} == {
        "counsellor.lahore",
        "counsellor2.lahore",
        "counsellor.sialkot",
    }
    # People come back: several of Lahore's own people, not one person many times.
    people = Counter(a.candidate_id for a in lahore)
    assert len(people) == Candidate.objects.filter(centre__code="LHR").count()
    assert max(people.values()) <= 3
    statuses = Counter(a.status for a in appointments)
    assert statuses["checked_in"] == 1 and statuses["cancelled_person"] == 1

    # Today too: the first person is checked in (they came early).
    start, end = local_day_bounds(TODAY)
    today = Appointment.objects.filter(
        counsellor__user__centre__code="LHR", starts_at__gte=start, starts_at__lt=end
    )
    assert today.count() >= APPOINTMENTS_TODAY
    checked_in = today.get(status="checked_in")
    assert checked_in == today.order_by("starts_at").first()
    assert checked_in.events.filter(kind="checked_in").exists()


def test_no_double_booking_of_a_counsellor_or_a_person(demo):
    active = list(Appointment.objects.active().order_by("starts_at"))
    for key in ("counsellor_id", "candidate_id"):
        by_whom = {}
        for appointment in active:
            by_whom.setdefault(getattr(appointment, key), []).append(appointment)
        for booked in by_whom.values():
            for earlier, later in itertools.pairwise(booked):
                assert earlier.ends_at <= later.starts_at


@pytest.mark.django_db(transaction=True)
def test_the_demo_bookings_send_no_message_to_anyone(settings, frozen_now, notifications_in_memory):
    """Only once seed_demo's transaction commits are the confirmations sent: they must
    go to the demo backend, never to the configured one (an SMS gateway, say)."""
    run_seed_demo(settings)
    assert Appointment.objects.exists()
    assert notifications_in_memory == []
    sent_through = set(AppointmentNotice.objects.values_list("sent_through", flat=True))
    assert sent_through == {DemoNoticeBackend.name}
