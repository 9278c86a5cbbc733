"""The benchmark driver's reading and judging of locust's statistics (bench/run.py);
`make bench` itself runs the load."""

import pytest

from bench import run
from bench.scenarios import (
    ACCOUNT_FLOOR,
    BARE,
    PAGE_FLOOR,
    SCENARIOS,
    SCENARIOS_BY_KEY,
    scenarios_to_run,
)

HEADER = (
    "Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,"
    "Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,"
    "50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%\n"
)


def stats_row(name, requests, failures, rps, p50, p95, p99):
    return (
        f"GET,{name},{requests},{failures},{p50},{p50},1,{p99},100,{rps},0,"
        f"{p50},{p50},{p50},{p50},{p95},{p95},{p99},{p99},{p99},{p99},{p99}\n"
    )


def test_the_measured_row_is_read_and_setup_rows_are_not(tmp_path):
    scenario = SCENARIOS_BY_KEY["matching"]
    (tmp_path / "matching_stats.csv").write_text(
        HEADER
        + stats_row("(setup) log in", 10, 0, 1.0, 900, 1500, 1600)
        + stats_row(scenario.label, 400, 0, 40.0, 20, 35, 60)
    )
    result = run.read_statistics(
        scenario, tmp_path / "matching", tmp_path / "missing.json", exit_code=0
    )
    assert result["requests"] == 400
    assert (result["rps"], result["p50_ms"], result["p95_ms"], result["p99_ms"]) == (
        40.0,
        20.0,
        35.0,
        60.0,
    )
    assert result["errors"] == []


def test_failures_before_and_during_the_window_are_errors(tmp_path):
    scenario = SCENARIOS_BY_KEY["candidate_cnic"]
    (tmp_path / "cnic_stats.csv").write_text(
        HEADER + stats_row(scenario.label, 50, 2, 5.0, 9, 9, 9)
    )
    (tmp_path / "cnic_failures.csv").write_text(
        "Method,Name,Error,Occurrences\n"
        "POST,candidate search by CNIC,status 302 /accounts/login/,2\n"
    )
    (tmp_path / "early.json").write_text('["POST (setup) log in: officer.lahore could not log in"]')
    result = run.read_statistics(scenario, tmp_path / "cnic", tmp_path / "early.json", exit_code=0)
    assert result["failures"] == 2
    assert any("could not log in" in error for error in result["errors"])
    assert any("2 x POST" in error and "302" in error for error in result["errors"])


def test_a_page_that_never_answered_in_the_window_is_an_error(tmp_path):
    scenario = SCENARIOS_BY_KEY["matching"]
    (tmp_path / "m_stats.csv").write_text(HEADER)
    result = run.read_statistics(scenario, tmp_path / "m", tmp_path / "none.json", exit_code=0)
    assert result["errors"] == ["no measured request"]


def _runs(steady_p95, saturated_rps, errors=()):
    return {
        "steady": {"rps": 20.0, "p50_ms": steady_p95 / 2, "p95_ms": steady_p95, "errors": []},
        "saturated": {"rps": saturated_rps, "p95_ms": 900.0, "errors": []},
        "errors": list(errors),
    }


# One run's saturated requests per second: the logged-in floor answers 40 % of the bare
# view's.
REFERENCES_RPS = {"bare": 250.0, "account_floor": 100.0}


def judged(key, steady_p95, saturated_rps, errors=()):
    result = _runs(steady_p95, saturated_rps, errors)
    run.judge(result, SCENARIOS_BY_KEY[key], REFERENCES_RPS)
    return result


def test_a_visitors_page_is_judged_against_the_bare_view_and_a_logged_in_one_the_floor():
    assert SCENARIOS_BY_KEY["listing_search"].judged_against == BARE
    assert SCENARIOS_BY_KEY["listing_search_staff"].judged_against == ACCOUNT_FLOOR
    assert SCENARIOS_BY_KEY["kiosk_submit"].judged_against == ACCOUNT_FLOOR  # the kiosk's login
    assert BARE.judged_against is None and PAGE_FLOOR.judged_against is None


