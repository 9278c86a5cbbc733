"""Messages to the person: sent once a change commits, in their language, without case
details; and the day-before reminder, sent once however often (and however many at
once) the command runs."""

import datetime
import io
import logging
import threading
from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.utils import formats, translation

from apps.counselling import services
from apps.counselling.models import Appointment, AppointmentNotice
from apps.counselling.notices import send_due_reminders
from apps.notifications import backends
from apps.notifications.backends import NotificationFailed
from tests.factories import (
    FUTURE_MONDAY,
    CentreFactory,
    consent_text,
    make_appointment,
    make_candidate,
    make_counsellor,
)
from tests.factories import local_time as at

pytestmark = pytest.mark.django_db
MONDAY = FUTURE_MONDAY
TUESDAY = MONDAY + datetime.timedelta(days=1)
SUNDAY = MONDAY - datetime.timedelta(days=1)
Kind = AppointmentNotice.Kind


SUNDAY_EVENING = at(SUNDAY, 18)


class FailingBackend:
    name = "failing"

    def send(self, message):
        raise NotificationFailed("gateway answered HTTP 503")


class BrokenBackend:
    name = "broken"

    def send(self, message):
        raise RuntimeError(f"bug while sending to {message.phone}")


def use_backend(settings, cls):
    settings.PORTAL_NOTIFICATION_BACKEND = f"{__name__}.{cls.__name__}"


def use_memory(settings):
    settings.PORTAL_NOTIFICATION_BACKEND = "apps.notifications.backends.MemoryBackend"


def reminders():
    return [m for m in backends.outbox if "tomorrow" in m.body]


@pytest.fixture
def counsellor(centre):
    return make_counsellor(centre)


# --- Confirmation, new time, cancellation --------------------------------------------


def test_booking_sends_one_confirmation_after_commit(
    counsellor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    candidate = appointment.candidate
    centre = counsellor.user.centre
    [message] = backends.outbox
    assert message.phone == str(candidate.phone) and message.phone.startswith("+92")
    assert message.language == "en"
    first_name = candidate.full_name.split()[0]
    assert message.body == (
        f"{first_name}, your legal-counselling appointment at {centre.name} is on "
        "Monday 7 January at 10:00 (In person). Bring your CNIC. "
        f"To change it call {centre.helpline.as_national}."
    )
    assert candidate.full_name not in message.body
    [notice] = AppointmentNotice.objects.filter(appointment=appointment)
    assert (notice.kind, notice.for_starts_at, notice.sent_through) == (
        Kind.CONFIRMATION,
        at(MONDAY, 10),
        "memory",
    )


def test_a_booking_rolled_back_sends_nothing(counsellor, django_capture_on_commit_callbacks):
    class Abandoned(Exception):
        pass

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(Abandoned),
        transaction.atomic(),
    ):
        make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
        raise Abandoned
    assert callbacks == []
    assert backends.outbox == []
    assert not AppointmentNotice.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_the_confirmation_waits_for_the_real_commit():
    consent_text()
    counsellor = make_counsellor(CentreFactory())
    with transaction.atomic():
        make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
        assert backends.outbox == []  # booked, but not yet committed
    assert len(backends.outbox) == 1
    with pytest.raises(RuntimeError), transaction.atomic():
        make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 11))
        raise RuntimeError("the desk gave up")
    assert len(backends.outbox) == 1
    assert AppointmentNotice.objects.count() == 1


def test_a_phone_appointment_does_not_ask_to_bring_the_cnic(
    counsellor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10), mode="phone")
    [message] = backends.outbox
    assert "(Phone)" in message.body and "Keep your CNIC at hand." in message.body


def test_an_urdu_reader_gets_the_message_in_urdu(
    centre, counsellor, django_capture_on_commit_callbacks
):
    person = make_candidate(centre=centre, consent_text=consent_text("ur"))
    with django_capture_on_commit_callbacks(execute=True):
        make_appointment(counsellor=counsellor, candidate=person, starts_at=at(MONDAY, 10))
    [message] = backends.outbox
    assert message.language == "ur"
    with translation.override("ur"):
        urdu_day = formats.date_format(at(MONDAY, 10), "l j F")
        in_person = str(Appointment.Mode.IN_PERSON.label)
    assert "جنوری" in urdu_day  # January
    assert urdu_day in message.body
    assert f"({in_person})" in message.body
    assert "قانونی مشورہ:" in message.body  # the Urdu confirmation
    assert "Monday" not in message.body and "In person" not in message.body
    assert translation.get_language() == "en"  # the override does not leak


