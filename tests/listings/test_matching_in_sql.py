"""The matches page's ranking (`ranked_candidates`, one query) is kept between pages:
until the listing changes, and without the people erased since."""

import random

import pytest

from apps.candidates.models import Candidate
from apps.listings import selectors
from tests.factories import UserFactory, ensure_occupation, make_listing
from tests.listings.varied_people import make_varied_person

pytestmark = pytest.mark.django_db

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
    return officer


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
    page = selectors.fits_for(ids[:5], listing, people)
    assert [fit.candidate.pk for fit in page] == ids[1:5]
