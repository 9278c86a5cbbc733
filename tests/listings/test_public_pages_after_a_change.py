"""Public job pages are cached (apps/listings/cache.py), and a person who saw one sees
any change to it on the next request, however the change was written: the admin, a
service, QuerySet.update(), bulk_update, bulk_create or raw SQL. Checked for a visitor
(whole pages cached) and for the kiosk (the search's content cached for everyone)."""

import datetime
import re
import threading
from decimal import Decimal

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from apps.listings import services
from apps.listings.models import CurrencyRate, JobListing, ListingLanguage, RecruitmentAgency
from apps.occupations.models import Occupation
from tests.factories import SuperuserFactory, make_listing

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def search(text="electrician") -> str:
    return f"{reverse('listings:list')}?q={text}"


@pytest.fixture(params=["visitor", "kiosk"])
def person(request, client_for):
    """Someone looking at the job pages: a visitor not logged in, or the kiosk."""
    return Client() if request.param == "visitor" else client_for("kiosk")


@pytest.fixture
def listing():
    return make_listing(title_en="Building electrician", vacancies=3)


def text_of(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_a_listing_closed_through_the_admin(person, listing, client):
    assert "Building electrician" in text_of(person, search())
    client.force_login(SuperuserFactory())
    client.post(
        reverse("admin:listings_joblisting_changelist"),
        {"action": "close_selected", "_selected_action": [listing.pk]},
    )
    assert "Building electrician" not in text_of(person, search())
    assert person.get(listing.get_absolute_url()).status_code == 404


def test_a_listing_closed_by_the_service(person, listing):
    assert person.get(listing.get_absolute_url()).status_code == 200
    services.close_listing(listing=listing, by=listing.created_by)
    assert person.get(listing.get_absolute_url()).status_code == 404
    assert "0 jobs found" in text_of(person, search())


def test_a_listing_closed_by_queryset_update(person, listing):
    assert "Building electrician" in text_of(person, search())
    JobListing.objects.filter(pk=listing.pk).update(status="closed", closed_at=timezone.now())
    assert "Building electrician" not in text_of(person, search())


def test_vacancies_changed_by_save(person, listing):
    assert "3 vacancies" in text_of(person, search())
    listing.vacancies = 7
    listing.save()
    page = text_of(person, search())
    assert "7 vacancies" in page and "3 vacancies" not in page


def test_search_words_rewritten_by_bulk_update(person, listing):
    """refresh_listing_search rewrites every listing's words with bulk_update."""
    assert "Building electrician" not in text_of(person, search("wireman"))
    Occupation.objects.filter(pk=listing.occupation_id).update(title_en="Wireman electricians")
    call_command("refresh_listing_search", verbosity=0)
    assert "Building electrician" in text_of(person, search("wireman"))


def test_languages_added_by_bulk_create(person, listing):
    assert "Arabic" not in text_of(person, listing.get_absolute_url())
    ListingLanguage.objects.bulk_create(
        [ListingLanguage(listing=listing, language="ar", level="basic")]
    )
    assert "Arabic" in text_of(person, listing.get_absolute_url())


def test_an_agency_suspended_in_raw_sql(person, listing):
    assert "Building electrician" in text_of(person, search())
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {RecruitmentAgency._meta.db_table} SET status = 'suspended' WHERE id = %s",
            [listing.agency_id],
        )
    assert "Building electrician" not in text_of(person, search())


def test_an_expired_licence(person, listing):
    assert person.get(listing.get_absolute_url()).status_code == 200
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    RecruitmentAgency.objects.filter(pk=listing.agency_id).update(licence_valid_until=yesterday)
    assert person.get(listing.get_absolute_url()).status_code == 404


def test_an_employer_renamed(person, listing):
    assert "Gulf Builders Renamed" not in text_of(person, search())
    listing.employer.name = "Gulf Builders Renamed"
    listing.employer.save()
    assert "Gulf Builders Renamed" in text_of(person, search())


