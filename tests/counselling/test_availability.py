"""A counsellor's own hours and leave, and a centre's closures: who reaches the pages,
what the forms refuse (and that nothing typed is lost), that leave and closures really
take slots away, and that booked appointments left in the way are listed."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.counselling.models import (
    Appointment,
    AvailabilityException,
    Counsellor,
    WeeklyAvailability,
)
from apps.counselling.selectors import free_slots
from tests.factories import (
    FUTURE_MONDAY,
    CentreFactory,
    UserFactory,
    make_appointment,
    make_candidate,
    make_counsellor,
    make_held_appointment,
)
from tests.factories import local_time as at

pytestmark = pytest.mark.django_db
MONDAY = FUTURE_MONDAY
TUESDAY = MONDAY + datetime.timedelta(days=1)
MY_HOURS = reverse("counselling:my_availability")
CLOSURES = reverse("counselling:closures")


def page(response) -> str:
    return response.content.decode()


@pytest.fixture
def counsellor(centre):
    return make_counsellor(centre)  # Monday to Friday, 9:00 to 13:00, 30-minute slots


@pytest.fixture
def counsellor_client(client, counsellor):
    client.force_login(counsellor.user)
    return client


@pytest.fixture
def manager_client(client, centre):
    client.force_login(UserFactory(centre=centre, role="centre_manager"))
    return client


def stored_windows(counsellor) -> list[dict]:
    return [
        {
            "id": str(window.pk),
            "weekday": str(window.weekday),
            "starts": f"{window.starts:%H:%M}",
            "ends": f"{window.ends:%H:%M}",
            "slot_minutes": str(window.slot_minutes),
        }
        for window in counsellor.availabilities.order_by("weekday", "starts")
    ]


def hours_data(windows, *, languages=("ur", "en"), topics=("contract",), is_active=True):
    """The hours form as the page posts it; `windows` are the rows in page order,
    stored ones (with "id") first."""
    data = {
        "save_hours": "1",
        "profile-languages": list(languages),
        "profile-topics": list(topics),
        "windows-TOTAL_FORMS": str(len(windows)),
        "windows-INITIAL_FORMS": str(sum(1 for window in windows if window.get("id"))),
        "windows-MIN_NUM_FORMS": "0",
        "windows-MAX_NUM_FORMS": "1000",
    }
    if is_active:
        data["profile-is_active"] = "on"
    for index, window in enumerate(windows):
        for name, value in window.items():
            data[f"windows-{index}-{name}"] = value
    return data


def new_window(weekday, starts, ends, slot_minutes=30):
    return {
        "weekday": str(weekday),
        "starts": starts,
        "ends": ends,
        "slot_minutes": str(slot_minutes),
    }


def exception_data(prefix, submit, *, from_date, until_date, from_time="", until_time="", **rest):
    data = {
        submit: "1",
        f"{prefix}-from_date": from_date.isoformat(),
        f"{prefix}-from_time": from_time,
        f"{prefix}-until_date": until_date.isoformat(),
        f"{prefix}-until_time": until_time,
        f"{prefix}-reason": rest.pop("reason", "leave" if prefix == "leave" else "holiday"),
        f"{prefix}-note": rest.pop("note", ""),
    }
    assert not rest
    return data


def leave_data(**kwargs):
    return exception_data("leave", "add_leave", **kwargs)


def closure_data(**kwargs):
    return exception_data("closure", "add_closure", **kwargs)


# --- Who reaches the pages ----------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "my_hours", "closures"),
    [
        (None, 302, 302),
        ("kiosk", 403, 403),
        ("registration_officer", 403, 403),
        ("district_labour_officer", 403, 403),
        ("centre_manager", 403, 200),
        ("counsellor", 200, 403),
        ("superuser", 403, 200),
    ],
)
def test_each_role_reaches_only_its_page(client_for, role, my_hours, closures):
    client = client_for(role)
    responses = {MY_HOURS: client.get(MY_HOURS), CLOSURES: client.get(CLOSURES)}
    assert responses[MY_HOURS].status_code == my_hours
    assert responses[CLOSURES].status_code == closures
    if role is None:
        assert responses[MY_HOURS]["Location"].startswith(reverse("accounts:login"))
    # Only a counsellor ever gets a profile, and only from their own page.
    assert Counsellor.objects.exists() is (role == "counsellor")


@pytest.mark.parametrize("role", ["kiosk", "registration_officer", "centre_manager", "superuser"])
def test_roles_without_own_hours_cannot_post_or_delete_leave(client_for, counsellor, role):
    leave = AvailabilityException.objects.create(
        centre=counsellor.user.centre,
        counsellor=counsellor,
        starts_at=at(MONDAY, 0),
        ends_at=at(TUESDAY, 0),
        reason="leave",
    )
    client = client_for(role)
    post = client.post(MY_HOURS, leave_data(from_date=TUESDAY, until_date=TUESDAY))
    assert post.status_code == 403
    assert client.post(reverse("counselling:delete_leave", args=[leave.pk])).status_code == 403
    assert AvailabilityException.objects.count() == 1


def test_a_counsellor_without_a_profile_gets_one_on_the_first_visit(client_for):
    client = client_for("counsellor")
    response = client.get(MY_HOURS)
    assert response.status_code == 200
    profile = Counsellor.objects.get(user=client.user)
    assert profile.availabilities.count() == 0
    client.get(MY_HOURS)
    assert Counsellor.objects.filter(user=client.user).count() == 1


def test_the_hours_page_is_never_cached(counsellor_client):
    assert "no-store" in counsellor_client.get(MY_HOURS)["Cache-Control"]


def test_the_closures_page_is_never_cached(manager_client):
    assert "no-store" in manager_client.get(CLOSURES)["Cache-Control"]


# --- Profile and weekly hours ------------------------------------------------------


def test_the_page_shows_the_profile_and_every_window(counsellor_client, counsellor):
    html = page(counsellor_client.get(MY_HOURS))
    # Five days, one empty row, and the hidden copy that "Add another window" clones.
    assert html.count('data-testid="window"') == 5 + 1 + 1
    assert 'value="09:00"' in html and 'value="13:00"' in html
    assert "runs past midnight" in html
    assert 'name="profile-languages" value="ur"' in html


def test_saving_adds_edits_and_removes_windows_and_the_profile(counsellor_client, counsellor):
    windows = stored_windows(counsellor)
    windows[0]["ends"] = "12:00"  # Monday ends earlier
    windows[4]["DELETE"] = "on"  # no more Fridays
    windows.append(new_window(5, "22:00", "01:00", 45))  # Saturday night, past midnight
    response = counsellor_client.post(
        MY_HOURS, hours_data(windows, languages=["pa", "ar"], topics=["rights", "grievance"])
    )
    assert response.status_code == 302
    counsellor.refresh_from_db()
    assert counsellor.languages == ["pa", "ar"]
    assert counsellor.topics == ["rights", "grievance"]
    kept = {
        (w.weekday, f"{w.starts:%H:%M}", f"{w.ends:%H:%M}") for w in counsellor.availabilities.all()
    }
    assert kept == {
        (0, "09:00", "12:00"),
        (1, "09:00", "13:00"),
        (2, "09:00", "13:00"),
        (3, "09:00", "13:00"),
        (5, "22:00", "01:00"),
    }
    friday = MONDAY + datetime.timedelta(days=4)
    assert free_slots(counsellor, friday) == []
    sunday = MONDAY + datetime.timedelta(days=6)
    assert [s.starts_at for s in free_slots(counsellor, sunday)] == [at(sunday, 0, 15)]


def test_an_untouched_empty_row_adds_nothing(counsellor_client, counsellor):
    windows = [*stored_windows(counsellor), new_window("", "", "")]
    windows[-1]["slot_minutes"] = "30"
    assert counsellor_client.post(MY_HOURS, hours_data(windows)).status_code == 302
    assert counsellor.availabilities.count() == 5


def test_taking_no_appointments_is_saved(counsellor_client, counsellor):
    response = counsellor_client.post(
        MY_HOURS, hours_data(stored_windows(counsellor), is_active=False)
    )
    assert response.status_code == 302
    counsellor.refresh_from_db()
    assert counsellor.is_active is False


@pytest.mark.parametrize(
    ("window", "message"),
    [
        (new_window(5, "10:00", "12:00", 5), "A slot lasts 10 to 180 minutes."),
        (new_window(5, "10:00", "12:00", 240), "A slot lasts 10 to 180 minutes."),
        (new_window(5, "10:00", "10:00"), "The window must end at another time than it starts."),
        (new_window(0, "12:30", "15:00"), "Monday 09:00–13:00 and Monday 12:30–15:00 overlap."),
        # Sunday night runs into Monday morning.
        (new_window(6, "20:00", "09:30"), "Monday 09:00–13:00 and Sunday 20:00–09:30 overlap."),
    ],
)
def test_bad_windows_are_refused_with_a_message_and_the_input_kept(
    counsellor_client, counsellor, window, message
):
    data = hours_data([*stored_windows(counsellor), window], languages=["sd"])
    response = counsellor_client.post(MY_HOURS, data)
    html = page(response)
    assert response.status_code == 200
    assert message in html
    assert "Nothing you typed has been lost" in html
    assert f'value="{window["starts"]}"' in html and f'value="{window["slot_minutes"]}"' in html
    assert re.search(r'name="profile-languages" value="sd"[^>]* checked', html)
    counsellor.refresh_from_db()
    assert counsellor.languages == ["ur", "en"]  # nothing was saved
    assert counsellor.availabilities.count() == 5


def test_windows_that_only_touch_are_fine(counsellor_client, counsellor):
    windows = [*stored_windows(counsellor), new_window(0, "13:00", "15:00")]
    assert counsellor_client.post(MY_HOURS, hours_data(windows)).status_code == 302
    assert counsellor.availabilities.filter(weekday=0).count() == 2


def test_a_counsellor_needs_a_language_and_a_topic(counsellor_client, counsellor):
    data = hours_data(stored_windows(counsellor), languages=[], topics=[])
    html = page(counsellor_client.post(MY_HOURS, data))
    assert "Choose at least one language." in html
    assert "Choose at least one topic." in html


def test_one_submission_shows_the_profile_and_the_window_mistakes_together(
    counsellor_client, counsellor
):
    windows = [*stored_windows(counsellor), new_window(5, "10:00", "12:00", 5)]
    html = page(counsellor_client.post(MY_HOURS, hours_data(windows, languages=[])))
    assert "Choose at least one language." in html
    assert "A slot lasts 10 to 180 minutes." in html


def test_a_constraint_the_form_missed_still_reaches_the_page_as_a_message(
    counsellor_client, counsellor, monkeypatch
):
    # If the form's check were ever skipped, the database refuses and the page explains.
    monkeypatch.setattr(WeeklyAvailability, "validate_constraints", lambda self, **kw: None)
    data = hours_data(
        [*stored_windows(counsellor), new_window(5, "10:00", "12:00", 5)], languages=["sd"]
    )
    response = counsellor_client.post(MY_HOURS, data)
    assert response.status_code == 200
    assert "A slot lasts 10 to 180 minutes." in page(response)
    counsellor.refresh_from_db()
    assert counsellor.languages == ["ur", "en"]  # the profile was rolled back with it


def test_changing_hours_lists_the_appointments_now_outside_them(counsellor_client, counsellor):
    appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 12, 30))
    windows = stored_windows(counsellor)
    windows[0]["ends"] = "12:00"
    response = counsellor_client.post(MY_HOURS, hours_data(windows), follow=True)
    html = page(response)
    assert "These appointments are now outside your hours:" in html
    assert reverse("counselling:appointment", args=[appointment.pk]) in html
    assert appointment.candidate.registration_number in html
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.BOOKED  # a warning, not a cancellation


def test_appointments_inside_the_hours_raise_no_warning(counsellor_client, counsellor):
    make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 9))
    html = page(counsellor_client.get(MY_HOURS))
    assert 'data-testid="outside-hours"' not in html
    assert 'data-testid="in-leave"' not in html


def test_an_appointment_in_a_window_past_midnight_is_inside_the_hours(centre, client):
    counsellor = make_counsellor(centre, windows=((0, "23:00", "01:00", 30),))
    make_appointment(counsellor=counsellor, starts_at=at(TUESDAY, 0, 30))
    client.force_login(counsellor.user)
    assert 'data-testid="outside-hours"' not in page(client.get(MY_HOURS))


# --- Leave --------------------------------------------------------------------------


def test_whole_days_of_leave_take_every_slot_of_those_days(counsellor_client, counsellor):
    response = counsellor_client.post(
        MY_HOURS, leave_data(from_date=MONDAY, until_date=TUESDAY, note="Family wedding")
    )
    assert response.status_code == 302
    leave = AvailabilityException.objects.get()
    assert (leave.counsellor, leave.centre) == (counsellor, counsellor.user.centre)
    assert (leave.starts_at, leave.ends_at) == (
        at(MONDAY, 0),
        at(MONDAY + datetime.timedelta(2), 0),
    )
    assert free_slots(counsellor, MONDAY, days=2) == []
    assert len(free_slots(counsellor, MONDAY + datetime.timedelta(days=2))) == 8
    html = page(counsellor_client.get(MY_HOURS))
    assert "Family wedding" in html and "whole days" in html


def test_leave_with_times_takes_only_the_slots_inside(counsellor_client, counsellor):
    data = leave_data(from_date=MONDAY, from_time="10:00", until_date=MONDAY, until_time="11:00")
    assert counsellor_client.post(MY_HOURS, data).status_code == 302
    starts = [slot.starts_at for slot in free_slots(counsellor, MONDAY)]
    assert starts == [
        at(MONDAY, h, m) for h, m in ((9, 0), (9, 30), (11, 0), (11, 30), (12, 0), (12, 30))
    ]


def test_a_colleagues_leave_leaves_my_slots_alone(counsellor_client, counsellor, centre):
    colleague = make_counsellor(centre)
    counsellor_client.post(MY_HOURS, leave_data(from_date=MONDAY, until_date=MONDAY))
    assert len(free_slots(colleague, MONDAY)) == 8


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        (
            {"from_date": TUESDAY, "until_date": MONDAY},
            "The end must come after the start.",
        ),
        (
            {
                "from_date": MONDAY,
                "from_time": "11:00",
                "until_date": MONDAY,
                "until_time": "10:00",
            },
            "The end must come after the start.",
        ),
        (
            {"from_date": datetime.date(2020, 3, 2), "until_date": datetime.date(2020, 3, 3)},
            "That time is already over. Choose a time still to come.",
        ),
    ],
)
def test_bad_leave_is_refused_with_a_message_and_the_input_kept(counsellor_client, dates, message):
    response = counsellor_client.post(MY_HOURS, leave_data(note="Hajj", reason="other", **dates))
    html = page(response)
    assert response.status_code == 200
    assert message in html
    assert 'value="Hajj"' in html
    assert f'value="{dates["from_date"].isoformat()}"' in html
    assert '<option value="other" selected>' in html
    assert not AvailabilityException.objects.exists()


def test_leave_that_is_only_partly_over_is_fine(counsellor_client):
    today = datetime.date.today()
    data = leave_data(from_date=today - datetime.timedelta(days=3), until_date=today)
    assert counsellor_client.post(MY_HOURS, data).status_code == 302


def test_a_counsellor_cannot_give_their_leave_a_centre_reason(counsellor_client):
    data = leave_data(from_date=MONDAY, until_date=MONDAY, reason="holiday")
    assert "Select a valid choice" in page(counsellor_client.post(MY_HOURS, data))
    assert not AvailabilityException.objects.exists()


def test_the_leave_constraint_reaches_the_page_even_past_the_form(counsellor_client, monkeypatch):
    monkeypatch.setattr(AvailabilityException, "validate_constraints", lambda self, **kw: None)
    response = counsellor_client.post(MY_HOURS, leave_data(from_date=TUESDAY, until_date=MONDAY))
    assert response.status_code == 200
    assert "The end must come after the start." in page(response)
    assert not AvailabilityException.objects.exists()


def test_new_leave_lists_the_appointments_inside_it(counsellor_client, counsellor):
    appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    response = counsellor_client.post(
        MY_HOURS, leave_data(from_date=MONDAY, until_date=MONDAY), follow=True
    )
    html = page(response)
    assert "These appointments fall in your leave:" in html
    assert reverse("counselling:appointment", args=[appointment.pk]) in html
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.BOOKED


def test_deleting_own_leave_offers_the_slots_again(counsellor_client, counsellor):
    counsellor_client.post(MY_HOURS, leave_data(from_date=MONDAY, until_date=MONDAY))
    leave = AvailabilityException.objects.get()
    response = counsellor_client.post(reverse("counselling:delete_leave", args=[leave.pk]))
    assert response.status_code == 302
    assert not AvailabilityException.objects.exists()
    assert len(free_slots(counsellor, MONDAY)) == 8


def test_another_counsellors_leave_or_a_closure_cannot_be_deleted_as_leave(
    counsellor_client, centre
):
    colleague = make_counsellor(centre)
    others = [
        AvailabilityException.objects.create(
            centre=centre,
            counsellor=colleague,
            starts_at=at(MONDAY, 0),
            ends_at=at(TUESDAY, 0),
            reason="leave",
        ),
        AvailabilityException.objects.create(
            centre=centre, starts_at=at(MONDAY, 0), ends_at=at(TUESDAY, 0), reason="holiday"
        ),
    ]
    for other in others:
        url = reverse("counselling:delete_leave", args=[other.pk])
        assert counsellor_client.post(url).status_code == 404
    assert (
        counsellor_client.post(reverse("counselling:delete_leave", args=[999999])).status_code
        == 404
    )
    assert AvailabilityException.objects.count() == 2


def test_deleting_leave_is_post_only(counsellor_client, counsellor):
    leave = AvailabilityException.objects.create(
        centre=counsellor.user.centre,
        counsellor=counsellor,
        starts_at=at(MONDAY, 0),
        ends_at=at(TUESDAY, 0),
        reason="leave",
    )
    assert (
        counsellor_client.get(reverse("counselling:delete_leave", args=[leave.pk])).status_code
        == 405
    )


def test_past_leave_is_not_listed(counsellor_client, counsellor):
    AvailabilityException.objects.create(
        centre=counsellor.user.centre,
        counsellor=counsellor,
        starts_at=at(datetime.date(2020, 1, 6), 0),
        ends_at=at(datetime.date(2020, 1, 7), 0),
        reason="leave",
        note="Long ago",
    )
    assert "Long ago" not in page(counsellor_client.get(MY_HOURS))


def test_the_page_reads_a_fixed_number_of_queries(
    counsellor_client, counsellor, django_assert_max_num_queries
):
    for hour in (9, 10, 11, 12):
        make_appointment(counsellor=counsellor, starts_at=at(MONDAY, hour))
        make_appointment(counsellor=counsellor, starts_at=at(TUESDAY, hour))
    AvailabilityException.objects.create(
        centre=counsellor.user.centre,
        counsellor=counsellor,
        starts_at=at(MONDAY, 0),
        ends_at=at(TUESDAY, 0),
        reason="leave",
    )
    counsellor.availabilities.filter(weekday=1).delete()
    with django_assert_max_num_queries(13):
        html = page(counsellor_client.get(MY_HOURS))
    assert html.count('data-testid="outside-hours-appointment"') == 4
    assert html.count('data-testid="in-leave-appointment"') == 4


# --- Centre closures ----------------------------------------------------------------


def test_a_closure_takes_the_slots_of_every_counsellor_of_the_centre(manager_client, centre):
    counsellors = [make_counsellor(centre), make_counsellor(centre)]
    elsewhere = make_counsellor(CentreFactory())
    response = manager_client.post(
        CLOSURES, closure_data(from_date=MONDAY, until_date=MONDAY, note="Eid ul-Fitr")
    )
    assert response.status_code == 302
    closure = AvailabilityException.objects.get()
    assert (closure.centre, closure.counsellor, closure.reason) == (centre, None, "holiday")
    for counsellor in counsellors:
        assert free_slots(counsellor, MONDAY) == []
        assert len(free_slots(counsellor, TUESDAY)) == 8
    assert len(free_slots(elsewhere, MONDAY)) == 8
    html = page(manager_client.get(CLOSURES))
    assert "Eid ul-Fitr" in html and "whole day" in html


def test_bad_closures_are_refused_with_a_message_and_the_input_kept(manager_client):
    data = closure_data(from_date=TUESDAY, until_date=MONDAY, note="Ashura", reason="other")
    html = page(manager_client.post(CLOSURES, data))
    assert "The end must come after the start." in html
    assert 'value="Ashura"' in html and '<option value="other" selected>' in html
    past = closure_data(from_date=datetime.date(2020, 3, 23), until_date=datetime.date(2020, 3, 23))
    assert "That time is already over." in page(manager_client.post(CLOSURES, past))
    leave = closure_data(from_date=MONDAY, until_date=MONDAY, reason="leave")
    assert "Select a valid choice" in page(manager_client.post(CLOSURES, leave))
    assert not AvailabilityException.objects.exists()


def test_a_new_closure_lists_the_booked_appointments_in_it(manager_client, centre):
    counsellor = make_counsellor(centre)
    inside = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    outside = make_appointment(counsellor=counsellor, starts_at=at(TUESDAY, 10))
    elsewhere = make_counsellor(CentreFactory())
    other_centre = make_appointment(counsellor=elsewhere, starts_at=at(MONDAY, 10))
    html = page(
        manager_client.post(
            CLOSURES, closure_data(from_date=MONDAY, until_date=MONDAY), follow=True
        )
    )
    assert "These booked appointments fall in a closure:" in html
    assert "the desk can" in html
    assert reverse("counselling:appointment", args=[inside.pk]) in html
    assert reverse("counselling:appointment", args=[outside.pk]) not in html
    assert reverse("counselling:appointment", args=[other_centre.pk]) not in html
    assert other_centre.candidate.registration_number not in html


def test_cancelled_appointments_raise_no_warning(manager_client, centre):
    from apps.counselling.services import cancel_appointment

    counsellor = make_counsellor(centre)
    appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 10))
    cancel_appointment(appointment=appointment, by=counsellor.user, by_person=True, reason="Ill")
    manager_client.post(CLOSURES, closure_data(from_date=MONDAY, until_date=MONDAY))
    assert 'data-testid="in-closures"' not in page(manager_client.get(CLOSURES))


def test_a_counsellor_sees_the_centres_closures_but_cannot_remove_them(
    counsellor_client, counsellor
):
    closure = AvailabilityException.objects.create(
        centre=counsellor.user.centre,
        starts_at=at(MONDAY, 0),
        ends_at=at(TUESDAY, 0),
        reason="holiday",
        note="Kashmir Day",
    )
    html = page(counsellor_client.get(MY_HOURS))
    assert "Kashmir Day" in html
    assert reverse("counselling:delete_closure", args=[closure.pk]) not in html
    assert (
        counsellor_client.post(reverse("counselling:delete_closure", args=[closure.pk])).status_code
        == 403
    )


def test_deleting_a_closure_offers_the_slots_again(manager_client, centre):
    counsellor = make_counsellor(centre)
    manager_client.post(CLOSURES, closure_data(from_date=MONDAY, until_date=MONDAY))
    closure = AvailabilityException.objects.get()
    response = manager_client.post(reverse("counselling:delete_closure", args=[closure.pk]))
    assert response.status_code == 302
    assert len(free_slots(counsellor, MONDAY)) == 8


def test_another_centres_closure_or_a_counsellors_leave_is_404(manager_client, centre):
    counsellor = make_counsellor(centre)
    others = [
        AvailabilityException.objects.create(
            centre=CentreFactory(),
            starts_at=at(MONDAY, 0),
            ends_at=at(TUESDAY, 0),
            reason="holiday",
            note="Theirs",
        ),
        AvailabilityException.objects.create(
            centre=centre,
            counsellor=counsellor,
            starts_at=at(MONDAY, 0),
            ends_at=at(TUESDAY, 0),
            reason="leave",
            note="Leave",
        ),
    ]
    html = page(manager_client.get(CLOSURES))
    assert "Theirs" not in html and ">Leave ·" not in html
    for other in others:
        url = reverse("counselling:delete_closure", args=[other.pk])
        assert manager_client.post(url).status_code == 404
    assert (
        manager_client.post(reverse("counselling:delete_closure", args=[999999])).status_code == 404
    )
    assert AvailabilityException.objects.count() == 2


def test_deleting_a_closure_is_post_only(manager_client, centre):
    closure = AvailabilityException.objects.create(
        centre=centre, starts_at=at(MONDAY, 0), ends_at=at(TUESDAY, 0), reason="holiday"
    )
    assert (
        manager_client.get(reverse("counselling:delete_closure", args=[closure.pk])).status_code
        == 405
    )


def test_the_closures_page_reads_a_fixed_number_of_queries(
    manager_client, centre, django_assert_max_num_queries
):
    for _ in range(3):
        counsellor = make_counsellor(centre)
        for hour in (9, 10, 12):
            make_appointment(
                counsellor=counsellor,
                candidate=make_candidate(centre=centre),
                starts_at=at(MONDAY, hour),
            )
    for day in (MONDAY, TUESDAY, TUESDAY + datetime.timedelta(days=1)):
        AvailabilityException.objects.create(
            centre=centre, starts_at=at(day, 9), ends_at=at(day, 11), reason="other"
        )
    with django_assert_max_num_queries(10):
        html = page(manager_client.get(CLOSURES))
    assert html.count('data-testid="in-closures-appointment"') == 6


def test_an_administrator_sees_every_centres_closures_and_adds_none(client_for, centre):
    theirs = AvailabilityException.objects.create(
        centre=CentreFactory(name_en="Far Centre"),
        starts_at=at(MONDAY, 0),
        ends_at=at(TUESDAY, 0),
        reason="holiday",
        note="Iqbal Day",
    )
    client = client_for("superuser")
    html = page(client.get(CLOSURES))
    assert "Iqbal Day" in html and "Far Centre" in html
    assert 'data-testid="closure-form"' not in html
    post = client.post(CLOSURES, closure_data(from_date=MONDAY, until_date=MONDAY))
    assert post.status_code == 403
    assert client.post(reverse("counselling:delete_closure", args=[theirs.pk])).status_code == 302
    assert not AvailabilityException.objects.exists()


def test_active_during_finds_exactly_the_appointments_overlapping_a_window(centre, counsellor):
    ten = timezone.now().replace(microsecond=0) - datetime.timedelta(days=3)
    held = make_held_appointment(
        counsellor=counsellor, candidate=make_candidate(centre=centre), starts_at=ten
    )
    make_held_appointment(
        counsellor=counsellor,
        candidate=make_candidate(centre=centre),
        starts_at=ten,
        status="cancelled_person",
    )
    minute = datetime.timedelta(minutes=1)
    half_hour = datetime.timedelta(minutes=30)

    def found(start, end):
        return list(Appointment.objects.active_during(start, end).values_list("pk", flat=True))

    assert found(ten - half_hour, ten) == []  # ends as it begins
    assert found(ten + half_hour, ten + 2 * half_hour) == []  # begins as it ends
    assert found(ten - half_hour, ten + minute) == [held.pk]
    assert found(ten + half_hour - minute, ten + 2 * half_hour) == [held.pk]
    assert found(ten + minute, ten + 2 * minute) == [held.pk]  # inside it
    assert found(ten - half_hour, ten + 2 * half_hour) == [held.pk]  # around it
