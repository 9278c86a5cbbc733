"""OneQueryPaginator: the page and its total in one query, and the same pages as
Django's own paginator for every page number a link or a hand-typed URL can carry."""

import pytest
from django.core.paginator import Paginator

from apps.centres.models import District
from apps.core.pagination import OneQueryPaginator
from tests.factories import CentreFactory, DistrictFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seven_districts():
    for n in range(7):
        DistrictFactory(name=f"Paged {n}")
    return District.objects.filter(name_en__startswith="Paged ").order_by("name_en")


def _shown(page):
    return (
        page.number,
        page.paginator.count,
        page.paginator.num_pages,
        [row.pk for row in page.object_list],
        page.has_next(),
        page.has_previous(),
    )


@pytest.mark.parametrize("number", [1, 2, 3, "3", 4, 99, 0, -1, "", None, "abc", "2.5"])
def test_every_page_number_gives_what_djangos_paginator_gives(seven_districts, number):
    ours = OneQueryPaginator(seven_districts, 3).get_page(number)
    djangos = Paginator(seven_districts, 3).get_page(number)
    assert _shown(ours) == _shown(djangos)


def test_a_page_and_its_total_take_one_query(seven_districts, django_assert_num_queries):
    with django_assert_num_queries(1):
        page = OneQueryPaginator(seven_districts, 3).get_page(2)
        assert page.paginator.count == 7
        assert len(page.object_list) == 3
        assert page.has_next()


def test_no_rows_at_all_is_one_empty_first_page(django_assert_num_queries):
    nothing = District.objects.filter(name_en="No such district").order_by("pk")
    with django_assert_num_queries(1):  # nothing found: nothing left to count
        page = OneQueryPaginator(nothing, 3).get_page(1)
    assert (page.number, page.paginator.count, list(page.object_list)) == (1, 0, [])


def test_a_distinct_query_is_counted_without_its_duplicates(seven_districts):
    # Two centres in one district: the join yields that district twice, DISTINCT once.
    district = seven_districts.first()
    CentreFactory(district=district)
    CentreFactory(district=district)
    joined = seven_districts.filter(centres__isnull=False).distinct()
    page = OneQueryPaginator(joined, 3).get_page(1)
    assert page.paginator.count == 1
    assert [row.pk for row in page.object_list] == [district.pk]
