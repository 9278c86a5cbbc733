"""The matches page ranks in Postgres (`ranked_candidates`) what `fit_of` explains in
Python: for varied people and job orders, both give every person the same score, the
same verdict on the requirements and the same order."""

import datetime
import random

import pytest

from apps.candidates.models import Candidate
from apps.listings import selectors
from apps.listings.models import ListingLanguage
from tests.factories import UserFactory, ensure_occupation, make_candidate, make_listing
from tests.listings.varied_people import TODAY, make_varied_person, years_ago

pytestmark = pytest.mark.django_db
DEADLINE = TODAY + datetime.timedelta(days=30)

TRADES = [("7411", "Electricians"), ("7413", "Line installers"), ("7421", "Mechanics")]
EDUCATION = ["none", "primary", "middle", "matric", "intermediate", "bachelor"]


@pytest.fixture
def people(centre):
    rng = random.Random(20261202)
    officer = UserFactory(centre=centre, role="registration_officer")
    trades = [ensure_occupation(code, title) for code, title in TRADES]
    for i in range(40):
        make_varied_person(
            rng, centre=centre, full_name=f"Person {i}", trades=trades, education=EDUCATION
        )
    # People on every boundary the job orders below draw: available on the deadline,
    # turning 21, 30, 35 or 46 today, experience exactly at the minimum.
    for i, (age, years) in enumerate([(21, 3), (30, 8), (35, 3), (46, 8), (45, 0)]):
        make_candidate(
            centre=centre,
            full_name=f"Boundary {i}",
            sex="female",
            date_of_birth=years_ago(age),
            education="matric",
            destination_countries=["QA"],
            available_from=DEADLINE,
            occupations=[(trades[0], years)],
            languages=[("ar", "good"), ("en", "basic")],
        )
    return officer


JOB_ORDERS = [
    {},
    {"min_experience_years": 3, "age_min": 21, "age_max": 45, "education": "matric"},
    {"sex": "female", "age_max": 35},
    {"min_experience_years": 8, "destination_country": "QA", "age_min": 30},
]
REQUIRED_LANGUAGES = [[], [("ar", "basic")], [("ar", "good"), ("en", "basic")], [("ko", "basic")]]


@pytest.mark.parametrize("order", range(len(JOB_ORDERS)))
@pytest.mark.parametrize("languages", range(len(REQUIRED_LANGUAGES)))
def test_postgres_ranks_as_python_scores(people, order, languages):
    listing = make_listing(
        occupation=ensure_occupation(*TRADES[0]),
        application_deadline=DEADLINE,
        **JOB_ORDERS[order],
    )
    for language, level in REQUIRED_LANGUAGES[languages]:
        ListingLanguage.objects.create(listing=listing, language=language, level=level)

    ranked = list(selectors.ranked_candidates(listing, people))
    fits = selectors.fits_for(ranked, listing)

    assert len(ranked) == 45
    for candidate, fit in zip(ranked, fits, strict=True):
        assert (candidate.fit_score, bool(candidate.fit_meets), candidate.fit_years) == (
            fit.score,
            fit.meets_requirements,
            fit.years,
        ), candidate.full_name
    assert fits == sorted(fits, key=selectors.Fit.sort_key)


@pytest.fixture
def ranking_cached(settings, empty_cache):
    settings.PORTAL_MATCHING_CACHE_SECONDS = 300


def test_the_ranking_is_kept_until_the_listing_changes(ranking_cached, people, centre):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    listing = make_listing(occupation=ensure_occupation(*TRADES[0]), min_experience_years=3)
    first = selectors.recent_ranking(listing, people)
    assert first == list(selectors.ranked_candidates(listing, people).values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as queries:
        assert selectors.recent_ranking(listing, people) == first
    # Read from the cache every worker shares, not ranked again.
    assert len(queries) == 1 and "portal_shared_cache" in queries[0]["sql"]

    # Saving the listing (a changed requirement) ranks afresh.
    listing.min_experience_years = 10
    listing.save()
    assert selectors.recent_ranking(listing, people) == list(
        selectors.ranked_candidates(listing, people).values_list("pk", flat=True)
    )


def test_a_person_erased_since_the_ranking_is_left_off_the_page(ranking_cached, people, centre):
    from apps.privacy.services import Reason, anonymise_candidate

    listing = make_listing(occupation=ensure_occupation(*TRADES[0]))
    ids = selectors.recent_ranking(listing, people)
    gone = Candidate.objects.get(pk=ids[0])
    anonymise_candidate(
        candidate=gone, by=UserFactory(centre=centre, role="centre_manager"), reason=Reason.REQUEST
    )
    page = selectors.fits_for(ids[:5], listing)
    assert [fit.candidate.pk for fit in page] == ids[1:5]


def test_languages_are_joined_not_asked_for_in_a_subquery(people):
    """The score repeats the language condition in GROUP BY and ORDER BY; as EXISTS,
    PostgreSQL hashed each copy over the whole table of languages spoken (2.8 s for a
    trade's matches among a million people). A join reads only the people ranked."""
    listing = make_listing(occupation=ensure_occupation(*TRADES[0]))
    for language, level in REQUIRED_LANGUAGES[2]:
        ListingLanguage.objects.create(listing=listing, language=language, level=level)
    sql = str(selectors.ranked_candidates(listing, people).query)
    assert "EXISTS" not in sql
    assert sql.count('LEFT OUTER JOIN "candidates_candidatelanguage"') == 2
