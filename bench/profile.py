"""Where one page's time goes: its CPU, its queries and a profile, in one process.

    python -m bench.profile USERNAME PATH [--post FIELD=VALUE ...] [--requests N] [--top N]

USERNAME is an account of the database measured ("-" for a visitor who is not logged
in); PATH the page, with its query string; --post sends the fields as a POST instead
(the CNIC and phone searches). The database is BENCH_DATABASE_URL, else
`mrc_large` where it exists, as for `make bench`; DEBUG is off and the cache is the
configured Redis, as in production. The page is asked for once (to warm the caches),
then N times: the least and median CPU of those, the queries of one more (count and
time), and cProfile's functions by cumulative time over N more.
"""

import argparse
import cProfile
import os
import pstats
import time

from bench.run import bench_database_url


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("username")
    parser.add_argument("path")
    parser.add_argument("--post", nargs="*", default=None, metavar="FIELD=VALUE")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--top", type=int, default=30)
    options = parser.parse_args()

    os.environ["DATABASE_URL"] = bench_database_url()
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mrc_portal.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from apps.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    if options.username != "-":
        client.force_login(User.objects.get(username=options.username))
    if options.post is None:
        ask = lambda: client.get(options.path)  # noqa: E731
    else:
        fields = dict(field.split("=", 1) for field in options.post)
        ask = lambda: client.post(options.path, fields)  # noqa: E731
    first = ask()
    print(f"{options.path}: status {first.status_code}, {len(first.content):,} bytes")

    cpu = []
    for _ in range(options.requests):
        started = time.process_time()
        ask()
        cpu.append((time.process_time() - started) * 1000)
    cpu.sort()
    print(f"CPU per request: least {cpu[0]:.1f} ms, median {cpu[len(cpu) // 2]:.1f} ms")

    with CaptureQueriesContext(connection) as queries:
        ask()
    in_database = sum(float(query["time"]) for query in queries.captured_queries) * 1000
    print(f"Queries: {len(queries)}, {in_database:.1f} ms in PostgreSQL")

    profile = cProfile.Profile()
    profile.enable()
    for _ in range(options.requests):
        ask()
    profile.disable()
    pstats.Stats(profile).sort_stats("cumulative").print_stats(options.top)


if __name__ == "__main__":
    main()
