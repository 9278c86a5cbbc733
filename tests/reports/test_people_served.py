"""The report's numbers against the crafted month of conftest.py, worked out by hand."""

import datetime

import pytest

from apps.candidates.models import Candidate
from apps.reports.selectors import Period, month_period, people_served
from tests.reports.conftest import at, counselled, person

NOVEMBER = Period(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))


def counts(report, dimension):
    """{value: {service: people}} without zeros, for exact comparison."""
    return {
        row.key: {service: n for service, n in row.people.items() if n}
        for row in report.breakdowns[dimension]
        if any(row.people.values())
    }


# Centre A in November 2026: who was served, by service (see conftest.py):
#   registration P1, P3 · counselling P1, P7 · orientation P2, P3 · referral P2 ·
#   departure P5 · all services P1, P2, P3, P5, P7 (P1 and P3 served twice: once each).
CENTRE_A_TOTALS = {
    "registration": 2,
    "counselling": 2,
    "orientation": 2,
    "referral": 1,
    "departure": 1,
    "all": 5,
}

CENTRE_A = {
    "sex": {
        "female": {"registration": 1, "counselling": 1, "all": 1},  # P1
        "male": {  # P3 / P7 / P2, P3 / P2 / all: P2, P3, P7
            "registration": 1,
            "counselling": 1,
            "orientation": 2,
            "referral": 1,
            "all": 3,
        },
        "transgender": {"departure": 1, "all": 1},  # P5
    },
    # 2026 - year of birth: P1 25 (although only 24 on the day), P2 17, P3 46, P5 66, P7 34.
    "age_band": {
        "under_18": {"orientation": 1, "referral": 1, "all": 1},  # P2
        "25_34": {"registration": 1, "counselling": 2, "all": 2},  # P1 / P1, P7
        "45_54": {"registration": 1, "orientation": 1, "all": 1},  # P3
        "55_over": {"departure": 1, "all": 1},  # P5
    },
    "district": {
        "Dee One": {"registration": 2, "counselling": 1, "orientation": 1, "all": 2},  # P1 P3
        "Dee Two": {"orientation": 1, "referral": 1, "departure": 1, "all": 2},  # P2 P5
        "Dee Three": {"counselling": 1, "all": 1},  # P7
    },
    "destination": {
        "AE": {"registration": 1, "counselling": 1, "all": 1},  # P1's first country
        "not_stated": {"registration": 1, "orientation": 1, "all": 1},  # P3, general session
        "OM": {"counselling": 1, "all": 1},  # P7
        "KR": {"orientation": 1},  # P2 at the Korea session
        "QA": {"referral": 1},  # P2's job
        "SA": {"departure": 1, "all": 1},  # P5's job; P5's own first country
        "MY": {"all": 1},  # P2's own first country
    },
    "occupation_group": {
        "5": {"registration": 1, "counselling": 1, "all": 1},  # P1: tie 7411/5120 -> 5120
        "not_stated": {"registration": 1, "orientation": 1, "all": 1},  # P3
        "7": {"counselling": 1, "referral": 1, "all": 1},  # P7 (7212) / P2's job (7411)
        "8": {"orientation": 1, "departure": 1, "all": 1},  # P2 (8332) / P5's job (8332)
        "9": {"all": 1},  # P5's own (9313)
    },
}


@pytest.fixture
def report_a(served):
    return people_served(period=NOVEMBER, centre=served.a)


def test_headline_numbers_of_a_centre(report_a):
    assert report_a.totals == CENTRE_A_TOTALS


@pytest.mark.parametrize("dimension", list(CENTRE_A))
def test_every_breakdown_of_a_centre(report_a, dimension):
    assert counts(report_a, dimension) == CENTRE_A[dimension]


def test_every_breakdown_adds_up_to_the_headline(report_a):
    for dimension in CENTRE_A:
        for service, total in CENTRE_A_TOTALS.items():
            rows = report_a.breakdowns[dimension]
            assert sum(row.count(service) for row in rows) == total, (dimension, service)


