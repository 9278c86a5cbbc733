"""Gunicorn's settings for the portal in production, `make bench` and `make run-cluster`.

    gunicorn mrc_portal.wsgi:application -c deploy/gunicorn.conf.py --bind 127.0.0.1:8001

Why each value is what it is: docs/deployment.md ("Gunicorn"). Options given on the
command line win over this file.
"""

import os


def _cores() -> int:
    # The cores this process may use (a container's or cgroup's share), not the host's.
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


# Sync workers: every page is short and database-bound, and Django's ORM is synchronous.
# 2 x cores + 1 keeps the cores busy while some workers wait on PostgreSQL.
workers = int(os.environ.get("GUNICORN_WORKERS") or 2 * _cores() + 1)
worker_class = "sync"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Load Django once in the master, then fork: less memory, faster restarts of workers.
# No database connection is open at import time, so none is shared across the fork.
preload_app = True
# A request taking longer than this is stuck (no page should take more than a second).
timeout = 30
graceful_timeout = 30
# nginx keeps connections to the instances open (upstream keepalive).
keepalive = 5
# Recycle each worker now and then, so a slow leak can never grow without bound.
max_requests = 5000
max_requests_jitter = 500
# X-Forwarded-Proto is accepted from the proxy on this machine only; Django itself reads
# it only when DJANGO_BEHIND_TLS_PROXY is set. X-Forwarded-For is never used.
forwarded_allow_ips = "127.0.0.1"

# The access log: method, path without the query string (searches may carry a name),
# status, size and time. No client address: kiosks and desks share one anyway.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
proc_name = os.environ.get("PORTAL_INSTANCE_NAME", "mrc-portal")