def test_a_logged_in_page_needs_30_percent_of_the_floor_not_of_the_bare_view():
    below = judged("matching", 100.0, 29.0)  # 12 % of the bare view either way
    assert below["shares"] == pytest.approx({"bare": 0.116, "account_floor": 0.29})
    assert (below["throughput_verdict"], below["p95_verdict"]) == ("MISS", "met")
    assert below["misses"] == ["throughput 29% of account_floor < 30%"]
    assert below["verdict"] == "MISS"

    above = judged("matching", 100.0, 31.0)
    assert above["shares"] == pytest.approx({"bare": 0.124, "account_floor": 0.31})
    assert (above["throughput_verdict"], above["p95_verdict"]) == ("met", "met")
    assert above["misses"] == [] and above["verdict"] == "ok"


def test_a_visitors_page_needs_30_percent_of_the_bare_view():
    slow = judged("listing_detail", 180.0, 70.0)
    assert slow["shares"] == pytest.approx({"bare": 0.28})  # no floor for a visitor
    assert (slow["throughput_verdict"], slow["p95_verdict"]) == ("MISS", "MISS")
    assert slow["misses"] == ["throughput 28% of bare < 30%", "p95 180 >= 50 ms"]
    assert slow["verdict"] == "MISS"

    # The saturated p95 (900 ms, queueing) is shown but never judged.
    fast = judged("listing_detail", 40.0, 80.0)
    assert (fast["throughput_verdict"], fast["p95_verdict"], fast["verdict"]) == (
        "met",
        "met",
        "ok",
    )


def test_latency_is_judged_on_the_steady_run_against_the_pages_own_target():
    assert judged("matching", 180.0, 70.0)["verdict"] == "ok"  # matching may take 200 ms
    assert judged("candidate_name", 180.0, 70.0)["misses"] == ["p95 180 >= 50 ms"]

    broken = judged("matching", 10.0, 70.0, errors=["gunicorn.log: 1 server errors (500)"])
    assert broken["verdict"] == "ERROR"


def test_the_floors_are_shown_as_shares_of_the_bare_view_but_never_judged():
    floor = judged("account_floor", 300.0, 100.0)
    assert floor["shares"] == pytest.approx({"bare": 0.4, "account_floor": 1.0})
    assert (floor["throughput_verdict"], floor["p95_verdict"]) == (None, None)
    assert floor["misses"] == [] and floor["verdict"] == "reference"

    empty_page = judged("page_floor", 300.0, 20.0)  # 8 % of the bare view, 20 % of the floor
    assert empty_page["misses"] == [] and empty_page["verdict"] == "reference"

    broken = judged("account_floor", 10.0, 70.0, errors=["steady: 'ok' is not on the page"])
    assert broken["verdict"] == "ERROR"


def test_a_subset_runs_with_the_references_its_pages_are_judged_against():
    matching, detail = SCENARIOS_BY_KEY["matching"], SCENARIOS_BY_KEY["listing_detail"]
    assert scenarios_to_run(["matching"]) == [BARE, ACCOUNT_FLOOR, matching]
    assert scenarios_to_run(["listing_detail"]) == [BARE, detail]
    assert scenarios_to_run(["listing_detail", "matching"]) == [
        BARE,
        ACCOUNT_FLOOR,
        detail,
        matching,
    ]
    assert scenarios_to_run(["page_floor"]) == [BARE, PAGE_FLOOR]
    assert scenarios_to_run([]) == SCENARIOS


def test_a_subset_is_judged_against_the_floor_measured_in_its_own_run():
    results = [
        (BARE, _runs(5.0, 250.0)),
        (ACCOUNT_FLOOR, _runs(6.0, 100.0)),
        (SCENARIOS_BY_KEY["matching"], _runs(100.0, 29.0)),
    ]
    entries = run.judged_scenarios(results)
    assert [entry["judged_against"] for entry in entries] == [None, None, "account_floor"]
    assert entries[2]["result"]["verdict"] == "MISS"

    # The same page beside a floor that answered less is within its target.
    results[1] = (ACCOUNT_FLOOR, _runs(6.0, 90.0))
    assert run.judged_scenarios(results)[2]["result"]["verdict"] == "ok"


