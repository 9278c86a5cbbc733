"""The two logged-in floors `make bench` measures beside the bare view (bench/views.py):
served under the benchmark's settings only, and only to a logged-in user."""

import importlib

import pytest

pytestmark = pytest.mark.django_db

FLOORS = ["/bench/floor/account/", "/bench/floor/page/"]


@pytest.fixture
def bench_urls(settings):
    settings.ROOT_URLCONF = "bench.urls"


def test_the_benchmarks_settings_are_productions_but_for_the_urls():
    bench_settings = importlib.import_module("bench.settings")
    portal_settings = importlib.import_module("mrc_portal.settings")  # the module as read
    differing = {
        name
        for name in dir(bench_settings)
        if name.isupper() and getattr(bench_settings, name) != getattr(portal_settings, name)
    }
    assert differing == {"ROOT_URLCONF"}
    assert bench_settings.ROOT_URLCONF == "bench.urls"


@pytest.mark.parametrize("path", FLOORS)
def test_the_portal_itself_has_no_floors(client_for, path):
    assert client_for("registration_officer").get(path).status_code == 404


@pytest.mark.parametrize("path", FLOORS)
def test_a_visitor_is_sent_to_the_login_page(bench_urls, client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_account_floor_reads_the_account_and_draws_nothing(
    bench_urls, client_for, django_assert_num_queries
):
    client = client_for("registration_officer")
    # The account with its permissions; the session comes from Redis.
    with django_assert_num_queries(1):
        response = client.get("/bench/floor/account/")
    assert response.status_code == 200
    assert response.content.startswith(b"ok ")
    assert "no-store" in response["Cache-Control"]


def test_the_page_floor_is_the_portals_layout_around_nothing(bench_urls, client_for):
    response = client_for("registration_officer").get("/bench/floor/page/")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'data-testid="nav-links"' in page and "portal-footer" in page
    assert 'data-testid="bench-floor"' in page
    assert "no-store" in response["Cache-Control"]
