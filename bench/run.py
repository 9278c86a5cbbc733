"""`make bench`: the portal under load, page by page, against references of the same run.

    python -m bench.run              (the main virtualenv; Django is never imported here)

1. Picks the database: BENCH_DATABASE_URL, else `mrc_large` on the same server when it
   exists (seed_demo --scale large), else DATABASE_URL (the environment, then .env).
2. `manage.py bench_fixture` writes the test data: a listing, a person to search for,
   ready kiosk registrations (BENCH_KIOSK_POOL of them).
3. Starts gunicorn as in production (deploy/gunicorn.conf.py; DEBUG off, whitenoise) on
   127.0.0.1:BENCH_PORT (a free port by default) and waits for /healthz. Its settings
   are production's plus the URLs of the two logged-in floors (bench/settings.py).
4. For each scenario (bench/scenarios.py), two headless locust runs from .venv-bench,
   each: once every user has logged in, BENCH_WARMUP seconds of load, then BENCH_SECONDS
   counted, then locust stops.
   - steady: BENCH_STEADY_USERS users asking BENCH_RATE times a second together, at
     random moments (exponential pauses), a load the server can carry: the latency a
     person waits. The p95 targets are judged here.
   - saturated: BENCH_USERS users without pause: the most the server answers, shown as
     a share of the bare view's most and, for a logged-in page, of the logged-in floor's.
     The throughput target is judged on one of them (bench/scenarios.py): a visitor's
     page against the bare view, a logged-in page against the floor. Latency here is
     mostly queueing.
   The same users and window for every page, the references included, so that
   throughputs compare. The bare view always runs, and so does the floor when a
   logged-in page is chosen (BENCH_SCENARIOS): every share is of this run's numbers.
   Each kiosk submit registers a new person in the database benchmarked.
5. Prints a Markdown table and writes bench/results/<timestamp>.md and .json.

Exits 1 if any request failed (a wrong status, a lost session, a search that did not
find its person) or a server did not start; a missed target is printed as MISS but is
not an error. Settings: docs/performance.md.
"""

import csv
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

from bench.scenarios import (
    ACCOUNT_FLOOR,
    BARE,
    MIN_THROUGHPUT_RATIO,
    SCENARIOS_BY_KEY,
    Scenario,
    scenarios_to_run,
)
from deploy import processes
from deploy.run_cluster import database_url as configured_database_url

ROOT = processes.ROOT
RESULTS_DIR = ROOT / "bench" / "results"
LARGE_DATABASE = "mrc_large"
# How long the users of one page may take to log in (PBKDF2 is slow on purpose).
SETUP_TIMEOUT = 180
STOP_TIMEOUT = 40
NO_DEMO_DATA = 3  # bench_fixture's exit status when the demo logins are missing
# A target met or missed; None: nothing to judge (no target, or no number measured).
VERDICTS = {True: "met", False: "MISS", None: None}


def setting(name: str, default: str) -> str:
    return os.environ.get(name) or default


def bench_database_url() -> str:
    if os.environ.get("BENCH_DATABASE_URL"):
        return os.environ["BENCH_DATABASE_URL"]
    url = configured_database_url()
    large = urllib.parse.urlsplit(url)._replace(path="/" + LARGE_DATABASE).geturl()
    return large if database_exists(url, LARGE_DATABASE) else url


def database_exists(url: str, name: str) -> bool:
    import psycopg2  # the portal's own driver, in the main virtualenv

    maintenance = urllib.parse.urlsplit(url)._replace(path="/postgres").geturl()
    try:
        connection = psycopg2.connect(maintenance, connect_timeout=5)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
                return cursor.fetchone() is not None
        finally:
            connection.close()
    except psycopg2.Error:
        return False


def manage(*args: str, database_url: str, check: bool = True) -> int:
    env = processes.production_env(database_url, DJANGO_ALLOW_DEMO_DATA="true")
    command = [sys.executable, "manage.py", *args]
    return subprocess.run(command, cwd=ROOT, env=env, check=check).returncode


def write_fixture(path: Path, *, database_url: str, kiosk_sessions: int) -> dict:
    """bench_fixture's JSON; a database without the demo logins gets them first."""
    args = ["bench_fixture", "--output", str(path), "--kiosk-sessions", str(kiosk_sessions)]
    if manage(*args, database_url=database_url, check=False) == NO_DEMO_DATA:
        print("No demo data there: loading it with seed_demo first.")
        manage("seed_demo", database_url=database_url)
        manage(*args, database_url=database_url)
    return json.loads(path.read_text())