def test_a_currency_rate_changed_through_the_admin(person, listing, client):
    CurrencyRate.objects.update_or_create(
        currency="SAR", defaults={"rupees": Decimal("75"), "as_of": timezone.localdate()}
    )
    assert "135,000–165,000" in text_of(person, search())  # 1,800 to 2,200 SAR at 75
    rate = CurrencyRate.objects.get(currency="SAR")
    client.force_login(SuperuserFactory())
    changed = client.post(
        reverse("admin:listings_currencyrate_change", args=[rate.pk]),
        {"currency": "SAR", "rupees": "80", "as_of": timezone.localdate().isoformat()},
    )
    assert changed.status_code == 302
    page = text_of(person, search())
    assert "144,000–176,000" in page and "165,000" not in page


@pytest.mark.django_db(transaction=True)
def test_a_change_committed_by_another_server():
    """The version lives in the database, so a change any server or psql commits retires
    every server's cached pages."""
    listing = make_listing(title_en="Building electrician")
    visitor = Client()
    assert "Building electrician" in text_of(visitor, search())

    def another_server_closes_it():
        JobListing.objects.filter(pk=listing.pk).update(status="closed", closed_at=timezone.now())
        connection.close()

    elsewhere = threading.Thread(target=another_server_closes_it)
    elsewhere.start()
    elsewhere.join()
    assert "Building electrician" not in text_of(visitor, search())


def test_a_second_visitor_gets_the_cached_page(listing, django_assert_max_num_queries):
    text_of(Client(), search())
    with django_assert_max_num_queries(1):  # the version of the public listings
        assert "Building electrician" in text_of(Client(), search())


def test_each_visitor_gets_their_own_working_csrf_token(listing):
    visitors = [Client(enforce_csrf_checks=True) for _ in range(2)]
    pages = [text_of(visitor, search()) for visitor in visitors]
    tokens = [TOKEN.findall(page) for page in pages]
    assert all(tokens) and tokens[0] != tokens[1]
    assert "csrf-token-of-this-visitor" not in pages[1]
    switched = visitors[1].post(
        reverse("set_language"),
        {"language": "ur", "next": search(), "csrfmiddlewaretoken": tokens[1][0]},
    )
    assert switched.status_code == 302
    refused = visitors[1].post(
        reverse("set_language"),
        {"language": "ur", "next": "/", "csrfmiddlewaretoken": "x" * 64},
    )
    assert refused.status_code == 403


def test_pages_are_cached_per_language(person):
    make_listing(title_en="Building electrician", title_ur="بلڈنگ الیکٹریشن")
    english = text_of(person, search())
    person.cookies["django_language"] = "ur"
    urdu = text_of(person, search())
    assert 'lang="ur"' in urdu and "بلڈنگ الیکٹریشن" in urdu
    assert "Apply by" in english and "Apply by" not in urdu


def test_staff_never_get_a_visitors_page_nor_leave_theirs(client_for, listing):
    text_of(Client(), search())
    officer = client_for("registration_officer")
    page = text_of(officer, search())
    assert 'data-testid="signed-in-as"' in page  # their own header, not a visitor's page
    assert 'data-testid="signed-in-as"' not in text_of(Client(), search())


def test_the_kiosk_and_a_desk_see_their_own_buttons_for_the_same_search(client_for, listing):
    desk = text_of(client_for("registration_officer"), search())
    kiosk = text_of(client_for("kiosk"), search())
    assert "Main menu" in kiosk and "Main menu" not in desk


def test_a_visitor_with_a_message_waiting_sees_it(listing):
    text_of(Client(), search())
    visitor = Client()
    visitor.cookies["messages"] = message_cookie("Your session at the kiosk has ended.")
    assert "Your session at the kiosk has ended." in text_of(visitor, search())


def message_cookie(text: str) -> str:
    """The cookie in which Django's message framework carries `text` to the next page."""
    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(constants.INFO, text)
    response = HttpResponse()
    storage.update(response)
    return response.cookies["messages"].value


def test_a_search_with_a_mistake_shows_what_was_typed_each_time(person, listing):
    for _ in range(2):
        page = text_of(person, search() + "&min_pay=lots")
        assert 'value="electrician"' in page and 'value="lots"' in page
        assert "Enter a whole number." in page


def test_pages_of_a_search_stay_apart(person):
    for n in range(25):
        make_listing(title_en=f"Building electrician {n:02}")
    first, second = text_of(person, search()), text_of(person, search() + "&page=2")
    assert "25 jobs found" in first and "25 jobs found" in second
    assert first.count('data-testid="listing-card"') == 20
    assert second.count('data-testid="listing-card"') == 5