def test_cancelling_sends_a_cancellation_notice(counsellor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
        services.cancel_appointment(
            appointment=appointment, by=counsellor.user, by_person=True, reason="Travelling"
        )
    assert len(backends.outbox) == 2
    cancellation = backends.outbox[-1]
    assert "Monday 7 January at 10:00 is cancelled" in cancellation.body
    assert "Travelling" not in cancellation.body
    assert list(
        AppointmentNotice.objects.filter(appointment=appointment).values_list("kind", flat=True)
    ) == [Kind.CONFIRMATION, Kind.CANCELLATION]


def test_rescheduling_sends_the_new_time(counsellor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
        services.reschedule_appointment(
            appointment=appointment,
            counsellor=counsellor,
            starts_at=at(TUESDAY, 11, 30),
            by=counsellor.user,
            reason="Counsellor in court",
        )
    moved = backends.outbox[-1]
    assert "has a new time: Tuesday 8 January at 11:30" in moved.body
    notice = AppointmentNotice.objects.get(appointment=appointment, kind=Kind.RESCHEDULED)
    assert notice.for_starts_at == at(TUESDAY, 11, 30)


def test_a_failing_backend_keeps_the_booking_and_logs_no_personal_data(
    settings, counsellor, django_capture_on_commit_callbacks, caplog
):
    use_backend(settings, FailingBackend)
    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    assert Appointment.objects.filter(pk=appointment.pk, status="booked").exists()
    assert not AppointmentNotice.objects.exists()
    assert f"appointment {appointment.pk}" in caplog.text
    candidate = appointment.candidate
    for personal in (str(candidate.phone), candidate.full_name, candidate.registration_number):
        assert personal not in caplog.text


def test_an_unexpected_error_while_sending_is_logged_without_its_text(
    settings, counsellor, django_capture_on_commit_callbacks, caplog
):
    use_backend(settings, BrokenBackend)
    with django_capture_on_commit_callbacks(execute=True):
        appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    assert "RuntimeError" in caplog.text
    assert str(appointment.candidate.phone) not in caplog.text


# --- The reminder the day before -------------------------------------------------------


def test_a_reminder_goes_out_once_however_often_it_runs(counsellor):
    appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    assert send_due_reminders(now=SUNDAY_EVENING) == (1, 0)
    assert send_due_reminders(now=SUNDAY_EVENING) == (0, 0)
    assert send_due_reminders(now=at(SUNDAY, 23, 59)) == (0, 0)
    [message] = reminders()
    assert message.body.startswith(appointment.candidate.full_name.split()[0] + ", a reminder")
    assert "is tomorrow, Monday 7 January, at 10:00 (In person)" in message.body
    notice = AppointmentNotice.objects.get(appointment=appointment, kind=Kind.REMINDER)
    assert (notice.for_starts_at, notice.sent_through) == (at(MONDAY, 10), "memory")
    appointment.refresh_from_db()
    assert appointment.reminder_sent_at is not None


def test_only_tomorrow_counts_in_the_centres_time_zone(counsellor):
    make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 9))
    make_appointment(counsellor=counsellor, starts_at=at(TUESDAY, 12, 30))
    assert send_due_reminders(now=at(SUNDAY, 0, 1) - datetime.timedelta(days=1)) == (0, 0)
    # 19:30 UTC on Sunday is already Monday 00:30 in Karachi: tomorrow is Tuesday.
    sunday_evening_utc = datetime.datetime(2030, 1, 6, 19, 30, tzinfo=datetime.UTC)
    assert send_due_reminders(now=sunday_evening_utc) == (1, 0)
    [message] = reminders()
    assert "Tuesday 8 January, at 12:30" in message.body


def test_the_day_after_tomorrow_is_not_reminded_yet(counsellor):
    make_appointment(counsellor=counsellor, starts_at=at(TUESDAY, 10))
    assert send_due_reminders(now=SUNDAY_EVENING) == (0, 0)
    assert reminders() == []


