"""The pages `make bench` measures, each with its targets (issue 8). Plain data, shared by
the driver (bench/run.py) and the locustfile; neither Django nor locust is imported.

A page's saturated throughput is judged against a reference measured in the same run:
a visitor's page against the bare view, a logged-in page against the logged-in floor
(the session and the account read, nothing drawn), so that what every logged-in request
costs before its page's own work is not counted against the page."""

from dataclasses import dataclass

# A page's saturated requests per second must reach this share of its reference's.
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

    @property
    def logged_in(self) -> bool:
        return self.account != "anonymous"

    @property
    def judged_against(self) -> "Scenario | None":
        """The reference this page's throughput is judged against; none for a reference."""
        if self.reference:
            return None
        return ACCOUNT_FLOOR if self.logged_in else BARE


BARE = Scenario("bare", "BareView", "bare view (/healthz)", "anonymous", None, reference=True)
# What any staff page costs before its own work (bench/views.py, served only under
# make bench): the session and the account read; then the layout drawn around nothing.
ACCOUNT_FLOOR = Scenario(
    "account_floor",
    "AccountFloor",
    "floor: logged in, nothing drawn",
    "officer",
    None,
    reference=True,
)
PAGE_FLOOR = Scenario(
    "page_floor",
    "PageFloor",
    "floor: logged in, empty page",
    "officer",
    None,
    reference=True,
)

# In the order they run: the references first, so a page follows what it is judged by.
SCENARIOS = [
    BARE,
    ACCOUNT_FLOOR,
    PAGE_FLOOR,
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
    Scenario(
        "network_cnic",
        "NetworkLookupByCnic",
        "look-up across centres by CNIC",
        "officer",
        50,
    ),
    Scenario("matching", "Matching", "matching for one listing", "officer", 200),
    Scenario("counsellor_week", "CounsellorWeek", "counsellor week calendar", "counsellor", 50),
    Scenario("free_slots", "FreeSlots", "free-slot page", "officer", 50),
    Scenario("kiosk_submit", "KioskSubmit", "kiosk registration submit", "kiosk", 100),
    Scenario("dashboard", "ReportingDashboard", "reporting dashboard", "manager", 300),
    # Punjab's centres together, counts under 5 withheld: the largest count a page asks for
    # after the whole country's.
    Scenario(
        "provincial_dashboard",
        "ProvincialDashboard",
        "provincial dashboard (Punjab)",
        "provincial",
        300,
    ),
]
SCENARIOS_BY_KEY = {scenario.key: scenario for scenario in SCENARIOS}
SCENARIOS_BY_CLASS = {scenario.user_class: scenario for scenario in SCENARIOS}


def scenarios_to_run(keys: list[str]) -> list[Scenario]:
    """The scenarios named (all when none), in SCENARIOS' order, with the bare view and
    each one's reference added: every share is of a reference measured in the same run."""
    named = [scenario for scenario in SCENARIOS if not keys or scenario.key in keys]
    references = [scenario.judged_against for scenario in named if scenario.judged_against]
    needed = {BARE, *references, *named}
    return [scenario for scenario in SCENARIOS if scenario in needed]
