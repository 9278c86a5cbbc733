"""A crafted month of activity (November 2026) at two centres, A and B, whose every
number is worked out by hand in test_people_served.py.

People (service year 2026; age = 2026 - year of birth):

    who  centre  sex          born        district  destinations  occupations (years)
    P1   A       female       2001-12-15  D1        AE, SA        7411 (5), 5120 (5)  -> 5
    P2   A       male         2009-12-31  D2        MY            8332 (3)            -> 8
    P3   A       male         1980-05-05  D1        (none)        (none)
    P4   A       female       1990-01-01  D1        SA            7411 (5)            -> 7
    P5   A       transgender  1960-08-20  D2        SA            9313 (10)           -> 9
    P6   B       male         1990-01-01  D3        SA            7411 (5)            -> 7
    P7   B       male         1992-06-01  D3        OM            7212 (4)            -> 7
    P8   A       male         1990-01-01  D1        SA            7411 (5)            -> 7

What happened (local time, Asia/Karachi):

    P1  registered at A 5 Nov 10:00; counselled by A's counsellor 10 Nov (completed);
        attended B's orientation session 12 Nov (a B service, not A's)
    P2  registered at A 1 Oct; attended A's session for Korea 12 Nov (and missed A's
        general session: attended=False); referred 13 Nov to a Qatar job coded 7411
    P3  registered at A 30 Nov 23:59 (counts); attended A's general session 12 Nov
    P4  registered at A 1 Dec 00:00 (the next month: not counted)
    P5  registered at A in 2025; referred 15 Oct (outside); departed 25 Nov to a Saudi
        job coded 8332; personal data erased (anonymised)
    P6  registered at B 8 Nov; counselled by B's counsellor 9 Nov (completed)
    P7  registered at B in September; counselled by A's counsellor 11 Nov (an A service:
        the counsellor's centre); referred 18 Nov to a Qatar job (a B service: the
        registering centre)
    P8  registered at A in 2025; a no-show 16 Nov and a completed appointment in October
        (neither counts)
"""

import datetime
from types import SimpleNamespace

import pytest

from apps.candidates.models import Candidate, CandidateOccupation
from apps.counselling.models import Appointment
from apps.listings.models import Application, ApplicationStatusChange
from apps.orientation.models import Enrolment
from apps.reports.selectors import local_midnight
from tests.factories import (
    CentreFactory,
    DistrictFactory,
    UserFactory,
    ensure_occupation,
    make_candidate,
    make_counsellor,
    make_held_appointment,
    make_listing,
    make_session,
)


def at(month, day, hour=10, minute=0, year=2026) -> datetime.datetime:
    """A local (Asia/Karachi) time."""
    return local_midnight(datetime.date(year, month, day)) + datetime.timedelta(
        hours=hour, minutes=minute
    )


def person(
    *,
    centre,
    registered_at,
    district,
    sex="male",
    born=datetime.date(1990, 1, 1),
    destinations=("SA",),
    occupations=(("7411", 5),),
):
    candidate = make_candidate(
        centre=centre,
        sex=sex,
        home_district=district,
        destination_countries=list(destinations) or ["SA"],
        occupations=[(ensure_occupation(code), years) for code, years in occupations]
        or [(ensure_occupation("7411"), 1)],
    )
    updates = {"created_at": registered_at, "date_of_birth": born}
    if not destinations:
        updates["destination_countries"] = ""
    Candidate.objects.filter(pk=candidate.pk).update(**updates)
    if not occupations:
        CandidateOccupation.objects.filter(candidate=candidate).delete()
    candidate.refresh_from_db()
    return candidate


def counselled(candidate, counsellor, starts_at, status=Appointment.Status.COMPLETED):
    return make_held_appointment(
        counsellor=counsellor,
        candidate=candidate,
        starts_at=starts_at,
        status=status,
        topic="contract",
    )


def enrolled(candidate, session, attended=True):
    return Enrolment.objects.create(
        session=session,
        candidate=candidate,
        enrolled_by=session.facilitator,
        attended=attended,
        attendance_marked_by=session.facilitator,
        attendance_marked_at=session.ends_at,
    )


