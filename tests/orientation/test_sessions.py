"""The centre's orientation sessions: the list, planning and changing a session, its
page, enrolling and withdrawing people, and the facilitator's attendance and completion;
and the orientation panel of a person's record.

Each view: it works; the permitted roles may; other roles get 403 (the kiosk and the
labour officer included); anonymous goes to login; another centre's session is 404;
GET on a POST-only action is 405."""

import datetime

import pytest
from django.utils import timezone

from apps.orientation import services
from apps.orientation.models import Certificate, Enrolment, OrientationSession, QuizResult
from tests.factories import CentreFactory, UserFactory, make_candidate, make_page, make_session

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)
ALLOWED_TO_VIEW = ["registration_officer", "counsellor", "centre_manager"]
NOT_ALLOWED = ["kiosk", "district_labour_officer", "orientation_editor"]


@pytest.fixture
def facilitator(centre):
    return UserFactory(centre=centre, role="counsellor", first_name="Saima", last_name="Akhtar")


@pytest.fixture
def session(centre, facilitator):
    return make_session(centre=centre, facilitator=facilitator, capacity=3)


@pytest.fixture
def begun_session(centre, facilitator):
    """A session that began an hour ago (planned earlier, so written directly)."""
    return make_session(centre=centre, facilitator=facilitator, starts_at=timezone.now() - HOUR)


@pytest.fixture
def person(centre):
    return make_candidate(centre=centre, full_name="Rashid Mehmood")


@pytest.fixture
def stranger_session():
    return make_session(centre=CentreFactory())


def enrol(session, candidate=None):
    return services.enrol_candidate(
        session=session,
        candidate=candidate or make_candidate(centre=session.centre),
        by=session.facilitator,
    )


def as_facilitator(client, session):
    client.force_login(session.facilitator)
    client.user = session.facilitator
    return client


def local_input(moment) -> str:
    """A moment as the datetime-local field sends it (the centre's local time)."""
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def url(name, pk=None):
    paths = {
        "list": "/orientation/sessions/",
        "add": "/orientation/sessions/new/",
        "detail": f"/orientation/sessions/{pk}/",
        "edit": f"/orientation/sessions/{pk}/edit/",
        "enrol": f"/orientation/sessions/{pk}/enrol/",
        "attendance": f"/orientation/sessions/{pk}/attendance/",
        "complete": f"/orientation/sessions/{pk}/complete/",
        "withdraw": f"/orientation/enrolments/{pk}/withdraw/",
    }
    return paths[name]


# --- The list -------------------------------------------------------------------


@pytest.mark.parametrize("role", ALLOWED_TO_VIEW)
def test_the_list_shows_the_centres_sessions_with_places_taken(
    client_for, session, stranger_session, role
):
    for _ in range(3):
        enrol(session)
    half_full = make_session(centre=session.centre, capacity=20, title="Going to Qatar")
    enrol(half_full)
    response = client_for(role).get(url("list"))
    assert response.status_code == 200
    rows = {row.pk: row for row in response.context["page"]}
    assert set(rows) == {session.pk, half_full.pk}
    text = response.text
    assert "Going to Qatar" in text and "Hall 1" in text and "Saima Akhtar" in text
    assert f'data-session="{stranger_session.pk}"' not in text
    assert '<span dir="ltr">3</span> of <span dir="ltr">3</span>' in text
    assert '<span dir="ltr">1</span> of <span dir="ltr">20</span>' in text
    # Once in the table, once in the phone's cards.
    assert text.count('data-testid="session-full"') == 2
    assert "Saudi Arabia" in text and "Urdu" in text


def test_coming_sessions_first_and_past_ones_apart(client_for, centre):
    later = make_session(centre=centre, title="Later", starts_at=timezone.now() + 48 * HOUR)
    sooner = make_session(centre=centre, title="Sooner", starts_at=timezone.now() + 24 * HOUR)
    past = make_session(centre=centre, title="Past", starts_at=timezone.now() - 24 * 10 * HOUR)
    client = client_for("counsellor")
    coming = list(client.get(url("list")).context["page"])
    assert coming == [sooner, later]
    gone = list(client.get(url("list"), {"when": "past"}).context["page"])
    assert gone == [past]