def test_sex_and_age_band_list_every_value_even_empty(report_a):
    assert [row.key for row in report_a.breakdowns["sex"]] == ["female", "male", "transgender"]
    assert [row.key for row in report_a.breakdowns["age_band"]] == [
        "under_18",
        "18_24",
        "25_34",
        "35_44",
        "45_54",
        "55_over",
    ]
    assert [row.key for row in report_a.breakdowns["occupation_group"]][-1] == "not_stated"


def test_weekly_buckets_are_iso_weeks_with_people_counted_once_a_week(report_a):
    # 1 Nov 2026 is a Sunday (W44, from 26 Oct); 30 Nov a Monday (W49).
    weeks = {week.label: week.people for week in report_a.weeks}
    assert report_a.weeks[0].monday == datetime.date(2026, 10, 26)
    assert weeks == {
        "2026-W44": {},
        "2026-W45": {"registration": 1, "all": 1},  # P1 on 5 Nov
        # P1 and P7 counselled; P2 and P3 at orientation; P2 referred too (once in all).
        "2026-W46": {"counselling": 2, "orientation": 2, "referral": 1, "all": 4},
        "2026-W47": {},  # P7's referral is centre B's
        "2026-W48": {"departure": 1, "all": 1},  # P5
        "2026-W49": {"registration": 1, "all": 1},  # P3 at 23:59 on 30 Nov
    }


def test_period_boundaries_are_local_midnights(served):
    p3, p4 = served.people[2], served.people[3]
    last_day = people_served(
        period=Period(datetime.date(2026, 11, 30), datetime.date(2026, 11, 30)), centre=served.a
    )
    next_day = people_served(
        period=Period(datetime.date(2026, 12, 1), datetime.date(2026, 12, 1)), centre=served.a
    )
    assert last_day.totals["registration"] == 1  # P3 at 23:59 local
    assert next_day.totals["registration"] == 1  # P4 at 00:00 local the next day
    assert p3.created_at < p4.created_at


def test_another_centres_activity_is_its_own(served):
    report = people_served(period=NOVEMBER, centre=served.b)
    # P6 registered and counselled at B; P1 at B's orientation; P7 (registered at B) referred.
    assert report.totals == {
        "registration": 1,
        "counselling": 1,
        "orientation": 1,
        "referral": 1,
        "all": 3,
    }


def test_all_centres_count_each_person_once(served):
    report = people_served(period=NOVEMBER, centre=None)
    assert report.totals == {
        "registration": 3,  # P1, P3, P6
        "counselling": 3,  # P1, P7, P6
        "orientation": 3,  # P2, P3, P1
        "referral": 2,  # P2, P7
        "departure": 1,  # P5
        "all": 6,  # P1, P2, P3, P5, P6, P7
    }


def test_an_anonymised_person_counts_exactly_as_before(served, report_a):
    p1 = served.people[0]
    Candidate.objects.filter(pk=p1.pk).update(
        anonymised_at=at(11, 29),
        full_name="",
        relation_name="",
        address="",
        email="",
        date_of_birth=datetime.date(p1.date_of_birth.year, 1, 1),
    )
    after = people_served(period=NOVEMBER, centre=served.a)
    assert after.totals == report_a.totals
    for dimension in CENTRE_A:
        assert counts(after, dimension) == counts(report_a, dimension)
    assert counts(after, "sex")["female"]["all"] == 1


def test_all_services_age_is_of_the_first_service_in_the_period(served):
    # A person registered on 31 December 2026 and counselled on 2 January 2027: 17 for
    # the registration, 18 for the counselling, and for all services 17, the age in the
    # year of the first service.
    late = person(
        centre=served.a,
        registered_at=at(12, 31, 12),
        district=served.d1,
        born=datetime.date(2009, 6, 1),
    )
    counselled(late, served.counsellor_a, at(1, 2, 11, year=2027))
    report = people_served(
        period=Period(datetime.date(2026, 12, 31), datetime.date(2027, 1, 2)), centre=served.a
    )
    ages = counts(report, "age_band")
    assert ages == {
        "under_18": {"registration": 1, "all": 1},
        "18_24": {"counselling": 1},
    }


def test_an_empty_period_is_all_zeros(served):
    report = people_served(period=month_period(2024, 2), centre=served.a)
    assert report.totals == {}
    assert len(report.weeks) == 5  # 29 Jan to 26 Feb 2024
    assert all(not row.people for row in report.breakdowns["sex"])