def moved(candidate, listing, steps, by):
    """An application of `candidate` for `listing` through [(to_status, when), ...]."""
    application = Application.objects.create(
        candidate=candidate, listing=listing, status=steps[-1][0], source="staff"
    )
    for to_status, when in steps:
        ApplicationStatusChange.objects.create(
            application=application, to_status=to_status, changed_by=by, changed_at=when
        )
    return application


@pytest.fixture
def served(db):
    d1, d2, d3 = (
        DistrictFactory(name=name, name_en=name) for name in ("Dee One", "Dee Two", "Dee Three")
    )
    a = CentreFactory(code="AAAA", name="Centre A", name_en="Centre A", district=d1)
    b = CentreFactory(code="BBBB", name="Centre B", name_en="Centre B", district=d3)
    counsellor_a, counsellor_b = make_counsellor(centre=a), make_counsellor(centre=b)
    staff = UserFactory(centre=a, role="registration_officer")

    p1 = person(
        centre=a,
        registered_at=at(11, 5),
        district=d1,
        sex="female",
        born=datetime.date(2001, 12, 15),
        destinations=("AE", "SA"),
        occupations=(("7411", 5), ("5120", 5)),
    )
    p2 = person(
        centre=a,
        registered_at=at(10, 1),
        district=d2,
        born=datetime.date(2009, 12, 31),
        destinations=("MY",),
        occupations=(("8332", 3),),
    )
    p3 = person(
        centre=a,
        registered_at=at(11, 30, 23, 59),
        district=d1,
        born=datetime.date(1980, 5, 5),
        destinations=(),
        occupations=(),
    )
    p4 = person(centre=a, registered_at=at(12, 1, 0, 0), district=d1, sex="female")
    p5 = person(
        centre=a,
        registered_at=at(6, 1, year=2025),
        district=d2,
        sex="transgender",
        born=datetime.date(1960, 8, 20),
        occupations=(("9313", 10),),
    )
    p6 = person(centre=b, registered_at=at(11, 8), district=d3)
    p7 = person(
        centre=b,
        registered_at=at(9, 1),
        district=d3,
        born=datetime.date(1992, 6, 1),
        destinations=("OM",),
        occupations=(("7212", 4),),
    )
    p8 = person(centre=a, registered_at=at(3, 1, year=2025), district=d1)

    counselled(p1, counsellor_a, at(11, 10))
    counselled(p7, counsellor_a, at(11, 11))
    counselled(p6, counsellor_b, at(11, 9))
    counselled(p8, counsellor_a, at(11, 16), status=Appointment.Status.NO_SHOW)
    counselled(p8, counsellor_a, at(10, 20))

    korea = make_session(centre=a, country="KR", starts_at=at(11, 12, 9))
    general = make_session(centre=a, country="", starts_at=at(11, 12, 14))
    at_b = make_session(centre=b, country="SA", starts_at=at(11, 12, 9))
    enrolled(p2, korea)
    enrolled(p2, general, attended=False)
    enrolled(p3, general)
    enrolled(p1, at_b)

    qatar = make_listing(destination_country="QA", occupation=ensure_occupation("7411"))
    saudi = make_listing(destination_country="SA", occupation=ensure_occupation("8332"))
    moved(p2, qatar, [("shortlisted", at(11, 2)), ("referred", at(11, 13))], staff)
    moved(
        p5,
        saudi,
        [("referred", at(10, 15)), ("selected", at(11, 1)), ("departed", at(11, 25))],
        staff,
    )
    moved(p7, qatar, [("referred", at(11, 18))], staff)

    # P5's personal data erased: what anonymisation keeps, the report still counts.
    Candidate.objects.filter(pk=p5.pk).update(
        anonymised_at=at(11, 28),
        full_name="",
        relation_name="",
        address="",
        date_of_birth=datetime.date(1960, 1, 1),
    )
    return SimpleNamespace(
        a=a,
        b=b,
        d1=d1,
        d2=d2,
        d3=d3,
        people=[p1, p2, p3, p4, p5, p6, p7, p8],
        counsellor_a=counsellor_a,
        staff=staff,
        korea=korea,
        qatar=qatar,
    )
