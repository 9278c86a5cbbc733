"""Deadlines count working days: Pakistan's Saturday and Sunday off, its public
holidays (from the holidays library) and the days a centre declares itself closed."""

import datetime

import pytest
from django.utils import timezone

from apps.complaints.models import ComplaintDeadline, Kind
from apps.complaints.services import deadlines_for
from apps.complaints.working_days import WorkingCalendar, add_working_days
from apps.counselling.models import AvailabilityException
from tests.factories import CentreFactory

D = datetime.date


def test_a_weekend_is_skipped():
    # Friday 6 November 2026 + 1 working day: Saturday and Sunday are off, so Monday 9...
    # which is Iqbal Day, so Tuesday 10.
    assert add_working_days(D(2026, 11, 6), 1) == D(2026, 11, 10)


def test_national_holidays_are_skipped():
    # Thursday 19 March 2026: Eid al-Fitr is Friday 20 and Saturday 21; then Sunday; Pakistan
    # Day is Monday 23. The first working day after is Tuesday 24.
    assert add_working_days(D(2026, 3, 19), 1) == D(2026, 3, 24)
    # Eid al-Adha, Tuesday 26 to Thursday 28 May 2026 (Youm-e-Takbeer the same Thursday).
    assert add_working_days(D(2026, 5, 25), 1) == D(2026, 5, 29)


def test_twenty_working_days_over_eid_and_weekends():
    # From Monday 16 March 2026: 17-19 (3), Eid 20-21 and Pakistan Day 23 off, 24-27 (7),
    # 30 Mar-3 Apr (12), 6-10 (17), 13-15 (20).
    assert add_working_days(D(2026, 3, 16), 20) == D(2026, 4, 15)


def test_the_day_of_filing_is_not_counted():
    assert add_working_days(D(2026, 12, 1), 1) == D(2026, 12, 2)  # Tuesday -> Wednesday


@pytest.mark.django_db
def test_a_day_the_centre_declared_closed_is_skipped(make_user):
    centre = CentreFactory()
    manager = make_user("centre_manager", centre=centre)
    assert manager  # the closure is the centre's, whoever entered it
    local = timezone.get_current_timezone()
    AvailabilityException.objects.create(
        centre=centre,
        starts_at=datetime.datetime(2026, 12, 2, 0, 0, tzinfo=local),
        ends_at=datetime.datetime(2026, 12, 3, 0, 0, tzinfo=local),
        reason=AvailabilityException.Reason.PUBLIC_HOLIDAY,
    )
    # Wednesday 2 December is closed at this centre only: ends at midnight, so Thursday
    # 3 is open again.
    assert add_working_days(D(2026, 12, 1), 1, centre=centre) == D(2026, 12, 3)
    assert add_working_days(D(2026, 12, 1), 1, centre=CentreFactory()) == D(2026, 12, 2)


@pytest.mark.django_db
def test_one_counsellors_leave_does_not_close_the_centre():
    from tests.factories import make_counsellor

    counsellor = make_counsellor()
    local = timezone.get_current_timezone()
    AvailabilityException.objects.create(
        centre=counsellor.centre,
        counsellor=counsellor,
        starts_at=datetime.datetime(2026, 12, 2, 0, 0, tzinfo=local),
        ends_at=datetime.datetime(2026, 12, 3, 0, 0, tzinfo=local),
        reason=AvailabilityException.Reason.PUBLIC_HOLIDAY,
    )
    assert add_working_days(D(2026, 12, 1), 1, centre=counsellor.centre) == D(2026, 12, 2)


@pytest.mark.parametrize(
    ("today", "due", "left"),
    [
        (D(2026, 12, 4), D(2026, 12, 4), 0),
        (D(2026, 12, 4), D(2026, 12, 7), 1),  # Friday to Monday: one working day
        (D(2026, 12, 3), D(2026, 12, 8), 3),
        (D(2026, 12, 7), D(2026, 12, 4), -1),  # due Friday, Monday is one day late
        (D(2026, 12, 28), D(2026, 12, 22), -3),  # 23, 24, 28 (25 is Quaid-e-Azam Day)
    ],
)
def test_days_left_counts_working_days_either_way(today, due, left):
    calendar = WorkingCalendar(None, D(2026, 11, 1), D(2027, 1, 31))
    assert calendar.days_left(today, due) == left


@pytest.mark.django_db
def test_deadlines_come_from_the_centres_row_else_the_national_one():
    centre = CentreFactory()
    # As migration complaints/0002 writes it (a test that empties the tables removes it).
    ComplaintDeadline.objects.update_or_create(
        centre=None,
        kind=Kind.EXCESS_FEES,
        defaults={"acknowledge_days": 3, "resolve_days": 20, "escalate_days": 22},
    )
    due = deadlines_for(centre=centre, kind=Kind.EXCESS_FEES, filed_on=D(2026, 12, 1))
    assert due == {
        "acknowledge_by": D(2026, 12, 4),
        "resolve_by": D(2026, 12, 30),  # 25 December is a holiday
        "escalate_by": D(2027, 1, 1),
    }
    ComplaintDeadline.objects.create(
        centre=centre, kind=Kind.EXCESS_FEES, acknowledge_days=1, resolve_days=5, escalate_days=5
    )
    due = deadlines_for(centre=centre, kind=Kind.EXCESS_FEES, filed_on=D(2026, 12, 1))
    assert due["acknowledge_by"] == D(2026, 12, 2) and due["resolve_by"] == D(2026, 12, 8)
    other = deadlines_for(centre=CentreFactory(), kind=Kind.EXCESS_FEES, filed_on=D(2026, 12, 1))
    assert other["resolve_by"] == D(2026, 12, 30)


@pytest.mark.django_db
def test_only_a_superuser_keeps_the_national_deadlines_in_the_back_office(client, make_user):
    from django.conf import settings

    url = "/" + settings.ADMIN_URL + "complaints/complaintdeadline/"
    ComplaintDeadline.objects.get_or_create(
        centre=None,
        kind=Kind.EXCESS_FEES,
        defaults={"acknowledge_days": 3, "resolve_days": 20, "escalate_days": 22},
    )
    client.force_login(make_user("superuser"))
    page = client.get(url)
    assert page.status_code == 200 and "Fees above the legal limit" in page.content.decode()
    client.force_login(make_user("district_labour_officer"))
    assert client.get(url).status_code == 403
