"""One appointment's page and its actions: the steps at the centre, cancelling with a
reason, moving to another free time; and the counselling panel of a person's record.
Each view: it works; a permitted role may; a bad id is 404; another centre's is 404; a
role without the permission gets 403; anonymous goes to login; GET on a POST is 405."""

import datetime

import pytest
from django.utils import timezone

from apps.counselling.models import (
    Appointment,
    AppointmentEvent,
    AppointmentNotice,
    CaseNote,
)
from apps.counselling.selectors import free_slots
from tests.factories import (
    TEST_PASSWORD,
    CentreFactory,
    make_appointment,
    make_candidate,
    make_counsellor,
    next_monday,
)
from tests.factories import local_time as at
from tests.factories import slot_key as key

pytestmark = pytest.mark.django_db


def appointment_begun_just_now(counsellor, candidate):
    """An appointment whose time has just begun today (slots are never booked in the
    past through the service, so it is written directly, as a booking made earlier)."""
    starts_at = timezone.now() - datetime.timedelta(seconds=1)
    appointment = Appointment.objects.create(
        candidate=candidate,
        counsellor=counsellor,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(minutes=30),
        topic="contract",
        mode="in_person",
        channel="desk",
        booked_by=counsellor.user,
    )
    AppointmentEvent.objects.create(appointment=appointment, kind="booked", by=counsellor.user)
    return appointment


@pytest.fixture
def counsellor(centre):
    return make_counsellor(centre)


@pytest.fixture
def person(centre):
    return make_candidate(centre=centre, full_name="Rashid Mehmood")


@pytest.fixture
def appointment(counsellor, person):
    return make_appointment(counsellor=counsellor, candidate=person, starts_at=at(next_monday(), 9))


@pytest.fixture
def stranger_appointment():
    """An appointment at another centre."""
    return make_appointment(
        counsellor=make_counsellor(CentreFactory()), starts_at=at(next_monday(), 9)
    )


def page(pk):
    return f"/counselling/appointments/{pk}/"


# --- The appointment's page --------------------------------------------------------


@pytest.mark.parametrize("role", ["registration_officer", "counsellor", "centre_manager"])
def test_the_page_shows_the_appointment(client_for, appointment, person, counsellor, role):
    response = client_for(role).get(page(appointment.pk))
    assert response.status_code == 200
    text = response.text
    assert person.full_name in text
    assert f'href="/candidates/{person.registration_number}/"' in text
    assert str(counsellor) in text
    assert "Monday" in text
    assert "09:00–09:30" in text
    assert "Contract review" in text and "In person" in text and "Desk" in text
    assert 'data-status="booked"' in text
    assert f'href="/counselling/appointments/{appointment.pk}/calendar.ics"' in text


def test_the_page_shows_the_history_and_which_notices_were_sent(client_for, appointment):
    AppointmentNotice.objects.create(
        appointment=appointment,
        kind="confirmation",
        for_starts_at=appointment.starts_at,
        sent_through="console",
    )
    response = client_for("registration_officer").get(page(appointment.pk))
    assert 'data-kind="booked"' in response.text
    assert "Booking confirmation" in response.text


def test_the_desk_sees_the_actions_but_no_case_link(client_for, appointment):
    text = client_for("registration_officer").get(page(appointment.pk)).text
    assert 'data-testid="reschedule-link"' in text and 'data-testid="cancel-link"' in text
    # Next week: nobody is checked in yet.
    assert 'data-testid="step-checked_in"' not in text
    assert 'data-testid="check-in-later"' in text
    assert 'data-testid="case-link"' not in text


def test_a_counsellor_of_the_centre_gets_the_case_link(client, appointment, counsellor):
    client.login(username=counsellor.user.username, password=TEST_PASSWORD)
    text = client.get(page(appointment.pk)).text
    assert 'data-testid="case-link"' in text


def test_a_centre_manager_may_look_but_not_act(client_for, appointment):
    text = client_for("centre_manager").get(page(appointment.pk)).text
    assert 'data-testid="appointment-actions"' not in text
    assert 'data-testid="cancel-link"' not in text


def test_case_notes_never_appear_on_the_page(client, appointment, counsellor, person):
    CaseNote.objects.create(
        candidate=person,
        centre=counsellor.user.centre,
        appointment=appointment,
        created_by=counsellor.user,
        text="CONFIDENTIAL: the agent kept his passport",
        outcome="follow_up",
    )
    client.login(username=counsellor.user.username, password=TEST_PASSWORD)
    assert "CONFIDENTIAL" not in client.get(page(appointment.pk)).text


def test_a_bad_id_and_another_centres_appointment_answer_404(client_for, stranger_appointment):
    client = client_for("registration_officer")
    assert client.get(page(999999)).status_code == 404
    assert client.get(page(stranger_appointment.pk)).status_code == 404