def test_gunicorns_log_reports_timeouts_and_errors_since_the_scenario_began(tmp_path):
    log = tmp_path / "gunicorn.log"
    log.write_text("[CRITICAL] WORKER TIMEOUT (pid:1)\n")
    start = log.stat().st_size
    with log.open("a") as handle:
        handle.write("[CRITICAL] WORKER TIMEOUT (pid:2)\n[CRITICAL] WORKER TIMEOUT (pid:3)\n")
        handle.write("ERROR django.request: Internal Server Error: /reports/\n")
    trouble = run.server_trouble(log, start)
    assert trouble == [
        "gunicorn.log: 2 worker timeouts (a request took longer than gunicorn's 30 s)",
        "gunicorn.log: 1 server errors (500)",
    ]
    assert run.server_trouble(log, log.stat().st_size) == []


def report_of(measured):
    """A report as `make bench` writes it, from (scenario key, steady p50 / p95 / p99,
    saturated req/s, errors) per page."""
    results = []
    for key, (p50, p95, p99), rps, errors in measured:
        steady = {} if p50 is None else {"p50_ms": p50, "p95_ms": p95, "p99_ms": p99}
        saturated = {} if rps is None else {"rps": rps, "p50_ms": 20.0, "p95_ms": 45.0}
        results.append(
            (SCENARIOS_BY_KEY[key], {"steady": steady, "saturated": saturated, "errors": errors})
        )
    return {
        "run": {
            "started": "2026-12-02T07:00:00+00:00",
            "database": "mrc_large",
            "candidates": 1_000_000,
            "open_listings": 12650,
            "gunicorn_workers": 5,
            "cores": 2,
            "users": 10,
            "steady_users": 10,
            "rate": 20.0,
            "seconds": 20,
            "warmup": 5,
            "commit": "abc1234",
        },
        "scenarios": run.judged_scenarios(results),
    }


def test_the_markdown_table_shows_each_pages_shares_and_verdicts():
    table = run.markdown(
        report_of(
            [
                ("bare", (2, 5, 8), 250.0, []),
                ("account_floor", (3, 6, 9), 100.0, []),
                ("page_floor", (9, 14, 20), 60.0, []),
                ("listing_detail", (20, 40, 60), 70.0, []),
                ("listing_search", (25, 45, 70), 80.0, []),
                ("matching", (60, 120, 180), 29.0, []),
                ("candidate_name", (20, 60, 90), 31.0, []),
                ("dashboard", (None, None, None), None, ["steady: no measured request"]),
            ]
        )
    )
    assert "`mrc_large` (1,000,000 candidates" in table
    assert "10 users asking 20 times a second together" in table
    rows = [
        "| bare view (/healthz) | anonymous | 2 / 5 / 8 | - | 250.0 | 100% | - | reference |",
        "| floor: logged in, nothing drawn | officer | 3 / 6 / 9 | - | 100.0 | 40% | 100% "
        "| reference |",
        "| floor: logged in, empty page | officer | 9 / 14 / 20 | - | 60.0 | 24% | 60% "
        "| reference |",
        "| listing detail | anonymous | 20 / 40 / 60 | < 50 met | 70.0 | 28% MISS | - | MISS |",
        "| listing search (visitor) | anonymous | 25 / 45 / 70 | < 50 met | 80.0 | 32% met | - "
        "| ok |",
        "| matching for one listing | officer | 60 / 120 / 180 | < 200 met | 29.0 | 12% "
        "| 29% MISS | MISS |",
        "| candidate search by name | officer | 20 / 60 / 90 | < 50 MISS | 31.0 | 12% "
        "| 31% met | MISS |",
        "| reporting dashboard | manager | - / - / - | < 300 | - | - | - "
        "| ERROR: steady: no measured request |",
    ]
    for row in rows:
        assert row in table