def test_a_person_who_did_not_agree_to_messages_gets_none(
    counsellor, django_capture_on_commit_callbacks
):
    person = make_candidate(centre=counsellor.user.centre, agrees_to_messages=False)
    with django_capture_on_commit_callbacks(execute=True):
        appointment = make_appointment(
            counsellor=counsellor, candidate=person, starts_at=at(MONDAY, 10)
        )
    assert send_due_reminders(now=SUNDAY_EVENING) == (0, 0)
    assert backends.outbox == []
    assert not AppointmentNotice.objects.filter(appointment=appointment).exists()
    assert Appointment.objects.get().status == Appointment.Status.BOOKED


def test_a_cancelled_appointment_gets_no_reminder(counsellor):
    appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    services.cancel_appointment(
        appointment=appointment, by=counsellor.user, by_person=False, reason="Holiday"
    )
    assert send_due_reminders(now=SUNDAY_EVENING) == (0, 0)
    assert not AppointmentNotice.objects.filter(kind=Kind.REMINDER).exists()


def test_a_moved_appointment_gets_a_reminder_for_its_new_time(counsellor):
    appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    assert send_due_reminders(now=SUNDAY_EVENING) == (1, 0)
    services.reschedule_appointment(
        appointment=appointment,
        counsellor=counsellor,
        starts_at=at(MONDAY, 12),
        by=counsellor.user,
        reason="Counsellor delayed",
    )
    assert send_due_reminders(now=SUNDAY_EVENING) == (1, 0)
    assert send_due_reminders(now=SUNDAY_EVENING) == (0, 0)
    assert ["10:00" in m.body for m in reminders()] == [True, False]
    assert "at 12:00" in reminders()[1].body
    assert sorted(
        AppointmentNotice.objects.filter(kind=Kind.REMINDER).values_list("for_starts_at", flat=True)
    ) == [at(MONDAY, 10), at(MONDAY, 12)]


def test_a_failed_reminder_is_given_back_and_sent_by_the_next_run(settings, counsellor, caplog):
    appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    use_backend(settings, FailingBackend)
    assert send_due_reminders(now=SUNDAY_EVENING) == (0, 1)
    assert not AppointmentNotice.objects.filter(kind=Kind.REMINDER).exists()
    appointment.refresh_from_db()
    assert appointment.reminder_sent_at is None
    assert str(appointment.candidate.phone) not in caplog.text
    use_memory(settings)
    assert send_due_reminders(now=SUNDAY_EVENING) == (1, 0)
    assert len(reminders()) == 1


def test_the_command_reports_counts_only(counsellor):
    make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 11))
    out = io.StringIO()
    call_command("send_appointment_reminders", now="2030-01-06T18:00", stdout=out)
    assert out.getvalue() == "Sent 2 reminders, 0 failed.\n"
    out = io.StringIO()
    call_command("send_appointment_reminders", now="2030-01-06T13:00:00+00:00", stdout=out)
    assert out.getvalue() == "Sent 0 reminders, 0 failed.\n"
    with pytest.raises(CommandError, match="not an ISO date"):
        call_command("send_appointment_reminders", now="tomorrow")


@pytest.mark.django_db(transaction=True)
def test_runs_at_the_same_moment_send_each_reminder_exactly_once():
    consent_text()
    centre = CentreFactory()
    counsellor = make_counsellor(centre)
    due = [
        make_appointment(counsellor=counsellor, starts_at=at(MONDAY, hour, minute))
        for hour in (9, 10, 11)
        for minute in (0, 30)
    ]
    make_appointment(counsellor=counsellor, starts_at=at(TUESDAY, 9))  # not due
    backends.outbox.clear()  # the confirmations
    runs = 12
    barrier = threading.Barrier(runs)
    outcomes = []

    def run():
        try:
            barrier.wait()
            outcomes.append(send_due_reminders(now=SUNDAY_EVENING))
        except Exception as error:
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(outcomes) == runs and all(isinstance(o, tuple) for o in outcomes), outcomes
    assert sum(sent for sent, _failed in outcomes) == len(due)
    assert sum(failed for _sent, failed in outcomes) == 0
    per_phone = Counter(message.phone for message in reminders())
    assert per_phone == Counter(str(a.candidate.phone) for a in due)
    assert set(per_phone.values()) == {1}
    assert AppointmentNotice.objects.filter(kind=Kind.REMINDER).count() == len(due)
    assert send_due_reminders(now=SUNDAY_EVENING) == (0, 0)