def run_scenario(
    scenario: Scenario,
    *,
    host: str,
    run_dir: Path,
    users: int,
    warmup: int,
    seconds: int,
    rate: float = 0,
) -> dict:
    """One locust run of `scenario`: `rate` requests a second from all users together,
    or (0) as many as they get answered."""
    locust = Path(setting("BENCH_LOCUST", str(ROOT / ".venv-bench" / "bin" / "locust")))
    name = f"{scenario.key}.{'steady' if rate else 'saturated'}"
    prefix = run_dir / name
    failures_file = run_dir / f"{name}.early-failures.json"
    env = {
        **os.environ,
        "BENCH_FIXTURE": str(run_dir / "fixture.json"),
        "BENCH_RATE": str(rate),
        "BENCH_USERS": str(users),
        "BENCH_WARMUP": str(warmup),
        "BENCH_SECONDS": str(seconds),
        "BENCH_SETUP_TIMEOUT": str(SETUP_TIMEOUT),
        "BENCH_EARLY_FAILURES": str(failures_file),
    }
    command = [
        str(locust),
        "--locustfile",
        str(ROOT / "bench" / "locustfile.py"),
        "--headless",
        "--host",
        host,
        "--users",
        str(users),
        "--spawn-rate",
        str(users),
        "--csv",
        str(prefix),
        "--only-summary",
        # At the end of the window, requests in flight are waited for (and counted),
        # longer than gunicorn's own 30 s timeout, rather than dropped unseen.
        "--stop-timeout",
        str(STOP_TIMEOUT),
        "--loglevel",
        "WARNING",
        "--exit-code-on-error",
        "0",
        scenario.user_class,
    ]
    pace = f"{rate:g} req/s together" if rate else "without pause"
    print(f"  {scenario.label}: {users} users {pace}, {warmup} s warm-up, {seconds} s", flush=True)
    with open(run_dir / f"{name}.locust.log", "wb") as log:
        finished = subprocess.run(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            timeout=SETUP_TIMEOUT + warmup + seconds + STOP_TIMEOUT + 60, check=False,
        )  # fmt: skip
    return read_statistics(scenario, prefix, failures_file, finished.returncode)


def read_statistics(scenario: Scenario, prefix: Path, failures_file: Path, exit_code: int) -> dict:
    rows = []
    stats_file = Path(f"{prefix}_stats.csv")
    if stats_file.exists():
        with stats_file.open(newline="") as handle:
            rows = list(csv.DictReader(handle))
    row = next((row for row in rows if row["Name"] == scenario.label), None)
    early_failures = json.loads(failures_file.read_text()) if failures_file.exists() else []
    errors = [f"before the measured window: {failure}" for failure in early_failures]
    if exit_code != 0:
        errors.append(f"locust exited with {exit_code} (see {prefix.name}.locust.log)")
    if row is None:
        errors.append("no measured request")
        return {"requests": 0, "failures": 0, "errors": errors}
    failures = int(row["Failure Count"])
    if failures:
        errors.extend(read_failures(Path(f"{prefix}_failures.csv")))
    return {
        "requests": int(row["Request Count"]),
        "failures": failures,
        "rps": float(row["Requests/s"]),
        "p50_ms": float(row["50%"]),
        "p95_ms": float(row["95%"]),
        "p99_ms": float(row["99%"]),
        "mean_ms": float(row["Average Response Time"]),
        "max_ms": float(row["Max Response Time"]),
        "errors": errors,
    }


def read_failures(path: Path) -> list[str]:
    if not path.exists():
        return []
    with path.open(newline="") as handle:
        return [
            f"{row['Occurrences']} x {row['Method']} {row['Name']}: {row['Error']}"
            for row in csv.DictReader(handle)
        ]


def server_trouble(log_path: Path, start: int) -> list[str]:
    """What gunicorn's log says went wrong since `start`: a worker killed for taking
    longer than its timeout, an error page. Locust sees these only as failed requests,
    or not at all when the window ended first."""
    with log_path.open("rb") as log:
        log.seek(start)
        text = log.read().decode(errors="replace")
    found = {
        "worker timeouts (a request took longer than gunicorn's 30 s)": "WORKER TIMEOUT",
        "server errors (500)": "Internal Server Error",
        "workers killed": "was sent SIGKILL",
    }
    return [
        f"gunicorn.log: {text.count(marker)} {what}"
        for what, marker in found.items()
        if marker in text
    ]


