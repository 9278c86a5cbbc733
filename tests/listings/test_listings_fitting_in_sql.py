"""A person's record ranks the open listings in Postgres (`ranked_listings_for`) that
`fit_of` explains in Python: for varied people and job orders, both give every listing
the same score and the same verdict on the requirements, and `open_listings_fitting`
shows the same listings in the same order as scoring them all in Python did."""

import datetime
import random

import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from apps.candidates.models import Candidate
from apps.listings import selectors
from apps.listings.models import JobListing, ListingLanguage
from tests.factories import (
    AgencyFactory,
    CentreFactory,
    DistrictFactory,
    EmployerFactory,
    UserFactory,
    ensure_occupation,
    make_candidate,
    make_listing,
)
from tests.listings.varied_people import (
    COUNTRIES,
    LANGUAGES,
    LEVELS,
    TODAY,
    make_varied_person,
    years_ago,
)

pytestmark = pytest.mark.django_db

# Unit groups at every distance from each other: 7411/7412 share a minor group, 7421
# only the sub-major group, 7112 another sub-major group; nobody's trade is 5120.
PEOPLES_TRADES = [
    ("7411", "Electricians"),
    ("7412", "Fitters"),
    ("7421", "Mechanics"),
    ("7112", "Masons"),
]
LISTING_TRADES = [*PEOPLES_TRADES, ("7413", "Line installers"), ("7119", "Builders")]
LISTING_TRADES += [("5120", "Cooks")]
AGE_BOUNDS = [
    (None, None),
    (21, 45),
    (30, 35),
    (None, 35),
    (46, None),
    (21, None),
    (None, 45),
    (None, 0),  # read as no oldest age by `fit_of`'s `or 200`
]


@pytest.fixture
def people(centre):
    rng = random.Random(20261203)
    trades = [ensure_occupation(code, title) for code, title in PEOPLES_TRADES]
    people = []
    for i in range(25):
        people.append(
            make_varied_person(
                rng,
                centre=centre,
                full_name=f"Person {i}",
                trades=trades,
                sexes=("male", "female", "transgender"),
                most_languages=4,
            )
        )
    # People on the boundaries the job orders draw: turning 21, 30, 35, 45 or 46 today,
    # available on a deadline, speaking one or three of four required languages.
    for i, (age, languages) in enumerate(
        [
            (21, [("ur", "fluent")]),
            (30, [("ur", "fluent"), ("ar", "fluent"), ("en", "fluent")]),
            (35, [("ar", "basic"), ("en", "good")]),
            (45, [("ur", "good"), ("ar", "good"), ("en", "good"), ("ko", "good")]),
            (46, [("ko", "fluent")]),
        ]
    ):
        people.append(
            make_candidate(
                centre=centre,
                full_name=f"Boundary {i}",
                sex="female",
                date_of_birth=years_ago(age),
                education="matric",
                destination_countries=["QA"],
                available_from=TODAY + datetime.timedelta(days=20),
                occupations=[(trades[0], 3 + i), (trades[2], 8)],
                languages=languages,
            )
        )
    return people


@pytest.fixture
def listings(db):
    rng = random.Random(20261204)
    trades = [ensure_occupation(code, title) for code, title in LISTING_TRADES]
    district = DistrictFactory()
    shared = {
        "district": district,
        "created_by": UserFactory(
            centre=CentreFactory(district=district, kind="dlo"), role="district_labour_officer"
        ),
        "employer": EmployerFactory(),
        "agency": AgencyFactory(),
    }
    made = []
    for i in range(70):
        age_min, age_max = AGE_BOUNDS[i % len(AGE_BOUNDS)]
        listing = make_listing(
            occupation=rng.choice(trades),
            min_experience_years=rng.choice([0, 0, 2, 3, 5, 8, 12]),
            destination_country=rng.choice(COUNTRIES),
            age_min=age_min,
            age_max=age_max,
            education=rng.choice(["", "", *Candidate.Education.values]),
            sex=rng.choice(["", "", "", "female", "male"]),
            # Some on the boundary people's availability, some before, some after.
            application_deadline=TODAY + datetime.timedelta(days=rng.choice([0, 10, 20, 60])),
            **shared,
        )
        # Every fourth listing asks for all four languages: 1 or 3 of 4 is 2.5 or 7.5
        # points, which Python rounds to even.
        count = 4 if i % 4 == 0 else rng.randint(0, 3)
        for language in rng.sample(LANGUAGES, count):
            ListingLanguage.objects.create(
                listing=listing, language=language, level=rng.choice(LEVELS)
            )
        made.append(listing)
    # Listings no one sees: not open, or open in nobody's trade group.
    make_listing(occupation=trades[0], status="draft", **shared)
    make_listing(occupation=trades[0], status="closed", **shared)
    make_listing(
        occupation=trades[0], application_deadline=TODAY - datetime.timedelta(days=1), **shared
    )
    make_listing(occupation=trades[-1], **shared)
    return made


