"""The benchmark driver's reading and judging of locust's statistics (bench/run.py);
`make bench` itself runs the load."""

from bench import run
from bench.scenarios import BARE, SCENARIOS_BY_KEY

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


def test_throughput_is_judged_saturated_and_latency_steady():
    bare = _runs(5.0, 200.0)
    run.judge(bare, BARE, bare_rps=200.0)
    assert bare["verdict"] == "reference" and bare["ratio"] == 1.0

    # The saturated p95 (900 ms, queueing) is shown but never judged.
    fast = _runs(40.0, 80.0)
    run.judge(fast, SCENARIOS_BY_KEY["listing_detail"], bare_rps=200.0)
    assert fast["verdict"] == "ok"

    slow = _runs(180.0, 50.0)
    run.judge(slow, SCENARIOS_BY_KEY["listing_detail"], bare_rps=200.0)
    assert slow["verdict"] == "MISS"
    assert slow["misses"] == ["throughput 25% < 30%", "p95 180 >= 50 ms"]

    matching = _runs(180.0, 70.0)
    run.judge(matching, SCENARIOS_BY_KEY["matching"], bare_rps=200.0)
    assert matching["verdict"] == "ok"  # matching may take up to 200 ms

    broken = _runs(10.0, 70.0, errors=["gunicorn.log: 1 server errors (500)"])
    run.judge(broken, SCENARIOS_BY_KEY["matching"], bare_rps=200.0)
    assert broken["verdict"] == "ERROR"


def test_the_floors_are_shown_beside_the_bare_view_but_never_judged():
    floor = _runs(300.0, 20.0)
    run.judge(floor, SCENARIOS_BY_KEY["page_floor"], bare_rps=200.0)
    assert floor["ratio"] == 0.1
    assert floor["misses"] == [] and floor["verdict"] == "reference"

    broken = _runs(10.0, 70.0, errors=["steady: 'ok' is not on the page"])
    run.judge(broken, SCENARIOS_BY_KEY["account_floor"], bare_rps=200.0)
    assert broken["verdict"] == "ERROR"


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


def test_the_markdown_table_has_a_row_per_page():
    report = {
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
        "scenarios": [],
    }
    for scenario, result in (
        (
            BARE,
            {
                "steady": {"rps": 20.0, "p50_ms": 2.0, "p95_ms": 5.0, "p99_ms": 8.0},
                "saturated": {"rps": 200.0, "p50_ms": 20.0, "p95_ms": 45.0, "p99_ms": 60.0},
                "errors": [],
            },
        ),
        (
            SCENARIOS_BY_KEY["matching"],
            {
                "steady": {"requests": 0, "failures": 0},
                "saturated": {"requests": 0, "failures": 0},
                "errors": ["steady: no measured request"],
            },
        ),
    ):
        run.judge(result, scenario, bare_rps=200.0)
        report["scenarios"].append(
            {
                "label": scenario.label,
                "account": scenario.account,
                "p95_target_ms": scenario.p95_target_ms,
                "result": result,
            }
        )
    table = run.markdown(report)
    assert "`mrc_large` (1,000,000 candidates" in table
    assert "10 users asking 20 times a second together" in table
    assert (
        "| bare view (/healthz) | anonymous | 2 / 5 / 8 | 20 / 45 | 200.0 | 100% | - | reference |"
        in table
    )
    assert (
        "| matching for one listing | officer | - / - / - | - / - | - | - | < 200 "
        "| ERROR: steady: no measured request |" in table
    )
