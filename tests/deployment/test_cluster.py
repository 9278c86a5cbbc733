"""Two gunicorn instances behind nginx, sharing the test database: a staff login and a
kiosk registration carry on whichever instance answers (no sticky sessions).

The instances are real production processes (deploy/processes.py, as `make run-cluster`
starts them); the test talks to nginx only, over plain HTTP with its own cookie jar, and
reads from nginx's X-Upstream header which instance answered each request.
"""

import datetime
import http.client
import http.cookies
import os
import re
import tempfile
import urllib.parse
from pathlib import Path

import pytest
from django.conf import global_settings, settings
from django.db import connection
from django.utils import timezone

from apps.candidates.models import Candidate
from deploy import processes
from tests.factories import TEST_PASSWORD, consent_text, ensure_occupation, make_candidate

pytestmark = pytest.mark.django_db(transaction=True)

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    """Just enough of a browser: a cookie jar, the CSRF form token, and an Origin header
    on POSTs (Django checks it against the Host nginx passes on)."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.upstreams: list[str] = []

    def request(self, method: str, path: str, data: dict | None = None):
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://127.0.0.1:{self.port}"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.text = response.read().decode()
        finally:
            conn.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in http.cookies.SimpleCookie(header).items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        self.upstreams.append(response.headers["X-Upstream"])
        return response

    def get(self, path: str):
        return self.request("GET", path)

    def post(self, path: str, data: dict, *, token_from: str | None = None):
        """POST with the CSRF token of the form at `token_from` (default: `path`)."""
        form = self.get(token_from or path)
        assert form.status == 200, (token_from or path, form.status)
        token = CSRF_INPUT.search(form.text).group(1)
        return self.request("POST", path, {**data, "csrfmiddlewaretoken": token})

    def log_in(self, username: str):
        response = self.post("/accounts/login/", {"username": username, "password": TEST_PASSWORD})
        assert response.status == 302, response.text[:500]
        assert "/accounts/login" not in response.headers["Location"]


@pytest.fixture(scope="module")
def servers(django_db_setup):
    """nginx on a free port in front of two single-worker gunicorn instances, on the
    test database (started once for this file)."""
    if processes.nginx_binary() is None:
        message = "nginx is not installed: `make test` installs it (apt-get install nginx)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    db = connection.settings_dict
    database_url = (
        f"postgres://{urllib.parse.quote(db['USER'] or '')}:"
        f"{urllib.parse.quote(db['PASSWORD'] or '')}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )
    env = processes.production_env(
        database_url,
        DJANGO_ENV_FILE="/dev/null",
        # The same secrets as this process, so the data the tests write can be read.
        DJANGO_SECRET_KEY=settings.SECRET_KEY,
        PORTAL_ENCRYPTION_KEYS=",".join(settings.PORTAL_ENCRYPTION_KEYS),
        PORTAL_IDENTIFIER_HASH_KEY=settings.PORTAL_IDENTIFIER_HASH_KEY,
        DATABASE_CONN_MAX_AGE="0",
        # This test process's keys on the shared Redis, emptied between tests with its data.
        PORTAL_CACHE_PREFIX=settings.CACHES["default"]["KEY_PREFIX"],
    )
    with tempfile.TemporaryDirectory(prefix="mrc-cluster-test-") as run_dir:
        run_dir = Path(run_dir)
        run_dir.chmod(0o755)
        ports = [processes.free_port(), processes.free_port()]
        started = []
        try:
            for number, port in enumerate(ports, start=1):
                started.append(
                    processes.start_gunicorn(
                        port, env=env, run_dir=run_dir, name=f"instance{number}", workers=1
                    )
                )
            for port, instance in zip(ports, started, strict=True):
                processes.wait_for_http(f"http://127.0.0.1:{port}/healthz", process=instance)
            proxy_port = processes.free_port()
            proxy = processes.start_nginx(
                run_dir=run_dir, listen_port=proxy_port, upstream_ports=ports
            )
            started.append(proxy)
            processes.wait_for_http(f"http://127.0.0.1:{proxy_port}/healthz", process=proxy)
            yield {"port": proxy_port, "instances": {f"127.0.0.1:{port}" for port in ports}}
        finally:
            processes.stop(*reversed(started))


@pytest.fixture
def cluster(servers, transactional_db, settings):
    # The servers check passwords with the real hasher, not the tests' fast one.
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    return servers


def test_a_staff_session_stays_logged_in_on_both_instances(cluster, make_user, centre):
    officer = make_user("registration_officer")
    person = make_candidate(centre=centre, cnic="35202-7654321-1", full_name="Kashif Iqbal")
    browser = Browser(cluster["port"])
    browser.log_in(officer.username)
    browser.upstreams.clear()

    for _ in range(4):
        page = browser.get("/candidates/")
        assert page.status == 200, page.headers.get("Location")
        assert person.registration_number in page.text
    # The form comes from one instance, the POST goes to the other: the CSRF secret and
    # the session are the same everywhere.
    found = browser.post("/candidates/", {"q": "35202-7654321-1"})
    assert found.status == 200
    assert person.registration_number in found.text

    assert set(browser.upstreams) == cluster["instances"]
    # Round robin: no two requests in a row went to the same instance.
    assert all(a != b for a, b in zip(browser.upstreams, browser.upstreams[1:], strict=False))


def test_a_kiosk_registration_walks_through_both_instances_to_the_slip(cluster, make_user, centre):
    consent_text("en")
    trade = ensure_occupation("5322", "Home-based Personal Care Workers")
    trade.kiosk_order, trade.kiosk_icon = 1, "person-wheelchair"
    trade.save()
    kiosk = make_user("kiosk")
    available = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    screens = {
        "identity": {
            "full_name": "Nadia Bibi",
            "relation_name": "Abdul Rehman",
            "sex": "female",
            "date_of_birth": "1994-03-05",
            "cnic": "35202-1111111-1",
        },
        "contact": {
            "phone": "0301 2345678",
            "home_district": centre.district_id,
            "address": "Street 1, Lahore",
        },
        "education": {"education": "intermediate", "language_ur": "fluent"},
        "work": {"occupations": [trade.pk], "years_5322": "4"},
        "destinations": {"destination_countries": ["AE"], "available_from": available},
        "consent": {"heard_about": "radio_tv", "consent": "on", "messages": "yes"},
    }
    browser = Browser(cluster["port"])
    browser.log_in(kiosk.username)
    browser.upstreams.clear()

    for step, answers in screens.items():
        response = browser.post(f"/kiosk/register/{step}/", {**answers, "action": "next"})
        assert response.status == 302, (step, response.text[:2000])
    review = browser.get("/kiosk/register/review/")
    assert review.status == 200 and "Nadia Bibi" in review.text
    submitted = browser.post("/kiosk/register/submit/", {}, token_from="/kiosk/register/review/")
    assert submitted.status == 302
    assert submitted.headers["Location"] == "/kiosk/slip/"
    slip = browser.get("/kiosk/slip/")
    assert slip.status == 200

    candidate = Candidate.objects.get(full_name="Nadia Bibi")
    assert candidate.channel == Candidate.Channel.KIOSK
    assert candidate.registered_by == kiosk
    assert candidate.registration_number in slip.text
    assert set(browser.upstreams) == cluster["instances"]
