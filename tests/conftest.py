import os

import pytest
from django.conf import settings as django_settings
from django.utils import translation

from apps.accounts.roles import ROLES
from tests.factories import TEST_PASSWORD, CentreFactory, SuperuserFactory, UserFactory

ROLE_SLUGS = [role.slug for role in ROLES]

# Every test process (an xdist worker, a second checkout's run) caches under its own
# prefix on the one Redis; empty_cache deletes only its own keys.
django_settings.CACHES["default"]["KEY_PREFIX"] = f"test-{os.getpid()}"


@pytest.fixture(autouse=True)
def english_between_tests():
    """A request in Urdu leaves Urdu active in the thread; each test starts in English."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def no_login_lockout(settings):
    """django-axes wants the request at every authenticate(), which the test client's
    login() does not pass; the lockout's own tests switch it back on."""
    settings.AXES_ENABLED = False


@pytest.fixture(autouse=True)
def empty_cache():
    """The production cache (Redis), under this test process's own key prefix (set
    above), empty at each test's start and end: nothing one test caches reaches the next,
    and nothing reaches another test process or a server sharing the Redis."""
    from django.core.cache import cache

    cache.delete_pattern("*")
    yield cache
    cache.delete_pattern("*")


@pytest.fixture(autouse=True)
def public_lookups_answer_at_once(settings):
    """Public look-up pages wait out a minimum time per answer (apps/core/even_time.py);
    the tests of that waiting set one themselves."""
    settings.PORTAL_PUBLIC_LOOKUP_MIN_SECONDS = 0


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The real hasher is slow on purpose; tests create hundreds of accounts.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def notifications_in_memory(settings):
    """Messages to people go to the memory backend's outbox, empty at each test's start."""
    from apps.notifications import backends

    settings.PORTAL_NOTIFICATION_BACKEND = "apps.notifications.backends.MemoryBackend"
    backends.outbox.clear()
    yield backends.outbox
    backends.outbox.clear()


@pytest.fixture
def centre(db):
    return CentreFactory()


@pytest.fixture
def make_user(db, centre):
    """make_user("counsellor") -> an account with that role at the `centre` fixture."""

    def make(role_slug: str | None = None, **kwargs):
        if role_slug == "superuser":
            return SuperuserFactory(**kwargs)
        kwargs.setdefault("centre", centre)
        return UserFactory(role=role_slug, **kwargs)

    return make


@pytest.fixture
def client_for(client, make_user):
    """client_for("centre_manager") -> the test client logged in as a fresh account of that role."""

    def log_in(role_slug: str | None, **kwargs):
        if role_slug is None:
            return client
        user = make_user(role_slug, **kwargs)
        assert client.login(username=user.username, password=TEST_PASSWORD)
        client.user = user
        return client

    return log_in


@pytest.fixture(scope="session", autouse=True)
def no_stray_connections_at_teardown(django_db_setup, django_db_blocker):
    """Before the test database is dropped, end any session still open on it.

    A thread the tests do not own (a live-server request thread finishing late) can
    hold one, and dropping the database would then fail with a warning.
    """
    yield
    from django.db import connection

    with django_db_blocker.unblock():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        connection.close()


@pytest.fixture(autouse=True)
def uploads_in_a_temporary_folder(settings, tmp_path):
    """Files a test uploads (leaflets, recordings) go to a folder of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"
