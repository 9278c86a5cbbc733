"""A name search answers exactly what the search through the people's table answers,
in the same order, page by page, within the user's centre; with a filter beside it
too. (A name alone is ranked in the copy of the names, NameRankingPaginator: the speed
is measured by `make bench`, the answer is checked here.)"""

import pytest

from apps.candidates.filters import search_candidates
from apps.candidates.models import Candidate
from apps.candidates.views import PAGE_SIZE
from tests.factories import CentreFactory, make_candidate

pytestmark = pytest.mark.django_db

NAMES = [
    "Shazia Parveen",
    "Shazia Bibi",
    "Nadia Parveen",
    "Shazia Parveen",  # the same name twice: equals are ordered newest first
    "Parveen Akhtar",
    "Muhammad Asif",
    "Shazia Perveen",
]


def list_page(client, **params):
    response = client.get("/candidates/", params)
    assert response.status_code == 200
    return response


def through_the_people(centre, text):
    """What the search through the people's table finds, best first."""
    searched = search_candidates(Candidate.objects.filter(centre=centre), text)
    return list(searched.values_list("pk", flat=True))


@pytest.mark.parametrize("text", ["Shazia Parveen", "parveen", "Shazia", "asif", "PERV"])
def test_a_name_alone_finds_what_the_peoples_table_finds_in_its_order(client_for, centre, text):
    for name in NAMES:
        make_candidate(centre=centre, full_name=name)
    make_candidate(centre=CentreFactory(), full_name="Shazia Parveen")  # another centre's
    response = list_page(client_for("registration_officer"), q=text)
    page = response.context["page"]
    expected = through_the_people(centre, text)
    assert expected, "the example must find somebody"
    assert [person.pk for person in page] == expected
    assert page.paginator.count == len(expected)


def test_pages_of_a_common_name_follow_one_another_without_gaps(client_for, centre):
    people = [make_candidate(centre=centre, full_name="Shazia Parveen") for _ in range(30)]
    client = client_for("registration_officer")
    first = list_page(client, q="Shazia Parveen")
    second = list_page(client, q="Shazia Parveen", page=2)
    shown = [person.pk for person in first.context["page"]]
    shown += [person.pk for person in second.context["page"]]
    assert len(first.context["page"]) == PAGE_SIZE
    assert shown == sorted((person.pk for person in people), reverse=True)
    assert second.context["page"].paginator.count == 30


def test_a_page_past_the_end_answers_with_the_last_page(client_for, centre):
    make_candidate(centre=centre, full_name="Shazia Parveen")
    response = list_page(client_for("registration_officer"), q="Shazia", page=9)
    assert response.context["page"].number == 1
    assert len(response.context["page"]) == 1


def test_nobody_of_that_name_is_an_empty_first_page(client_for, centre):
    make_candidate(centre=centre, full_name="Muhammad Asif")
    response = list_page(client_for("registration_officer"), q="Zzyzx Qwerty")
    assert response.context["page"].paginator.count == 0
    assert "Nobody matches" in response.text


def test_another_centres_people_are_neither_shown_nor_counted(client_for, centre):
    stranger = make_candidate(centre=CentreFactory(), full_name="Shazia Parveen")
    response = list_page(client_for("registration_officer"), q="Shazia Parveen")
    assert response.context["page"].paginator.count == 0
    assert stranger.registration_number not in response.text


def test_a_superuser_finds_the_name_at_every_centre(client_for, centre):
    here = make_candidate(centre=centre, full_name="Shazia Parveen")
    there = make_candidate(centre=CentreFactory(), full_name="Shazia Parveen")
    response = list_page(client_for("superuser"), q="Shazia Parveen")
    assert {person.pk for person in response.context["page"]} == {here.pk, there.pk}


def test_a_name_with_a_filter_goes_through_the_peoples_table(client_for, centre):
    woman = make_candidate(centre=centre, full_name="Shazia Parveen", sex="female")
    make_candidate(centre=centre, full_name="Shazia Parveen", sex="male")
    response = list_page(client_for("registration_officer"), q="Shazia Parveen", sex="female")
    assert [person.pk for person in response.context["page"]] == [woman.pk]


@pytest.mark.parametrize("params", [{}, {"q": "Shazia"}, {"q": "Shazia", "sex": "female"}])
def test_the_list_shows_no_identifier_and_no_phone(client_for, centre, params):
    person = make_candidate(centre=centre, full_name="Shazia Parveen", sex="female")
    page = list_page(client_for("registration_officer"), **params).content.decode()
    assert person.registration_number in page
    assert person.full_cnic() not in page and person.full_cnic().replace("-", "") not in page
    assert str(person.phone.national_number) not in page
