"""If Redis goes away while the portal runs, pages still answer (slower: nothing is
cached) and nothing is lost: sessions live on in PostgreSQL, a logout still ends the
session, and what was cached is computed again. The test starts a Redis of its own and
stops it."""

import copy
import shutil
import socket
import subprocess
import time

import pytest
from django.urls import reverse

from tests.factories import TEST_PASSWORD, AgencyFactory, make_listing

pytestmark = pytest.mark.django_db

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def own_redis(settings, tmp_path):
    """A Redis started for this test, made the portal's cache; yields a function that
    stops it."""
    port = free_port()
    server = subprocess.Popen(
        [
            *(REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no", "--dir", str(tmp_path)),
        ],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            assert time.monotonic() < deadline, "the test's Redis did not start"
            time.sleep(0.05)
    caches = copy.deepcopy(settings.CACHES)
    caches["default"]["LOCATION"] = f"redis://127.0.0.1:{port}/0"
    settings.CACHES = caches  # Django's test signals reconnect the cache

    def stop():
        server.terminate()
        server.wait(timeout=10)

    yield stop
    if server.poll() is None:
        stop()


def test_pages_answer_and_sessions_live_on_when_redis_goes_away(own_redis, client, make_user):
    from django.core.cache import cache

    listing = make_listing(title_en="Building electrician")
    officer = make_user("registration_officer")
    logged_in = client.post(
        reverse("accounts:login"), {"username": officer.username, "password": TEST_PASSWORD}
    )
    assert logged_in.status_code == 302
    assert client.get(reverse("candidates:list")).status_code == 200
    visitor_page = f"{reverse('listings:list')}?q=electrician"
    assert listing.title in client.get(visitor_page).content.decode()
    cache.set("proof", "cached")
    assert cache.get("proof") == "cached"  # this test's own Redis answers

    own_redis()

    assert cache.get("proof") is None
    started = time.monotonic()
    # Still logged in: the session is read from PostgreSQL.
    assert client.get(reverse("candidates:list")).status_code == 200
    assert listing.title in client.get(visitor_page).content.decode()
    assert time.monotonic() - started < 10  # answered, not stuck retrying
    # A logout still ends the session.
    client.post(reverse("accounts:logout"))
    after = client.get(reverse("candidates:list"))
    assert after.status_code == 302 and reverse("accounts:login") in after["Location"]


def test_a_visitor_sees_the_job_pages_when_redis_is_gone(own_redis, client):
    own_redis()
    listing = make_listing(title_en="Building electrician")
    for _ in range(2):
        page = client.get(f"{reverse('listings:list')}?q=electrician")
        assert page.status_code == 200
        assert listing.title in page.content.decode()


def test_public_look_ups_are_answered_when_redis_is_gone(own_redis, client, settings):
    """The look-ups are counted in Redis (apps/core/ratelimit.py): without it, none is
    refused rather than every one."""
    settings.PORTAL_PUBLIC_LOOKUP_LIMIT = 1
    agency = AgencyFactory(licence_number="3456/LHR")
    own_redis()
    for _ in range(3):
        response = client.post(reverse("listings:licence_check"), {"agency": "3456/LHR"})
        assert response.status_code == 200
        assert agency.name in response.content.decode()
