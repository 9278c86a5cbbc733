"""The load of `make bench`: one locust User class per page, run one at a time by
bench/run.py (`locust -f bench/locustfile.py --headless ... <UserClass>`).

Runs in its own virtualenv (.venv-bench, requirements-bench.txt): gevent, which locust
needs, must never be imported beside Django. The data comes from the JSON file that
`manage.py bench_fixture` wrote (BENCH_FIXTURE).

Staff users log in once each through the real login form (CSRF and all) before the
measured window. When every user is ready, BENCH_WARMUP seconds of load warm the
workers; then the statistics start from zero and run for BENCH_SECONDS, and locust
stops by itself, so that logins and cold caches are not counted. With BENCH_RATE the
users together ask about BENCH_RATE times a second, each pausing a random, exponentially
distributed time between requests, as people who do not click in step (the steady run;
users pausing exactly alike would all ask at the same instant and queue behind each
other); without, each asks again as soon as it is answered (the saturation run).

Every measured request checks its answer: the status, no redirect (a redirect to the
login page would be a lost session), and for the searches that the person searched for
is on the page.
"""

import json
import os
import random
import re
import sys
import time
import urllib.parse
from pathlib import Path

import gevent
from locust import FastHttpUser, constant, events, task
from locust.exception import StopUser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scenarios import SCENARIOS_BY_CLASS

FIXTURE = json.loads(Path(os.environ["BENCH_FIXTURE"]).read_text())
PASSWORD = os.environ.get("BENCH_PASSWORD", "mrc-demo-2026")
USERS = int(os.environ.get("BENCH_USERS", "10"))
SETUP_TIMEOUT = float(os.environ.get("BENCH_SETUP_TIMEOUT", "180"))
WARMUP_SECONDS = float(os.environ.get("BENCH_WARMUP", "5"))
MEASURED_SECONDS = float(os.environ.get("BENCH_SECONDS", "30"))
# Requests per second offered by all users together; 0: each user asks again as soon as
# it has its answer (the saturation run).
RATE = float(os.environ.get("BENCH_RATE", "0"))
EARLY_FAILURES_FILE = os.environ.get("BENCH_EARLY_FAILURES")
CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
SETUP = "(setup) "

# Failures before the measured window (logins, warm-up): the statistics are reset when
# it starts, so these are kept here and written out for the driver.
early_failures: list[str] = []
measuring = False
ready_users = failed_users = 0
# One iterator shared by every user of the process (gevent: no two take at once).
kiosk_sessions = iter(FIXTURE["kiosk_sessions"])


@events.test_start.add_listener
def run_the_measured_window(environment, **_kwargs):
    """Every user logged in, then BENCH_WARMUP seconds of load, then statistics from
    zero for BENCH_SECONDS, then stop: the window is the same for every page however
    long the logins took."""

    def control():
        global measuring
        deadline = time.monotonic() + SETUP_TIMEOUT
        while ready_users + failed_users < USERS and time.monotonic() < deadline:
            gevent.sleep(0.1)
        if ready_users < USERS:
            early_failures.append(f"only {ready_users} of {USERS} users ready in time")
        gevent.sleep(WARMUP_SECONDS)
        environment.stats.reset_all()
        measuring = True
        gevent.sleep(MEASURED_SECONDS)
        environment.runner.stop()
        # The CSV files are rewritten every second: let them take the final numbers.
        gevent.sleep(1.5)
        environment.runner.quit()

    gevent.spawn(control)


@events.request.add_listener
def remember_early_failures(request_type, name, exception, **_kwargs):
    if exception and not measuring and len(early_failures) < 100:
        early_failures.append(f"{request_type} {name}: {exception}")


@events.quitting.add_listener
def write_early_failures(environment, **_kwargs):
    if EARLY_FAILURES_FILE:
        Path(EARLY_FAILURES_FILE).write_text(json.dumps(early_failures))


def random_pause(user) -> float:
    """Seconds until this user's next request: arrivals at RATE a second in all."""
    return random.expovariate(RATE / USERS)