def judge(result: dict, scenario: Scenario, saturated_rps: dict[str, float | None]) -> None:
    """Adds to `result` its saturated throughput's shares of the references measured in
    the same run (`saturated_rps`, by scenario key) and its verdicts: the throughput
    against its own reference, the steady run's p95 against its target."""
    rps = result["saturated"].get("rps")
    # Every page's share of the bare view; a logged-in page's also of the logged-in floor.
    references = [BARE, ACCOUNT_FLOOR] if scenario.logged_in else [BARE]
    result["shares"] = {
        reference.key: rps / saturated_rps[reference.key]
        for reference in references
        if rps is not None and saturated_rps.get(reference.key)
    }
    reference = scenario.judged_against
    share = result["shares"].get(reference.key) if reference else None
    throughput_met = None if share is None else share >= MIN_THROUGHPUT_RATIO
    target, p95 = scenario.p95_target_ms, result["steady"].get("p95_ms")
    p95_met = None if target is None or p95 is None else p95 < target
    result["throughput_verdict"] = VERDICTS[throughput_met]
    result["p95_verdict"] = VERDICTS[p95_met]
    result["misses"] = []
    if throughput_met is False:
        result["misses"].append(
            f"throughput {share:.0%} of {reference.key} < {MIN_THROUGHPUT_RATIO:.0%}"
        )
    if p95_met is False:
        result["misses"].append(f"p95 {p95:.0f} >= {target:.0f} ms")
    if result["errors"]:
        result["verdict"] = "ERROR"
    elif result["misses"]:
        result["verdict"] = "MISS"
    else:
        result["verdict"] = "reference" if scenario.reference else "ok"


def judged_scenarios(results: list[tuple[Scenario, dict]]) -> list[dict]:
    """The report's entry for each scenario of one run, judged against that run's
    references."""
    saturated_rps = {scenario.key: result["saturated"].get("rps") for scenario, result in results}
    entries = []
    for scenario, result in results:
        judge(result, scenario, saturated_rps)
        reference = scenario.judged_against
        entries.append(
            {
                "key": scenario.key,
                "label": scenario.label,
                "account": scenario.account,
                "p95_target_ms": scenario.p95_target_ms,
                "judged_against": reference.key if reference else None,
                "result": result,
            }
        )
    return entries


