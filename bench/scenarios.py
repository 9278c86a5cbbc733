"""The pages `make bench` measures, each with its target (issue 8). Plain data, shared by
the driver (bench/run.py) and the locustfile; neither Django nor locust is imported."""

from dataclasses import dataclass

# Each page must reach this share of the bare view's requests per second.
MIN_THROUGHPUT_RATIO = 0.30


@dataclass(frozen=True)
class Scenario:
    key: str  # what BENCH_SCENARIOS names
    user_class: str  # the locust User class in bench/locustfile.py
    label: str  # the request name in locust's statistics, and the table's row
    account: str  # who asks: "anonymous" or a key of bench_fixture's ACCOUNTS
    p95_target_ms: float | None  # None: no latency target (the bare view, the floors)
    # A reference is measured to compare with, not judged: the bare view and the floors.
    reference: bool = False


BARE = Scenario("bare", "BareView", "bare view (/healthz)", "anonymous", None, reference=True)

SCENARIOS = [
    BARE,
    # What any staff page costs before its own work (bench/views.py, served only under
    # make bench): the session and the account read; then the layout drawn around nothing.
    Scenario(
        "account_floor",
        "AccountFloor",
        "floor: logged in, nothing drawn",
        "officer",
        None,
        reference=True,
    ),
    Scenario(
        "page_floor",
        "PageFloor",
        "floor: logged in, empty page",
        "officer",
        None,
        reference=True,
    ),
    Scenario("listing_search", "ListingSearch", "listing search (visitor)", "anonymous", 50),
    # A logged-in user's search is never a kept page: the search itself, every time.
    Scenario(
        "listing_search_staff",
        "ListingSearchByStaff",
        "listing search, logged in (drawn afresh)",
        "officer",
        50,
    ),
    Scenario("listing_detail", "ListingDetail", "listing detail", "anonymous", 50),
    Scenario("candidate_cnic", "CandidateByCnic", "candidate search by CNIC", "officer", 50),
    Scenario("candidate_phone", "CandidateByPhone", "candidate search by phone", "officer", 50),
    Scenario("candidate_name", "CandidateByName", "candidate search by name", "officer", 50),
    Scenario("matching", "Matching", "matching for one listing", "officer", 200),
    Scenario("counsellor_week", "CounsellorWeek", "counsellor week calendar", "counsellor", 50),
    Scenario("free_slots", "FreeSlots", "free-slot page", "officer", 50),
    Scenario("kiosk_submit", "KioskSubmit", "kiosk registration submit", "kiosk", 100),
    Scenario("dashboard", "ReportingDashboard", "reporting dashboard", "manager", 300),
]
SCENARIOS_BY_KEY = {scenario.key: scenario for scenario in SCENARIOS}
SCENARIOS_BY_CLASS = {scenario.user_class: scenario for scenario in SCENARIOS}