def test_a_session_that_ended_today_stays_with_the_coming_ones(client_for, centre):
    now = timezone.now()
    if timezone.localtime(now).hour == 0 and timezone.localtime(now).minute < 5:
        pytest.skip("just after midnight nothing has ended today yet")
    ended = make_session(
        centre=centre,
        starts_at=now - datetime.timedelta(minutes=3),
        ends_at=now - datetime.timedelta(minutes=1),
    )
    assert ended in client_for("counsellor").get(url("list")).context["page"]


def test_the_list_filters_by_destination_and_language(client_for, centre):
    saudi = make_session(centre=centre, country="SA", language="ur")
    qatar = make_session(centre=centre, country="QA", language="en", title="Qatar")
    general = make_session(centre=centre, country="", language="ur", title="Safe migration")
    client = client_for("registration_officer")
    shown = lambda **query: set(client.get(url("list"), query).context["page"])  # noqa: E731
    assert shown() == {saudi, qatar, general}
    assert shown(country="QA") == {qatar}
    assert shown(country="none") == {general}
    assert shown(language="ur") == {saudi, general}
    assert shown(country="SA", language="en") == set()
    # Only destinations the centre has sessions for are offered.
    offered = dict(client.get(url("list")).context["filters"].fields["country"].choices)
    assert {"SA", "QA"} <= offered.keys() and "AE" not in offered


def test_the_list_runs_a_constant_number_of_queries(
    client_for, centre, django_assert_max_num_queries
):
    client = client_for("counsellor")
    enrol(make_session(centre=centre))
    with django_assert_max_num_queries(20) as few:
        client.get(url("list"))
    for _ in range(6):
        session = make_session(centre=centre, facilitator=UserFactory(centre=centre))
        enrol(session)
        enrol(session)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url("list"))
    assert response.context["page"].paginator.count == 7


@pytest.mark.parametrize("role", NOT_ALLOWED)
def test_other_roles_cannot_see_the_list(client_for, role):
    assert client_for(role).get(url("list")).status_code == 403


def test_anonymous_goes_to_login_from_every_page(client, session, person):
    enrolment = enrol(session, person)
    for path in (
        url("list"),
        url("add"),
        url("detail", session.pk),
        url("edit", session.pk),
        url("attendance", session.pk),
    ):
        response = client.get(path)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    for path in (url("enrol", session.pk), url("complete", session.pk)):
        response = client.post(path)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    response = client.post(url("withdraw", enrolment.pk))
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


# --- Planning a session -----------------------------------------------------------


