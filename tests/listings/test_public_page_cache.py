"""Whole public job pages kept for visitors who are not logged in (apps/core/page_cache.py).

A kept page costs one query (the version of the public listings); every change that can
alter it retires it at once, each visitor gets their own CSRF token, and nobody logged
in ever gets a kept page."""

import re
import threading

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from apps.listings.models import JobListing, PublicListingsVersion
from tests.factories import make_listing

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def pages_kept(settings, empty_cache):
    settings.PORTAL_PUBLIC_PAGE_SECONDS = 300


def visit(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, len(queries)


def search_path(text="electrician"):
    return f"{reverse('listings:list')}?q={text}"


def test_a_second_visitor_gets_the_kept_page_for_one_query():
    listing = make_listing(title_en="Building electrician")
    first, first_queries = visit(Client(), search_path())
    second, second_queries = visit(Client(), search_path())
    assert first.status_code == second.status_code == 200
    assert f'href="{listing.get_absolute_url()}"' in second.content.decode()
    assert first_queries > 1
    assert second_queries == 1  # the version of the public listings, nothing else


def test_each_visitor_gets_their_own_working_csrf_token():
    make_listing()
    visitors = [Client(enforce_csrf_checks=True) for _ in range(2)]
    pages = [visit(visitor, search_path())[0] for visitor in visitors]
    tokens = [TOKEN.findall(page.content.decode()) for page in pages]
    assert all(tokens) and tokens[0] != tokens[1]
    assert "csrf-token-of-this-visitor" not in pages[1].content.decode()
    # The kept page's switcher works for the second visitor with their own cookie.
    switched = visitors[1].post(
        reverse("set_language"),
        {"language": "ur", "next": search_path(), "csrfmiddlewaretoken": tokens[1][0]},
    )
    assert switched.status_code == 302
    # And the first visitor's token is no use to the second.
    refused = visitors[1].post(
        reverse("set_language"),
        {"language": "ur", "next": "/", "csrfmiddlewaretoken": "x" * 64},
    )
    assert refused.status_code == 403


def test_a_withdrawn_listing_leaves_the_kept_search_and_its_page_at_once():
    listing = make_listing(title_en="Building electrician")
    detail = listing.get_absolute_url()
    assert visit(Client(), detail)[0].status_code == 200
    assert listing.title in visit(Client(), search_path())[0].content.decode()
    listing.status = "closed"
    listing.save()
    assert visit(Client(), detail)[0].status_code == 404
    found = visit(Client(), search_path())[0]
    assert found.context["page"].paginator.count == 0


def test_a_suspended_agency_takes_its_listings_off_the_kept_pages():
    listing = make_listing(title_en="Building electrician")
    assert visit(Client(), listing.get_absolute_url())[0].status_code == 200
    listing.agency.status = "suspended"
    listing.agency.save()
    assert visit(Client(), listing.get_absolute_url())[0].status_code == 404


@pytest.mark.django_db(transaction=True)
def test_a_change_committed_by_another_server_retires_this_servers_pages():
    """Each process keeps its own pages; the version lives in the database, so a change
    saved anywhere is seen everywhere."""
    make_listing(title_en="Building electrician")
    visit(Client(), search_path())
    assert visit(Client(), search_path())[1] == 1

    def another_server_changes_a_listing():
        PublicListingsVersion.bump()
        connection.close()

    elsewhere = threading.Thread(target=another_server_changes_a_listing)
    elsewhere.start()
    elsewhere.join()
    assert visit(Client(), search_path())[1] > 1  # drawn afresh


def test_a_change_rolled_back_keeps_the_version():
    before = PublicListingsVersion.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        make_listing()
        raise RuntimeError
    assert PublicListingsVersion.current() == before


def test_pages_are_kept_per_language():
    make_listing(title_en="Building electrician", title_ur="بلڈنگ الیکٹریشن")
    english, urdu = Client(), Client()
    urdu.cookies["django_language"] = "ur"
    visit(english, search_path())
    page = visit(urdu, search_path())[0]
    assert 'lang="ur"' in page.content.decode()
    assert "بلڈنگ الیکٹریشن" in page.content.decode()


@pytest.mark.parametrize("role", ["registration_officer", "kiosk", "centre_manager"])
def test_nobody_logged_in_gets_or_leaves_a_kept_page(client_for, role):
    make_listing(title_en="Building electrician")
    client = client_for(role)
    for _ in range(2):
        response, queries = visit(client, search_path())
        assert response.status_code == 200
        assert queries > 1
    assert visit(Client(), search_path())[1] > 1  # their pages were not kept either


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page_showing_it():
    make_listing(title_en="Building electrician")
    visit(Client(), search_path())  # kept
    visitor = Client()
    visitor.cookies["messages"] = message_cookie("Your session at the kiosk has ended.")
    page = visitor.get(search_path())
    assert "Your session at the kiosk has ended." in page.content.decode()


def message_cookie(text: str) -> str:
    """The cookie in which Django's message framework carries `text` to the next page."""
    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(constants.INFO, text)
    response = HttpResponse()
    storage.update(response)
    return response.cookies["messages"].value


def test_a_missing_listing_is_not_kept():
    path = reverse("listings:detail", args=[987654])
    assert visit(Client(), path)[0].status_code == 404
    assert visit(Client(), path)[1] > 1


# What a search found is kept for logged-in users too (kiosks, desks): the listings'
# numbers and the total, never the page, which is theirs.


def found_titles(response):
    return [listing.title for listing in response.context["page"]]


@pytest.mark.parametrize("role", ["kiosk", "registration_officer"])
def test_a_logged_in_search_reads_what_was_found_by_number_the_second_time(client_for, role):
    for n in range(25):
        make_listing(title_en=f"Building electrician {n:02}")
    client = client_for(role)
    first = client.get(search_path() + "&page=2")
    with CaptureQueriesContext(connection) as queries:
        second = client.get(search_path() + "&page=2")
    assert found_titles(second) == found_titles(first) and len(found_titles(second)) == 5
    assert second.context["page"].paginator.count == 25
    assert second.context["page"].number == 2
    searches = [query["sql"] for query in queries if "ts_rank" in query["sql"]]
    assert not searches  # read by number, not ranked again


def test_what_was_found_is_looked_for_again_after_a_change(client_for):
    listing = make_listing(title_en="Building electrician")
    client = client_for("kiosk")
    assert found_titles(client.get(search_path())) == ["Building electrician"]
    listing.status = "closed"
    listing.save()
    assert found_titles(client.get(search_path())) == []
    make_listing(title_en="Site electrician")
    assert found_titles(client.get(search_path())) == ["Site electrician"]


def test_a_search_with_a_mistake_is_not_kept(client_for, empty_cache):
    make_listing(title_en="Building electrician")
    client = client_for("registration_officer")
    for _ in range(2):
        response = client.get(search_path() + "&district=nowhere")
        assert response.context["filter"].errors
        assert 'value="electrician"' in response.content.decode()  # what was typed stays
    assert not [key for key in empty_cache._cache if "listings:found" in key]
    client.get(search_path())  # the same search without the mistake is kept
    assert [key for key in empty_cache._cache if "listings:found" in key]


# Each listing's card is kept for everyone under its number, the language and the
# version of the public listings: the same card for a kiosk, a desk and a visitor.

CARD = "listings/_listing_card.html"


def cards_drawn(response):
    return [template.name for template in response.templates].count(CARD)


def test_a_listing_card_is_drawn_once_and_then_kept_for_everyone(client_for):
    for n in range(3):
        make_listing(title_en=f"Building electrician {n}")
    officer_page = client_for("registration_officer").get(search_path())
    assert cards_drawn(officer_page) == 3
    # The same client, now the kiosk device, asks another search finding the same jobs.
    again = client_for("kiosk").get(search_path() + "&sort=deadline")
    assert cards_drawn(again) == 0
    assert sorted(found_titles(again)) == sorted(found_titles(officer_page))
    for listing in again.context["page"]:
        assert f'href="{listing.get_absolute_url()}">{listing.title}</a>' in again.content.decode()


def test_a_changed_listing_shows_its_new_card_at_once(client_for):
    listing = make_listing(title_en="Building electrician", vacancies=3)
    client = client_for("kiosk")
    assert "3 vacancies" in client.get(search_path()).content.decode()
    listing.vacancies = 7
    listing.save()
    page = client.get(search_path())
    assert "7 vacancies" in page.content.decode()
    assert "3 vacancies" not in page.content.decode()
    listing.employer.name = "Gulf Builders Renamed"
    listing.employer.save()
    assert "Gulf Builders Renamed" in client.get(search_path()).content.decode()


def test_cards_are_kept_per_language(client_for):
    make_listing(title_en="Building electrician")
    client = client_for("kiosk")
    english = client.get(search_path()).content.decode()
    client.cookies["django_language"] = "ur"
    urdu = client.get(search_path()).content.decode()
    assert "Apply by" in english
    assert "Apply by" not in urdu


# A kept search whose cards are all kept reads no listing: each is known by its number
# until a card has to be drawn, and then the page's listings are read in one query.


def listings_read(queries):
    """The queries that read listings with what a card shows (employer, agency, pay)."""
    return [query["sql"] for query in queries if '"listings_employer"' in query["sql"]]


def test_a_kept_search_with_every_card_kept_reads_no_listing(client_for):
    for n in range(3):
        make_listing(title_en=f"Building electrician {n}")
    client_for("registration_officer").get(search_path())
    kiosk = client_for("kiosk")
    with CaptureQueriesContext(connection) as queries:
        again = kiosk.get(search_path())
    assert cards_drawn(again) == 0
    assert not listings_read(queries)
    assert again.content.decode().count('data-testid="listing-card"') == 3


def test_cards_not_kept_read_the_pages_listings_in_one_query(client_for, empty_cache):
    listings = [make_listing(title_en=f"Building electrician {n}") for n in range(3)]
    client = client_for("registration_officer")
    client.get(search_path())
    caches_job_cards().clear()  # what was found is still kept; its cards are not
    with CaptureQueriesContext(connection) as queries:
        again = client.get(search_path())
    assert cards_drawn(again) == 3
    assert len(listings_read(queries)) == 1
    for listing in listings:
        assert f'href="{listing.get_absolute_url()}">{listing.title}</a>' in again.text


def test_a_listing_closed_without_the_portal_leaves_the_kept_search(client_for):
    """A change made past the portal (SQL, QuerySet.update) raises no version: the kept
    numbers are still checked against the open listings."""
    kept_open = make_listing(title_en="Building electrician")
    closed = make_listing(title_en="Site electrician")
    client = client_for("kiosk")
    assert sorted(found_titles(client.get(search_path()))) == [
        "Building electrician",
        "Site electrician",
    ]
    JobListing.objects.filter(pk=closed.pk).update(status="closed", closed_at=timezone.now())
    page = client.get(search_path())
    assert found_titles(page) == ["Building electrician"]
    assert f'href="{kept_open.get_absolute_url()}"' in page.text
    assert f'href="{closed.get_absolute_url()}"' not in page.text


def caches_job_cards():
    from django.core.cache import caches

    return caches["job_cards"]
