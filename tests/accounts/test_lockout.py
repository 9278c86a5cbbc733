"""Login lockout (django-axes): by account only, never by address, and X-Forwarded-For
is never believed. Real POSTs to the login page with axes switched back on."""

import datetime
import logging

import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings as django_settings
from django.core.management import call_command
from django.urls import reverse

from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

LOGIN_URL = reverse("accounts:login")
WRONG_PASSWORD = "not-the-password-7"
DESK_ADDRESS = "10.20.30.40"  # every desk and kiosk of a centre, behind one router


@pytest.fixture(autouse=True)
def lockout_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_COOLOFF_TIME = 0.25


def log_in(client, username, password, **headers):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password},
        REMOTE_ADDR=headers.pop("REMOTE_ADDR", DESK_ADDRESS),
        **headers,
    )


def fail(client, username, times, **headers):
    for _attempt in range(times):
        log_in(client, username, WRONG_PASSWORD, **headers)


def is_locked_page(response) -> bool:
    return response.status_code == 429 and b'data-testid="locked-out"' in response.content


def logged_in_as(client, user) -> bool:
    return client.session.get("_auth_user_id") == str(user.pk)


def test_a_wrong_password_keeps_the_login_page_with_its_message(client, make_user):
    user = make_user("counsellor")
    response = log_in(client, user.username, WRONG_PASSWORD)
    assert response.status_code == 200
    assert "That username and password do not match an account." in response.content.decode()


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(client, make_user):
    user = make_user("registration_officer")
    fail(client, user.username, 4)
    assert AccessAttempt.objects.filter(username=user.username).exists()

    fifth = log_in(client, user.username, WRONG_PASSWORD)
    assert is_locked_page(fifth)  # the attempt that reaches the limit already says so

    sixth = log_in(client, user.username, TEST_PASSWORD)
    assert sixth.status_code == 429  # axes' "Too Many Requests"
    assert is_locked_page(sixth)
    page = sixth.content.decode()
    assert "Login locked for a while" in page
    assert "too many wrong passwords in a row" in page
    assert "Try again in 15 minutes" in page
    assert not logged_in_as(client, user)


def test_the_lockout_page_renders_in_urdu_right_to_left(client, make_user):
    user = make_user("counsellor")
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "ur"
    fail(client, user.username, 5)
    response = log_in(client, user.username, TEST_PASSWORD)
    assert is_locked_page(response)
    assert '<html lang="ur" dir="rtl">' in response.content.decode()


def test_the_lockout_page_follows_the_cool_off_setting(client, make_user, settings):
    settings.AXES_COOLOFF_TIME = 1  # hours
    user = make_user("counsellor")
    fail(client, user.username, 5)
    assert (
        "Try again in 60 minutes" in log_in(client, user.username, TEST_PASSWORD).content.decode()
    )


def test_another_account_at_the_same_address_is_not_affected(client, make_user):
    locked, colleague = make_user("counsellor"), make_user("counsellor")
    fail(client, locked.username, 6)

    response = log_in(client, colleague.username, TEST_PASSWORD)
    assert response.status_code == 302
    assert logged_in_as(client, colleague)


def test_x_forwarded_for_neither_bypasses_nor_spreads_the_lockout(client, make_user):
    locked, colleague = make_user("counsellor"), make_user("counsellor")
    for n in range(5):
        # A different claimed address and browser each time: still one account's count.
        log_in(
            client,
            locked.username,
            WRONG_PASSWORD,
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
            HTTP_USER_AGENT=f"Browser {n}",
        )

    bypass = log_in(client, locked.username, TEST_PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert is_locked_page(bypass)
    # The claimed addresses were never recorded: only the connection's own.
    recorded = set(AccessAttempt.objects.values_list("ip_address", flat=True))
    assert recorded == {DESK_ADDRESS}

    # A colleague claiming the locked attempts' addresses is not caught by them.
    spread = log_in(client, colleague.username, TEST_PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.0")
    assert spread.status_code == 302
    assert logged_in_as(client, colleague)


def test_a_successful_login_before_the_limit_resets_the_count(client, make_user):
    user = make_user("counsellor")
    fail(client, user.username, 4)
    assert log_in(client, user.username, TEST_PASSWORD).status_code == 302
    client.logout()

    fail(client, user.username, 4)  # would be 8 in a row without the reset
    response = log_in(client, user.username, TEST_PASSWORD)
    assert response.status_code == 302
    assert logged_in_as(client, user)


def test_after_the_cool_off_the_account_can_log_in(client, make_user):
    user = make_user("counsellor")
    fail(client, user.username, 5)
    assert is_locked_page(log_in(client, user.username, TEST_PASSWORD))

    # Every failure during the lock restarts the cool-off, so move them all back.
    AccessAttempt.objects.filter(username=user.username).update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )
    assert log_in(client, user.username, TEST_PASSWORD).status_code == 302
    assert logged_in_as(client, user)


def test_a_locked_account_is_still_locked_just_before_the_cool_off_ends(client, make_user):
    user = make_user("counsellor")
    fail(client, user.username, 5)
    AccessAttempt.objects.filter(username=user.username).update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=14)
    )
    assert is_locked_page(log_in(client, user.username, TEST_PASSWORD))


def test_an_administrator_unlocks_an_account_at_once(client, make_user):
    user = make_user("counsellor")
    fail(client, user.username, 5)
    reset(username=user.username)
    assert log_in(client, user.username, TEST_PASSWORD).status_code == 302


def test_the_unlock_command_the_readme_names_works(client, make_user):
    user, other = make_user("counsellor"), make_user("counsellor")
    fail(client, user.username, 5)
    fail(client, other.username, 5)
    call_command("axes_reset_username", user.username, verbosity=0)
    assert log_in(client, user.username, TEST_PASSWORD).status_code == 302
    client.logout()
    assert is_locked_page(log_in(client, other.username, TEST_PASSWORD))


def test_a_kiosk_device_account_is_locked_the_same_way(client, make_user):
    kiosk = make_user("kiosk")
    fail(client, kiosk.username, 5)
    assert is_locked_page(log_in(client, kiosk.username, TEST_PASSWORD))
    assert not logged_in_as(client, kiosk)


def test_the_admin_login_is_locked_too(client, make_user):
    admin = make_user("superuser")
    fail(client, admin.username, 5)
    response = client.post(
        reverse("admin:login"),
        {"username": admin.username, "password": TEST_PASSWORD},
        REMOTE_ADDR=DESK_ADDRESS,
    )
    assert is_locked_page(response)


def test_no_username_or_password_reaches_the_log(client, make_user, caplog):
    user = make_user("counsellor", username="amna.bibi.desk2")
    caplog.set_level(logging.DEBUG)
    fail(client, user.username, 5)
    log_in(client, user.username, TEST_PASSWORD)
    reset(username=user.username)
    log_in(client, user.username, TEST_PASSWORD)

    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings, "axes warns of failures and of the lockout"
    # Not at any level: the log names the account by its number instead.
    for record in caplog.records:
        line = record.getMessage()
        assert user.username not in line
        assert WRONG_PASSWORD not in line
        assert TEST_PASSWORD not in line
    assert any(f'account: "{user.pk}"' in r.getMessage() for r in warnings)


def test_the_password_typed_is_not_kept_with_the_attempt(client, make_user):
    user = make_user("counsellor")
    fail(client, user.username, 2)
    attempt = AccessAttempt.objects.get(username=user.username)
    assert WRONG_PASSWORD not in attempt.post_data