def session_data(facilitator, **overrides):
    starts_at = timezone.now() + 72 * HOUR
    data = {
        "title": "Going to the UAE",
        "country": "AE",
        "language": "ur",
        "starts_at": local_input(starts_at),
        "ends_at": local_input(starts_at + 3 * HOUR),
        "venue": "Hall 2",
        "capacity": "25",
        "facilitator": str(facilitator.pk),
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("role", ["counsellor", "centre_manager"])
def test_a_session_is_planned_at_the_users_centre(client_for, centre, facilitator, role):
    client = client_for(role)
    response = client.post(url("add"), session_data(facilitator))
    session = OrientationSession.objects.get()
    assert response.status_code == 302 and response.url == url("detail", session.pk)
    assert (session.centre, session.created_by, session.facilitator) == (
        centre,
        client.user,
        facilitator,
    )
    assert (session.title, session.country.code, session.capacity) == ("Going to the UAE", "AE", 25)
    assert session.status == "scheduled"
    assert timezone.localtime(session.ends_at) - timezone.localtime(session.starts_at) == 3 * HOUR


def test_the_times_are_typed_day_first_in_any_digits(client_for, facilitator):
    year = timezone.localdate().year + 1
    typed = {
        "starts_at": f"14/03/{year} 10:00",
        "ends_at": f"۱۴/۰۳/{year} ۱۳:۰۰".replace(
            str(year), str(year).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
        ),
    }
    response = client_for("counsellor").post(url("add"), session_data(facilitator, **typed))
    assert response.status_code == 302, response.context["form"].errors
    session = OrientationSession.objects.get()
    starts, ends = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
    assert (starts.day, starts.month, starts.hour) == (14, 3, 10)
    assert (ends.day, ends.month, ends.hour) == (14, 3, 13)


def test_a_general_session_has_no_country(client_for, facilitator):
    client_for("counsellor").post(url("add"), session_data(facilitator, country=""))
    assert OrientationSession.objects.get().country == ""


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"capacity": "0"}, "capacity", "A session has 1 to 500 places."),
        ({"capacity": "501"}, "capacity", "A session has 1 to 500 places."),
        ({"capacity": "-3"}, "capacity", "A session has 1 to 500 places."),
        ({"title": ""}, "title", "Give the session a title."),
        ({"venue": ""}, "venue", "Say where the session takes place."),
        ({"starts_at": "tomorrow"}, "starts_at", "Enter a day and a time"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_kept(
    client_for, facilitator, overrides, field, message
):
    response = client_for("counsellor").post(url("add"), session_data(facilitator, **overrides))
    assert response.status_code == 200
    form = response.context["form"]
    assert any(message in error for error in form.errors[field])
    assert 'value="Hall 2"' in response.text or field == "venue"
    assert not OrientationSession.objects.exists()


def test_the_end_must_come_after_the_start(client_for, facilitator):
    starts_at = timezone.now() + 72 * HOUR
    data = session_data(
        facilitator, starts_at=local_input(starts_at), ends_at=local_input(starts_at - HOUR)
    )
    response = client_for("counsellor").post(url("add"), data)
    assert response.context["form"].errors["ends_at"] == ["The end must come after the start."]
    assert not OrientationSession.objects.exists()


def test_a_new_session_cannot_start_in_the_past(client_for, facilitator):
    past = timezone.now() - 24 * HOUR
    data = session_data(facilitator, starts_at=local_input(past), ends_at=local_input(past + HOUR))
    response = client_for("counsellor").post(url("add"), data)
    assert "already past" in response.context["form"].errors["starts_at"][0]
    assert not OrientationSession.objects.exists()


def test_the_facilitator_is_one_of_the_centres_staff(client_for, centre):
    outsider = UserFactory(centre=CentreFactory(), role="counsellor")
    kiosk = UserFactory(centre=centre, role="kiosk")
    gone = UserFactory(centre=centre, role="counsellor", is_active=False)
    officer = UserFactory(centre=centre, role="registration_officer")
    client = client_for("centre_manager")
    offered = set(client.get(url("add")).context["form"].fields["facilitator"].queryset)
    assert officer in offered and client.user in offered
    assert not {outsider, kiosk, gone} & offered
    response = client.post(url("add"), session_data(outsider))
    assert response.context["form"].errors["facilitator"] == ["Choose one of the centre's staff."]


def test_an_administrator_without_a_centre_is_told_why_no_form(client_for):
    response = client_for("superuser").get(url("add"))
    assert response.status_code == 200
    assert 'data-testid="no-centre"' in response.text
    assert "form" not in response.context


@pytest.mark.parametrize("role", ["registration_officer", *NOT_ALLOWED])
def test_other_roles_cannot_plan(client_for, facilitator, role):
    client = client_for(role)
    assert client.get(url("add")).status_code == 403
    assert client.post(url("add"), session_data(facilitator)).status_code == 403
    assert not OrientationSession.objects.exists()


# --- Changing and cancelling a session ----------------------------------------------


@pytest.mark.parametrize("role", ["counsellor", "centre_manager"])
def test_a_session_is_changed(client_for, session, facilitator, role):
    data = session_data(
        facilitator,
        venue="Hall 3",
        starts_at=local_input(session.starts_at),
        ends_at=local_input(session.ends_at),
    )
    response = client_for(role).post(url("edit", session.pk), data)
    assert response.status_code == 302
    session.refresh_from_db()
    assert (session.venue, session.capacity) == ("Hall 3", 25)


def test_the_places_cannot_drop_below_the_people_enrolled(client_for, session, facilitator):
    enrol(session)
    enrol(session)
    data = session_data(
        facilitator,
        capacity="1",
        starts_at=local_input(session.starts_at),
        ends_at=local_input(session.ends_at),
    )
    response = client_for("counsellor").post(url("edit", session.pk), data)
    assert response.status_code == 200
    assert response.context["form"].errors["capacity"] == [
        "2 people are already enrolled: the session needs at least 2 places. "
        "Withdraw people first to make it smaller."
    ]
    session.refresh_from_db()
    assert session.capacity == 3
    # Exactly as many places as people is fine.
    data["capacity"] = "2"
    assert client_for("counsellor").post(url("edit", session.pk), data).status_code == 302


def test_an_unchanged_start_may_have_passed(client_for, begun_session, facilitator):
    data = session_data(
        facilitator,
        venue="Hall 9",
        starts_at=local_input(begun_session.starts_at),
        ends_at=local_input(begun_session.ends_at),
    )
    response = client_for("counsellor").post(url("edit", begun_session.pk), data)
    assert response.status_code == 302
    begun_session.refresh_from_db()
    assert begun_session.venue == "Hall 9"


def test_cancelling_needs_the_confirmation(client_for, session):
    client = client_for("counsellor")
    response = client.post(url("edit", session.pk), {"cancel_session": "1"})
    assert response.status_code == 200
    assert response.context["cancel_form"].errors["confirm"] == [
        "Tick the box to confirm that the session is cancelled."
    ]
    session.refresh_from_db()
    assert session.status == "scheduled"
    response = client.post(url("edit", session.pk), {"cancel_session": "1", "confirm": "on"})
    assert response.status_code == 302 and response.url == url("detail", session.pk)
    session.refresh_from_db()
    assert session.status == "cancelled"
    # A cancelled session is changed no more.
    response = client.get(url("edit", session.pk), follow=True)
    assert "can no longer be changed" in response.text


def test_another_centres_session_is_404_to_change(client_for, stranger_session):
    client = client_for("centre_manager")
    assert client.get(url("edit", stranger_session.pk)).status_code == 404
    assert client.post(url("edit", stranger_session.pk), {}).status_code == 404


@pytest.mark.parametrize("role", ["registration_officer", *NOT_ALLOWED])
def test_other_roles_cannot_change(client_for, session, role):
    client = client_for(role)
    assert client.get(url("edit", session.pk)).status_code == 403
    response = client.post(url("edit", session.pk), {"cancel_session": "1", "confirm": "on"})
    assert response.status_code == 403
    session.refresh_from_db()
    assert session.status == "scheduled"


# --- A session's page -------------------------------------------------------------


@pytest.mark.parametrize("role", ALLOWED_TO_VIEW)
def test_the_page_shows_the_session_and_its_people(client_for, session, person, role):
    enrol(session, person)
    response = client_for(role).get(url("detail", session.pk))
    assert response.status_code == 200
    text = response.text
    assert "Going to Saudi Arabia" in text and "Hall 1" in text and "Saima Akhtar" in text
    assert "Rashid Mehmood" in text and person.registration_number in text
    assert 'data-attended="unmarked"' in text
    # Only the facilitator sees attendance and completion.
    assert 'data-testid="facilitator-panel"' not in text
    assert ('data-testid="enrol-form"' in text) is (role != "centre_manager")
    assert ('data-testid="withdraw"' in text) is (role != "centre_manager")
    assert ('data-testid="edit-session"' in text) is (role != "registration_officer")


def test_the_facilitator_finds_attendance_and_completion(client, begun_session):
    text = as_facilitator(client, begun_session).get(url("detail", begun_session.pk)).text
    assert 'data-testid="attendance-link"' in text and 'data-testid="complete"' in text


def test_before_the_start_the_facilitator_is_told_to_wait(client, session):
    text = as_facilitator(client, session).get(url("detail", session.pk)).text
    assert 'data-testid="not-begun"' in text and 'data-testid="attendance-link"' not in text


def test_the_page_runs_a_constant_number_of_queries(
    client_for, centre, session, django_assert_max_num_queries
):
    client = client_for("registration_officer")
    session.capacity = 30
    session.save()
    enrol(session)
    with django_assert_max_num_queries(25) as few:
        client.get(url("detail", session.pk))
    for _ in range(10):
        enrol(session)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url("detail", session.pk))
    assert response.context["enrolled"] == 11


