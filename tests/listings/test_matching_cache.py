"""The matches page's ranking of a centre's people is reused between pages (apps/
listings/cache.py): ranked afresh when the listing changes, and after
PORTAL_MATCHING_CACHE_SECONDS for people registered meanwhile; a person erased since
never shows."""

import random
import time

import pytest
from django.urls import reverse

from apps.candidates.models import Candidate
from tests.factories import UserFactory, ensure_occupation, make_candidate, make_listing
from tests.listings.varied_people import make_varied_person

pytestmark = pytest.mark.django_db

TRADES = [("7411", "Electricians"), ("7413", "Line installers"), ("7421", "Mechanics")]
EDUCATION = ["none", "primary", "middle", "matric", "intermediate", "bachelor"]


@pytest.fixture
def officer(client, centre):
    rng = random.Random(20261202)
    trades = [ensure_occupation(code, title) for code, title in TRADES]
    for i in range(40):
        make_varied_person(
            rng, centre=centre, full_name=f"Person {i}", trades=trades, education=EDUCATION
        )
    client.force_login(UserFactory(centre=centre, role="registration_officer"))
    return client


def matches(client, listing) -> str:
    response = client.get(reverse("listings:matches", args=[listing.pk]))
    assert response.status_code == 200
    return response.content.decode()


def newcomer(centre) -> Candidate:
    return make_candidate(
        centre=centre, full_name="Zarmeena Newcomer", occupations=[(ensure_occupation(), 30)]
    )


def test_a_changed_listing_is_ranked_afresh(officer, centre):
    listing = make_listing(occupation=ensure_occupation(*TRADES[0]))
    assert "Zarmeena Newcomer" not in matches(officer, listing)
    newcomer(centre)
    assert "Zarmeena Newcomer" not in matches(officer, listing)  # the ranking is reused
    listing.min_experience_years = 10
    listing.save()
    assert "Zarmeena Newcomer" in matches(officer, listing)


def test_people_registered_meanwhile_show_when_the_ranking_is_due(officer, centre, settings):
    settings.PORTAL_MATCHING_CACHE_SECONDS = 1
    listing = make_listing(occupation=ensure_occupation(*TRADES[0]))
    matches(officer, listing)
    newcomer(centre)
    time.sleep(1.2)
    assert "Zarmeena Newcomer" in matches(officer, listing)


def test_a_person_erased_since_the_ranking_is_left_off_the_page(officer, centre):
    from apps.privacy.services import Reason, anonymise_candidate

    listing = make_listing(occupation=ensure_occupation(*TRADES[0]))
    first = newcomer(centre)
    assert "Zarmeena Newcomer" in matches(officer, listing)
    anonymise_candidate(
        candidate=first, by=UserFactory(centre=centre, role="centre_manager"), reason=Reason.REQUEST
    )
    page = matches(officer, listing)
    assert "Zarmeena Newcomer" not in page and first.registration_number not in page
