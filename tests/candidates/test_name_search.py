"""The name box: part of a name, any case, served by the trigram index (ILIKE), with
the characters LIKE treats specially taken literally."""

import pytest

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