def test_another_centres_session_is_404(client_for, stranger_session):
    assert client_for("counsellor").get(url("detail", stranger_session.pk)).status_code == 404


def test_a_missing_session_is_404(client_for):
    assert client_for("counsellor").get(url("detail", 999999)).status_code == 404


@pytest.mark.parametrize("role", NOT_ALLOWED)
def test_other_roles_cannot_see_a_session(client_for, session, role):
    assert client_for(role).get(url("detail", session.pk)).status_code == 403


# --- Enrolling ------------------------------------------------------------------


@pytest.mark.parametrize("role", ["registration_officer", "counsellor"])
def test_a_person_is_enrolled_by_their_number(client_for, session, person, role):
    client = client_for(role)
    number = person.registration_number.lower()  # typed carelessly
    response = client.post(url("enrol", session.pk), {"registration_number": number})
    assert response.status_code == 302 and response.url == url("detail", session.pk)
    enrolment = Enrolment.objects.get()
    assert (enrolment.session, enrolment.candidate, enrolment.enrolled_by) == (
        session,
        person,
        client.user,
    )
    assert "Rashid Mehmood" in client.get(response.url).text


@pytest.mark.parametrize("stranger", [True, False])
def test_an_unknown_number_is_said_and_kept(client_for, session, stranger):
    number = (
        make_candidate(centre=CentreFactory()).registration_number
        if stranger
        else "LHR-2026-999999"
    )
    response = client_for("registration_officer").post(
        url("enrol", session.pk), {"registration_number": number}
    )
    assert response.status_code == 200
    assert response.context["enrol_form"].errors["registration_number"] == [
        "No person with this registration number is registered at this centre."
    ]
    assert f'value="{number}"' in response.text
    assert not Enrolment.objects.exists()


