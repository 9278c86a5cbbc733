"""Check that Redis, the portal's shared cache and session cache (REDIS_URL), answers.

Run by the Makefile before the portal starts or its tests run. Exit status 0: it
answers. 1: a Redis on this machine does not answer (the Makefile then installs or
starts Debian's redis-server and asks again with --wait). 2: a Redis elsewhere does
not answer: nothing here can start it. Either failure is said in one line with the
command that starts it.
"""

import time
import urllib.parse

from django.conf import settings
from django.core.management.base import BaseCommand
from django_redis import get_redis_connection
from redis.exceptions import RedisError

START_COMMAND = "sudo service redis-server start"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


class Command(BaseCommand):
    help = "Check that the Redis named in REDIS_URL answers."

    def add_arguments(self, parser):
        parser.add_argument(
            "--wait", type=float, default=0, help="Seconds to wait for it to come up."
        )

    def handle(self, *args, **options):
        url = settings.CACHES["default"]["LOCATION"]
        deadline = time.monotonic() + options["wait"]
        while True:
            try:
                get_redis_connection("default").ping()
                break
            except RedisError as error:
                if time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                local = urllib.parse.urlsplit(url).hostname in LOCAL_HOSTS
                where = f"Redis does not answer at {url} ({error})."
                advice = (
                    f"Start it with: {START_COMMAND}"
                    if local
                    else "Start it there, or set REDIS_URL."
                )
                self.stderr.write(f"{where} {advice}")
                raise SystemExit(1 if local else 2) from None
        if options["verbosity"]:
            self.stdout.write(f"Redis is ready at {url}.")