@pytest.mark.parametrize("role", ["kiosk", "district_labour_officer"])
def test_roles_without_appointments_get_403(client_for, appointment, role):
    assert client_for(role).get(page(appointment.pk)).status_code == 403


def test_anonymous_goes_to_login_everywhere(client, appointment):
    for suffix in ("", "cancel/", "reschedule/", "calendar.ics"):
        response = client.get(page(appointment.pk) + suffix)
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/?next=")
    response = client.post(page(appointment.pk) + "status/", {"status": "checked_in"})
    assert response.url.startswith("/accounts/login/?next=")


def test_the_page_runs_a_constant_number_of_queries(
    client_for, appointment, django_assert_max_num_queries
):
    client = client_for("registration_officer")
    with django_assert_max_num_queries(20) as few:
        client.get(page(appointment.pk))
    for hour in (10, 11, 12):
        new_time = at(next_monday(), hour)
        appointment = _move(appointment, new_time, client.user)
        AppointmentNotice.objects.create(
            appointment=appointment, kind="rescheduled", for_starts_at=new_time, sent_through="x"
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(page(appointment.pk))
    assert response.text.count('data-kind="rescheduled"') == 3


def _move(appointment, starts_at, by):
    from apps.counselling.services import reschedule_appointment

    return reschedule_appointment(
        appointment=appointment,
        counsellor=appointment.counsellor,
        starts_at=starts_at,
        by=by,
        reason="asked to",
    )


# --- The steps at the centre ---------------------------------------------------------


def status_url(appointment):
    return page(appointment.pk) + "status/"


def test_check_in_then_complete(client_for, counsellor, person):
    appointment = appointment_begun_just_now(counsellor, person)
    client = client_for("registration_officer")
    text = client.get(page(appointment.pk)).text
    assert 'data-testid="step-checked_in"' in text and 'data-testid="step-no_show"' in text
    response = client.post(status_url(appointment), {"status": "checked_in"}, follow=True)
    assert "Rashid Mehmood: Checked in." in response.text
    response = client.post(status_url(appointment), {"status": "completed"}, follow=True)
    assert "Rashid Mehmood: Completed." in response.text
    appointment.refresh_from_db()
    assert (appointment.status, appointment.status_changed_by) == ("completed", client.user)
    kinds = list(appointment.events.values_list("kind", flat=True))
    assert kinds == ["booked", "checked_in", "completed"]


def test_a_no_show_is_recorded_once_the_time_has_begun(client_for, counsellor, person):
    appointment = appointment_begun_just_now(counsellor, person)
    client = client_for("counsellor")
    client.post(status_url(appointment), {"status": "no_show"})
    appointment.refresh_from_db()
    assert appointment.status == "no_show"


def test_check_in_before_the_day_is_refused_in_words(client_for, appointment):
    response = client_for("registration_officer").post(
        status_url(appointment), {"status": "checked_in"}, follow=True
    )
    assert "Check-in is possible on the day of the appointment." in response.text
    appointment.refresh_from_db()
    assert appointment.status == "booked"


def test_a_no_show_before_the_time_is_refused_in_words(client_for, appointment):
    response = client_for("registration_officer").post(
        status_url(appointment), {"status": "no_show"}, follow=True
    )
    assert "once the appointment&#x27;s time has begun" in response.text


@pytest.mark.parametrize("to_status", ["completed", "cancelled_person", "booked", "junk", ""])
def test_steps_not_possible_from_booked_are_refused(client_for, appointment, to_status):
    response = client_for("registration_officer").post(
        status_url(appointment), {"status": to_status}, follow=True
    )
    assert "That step is not possible from &#x27;Booked&#x27;." in response.text
    appointment.refresh_from_db()
    assert appointment.status == "booked"


def test_nothing_follows_completed(client_for, counsellor, person):
    appointment = appointment_begun_just_now(counsellor, person)
    client = client_for("registration_officer")
    client.post(status_url(appointment), {"status": "checked_in"})
    client.post(status_url(appointment), {"status": "completed"})
    response = client.post(status_url(appointment), {"status": "checked_in"}, follow=True)
    assert "That step is not possible from &#x27;Completed&#x27;." in response.text
    assert "Nothing more to do for this appointment." in response.text


def test_status_goes_back_to_a_calendar_page_of_ours_only(client_for, counsellor, person):
    appointment = appointment_begun_just_now(counsellor, person)
    client = client_for("registration_officer")
    response = client.post(
        status_url(appointment), {"status": "checked_in", "next": "/counselling/"}
    )
    assert response.url == "/counselling/"
    response = client.post(
        status_url(appointment), {"status": "completed", "next": "https://evil.example/"}
    )
    assert response.url == page(appointment.pk)


def test_status_is_post_only(client_for, appointment):
    assert client_for("registration_officer").get(status_url(appointment)).status_code == 405


@pytest.mark.parametrize("role", ["centre_manager", "kiosk", "district_labour_officer"])
def test_roles_that_cannot_change_appointments_get_403(client_for, counsellor, person, role):
    appointment = appointment_begun_just_now(counsellor, person)
    response = client_for(role).post(status_url(appointment), {"status": "checked_in"})
    assert response.status_code == 403
    appointment.refresh_from_db()
    assert appointment.status == "booked"


def test_status_of_another_centres_appointment_answers_404(client_for, stranger_appointment):
    client = client_for("registration_officer")
    assert client.post(status_url(stranger_appointment), {"status": "no_show"}).status_code == 404
    assert client.post("/counselling/appointments/999999/status/").status_code == 404


# --- Cancelling ----------------------------------------------------------------------


def cancel_url(appointment):
    return page(appointment.pk) + "cancel/"


def test_cancel_with_a_reason_frees_the_time(client_for, appointment, counsellor):
    client = client_for("registration_officer")
    assert client.get(cancel_url(appointment)).status_code == 200
    assert appointment.starts_at not in [s.starts_at for s in free_slots(counsellor, next_monday())]
    response = client.post(
        cancel_url(appointment), {"asked_by": "person", "reason": "Travelling to Multan"}
    )
    assert response.url == page(appointment.pk)
    appointment.refresh_from_db()
    assert appointment.status == "cancelled_person"
    assert appointment.cancellation_reason == "Travelling to Multan"
    event = appointment.events.get(kind="cancelled_person")
    assert (event.by, event.reason) == (client.user, "Travelling to Multan")
    assert appointment.starts_at in [s.starts_at for s in free_slots(counsellor, next_monday())]
    text = client.get(page(appointment.pk)).text
    assert "Travelling to Multan" in text
    assert 'data-testid="cancel-link"' not in text


def test_the_centre_cancels(client_for, appointment):
    client_for("counsellor").post(
        cancel_url(appointment), {"asked_by": "centre", "reason": "Counsellor ill"}
    )
    appointment.refresh_from_db()
    assert appointment.status == "cancelled_centre"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"asked_by": "person", "reason": ""}, "Write why the appointment is cancelled."),
        ({"asked_by": "", "reason": "x"}, "Choose who asked to cancel."),
        ({"asked_by": "someone", "reason": "x"}, "Select a valid choice."),
        ({"asked_by": "person", "reason": "x" * 301}, "at most 300 characters"),
    ],
)
def test_cancel_needs_a_reason_and_who_asked(client_for, appointment, data, message):
    response = client_for("registration_officer").post(cancel_url(appointment), data)
    assert response.status_code == 200
    assert message in response.text
    appointment.refresh_from_db()
    assert appointment.status == "booked"