def test_a_malformed_number_is_explained(client_for, session):
    response = client_for("registration_officer").post(
        url("enrol", session.pk), {"registration_number": "12345"}
    )
    assert "looks like LHR-2026-000123" in response.text
    assert 'value="12345"' in response.text


def test_a_full_session_refuses_with_the_number_kept(client_for, session, person):
    for _ in range(3):
        enrol(session)
    response = client_for("registration_officer").post(
        url("enrol", session.pk), {"registration_number": person.registration_number}
    )
    assert response.status_code == 200
    assert "This session is full." in response.text
    assert f'value="{person.registration_number}"' in response.text
    assert session.enrolments.count() == 3


def test_a_full_session_says_so_instead_of_offering_the_form(client_for, session):
    for _ in range(3):
        enrol(session)
    text = client_for("registration_officer").get(url("detail", session.pk)).text
    assert 'data-testid="full-notice"' in text and 'data-testid="enrol-form"' not in text


def test_enrolling_twice_is_refused(client_for, session, person):
    enrol(session, person)
    response = client_for("counsellor").post(
        url("enrol", session.pk), {"registration_number": person.registration_number}
    )
    assert "This person is already enrolled in this session." in response.text
    assert session.enrolments.count() == 1


def test_a_cancelled_session_takes_no_enrolments(client_for, session, person):
    OrientationSession.objects.filter(pk=session.pk).update(status="cancelled")
    response = client_for("counsellor").post(
        url("enrol", session.pk), {"registration_number": person.registration_number}, follow=True
    )
    assert "This session takes no more enrolments: it is &#x27;Cancelled&#x27;." in response.text
    assert not Enrolment.objects.exists()


def test_enrolling_in_another_centres_session_is_404(client_for, stranger_session, person):
    response = client_for("counsellor").post(
        url("enrol", stranger_session.pk), {"registration_number": person.registration_number}
    )
    assert response.status_code == 404
    assert not Enrolment.objects.exists()


@pytest.mark.parametrize("role", ["centre_manager", *NOT_ALLOWED])
def test_other_roles_cannot_enrol(client_for, session, person, role):
    response = client_for(role).post(
        url("enrol", session.pk), {"registration_number": person.registration_number}
    )
    assert response.status_code == 403
    assert not Enrolment.objects.exists()


