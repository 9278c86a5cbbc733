"""Staff sessions end after STAFF_IDLE_SECONDS without a request (shared desk computers);
kiosk devices and anonymous visitors are left alone."""

import time

import pytest
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django.urls import reverse

from apps.accounts.middleware import LAST_SEEN_KEY

pytestmark = pytest.mark.django_db

IDLE_MESSAGE = "You were logged out after a while without activity."
STAFF_ROLES = [
    "registration_officer",
    "counsellor",
    "centre_manager",
    "district_labour_officer",
    "superuser",
]
WORKSPACE = reverse("core:workspace")
IDLE = 1800


@pytest.fixture(autouse=True)
def idle_limit(settings):
    settings.STAFF_IDLE_SECONDS = IDLE


def set_last_seen(client, seconds_ago: int) -> str:
    """Pretend the last request was `seconds_ago`; returns the session's key."""
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - seconds_ago
    session.save()
    return session.session_key


def session_cookie(client_or_response) -> str:
    return client_or_response.cookies[django_settings.SESSION_COOKIE_NAME].value


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_an_idle_staff_session_ends_and_returns_to_the_page_after_login(client_for, role):
    client = client_for(role)
    client.get(WORKSPACE)
    old_key = set_last_seen(client, IDLE + 5)

    response = client.get(WORKSPACE)

    assert response.status_code == 302
    assert response.url == f"{reverse('accounts:login')}?next={WORKSPACE}"
    assert not Session.objects.filter(session_key=old_key).exists()
    assert session_cookie(response) != old_key
    assert "_auth_user_id" not in client.session

    login_page = client.get(response.url)
    assert login_page.status_code == 200
    assert IDLE_MESSAGE in login_page.content.decode()
    # Shown once only.
    assert IDLE_MESSAGE not in client.get(response.url).content.decode()


def test_the_next_page_keeps_its_path(client_for):
    client = client_for("counsellor")
    client.get(WORKSPACE)
    set_last_seen(client, IDLE + 5)
    path = reverse("accounts:team")
    assert client.get(path).url == f"{reverse('accounts:login')}?next={path}"


def test_the_idle_message_is_shown_in_urdu_right_to_left(client_for):
    client = client_for("counsellor")
    client.get(WORKSPACE)
    set_last_seen(client, IDLE + 5)
    response = client.get(WORKSPACE)
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "ur"
    page = client.get(response.url).content.decode()
    assert '<html lang="ur" dir="rtl">' in page
    assert 'class="messages"' in page


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_a_request_in_time_keeps_the_session_and_refreshes_last_seen(client_for, role):
    client = client_for(role)
    client.get(WORKSPACE)
    key = set_last_seen(client, IDLE - 60)

    response = client.get(WORKSPACE)

    assert response.status_code == 200
    assert client.session.session_key == key
    assert client.session["_auth_user_id"] == str(client.user.pk)
    assert time.time() - client.session[LAST_SEEN_KEY] < 5


def test_a_session_without_a_last_seen_time_gets_one(client_for):
    client = client_for("counsellor")
    session = client.session
    del session[LAST_SEEN_KEY]
    session.save()
    client.get(WORKSPACE)
    assert time.time() - client.session[LAST_SEEN_KEY] < 5


def test_an_idle_session_can_still_log_out(client_for):
    client = client_for("counsellor")
    client.get(WORKSPACE)
    set_last_seen(client, IDLE + 5)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert response.url == reverse("core:home")
    assert "_auth_user_id" not in client.session


def test_the_kiosk_device_is_never_logged_out_by_idle_time(client_for):
    client = client_for("kiosk")
    key = set_last_seen(client, IDLE * 10)
    cookie = session_cookie(client)

    response = client.get(reverse("kiosk:start"))

    assert response.status_code == 200
    assert client.session.session_key == key
    assert client.session["_auth_user_id"] == str(client.user.pk)
    # The middleware leaves the kiosk's session alone: no write, no new cookie.
    assert django_settings.SESSION_COOKIE_NAME not in response.cookies
    assert session_cookie(client) == cookie


def test_anonymous_requests_are_untouched(client):
    response = client.get(reverse("core:home"))
    assert response.status_code == 200
    assert django_settings.SESSION_COOKIE_NAME not in response.cookies
    assert not Session.objects.exists()


def test_a_busy_page_writes_the_session_at_most_once_a_minute(client_for):
    """Staff pages cost no session write while the last-seen time is under a minute old."""
    client = client_for("registration_officer")
    stamped = int(time.time()) - 30
    key = set_last_seen(client, 30)
    client.get(WORKSPACE)
    assert Session.objects.get(session_key=key).get_decoded()[LAST_SEEN_KEY] == stamped

    set_last_seen(client, 61)
    client.get(WORKSPACE)
    assert Session.objects.get(session_key=key).get_decoded()[LAST_SEEN_KEY] >= stamped + 30


def test_logging_in_starts_the_idle_clock(client_for):
    client = client_for("counsellor")
    assert abs(client.session[LAST_SEEN_KEY] - time.time()) < 5
