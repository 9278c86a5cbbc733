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


def test_each_centres_names_have_a_trigram_index_of_their_own():
    """The copy of the names is split by centre into 16 partitions, each with its own
    indexes (the folded name's trigrams, and the sound of each word, in both scripts), so
    a centre's search reads only its own partition's (migrations candidates/0005, 0008);
    the people's table carries no trigram index any more."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename, indexdef FROM pg_indexes "
            "WHERE tablename LIKE 'candidates_name_search_%%' AND indexdef LIKE '%%USING gin%%'"
        )
        partitions = {}
        for table, definition in cursor.fetchall():
            partitions.setdefault(table, []).append(definition)
        cursor.execute(
            "SELECT count(*) FROM pg_indexes "
            "WHERE tablename = 'candidates_candidate' AND indexdef LIKE '%%gin_trgm_ops%%'"
        )
        (on_people,) = cursor.fetchone()
    assert len(partitions) == 16
    for definitions in partitions.values():
        assert sorted(d.split("USING gin ")[1].split()[0] for d in definitions) == [
            "(folded_name",
            "(name_keys)",
        ]
    assert on_people == 0


def test_each_partitions_index_keeps_a_short_pending_list():
    """A GIN index's pending list is read in full by every search; at the default 4 MB,
    a few thousand registrations at one centre made PostgreSQL read the whole partition
    instead of its index (migration candidates/0007)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, c.reloptions FROM pg_class c "
            "JOIN pg_inherits i ON i.inhrelid = c.oid "
            "WHERE i.inhparent IN ('candidates_name_search_folded_trgm'::regclass, "
            "'candidates_name_search_keys'::regclass)"
        )
        options = dict(cursor.fetchall())
    assert len(options) == 32
    assert all(value == ["gin_pending_list_limit=64"] for value in options.values()), options