def test_enrolling_is_post_only(client_for, session):
    assert client_for("counsellor").get(url("enrol", session.pk)).status_code == 405


# --- Withdrawing ------------------------------------------------------------------


@pytest.mark.parametrize("role", ["registration_officer", "counsellor"])
def test_a_person_is_withdrawn_and_the_place_freed(client_for, session, person, role):
    enrolment = enrol(session, person)
    response = client_for(role).post(url("withdraw", enrolment.pk), follow=True)
    assert response.redirect_chain[-1][0] == url("detail", session.pk)
    assert "Rashid Mehmood is withdrawn" in response.text
    assert not Enrolment.objects.exists()


def test_nobody_is_withdrawn_once_attendance_is_marked(client_for, begun_session, person):
    enrolment = enrol(begun_session, person)
    services.mark_attendance(enrolment=enrolment, attended=True, by=begun_session.facilitator)
    response = client_for("counsellor").post(url("withdraw", enrolment.pk), follow=True)
    assert "attendance is already marked" in response.text
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()


def test_withdrawing_from_another_centre_is_404(client_for, stranger_session):
    enrolment = enrol(stranger_session)
    assert client_for("counsellor").post(url("withdraw", enrolment.pk)).status_code == 404
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()


@pytest.mark.parametrize("role", ["centre_manager", *NOT_ALLOWED])
def test_other_roles_cannot_withdraw(client_for, session, role):
    enrolment = enrol(session)
    assert client_for(role).post(url("withdraw", enrolment.pk)).status_code == 403
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()


def test_withdrawing_is_post_only(client_for, session):
    enrolment = enrol(session)
    assert client_for("counsellor").get(url("withdraw", enrolment.pk)).status_code == 405


# --- Attendance: the facilitator's ----------------------------------------------------


def attendance_data(answers):
    return {f"enrolment-{enrolment.pk}": answer for enrolment, answer in answers}


def test_the_facilitator_marks_everyone(client, begun_session):
    came, missed = enrol(begun_session), enrol(begun_session)
    as_facilitator(client, begun_session)
    page = client.get(url("attendance", begun_session.pk))
    assert page.status_code == 200
    assert page.text.count('data-testid="attendance-row"') == 2
    response = client.post(
        url("attendance", begun_session.pk), attendance_data([(came, "yes"), (missed, "no")])
    )
    assert response.status_code == 302 and response.url == url("detail", begun_session.pk)
    came.refresh_from_db()
    missed.refresh_from_db()
    assert (came.attended, missed.attended) == (True, False)
    assert came.attendance_marked_by == begun_session.facilitator


def test_every_answer_is_required_and_nothing_is_saved_without_all(client, begun_session):
    first, second = enrol(begun_session), enrol(begun_session)
    as_facilitator(client, begun_session)
    response = client.post(url("attendance", begun_session.pk), attendance_data([(first, "yes")]))
    assert response.status_code == 200
    assert response.context["form"].errors == {
        f"enrolment-{second.pk}": ["Say whether this person came."]
    }
    # The answer given is still chosen.
    assert f'id="id_enrolment-{first.pk}_0" value="yes" checked' in response.text
    first.refresh_from_db()
    assert first.attended is None


def test_someone_with_a_certificate_cannot_be_marked_absent(client, begun_session):
    (came,) = marked(begun_session, True)
    services.issue_certificate(enrolment=came, by=begun_session.facilitator)
    as_facilitator(client, begun_session)
    response = client.post(url("attendance", begun_session.pk), attendance_data([(came, "no")]))
    assert response.status_code == 200
    assert "must be revoked" in response.context["form"].errors[f"enrolment-{came.pk}"][0]
    came.refresh_from_db()
    assert came.attended is True


def test_a_failed_change_keeps_the_saved_title_on_the_page(client_for, session, facilitator):
    data = session_data(
        facilitator,
        title="",
        starts_at=local_input(session.starts_at),
        ends_at=local_input(session.ends_at),
    )
    response = client_for("counsellor").post(url("edit", session.pk), data)
    assert response.status_code == 200
    breadcrumb = f'<a href="/orientation/sessions/{session.pk}/">Going to Saudi Arabia</a>'
    assert breadcrumb in response.text