def markdown(report: dict) -> str:
    meta = report["run"]
    lines = [
        f"## Benchmark {meta['started']}",
        "",
        f"Database `{meta['database']}` ({meta['candidates']:,} candidates, "
        f"{meta['open_listings']} open listings); gunicorn {meta['gunicorn_workers']} sync "
        f"workers on {meta['cores']} cores; {meta['seconds']} s measured after "
        f"{meta['warmup']} s warm-up per page and run; commit {meta['commit']}. "
        f"Steady: {meta['steady_users']} users asking {meta['rate']:g} times a second "
        f"together at random moments. Saturated: {meta['users']} users without pause.",
        "",
        "| page | as | steady p50 / p95 / p99 ms | p95 target | saturated req/s "
        "| of bare | of floor | result |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for item in report["scenarios"]:
        result = item["result"]
        steady = [result["steady"].get(key) for key in ("p50_ms", "p95_ms", "p99_ms")]
        target = "-"
        if item["p95_target_ms"]:
            target = f"< {item['p95_target_ms']:.0f} {result['p95_verdict'] or ''}".strip()
        rps = result["saturated"].get("rps")
        # The share the throughput target is judged on carries its verdict.
        shares = []
        for reference in (BARE, ACCOUNT_FLOOR):
            share = result["shares"].get(reference.key)
            cell = "-" if share is None else f"{share:.0%}"
            if item["judged_against"] == reference.key and result["throughput_verdict"]:
                cell += f" {result['throughput_verdict']}"
            shares.append(cell)
        verdict = result["verdict"]
        if result["errors"]:
            verdict += ": " + "; ".join(result["errors"][:3])
        lines.append(
            f"| {item['label']} | {item['account']} "
            f"| {' / '.join('-' if value is None else f'{value:.0f}' for value in steady)} "
            f"| {target} | {'-' if rps is None else f'{rps:.1f}'} "
            f"| {' | '.join(shares)} | {verdict} |"
        )
    lines += [
        "",
        "Targets: the steady run's p95 below the page's target; the saturated throughput at "
        f"least {MIN_THROUGHPUT_RATIO:.0%} of its reference's in this run, marked met or "
        "MISS beside that share: a visitor's page of the bare view's, a logged-in page of "
        "the floor's (logged in, nothing drawn). The bare view and the two floors (logged "
        "in with nothing drawn; the layout around nothing) are references, not judged; a "
        "floor's share of the bare view is what a logged-in request costs before its page's "
        "own work. Measured on this machine with the load tool on the same cores: compare "
        "runs of one machine, not machines.",
    ]
    return "\n".join(lines) + "\n"


def git_commit() -> str:
    found = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return found.stdout.strip() or "unknown"


def main() -> int:
    seconds = int(setting("BENCH_SECONDS", "30"))
    warmup = int(setting("BENCH_WARMUP", "5"))
    users = int(setting("BENCH_USERS", "10"))
    steady_users = int(setting("BENCH_STEADY_USERS", str(users)))
    rate = float(setting("BENCH_RATE", "20"))
    workers = int(setting("BENCH_WORKERS", "0")) or None
    keys = [key.strip() for key in setting("BENCH_SCENARIOS", "").split(",") if key.strip()]
    unknown = [key for key in keys if key not in SCENARIOS_BY_KEY]
    if unknown:
        print(f"Unknown BENCH_SCENARIOS {unknown}; known: {list(SCENARIOS_BY_KEY)}")
        return 2
    chosen = scenarios_to_run(keys)
    locust = Path(setting("BENCH_LOCUST", str(ROOT / ".venv-bench" / "bin" / "locust")))
    if not locust.exists():
        print(f"{locust} is missing: `make bench` creates .venv-bench (requirements-bench.txt).")
        return 2

    database_url = bench_database_url()
    database = urllib.parse.urlsplit(database_url).path.lstrip("/")
    run_dir = Path(tempfile.mkdtemp(prefix="mrc-bench-"))
    started = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    # Enough ready kiosk registrations for a fast machine; each used one is a new person.
    pool = int(setting("BENCH_KIOSK_POOL", str(int((200 + 1.5 * rate) * (warmup + seconds)))))
    needs_pool = any(s.key == "kiosk_submit" for s in chosen)
    print(f"Benchmark on database {database}; files in {run_dir}")
    if database_url != configured_database_url():
        # `make setup` migrated the configured database only.
        manage("migrate", "--noinput", "-v", "0", database_url=database_url)
    fixture = write_fixture(
        run_dir / "fixture.json",
        database_url=database_url,
        kiosk_sessions=pool if needs_pool else 0,
    )

    port = int(setting("BENCH_PORT", "0")) or processes.free_port()
    server = processes.start_gunicorn(
        port,
        # Production's settings, plus the two floors' URLs (bench/settings.py).
        env=processes.production_env(database_url, DJANGO_SETTINGS_MODULE="bench.settings"),
        run_dir=run_dir,
        name="gunicorn",
        workers=workers,
    )
    results = []
    try:
        processes.wait_for_http(f"http://127.0.0.1:{port}/healthz", process=server)
        for scenario in chosen:
            log_start = server.log_path.stat().st_size
            runs = {
                run: run_scenario(
                    scenario,
                    host=f"http://127.0.0.1:{port}",
                    run_dir=run_dir,
                    users=run_users,
                    warmup=warmup,
                    seconds=seconds,
                    rate=run_rate,
                )
                for run, run_users, run_rate in [
                    ("steady", steady_users, rate),
                    ("saturated", users, 0),
                ]
            }
            errors = [
                f"{run}: {error}" for run, measured in runs.items() for error in measured["errors"]
            ]
            errors += server_trouble(server.log_path, log_start)
            results.append((scenario, {**runs, "errors": errors}))
            if server.poll() is not None:
                print("gunicorn stopped during the run; see gunicorn.log")
                break
    except processes.ServerFailed as error:
        print(error)
        return 1
    finally:
        processes.stop(server)
        if needs_pool:  # the ready kiosk sessions left unused
            manage("bench_fixture", "--clear", database_url=database_url)

    report = {
        "run": {
            "started": started.isoformat(),
            "database": database,
            "candidates": fixture["counts"]["candidates"],
            "open_listings": fixture["counts"]["open_listings"],
            "cores": len(os.sched_getaffinity(0)),
            "gunicorn_workers": workers or 2 * len(os.sched_getaffinity(0)) + 1,
            "users": users,
            "steady_users": steady_users,
            "rate": rate,
            "seconds": seconds,
            "warmup": warmup,
            "commit": git_commit(),
            "python": platform.python_version(),
            "files": str(run_dir),
        },
        "targets": {"min_throughput_ratio": MIN_THROUGHPUT_RATIO},
        "scenarios": judged_scenarios(results),
    }
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    table = markdown(report)
    (RESULTS_DIR / f"{stamp}.json").write_text(json.dumps(report, indent=2) + "\n")
    (RESULTS_DIR / f"{stamp}.md").write_text(table)
    print()
    print(table)
    print(f"Written: bench/results/{stamp}.md and .json")
    errors = [scenario.label for scenario, result in results if result["errors"]]
    if errors or len(results) < len(chosen):
        failed = ", ".join(errors) or "the run"
        print(f"ERROR in: {failed} (the table says why; logs in {run_dir}).")
        return 1
    misses = [scenario.label for scenario, result in results if result["misses"]]
    if misses:
        print(f"MISS: {', '.join(misses)} (targets not met; not an error).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
