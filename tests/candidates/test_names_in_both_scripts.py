"""A name registered in one script is found by staff typing it in the other.

Measured on tests/data/pakistani_names.csv: common Pakistani given and family names,
each in Urdu script and in the Latin spellings people in Pakistan use. Every name is
registered once in each script at one centre; a name counts as found when its person
is on the first page of the staff list searched in the other script.
"""

import csv
from pathlib import Path

import pytest
from django.db import connection

from apps.candidates.filters import search_candidates
from apps.candidates.models import Candidate
from tests.factories import make_candidate

pytestmark = pytest.mark.django_db

NAMES_FILE = Path(__file__).parent.parent / "data" / "pakistani_names.csv"
FIRST_PAGE = 25
WANTED_SHARE = 0.9


def common_names():
    with NAMES_FILE.open(encoding="utf-8") as names:
        return [(row["urdu"], row["latin"].split("|")) for row in csv.DictReader(names)]


def on_first_page(centre, typed: str, person) -> bool:
    found = search_candidates(Candidate.objects.filter(centre=centre), typed)[:FIRST_PAGE]
    return person.pk in {candidate.pk for candidate in found}


def test_the_list_has_at_least_200_names_in_both_scripts():
    names = common_names()
    assert len(names) >= 200
    assert len({urdu for urdu, _latin in names}) == len(names)


def test_names_are_found_across_scripts_both_ways(centre):
    names = common_names()
    written_in_urdu = {urdu: make_candidate(centre=centre, full_name=urdu) for urdu, _ in names}
    written_in_latin = {
        urdu: make_candidate(centre=centre, full_name=latin[0]) for urdu, latin in names
    }
    with connection.cursor() as cursor:
        # Statistics, as autovacuum keeps them: the searches then use the trigram indexes.
        cursor.execute("ANALYZE candidates_candidate, candidates_name_search")
    urdu_found_by_latin = [
        urdu
        for urdu, spellings in names
        if all(on_first_page(centre, latin, written_in_urdu[urdu]) for latin in spellings)
    ]
    latin_found_by_urdu = [
        urdu for urdu, _ in names if on_first_page(centre, urdu, written_in_latin[urdu])
    ]
    shares = (len(urdu_found_by_latin) / len(names), len(latin_found_by_urdu) / len(names))
    missed = sorted({urdu for urdu, _ in names} - set(urdu_found_by_latin))
    print(
        f"\n{len(names)} names: Urdu found by every Latin spelling {shares[0]:.1%}, "
        f"Latin found by Urdu {shares[1]:.1%}; missed one way: {', '.join(missed)}"
    )
    assert min(shares) >= WANTED_SHARE


def test_the_same_script_ranks_first(centre):
    urdu = make_candidate(centre=centre, full_name="محمد اسلم")
    latin = make_candidate(centre=centre, full_name="Muhammad Aslam")
    make_candidate(centre=centre, full_name="Bushra Naz")
    by_latin = list(search_candidates(Candidate.objects.filter(centre=centre), "Mohammad Aslam"))
    by_urdu = list(search_candidates(Candidate.objects.filter(centre=centre), "محمد اسلم"))
    assert by_latin == [latin, urdu]
    assert by_urdu == [urdu, latin]


def test_urdu_typed_on_an_arabic_keyboard_finds_the_person(centre):
    person = make_candidate(centre=centre, full_name="علی رضا")
    found = search_candidates(Candidate.objects.filter(centre=centre), "علي رضا")
    assert list(found) == [person]


def test_an_officer_finds_an_urdu_name_by_typing_part_of_it_in_latin(client_for, centre):
    make_candidate(centre=centre, full_name="محمد اسلم")
    make_candidate(centre=centre, full_name="Bushra Naz")
    page = client_for("registration_officer").get("/candidates/", {"q": "Aslam"}).text
    assert "محمد اسلم" in page
    assert "Bushra Naz" not in page