def test_only_a_booked_appointment_can_be_cancelled(client_for, appointment):
    client = client_for("registration_officer")
    client.post(cancel_url(appointment), {"asked_by": "person", "reason": "first"})
    for response in (
        client.get(cancel_url(appointment), follow=True),
        client.post(
            cancel_url(appointment), {"asked_by": "person", "reason": "again"}, follow=True
        ),
    ):
        assert "Only a booked appointment can be moved or cancelled." in response.text
    assert AppointmentEvent.objects.filter(kind="cancelled_person").count() == 1


def test_cancel_refuses_other_centres_and_roles(client_for, stranger_appointment, appointment):
    assert (
        client_for("registration_officer").get(cancel_url(stranger_appointment)).status_code == 404
    )
    assert client_for("centre_manager").get(cancel_url(appointment)).status_code == 403
    assert client_for("kiosk").post(cancel_url(appointment), {}).status_code == 403


# --- Moving to another time ------------------------------------------------------------


def reschedule_url(appointment):
    return page(appointment.pk) + "reschedule/"


def test_the_move_page_offers_the_weeks_free_times(client_for, appointment, counsellor):
    response = client_for("registration_officer").get(
        reschedule_url(appointment), {"week": next_monday()}
    )
    assert response.status_code == 200
    assert key(counsellor, at(next_monday(), 9, 30)) in response.text
    assert key(counsellor, at(next_monday(), 9)) not in response.text  # its own time


def test_move_to_another_time(client_for, appointment, counsellor, centre):
    other = make_counsellor(centre)
    new_time = at(next_monday() + datetime.timedelta(days=1), 10)
    old_time = appointment.starts_at
    client = client_for("registration_officer")
    response = client.post(
        reschedule_url(appointment),
        {"slot": key(other, new_time), "reason": "The person works on Mondays"},
    )
    assert response.url == page(appointment.pk)
    appointment.refresh_from_db()
    assert (appointment.counsellor, appointment.starts_at) == (other, new_time)
    event = appointment.events.get(kind="rescheduled")
    assert (event.previous_starts_at, event.reason, event.by) == (
        old_time,
        "The person works on Mondays",
        client.user,
    )
    assert old_time in [s.starts_at for s in free_slots(counsellor, next_monday())]
    text = client.get(page(appointment.pk)).text
    assert "It was at" in text and "The person works on Mondays" in text