class PortalUser(FastHttpUser):
    abstract = True
    wait_time = random_pause if RATE else constant(0)
    account: str = "anonymous"

    @property
    def label(self) -> str:
        return SCENARIOS_BY_CLASS[type(self).__name__].label

    def on_start(self):
        global ready_users, failed_users
        try:
            if self.account != "anonymous":
                self.log_in(FIXTURE["accounts"][self.account])
            self.set_up()
        except StopUser:
            failed_users += 1
            raise
        ready_users += 1

    def set_up(self):
        """What a user does once after logging in, before the measured requests."""

    def csrf_token_of(self, path: str) -> str:
        with self.client.get(path, name=SETUP + path, catch_response=True) as response:
            found = CSRF_INPUT.search(response.content or b"")
            if response.status_code != 200 or not found:
                response.failure(f"no form on {path} ({response.status_code})")
                raise StopUser()
            return found.group(1).decode()

    def log_in(self, username: str):
        token = self.csrf_token_of("/accounts/login/")
        with self.client.post(
            "/accounts/login/",
            data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
            name=SETUP + "log in",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            location = response.headers.get("Location", "")
            if response.status_code != 302 or "/accounts/login" in location:
                response.failure(f"{username} could not log in ({response.status_code})")
                raise StopUser()

    def get_page(self, path: str, *, must_contain: str | None = None):
        with self.client.get(
            path, name=self.label, allow_redirects=False, catch_response=True
        ) as response:
            self.check(response, must_contain)

    def check(self, response, must_contain: str | None):
        if response.status_code != 200:
            where = response.headers.get("Location", "")
            response.failure(f"status {response.status_code} {where}".strip())
        elif must_contain and must_contain.encode() not in (response.content or b""):
            response.failure(f"{must_contain!r} is not on the page")


class BareView(PortalUser):
    @task
    def healthz(self):
        self.get_page("/healthz", must_contain="ok")


class AccountFloor(PortalUser):
    account = "officer"

    @task
    def floor(self):
        self.get_page("/bench/floor/account/", must_contain="ok")


class PageFloor(PortalUser):
    account = "officer"

    @task
    def floor(self):
        self.get_page("/bench/floor/page/", must_contain='data-testid="bench-floor"')


class ListingSearch(PortalUser):
    @task
    def search(self):
        listing = FIXTURE["listing"]
        query = urllib.parse.urlencode({"q": listing["keyword"], "country": listing["country"]})
        self.get_page(f"/jobs/?{query}", must_contain=f'href="/jobs/{listing["first_found"]}/"')


class ListingSearchByStaff(ListingSearch):
    account = "officer"


class ListingDetail(PortalUser):
    @task
    def detail(self):
        self.get_page(f"/jobs/{FIXTURE['listing']['pk']}/")


class CandidateSearchByIdentifier(PortalUser):
    """CNIC and phone searches are POSTed: an identifier never travels in a URL."""

    abstract = True
    account = "officer"
    field = ""

    def set_up(self):
        self.token = self.csrf_token_of("/candidates/")

    @task
    def search(self):
        person = FIXTURE["person"]
        with self.client.post(
            "/candidates/",
            data={"q": person[self.field], "csrfmiddlewaretoken": self.token},
            name=self.label,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            self.check(response, person["registration_number"])


class CandidateByCnic(CandidateSearchByIdentifier):
    field = "cnic"


class CandidateByPhone(CandidateSearchByIdentifier):
    field = "phone"


class NetworkLookupByCnic(PortalUser):
    """A person of another centre, found by the exact CNIC (posted, as the page does)."""

    account = "officer"

    def set_up(self):
        self.token = self.csrf_token_of("/candidates/network/find/")

    @task
    def find(self):
        person = FIXTURE["elsewhere"]
        with self.client.post(
            "/candidates/network/find/",
            data={"number": person["cnic"], "csrfmiddlewaretoken": self.token},
            name=self.label,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            self.check(response, person["registration_number"])


class CandidateByName(PortalUser):
    account = "officer"

    @task
    def search(self):
        person = FIXTURE["person"]
        query = urllib.parse.urlencode({"q": person["name"]})
        self.get_page(f"/candidates/?{query}", must_contain=person["registration_number"])


class Matching(PortalUser):
    account = "officer"

    @task
    def matches(self):
        self.get_page(f"/jobs/{FIXTURE['listing']['pk']}/matches/")


class CounsellorWeek(PortalUser):
    account = "counsellor"

    @task
    def week(self):
        self.get_page("/counselling/my/week/")


class FreeSlots(PortalUser):
    account = "officer"

    @task
    def free_slots(self):
        number = FIXTURE["person"]["registration_number"]
        self.get_page(f"/counselling/book/{number}/", must_contain=number)


class ReportingDashboard(PortalUser):
    account = "manager"

    @task
    def dashboard(self):
        self.get_page("/reports/")


class ProvincialDashboard(PortalUser):
    account = "provincial"

    @task
    def dashboard(self):
        self.get_page("/reports/", must_contain='data-testid="table-centre"')


class KioskSubmit(PortalUser):
    """The final POST of a complete kiosk registration, each by a new person.

    bench_fixture prepared the sessions: each is the kiosk device logged in with the six
    screens of the wizard filled in for a fresh CNIC. A CSRF cookie and token come from
    the login page, as a browser gets them."""

    def set_up(self):
        self.token = self.csrf_token_of("/accounts/login/")
        self.csrf_cookie = next(
            cookie.value for cookie in self.client.cookiejar if cookie.name == "csrftoken"
        )
        self.client.cookiejar.clear()

    @task
    def submit(self):
        session_key = next(kiosk_sessions, None)
        if session_key is None:
            events.request.fire(
                request_type="POST",
                name=self.label,
                response_time=0,
                response_length=0,
                exception=RuntimeError("no ready kiosk session left: raise BENCH_KIOSK_POOL"),
                context={},
            )
            raise StopUser()
        with self.client.post(
            "/kiosk/register/submit/",
            data={"csrfmiddlewaretoken": self.token},
            headers={"Cookie": f"csrftoken={self.csrf_cookie}; sessionid={session_key}"},
            name=self.label,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302 or not response.headers.get("Location", "").endswith(
                "/kiosk/slip/"
            ):
                where = response.headers.get("Location", "")
                response.failure(f"not registered: {response.status_code} {where}".strip())
        self.client.cookiejar.clear()