def test_attendance_waits_for_the_start(client, session):
    enrol(session)
    as_facilitator(client, session)
    response = client.get(url("attendance", session.pk), follow=True)
    assert response.redirect_chain[-1][0] == url("detail", session.pk)
    assert "Attendance is marked once the session has begun" in response.text
    enrolment = Enrolment.objects.get()
    client.post(url("attendance", session.pk), attendance_data([(enrolment, "yes")]))
    enrolment.refresh_from_db()
    assert enrolment.attended is None


def test_a_cancelled_session_takes_no_attendance(client, begun_session):
    enrolment = enrol(begun_session)
    OrientationSession.objects.filter(pk=begun_session.pk).update(status="cancelled")
    as_facilitator(client, begun_session)
    response = client.post(
        url("attendance", begun_session.pk), attendance_data([(enrolment, "yes")]), follow=True
    )
    assert "This session was cancelled." in response.text
    enrolment.refresh_from_db()
    assert enrolment.attended is None


@pytest.mark.parametrize("role", [*ALLOWED_TO_VIEW, *NOT_ALLOWED, "superuser"])
def test_only_the_facilitator_marks_attendance(client_for, begun_session, role):
    enrolment = enrol(begun_session)
    client = client_for(role)
    assert client.get(url("attendance", begun_session.pk)).status_code == 403
    response = client.post(
        url("attendance", begun_session.pk), attendance_data([(enrolment, "yes")])
    )
    assert response.status_code == 403
    enrolment.refresh_from_db()
    assert enrolment.attended is None


def test_another_centres_facilitator_gets_404(client, begun_session):
    """A facilitator moved to another centre no longer sees the session."""
    begun_session.facilitator.centre = CentreFactory()
    begun_session.facilitator.save()
    as_facilitator(client, begun_session)
    assert client.get(url("attendance", begun_session.pk)).status_code == 404
    assert client.post(url("complete", begun_session.pk)).status_code == 404


# --- Completion: the facilitator's -------------------------------------------------------


def marked(session, *answers):
    """Enrolments of new people in `session`, marked as came (True) or not (False)."""
    return [
        services.mark_attendance(
            enrolment=enrol(session), attended=attended, by=session.facilitator
        )
        for attended in answers
    ]


def certified(session, candidate):
    """`candidate` enrolled in the begun `session`, marked as came, with a certificate."""
    enrolment = services.mark_attendance(
        enrolment=enrol(session, candidate), attended=True, by=session.facilitator
    )
    return services.issue_certificate(enrolment=enrolment, by=session.facilitator)


def test_completion_issues_certificates_to_those_who_came_only_once(client, begun_session):
    came, also_came, _missed = marked(begun_session, True, True, False)
    as_facilitator(client, begun_session)
    response = client.post(url("complete", begun_session.pk), follow=True)
    assert "Certificates issued: 2." in response.text
    begun_session.refresh_from_db()
    assert begun_session.status == "held"
    assert set(Certificate.objects.values_list("enrolment", flat=True)) == {came.pk, also_came.pk}
    codes = set(Certificate.objects.values_list("code", flat=True))
    for code in codes:
        assert code in response.text
    assert response.text.count('data-testid="certificate-pdf"') == 2
    # Completing again issues nothing more.
    response = client.post(url("complete", begun_session.pk), follow=True)
    assert "No new certificates" in response.text
    assert set(Certificate.objects.values_list("code", flat=True)) == codes


def test_a_late_correction_then_completion_issues_the_missing_certificate(client, begun_session):
    (missed,) = marked(begun_session, False)
    as_facilitator(client, begun_session)
    client.post(url("complete", begun_session.pk))
    assert not Certificate.objects.exists()
    client.post(url("attendance", begun_session.pk), attendance_data([(missed, "yes")]))
    response = client.post(url("complete", begun_session.pk), follow=True)
    assert "Certificates issued: 1." in response.text
    assert Certificate.objects.get().enrolment == missed