def test_a_lost_race_on_a_move_keeps_the_reason(client_for, appointment, counsellor):
    taken = at(next_monday(), 12)
    make_appointment(counsellor=counsellor, starts_at=taken)
    response = client_for("registration_officer").post(
        reschedule_url(appointment),
        {"slot": key(counsellor, taken), "reason": "Asked by phone", "shown_week": next_monday()},
    )
    assert response.status_code == 200
    assert "That time was just taken, please pick another." in response.text
    assert "Asked by phone" in response.text
    appointment.refresh_from_db()
    assert appointment.starts_at == at(next_monday(), 9)


def test_a_move_onto_the_persons_other_appointment_is_refused(
    client_for, appointment, person, centre
):
    other = make_counsellor(centre)
    make_appointment(counsellor=other, candidate=person, starts_at=at(next_monday(), 11))
    response = client_for("registration_officer").post(
        reschedule_url(appointment),
        {"slot": key(appointment.counsellor, at(next_monday(), 11)), "reason": "x"},
    )
    assert "This person already has an appointment at that time." in response.text


def test_a_move_needs_a_reason_and_a_shown_time(client_for, appointment, counsellor):
    client = client_for("registration_officer")
    response = client.post(
        reschedule_url(appointment), {"slot": key(counsellor, at(next_monday(), 10))}
    )
    assert "Write why the appointment is moved." in response.text
    stranger = make_counsellor(CentreFactory())
    response = client.post(
        reschedule_url(appointment),
        {"slot": key(stranger, at(next_monday(), 10)), "reason": "x"},
    )
    assert "Pick one of the times shown." in response.text
    appointment.refresh_from_db()
    assert appointment.starts_at == at(next_monday(), 9)


def test_a_refresh_on_the_move_page_keeps_the_reason(client_for, appointment):
    response = client_for("registration_officer").post(
        reschedule_url(appointment),
        {"reason": "Typed before looking", "week": next_monday() + datetime.timedelta(days=7)},
    )
    assert response.status_code == 200
    assert "Typed before looking" in response.text
    assert response.context["week"].start == next_monday() + datetime.timedelta(days=7)


def test_a_cancelled_appointment_cannot_be_moved(client_for, appointment):
    client = client_for("registration_officer")
    client.post(cancel_url(appointment), {"asked_by": "centre", "reason": "closed"})
    response = client.get(reschedule_url(appointment), follow=True)
    assert "Only a booked appointment can be moved or cancelled." in response.text


def test_move_refuses_other_centres_and_roles(client_for, stranger_appointment, appointment):
    assert (
        client_for("registration_officer").get(reschedule_url(stranger_appointment)).status_code
        == 404
    )
    assert client_for("centre_manager").get(reschedule_url(appointment)).status_code == 403


# --- The counselling panel on the person's record ---------------------------------------


def record(person):
    return f"/candidates/{person.registration_number}/"


def test_the_record_lists_the_persons_appointments(client_for, appointment, person):
    text = client_for("registration_officer").get(record(person)).text
    assert 'data-testid="counselling-panel"' in text
    assert f'href="/counselling/appointments/{appointment.pk}/"' in text
    assert f'href="/counselling/book/{person.registration_number}/"' in text
    assert 'data-testid="case-link"' not in text


def test_the_record_has_the_case_link_for_a_counsellor_only(client, client_for, person, counsellor):
    client.login(username=counsellor.user.username, password=TEST_PASSWORD)
    assert (
        f'href="/counselling/cases/{person.registration_number}/"'
        in client.get(record(person)).text
    )
    manager_page = client_for("centre_manager").get(record(person)).text
    assert 'data-testid="case-link"' not in manager_page
    assert 'data-testid="book-counselling"' not in manager_page


def test_the_record_runs_a_constant_number_of_queries(
    client, person, counsellor, centre, django_assert_max_num_queries
):
    client.login(username=counsellor.user.username, password=TEST_PASSWORD)
    make_appointment(counsellor=counsellor, candidate=person, starts_at=at(next_monday(), 9))
    with django_assert_max_num_queries(40) as few:
        client.get(record(person))
    for hour in (10, 11, 12):
        make_appointment(
            counsellor=make_counsellor(centre), candidate=person, starts_at=at(next_monday(), hour)
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(record(person))
    assert response.text.count('data-testid="appointment-status"') == 4
