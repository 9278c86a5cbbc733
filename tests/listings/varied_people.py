"""Varied people for the matching tests: random but seeded, with birthdays on today's
date (an age that changes today) among them."""

import datetime
import random

from apps.candidates.models import Candidate
from tests.factories import make_candidate

TODAY = datetime.date.today()
LANGUAGES = ["ur", "ar", "en", "ko"]
LEVELS = ["basic", "good", "fluent"]
COUNTRIES = ["SA", "AE", "QA", "KR"]


def birthday(rng: random.Random) -> datetime.date:
    """Ages from 18 to 60, some born exactly on today's day (age changes today)."""
    years = rng.randint(18, 60)
    if rng.random() < 0.3:
        return TODAY.replace(year=TODAY.year - years, day=min(TODAY.day, 28))
    return TODAY - datetime.timedelta(days=365 * years + rng.randint(-200, 200))


def years_ago(years: int) -> datetime.date:
    try:
        return TODAY.replace(year=TODAY.year - years)
    except ValueError:  # 29 February
        return TODAY.replace(year=TODAY.year - years, day=28)


def make_varied_person(
    rng: random.Random,
    *,
    centre,
    full_name: str,
    trades,
    education=tuple(Candidate.Education.values),
) -> Candidate:
    return make_candidate(
        centre=centre,
        full_name=full_name,
        sex=rng.choice(["male", "female"]),
        date_of_birth=birthday(rng),
        education=rng.choice(education),
        destination_countries=rng.sample(COUNTRIES, rng.randint(1, 3)),
        available_from=TODAY + datetime.timedelta(days=rng.randint(-30, 90)),
        occupations=[
            (trade, rng.randint(0, 12)) for trade in rng.sample(trades, rng.randint(1, 3))
        ],
        languages=[
            (language, rng.choice(LEVELS)) for language in rng.sample(LANGUAGES, rng.randint(1, 3))
        ],
    )