def test_completion_waits_for_everyones_attendance(client, begun_session):
    marked(begun_session, True)
    enrol(begun_session)
    as_facilitator(client, begun_session)
    response = client.post(url("complete", begun_session.pk), follow=True)
    assert "Mark everyone&#x27;s attendance first: 1 person is not marked yet." in response.text
    begun_session.refresh_from_db()
    assert begun_session.status == "scheduled"
    assert not Certificate.objects.exists()


def test_completion_waits_for_the_start(client, session):
    as_facilitator(client, session)
    response = client.post(url("complete", session.pk), follow=True)
    assert "A session is completed once it has begun" in response.text
    session.refresh_from_db()
    assert session.status == "scheduled"


def test_a_cancelled_session_is_not_completed(client, begun_session):
    OrientationSession.objects.filter(pk=begun_session.pk).update(status="cancelled")
    as_facilitator(client, begun_session)
    response = client.post(url("complete", begun_session.pk), follow=True)
    assert "This session was cancelled: it cannot be completed." in response.text


@pytest.mark.parametrize("role", [*ALLOWED_TO_VIEW, *NOT_ALLOWED, "superuser"])
def test_only_the_facilitator_completes(client_for, begun_session, role):
    marked(begun_session, True)
    assert client_for(role).post(url("complete", begun_session.pk)).status_code == 403
    assert not Certificate.objects.exists()


def test_completing_is_post_only(client, begun_session):
    as_facilitator(client, begun_session)
    assert client.get(url("complete", begun_session.pk)).status_code == 405


# --- The orientation panel of a person's record ---------------------------------------


def test_the_record_shows_sessions_certificates_and_quizzes(client_for, begun_session, person):
    certificate = certified(begun_session, person)
    enrol(make_session(centre=begun_session.centre, title="Safe migration", country=""), person)
    page = make_page(title_en="Spotting fraud", country="", topic="fraud")
    QuizResult.objects.create(candidate=person, page=page, correct=3, total=4)
    text = client_for("registration_officer").get(f"/candidates/{person.registration_number}/").text
    assert 'data-testid="orientation-panel"' in text
    assert text.count('data-testid="candidate-enrolment"') == 2
    assert "Safe migration" in text and 'data-attended="yes"' in text
    assert certificate.code in text
    assert f'href="/orientation/certificates/{certificate.pk}/pdf/"' in text
    assert "Spotting fraud" in text
    assert '<span dir="ltr">3</span> of <span dir="ltr">4</span> right' in text


def test_the_record_shows_a_revoked_certificate_as_such(client_for, begun_session, person):
    certificate = certified(begun_session, person)
    services.revoke_certificate(certificate=certificate, by=begun_session.facilitator, reason="x")
    text = client_for("counsellor").get(f"/candidates/{person.registration_number}/").text
    assert certificate.code in text and "Revoked" in text
    # Its PDF is still there for the file, stamped REVOKED; revoking again is not offered.
    assert 'data-testid="certificate-pdf"' in text
    assert 'data-testid="certificate-revoke"' not in text


def test_the_record_names_another_centres_session_without_opening_it(
    client_for, person, stranger_session
):
    enrol(stranger_session, person)
    text = client_for("counsellor").get(f"/candidates/{person.registration_number}/").text
    assert f"at {stranger_session.centre.name}" in text
    assert f"/orientation/sessions/{stranger_session.pk}/" not in text


def test_the_record_runs_a_constant_number_of_queries(
    client_for, begun_session, person, django_assert_max_num_queries
):
    client = client_for("registration_officer")
    path = f"/candidates/{person.registration_number}/"
    page = make_page(country="", topic="fraud")
    certified(begun_session, person)
    QuizResult.objects.create(candidate=person, page=page, correct=1, total=2)
    with django_assert_max_num_queries(40) as few:
        client.get(path)
    for topic in ("health", "wages", "embassy", "emergency"):
        other = make_session(centre=begun_session.centre, starts_at=timezone.now() - HOUR)
        certified(other, person)
        QuizResult.objects.create(
            candidate=person, page=make_page(country="QA", topic=topic), correct=1, total=2
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(path)
    assert response.text.count('data-testid="candidate-enrolment"') == 5
