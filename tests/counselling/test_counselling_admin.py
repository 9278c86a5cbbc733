"""The counselling back office: what a superuser sees, what a district labour officer
never sees, that appointments are read-only there and case records absent."""

import pytest
from django.conf import settings
from django.contrib import admin
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from apps.counselling import models
from apps.counselling.admin import (
    AppointmentAdmin,
    AvailabilityExceptionAdmin,
    CounsellorAdmin,
)
from tests.factories import (
    FUTURE_MONDAY,
    CentreFactory,
    make_appointment,
    make_candidate,
    make_counsellor,
)
from tests.factories import local_time as at

pytestmark = pytest.mark.django_db
MONDAY = FUTURE_MONDAY
ADMIN = "/" + settings.ADMIN_URL
COUNSELLING = ADMIN + "counselling/"
CASE_RECORD_MODELS = (
    models.CaseNote,
    models.FollowUp,
    models.Referral,
    models.AppointmentNotice,
)


@pytest.fixture
def booked(centre):
    counsellor = make_counsellor(centre)
    appointment = make_appointment(counsellor=counsellor, starts_at=at(MONDAY, 9))
    models.AvailabilityException.objects.create(
        centre=centre,
        counsellor=counsellor,
        starts_at=at(MONDAY, 12),
        ends_at=at(MONDAY, 13),
        reason="leave",
        note="Dentist",
    )
    return appointment


def test_case_records_and_notices_are_not_in_the_admin_at_all():
    for model in CASE_RECORD_MODELS:
        assert not admin.site.is_registered(model), model.__name__


def test_a_superuser_sees_the_counselling_lists(client_for, booked):
    client = client_for("superuser")
    index = client.get(ADMIN).content.decode()
    assert f'href="{COUNSELLING}"' in index
    for path in ("counsellor/", "availabilityexception/", "appointment/"):
        assert client.get(COUNSELLING + path).status_code == 200, path
    for path in ("casenote/", "followup/", "referral/", "appointmentnotice/"):
        assert client.get(COUNSELLING + path).status_code == 404, path
    assert "Dentist" in client.get(COUNSELLING + "availabilityexception/").content.decode()
    assert (
        booked.candidate.registration_number
        in client.get(COUNSELLING + "appointment/").content.decode()
    )


def test_a_superuser_can_open_a_counsellor_with_their_hours(client_for, booked):
    client = client_for("superuser")
    response = client.get(f"{COUNSELLING}counsellor/{booked.counsellor.pk}/change/")
    assert response.status_code == 200
    assert "weekly availabilities" in response.content.decode().lower()


def test_appointments_are_read_only_with_their_history(client_for, booked):
    client = client_for("superuser")
    url = f"{COUNSELLING}appointment/{booked.pk}/change/"
    html = client.get(url).content.decode()
    assert "Booked" in html  # the event inline
    assert 'name="status"' not in html
    assert client.get(COUNSELLING + "appointment/add/").status_code == 403
    assert client.get(f"{COUNSELLING}appointment/{booked.pk}/delete/").status_code == 403
    client.post(url, {"status": "cancelled_centre"})
    booked.refresh_from_db()
    assert booked.status == models.Appointment.Status.BOOKED


def test_appointments_are_found_by_registration_number(client_for, centre, booked):
    other = make_appointment(counsellor=booked.counsellor, starts_at=at(MONDAY, 10))
    client = client_for("superuser")
    number = booked.candidate.registration_number
    html = client.get(COUNSELLING + "appointment/", {"q": number}).content.decode()
    assert number in html
    assert other.candidate.registration_number not in html


@pytest.mark.parametrize(
    "query",
    ["status=booked", "channel=desk", "topic=contract", "starts_at__year=2030&starts_at__month=1"],
)
def test_the_appointment_filters_work(client_for, booked, query):
    response = client_for("superuser").get(f"{COUNSELLING}appointment/?{query}")
    assert response.status_code == 200
    assert booked.candidate.registration_number in response.content.decode()


def test_a_district_labour_officer_sees_no_counselling(client_for, booked):
    client = client_for("district_labour_officer")
    index = client.get(ADMIN)
    assert index.status_code == 200
    assert COUNSELLING not in index.content.decode()
    assert not [app for app in index.context["app_list"] if app["app_label"] == "counselling"]
    assert client.get(COUNSELLING + "appointment/").status_code == 403
    assert client.get(f"{COUNSELLING}appointment/{booked.pk}/change/").status_code == 403
    assert client.get(COUNSELLING + "counsellor/").status_code == 403
    assert client.get(COUNSELLING + "availabilityexception/").status_code == 403
    assert client.get(COUNSELLING).status_code == 404


@pytest.mark.parametrize("role", ["counsellor", "centre_manager", "registration_officer"])
def test_centre_staff_do_not_reach_the_admin(client_for, role):
    response = client_for(role).get(COUNSELLING + "appointment/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_every_admin_list_is_scoped_to_the_users_centre(make_user, centre, booked):
    elsewhere = make_counsellor(CentreFactory())
    make_appointment(counsellor=elsewhere, starts_at=at(MONDAY, 9))
    models.AvailabilityException.objects.create(
        centre=elsewhere.user.centre,
        starts_at=at(MONDAY, 0),
        ends_at=at(MONDAY, 23),
        reason="holiday",
    )
    # A staff account at `centre` (the rule holds for any role given the back office).
    request = RequestFactory().get("/")
    request.user = make_user("district_labour_officer")
    site = admin.site
    assert list(CounsellorAdmin(models.Counsellor, site).get_queryset(request)) == [
        booked.counsellor
    ]
    assert list(AppointmentAdmin(models.Appointment, site).get_queryset(request)) == [booked]
    exceptions = AvailabilityExceptionAdmin(models.AvailabilityException, site)
    assert [e.centre_id for e in exceptions.get_queryset(request)] == [centre.pk]
    request.user = make_user("superuser")
    assert AppointmentAdmin(models.Appointment, site).get_queryset(request).count() == 2


def test_the_appointment_list_reads_a_constant_number_of_queries(
    client_for, centre, django_assert_num_queries
):
    client = client_for("superuser")
    counsellors = [make_counsellor(centre), make_counsellor(centre)]
    url = COUNSELLING + "appointment/"

    def book(hour):
        for counsellor in counsellors:
            make_appointment(
                counsellor=counsellor,
                candidate=make_candidate(centre=centre),
                starts_at=at(MONDAY, hour),
            )

    book(9)
    client.get(url)  # warm up the session and content types
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    book(10)
    book(11)
    with django_assert_num_queries(len(few)):
        response = client.get(url)
    assert len(response.context["cl"].result_list) == 6
