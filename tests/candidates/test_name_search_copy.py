"""The copy of the names the name search reads (migration candidates/0005) follows the
people's table whatever writes it, and a centre's search reads only its partition."""

import re

import pytest
from django.db import connection

from apps.candidates.filters import search_candidates
from apps.candidates.models import Candidate, NameSearchEntry
from tests.factories import CentreFactory, make_candidate

pytestmark = pytest.mark.django_db


def copies():
    return set(NameSearchEntry.objects.values_list("candidate_id", "centre_id", "full_name"))


def originals():
    return set(Candidate.objects.values_list("pk", "centre_id", "full_name"))


def found(centre, text):
    return list(search_candidates(Candidate.objects.filter(centre=centre), text))


def test_a_registered_person_is_found_by_name_at_their_centre_only(centre):
    person = make_candidate(centre=centre, full_name="Shazia Parveen")
    elsewhere = CentreFactory()
    assert found(centre, "Shazia Parveen") == [person]
    assert found(centre, "Shazia Perveen") == [person]  # the spelling differs: still found
    assert found(elsewhere, "Shazia Parveen") == []
    assert copies() == originals()


def test_a_new_name_a_new_centre_and_a_removal_follow_whatever_writes_them(centre):
    person = make_candidate(centre=centre, full_name="Shazia Parveen")
    # Around the ORM's save(): a bulk update, as an erasure or a script would write it.
    Candidate.objects.filter(pk=person.pk).update(full_name="Nadia Bashir")
    assert found(centre, "Shazia Parveen") == []
    assert found(centre, "Nadia Bashir") == [person]
    other = CentreFactory()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE candidates_candidate SET centre_id = %s WHERE id = %s", [other.pk, person.pk]
        )
    assert found(centre, "Nadia Bashir") == []
    assert found(other, "Nadia Bashir") == [person]
    assert copies() == originals()
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM candidates_candidateoccupation WHERE candidate_id = %s", [person.pk]
        )
        cursor.execute(
            "DELETE FROM candidates_candidatelanguage WHERE candidate_id = %s", [person.pk]
        )
        cursor.execute("DELETE FROM candidates_candidate WHERE id = %s", [person.pk])
    assert copies() == originals() == set()


def test_a_centres_search_reads_one_partition(centre):
    make_candidate(centre=centre, full_name="Shazia Parveen")
    plan = search_candidates(Candidate.objects.filter(centre=centre), "Shazia").explain()
    partitions = {
        word for word in plan.split() if re.fullmatch(r"candidates_name_search_\d+", word)
    }
    assert len(partitions) == 1, plan
