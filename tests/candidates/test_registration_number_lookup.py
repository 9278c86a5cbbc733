"""A registration number as typed from a slip (any case, the sequence's zeros left out)
finds the person through the number's unique index: a case-insensitive comparison
made PostgreSQL read every person (360 ms among a million)."""

import pytest

from apps.candidates.filters import search_candidates
from apps.candidates.models import Candidate, normalise_registration_number
from tests.factories import CentreFactory, make_candidate

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("LHR-2026-000123", "LHR-2026-000123"),
        ("lhr-2026-000123", "LHR-2026-000123"),
        (" Lhr-2026-123 ", "LHR-2026-000123"),
        ("SKT-2025-1", "SKT-2025-000001"),
        ("ABCDE-2026-999999", "ABCDE-2026-999999"),
    ],
)
def test_a_number_is_read_as_it_is_stored(typed, stored):
    assert normalise_registration_number(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["", "LHR-2026", "LH-2026-1", "LHR-26-1", "LHR-2026-1234567", "LHR 2026 1", "3520212345671"],
)
def test_anything_else_is_not_a_number(typed):
    assert normalise_registration_number(typed) is None


def test_the_search_box_finds_a_number_typed_carelessly(client_for, centre):
    person = make_candidate(centre=centre)
    code, year, sequence = person.registration_number.split("-")
    careless = f"{code.lower()}-{year}-{int(sequence)}"
    response = client_for("registration_officer").get("/candidates/", {"q": careless})
    assert [found.pk for found in response.context["page"]] == [person.pk]


def test_the_search_compares_the_number_exactly_so_its_index_serves_it(centre):
    person = make_candidate(centre=centre)
    found = search_candidates(Candidate.objects.all(), person.registration_number.lower())
    sql = str(found.query)
    assert '"candidates_candidate"."registration_number" = ' in sql
    assert "UPPER(" not in sql
    assert list(found) == [person]


def test_another_centres_number_is_not_found(client_for, centre):
    stranger = make_candidate(centre=CentreFactory())
    response = client_for("registration_officer").get(
        "/candidates/", {"q": stranger.registration_number}
    )
    assert response.context["page"].paginator.count == 0
    assert stranger.full_name not in response.text


def test_the_desk_books_for_a_number_typed_without_its_zeros(client_for, centre):
    person = make_candidate(centre=centre)
    code, year, sequence = person.registration_number.split("-")
    response = client_for("registration_officer").post(
        "/counselling/book/", {"registration_number": f"{code}-{year}-{int(sequence)}"}
    )
    assert response.status_code == 302
    assert response.url == f"/counselling/book/{person.registration_number}/"


def test_the_plain_list_and_a_name_search_count_every_page(client_for, centre):
    for _ in range(27):
        make_candidate(centre=centre)
    client = client_for("registration_officer")
    response = client.get("/candidates/", {"page": "2"})
    assert response.context["page"].paginator.count == 27
    assert len(response.context["page"]) == 2
    assert "27 people" in response.content.decode()
    response = client.get("/candidates/", {"q": "Test Person"})
    assert response.context["page"].paginator.count == 27
