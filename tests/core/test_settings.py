"""Settings come from the environment; production refuses to be unsafe."""

import os
import subprocess
import sys

from django.conf import settings

IDENTIFIER_KEYS = {
    "PORTAL_ENCRYPTION_KEYS": "x6iq0QHlmyCrWXLVO3oOXZOTQWP1gpyYBVr6ZnBpy8E=",
    "PORTAL_IDENTIFIER_HASH_KEY": "a-test-only-hash-key-that-is-long-enough",
}

PRODUCTION_ENV = {
    **IDENTIFIER_KEYS,
    "DJANGO_SECRET_KEY": "p" * 20 + "-production-secret-key-with-enough-entropy-9f8e7d6c5b4a",
    "DJANGO_DEBUG": "false",
    "DJANGO_ALLOWED_HOSTS": "mrc.example.gov.pk",
    "DJANGO_HTTPS": "true",
}


def manage(*args, env_overrides=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PORTAL_"))}
    env["DJANGO_ENV_FILE"] = "/dev/null"  # the developer's .env must not leak in
    env.update(IDENTIFIER_KEYS)
    env.update(env_overrides or {})
    return subprocess.run(
        [sys.executable, str(settings.BASE_DIR / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=settings.BASE_DIR,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_with_the_documented_production_variables(tmp_path):
    result = manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_without_them():
    result = manage(
        "check",
        "--deploy",
        env_overrides={"DJANGO_SECRET_KEY": PRODUCTION_ENV["DJANGO_SECRET_KEY"]},
    )
    assert "security.W004" in result.stderr  # no HSTS
    assert "security.W008" in result.stderr  # no HTTPS redirect


def test_debug_is_off_unless_set():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.DEBUG, s.TIME_ZONE, s.USE_TZ)",
        env_overrides={"DJANGO_SECRET_KEY": "x" * 60},
    )
    assert result.stdout.split()[-3:] == ["False", "Asia/Karachi", "True"], result.stderr


def test_a_missing_secret_key_stops_the_server_with_a_clear_message():
    result = manage("check", env_overrides={})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_a_database_other_than_postgres_is_refused():
    result = manage(
        "check",
        env_overrides={"DJANGO_SECRET_KEY": "x" * 60, "DATABASE_URL": "sqlite:///tmp/db.sqlite3"},
    )
    assert result.returncode != 0
    assert "PostgreSQL" in result.stderr


def test_tests_run_on_postgres():
    assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def test_an_absent_postgres_is_reported_in_one_line_with_the_command_that_starts_it():
    result = manage(
        "ensure_database",
        env_overrides={
            "DJANGO_SECRET_KEY": "x" * 60,
            "DATABASE_URL": "postgres://postgres@127.0.0.1:1/mrc_portal",
        },
    )
    assert result.returncode != 0
    error_lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(error_lines) == 1, result.stderr
    assert "PostgreSQL does not answer at 127.0.0.1:1" in error_lines[0]
    assert "pg_ctlcluster --skip-systemctl-redirect" in error_lines[0]