def _explainable(listings):
    return {
        listing.pk: listing
        for listing in JobListing.objects.filter(pk__in=[listing.pk for listing in listings])
        .select_related("occupation")
        .prefetch_related("required_languages")
    }


def _fresh(person):
    # A person as a page reads them: nothing prefetched yet.
    return Candidate.objects.get(pk=person.pk)


def _scored_in_python(candidate, limit):
    """`open_listings_fitting` as it was: every open listing in the person's trade groups
    scored by `fit_of`, then sorted."""
    candidate = _fresh(candidate)
    in_trades = Q()
    for held in candidate.occupations.select_related("occupation"):
        in_trades |= Q(occupation__code__startswith=held.occupation.code[:2])
    listings = (
        JobListing.objects.open_to_public()
        .filter(in_trades)
        .select_related("occupation", "employer", "agency")
        .prefetch_related("required_languages")
    )
    today = timezone.localdate()
    fits = [selectors.fit_of(candidate, listing, today) for listing in listings]
    fits.sort(key=lambda fit: (not fit.meets_requirements, -fit.score, fit.listing.pk))
    return fits[:limit]


def test_postgres_scores_each_listing_as_python_does(people, listings):
    explainable = _explainable(listings)
    half_points = set()
    for person in people:
        candidate = _fresh(person)
        ranked = list(selectors.ranked_listings_for(candidate))
        assert ranked, candidate.full_name
        for listing in ranked:
            fit = selectors.fit_of(candidate, explainable[listing.pk], TODAY)
            assert (listing.fit_score, bool(listing.fit_meets), listing.fit_years) == (
                fit.score,
                fit.meets_requirements,
                fit.years,
            ), (candidate.full_name, listing.pk)
            required = explainable[listing.pk].required_languages.all()
            met = sum(reason.met for reason in fit.reasons if "Speaks" in reason.text)
            if required and (10 * met / len(required)) % 1 == 0.5:
                half_points.add((met, len(required)))
    # The halves that round down (2.5) and up (7.5) were both met.
    assert {(1, 4), (3, 4)} <= half_points


def test_the_listings_shown_are_those_python_would_pick(people, listings):
    for person in people:
        everything = _scored_in_python(person, limit=len(listings))
        ranked = selectors.ranked_listings_for(_fresh(person))
        assert list(ranked.values_list("pk", flat=True)) == [fit.listing.pk for fit in everything]

        shown = selectors.open_listings_fitting(_fresh(person))
        expected = everything[:10]
        assert [(fit.listing.pk, fit.score, fit.years) for fit in shown] == [
            (fit.listing.pk, fit.score, fit.years) for fit in expected
        ], person.full_name
        assert [fit.reasons for fit in shown] == [fit.reasons for fit in expected]


def test_a_person_with_no_trade_fits_no_listing(listings):
    assert selectors.open_listings_fitting(make_candidate(occupations=[])) == []


def _queries_for_fitting(candidate) -> int:
    candidate = _fresh(candidate)
    with CaptureQueriesContext(connection) as queries:
        fits = selectors.open_listings_fitting(candidate)
    assert fits
    return len(queries)


def test_the_queries_do_not_grow_with_the_listings(db):
    electrician = ensure_occupation("7411", "Electricians")
    person = make_candidate(occupations=[(electrician, 5)], languages=[("ur", "fluent")])
    shared = {"employer": EmployerFactory(), "agency": AgencyFactory()}

    def add_listings(count):
        for _ in range(count):
            listing = make_listing(occupation=electrician, **shared)
            ListingLanguage.objects.create(listing=listing, language="ur", level="good")

    add_listings(3)
    with_three = _queries_for_fitting(person)
    add_listings(27)
    assert _queries_for_fitting(person) == with_three
