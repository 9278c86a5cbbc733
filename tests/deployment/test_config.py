"""The production server settings that the cluster and the benchmark share."""

import runpy

from deploy import processes
from tests.core.test_settings import manage


def test_nginx_balances_round_robin_and_passes_the_scheme_but_no_client_address(tmp_path):
    config = processes.nginx_config(run_dir=tmp_path, listen_port=8080, upstream_ports=[8001, 8002])
    assert "server 127.0.0.1:8001;" in config and "server 127.0.0.1:8002;" in config
    assert "ip_hash" not in config and "sticky" not in config  # no sticky sessions
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in config
    assert "X-Forwarded-For" not in config  # the portal never trusts it anyway
    assert "listen 127.0.0.1:8080;" in config  # loopback only
    # The access log has the path without its query string (searches may carry a name).
    assert '"$request_method $uri"' in config and "$request " not in config


def test_gunicorn_logs_no_query_strings_and_no_addresses(monkeypatch):
    monkeypatch.delenv("GUNICORN_WORKERS", raising=False)
    conf = runpy.run_path(str(processes.GUNICORN_CONF))
    assert "%(U)s" in conf["access_log_format"]
    for leaky in ("%(r)s", "%(q)s", "%(h)s", "%({x-forwarded-for}i)s"):
        assert leaky not in conf["access_log_format"]
    assert conf["workers"] >= 3
    assert conf["worker_class"] == "sync"


def test_gunicorn_workers_can_be_set(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "7")
    assert runpy.run_path(str(processes.GUNICORN_CONF))["workers"] == 7


def test_server_side_cursors_can_be_turned_off_for_pgbouncer():
    show = (
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['DISABLE_SERVER_SIDE_CURSORS'])"
    )
    default = manage("shell", "-c", show, env_overrides={"DJANGO_SECRET_KEY": "x" * 60})
    assert default.stdout.split()[-1] == "False", default.stderr
    pooled = manage(
        "shell",
        "-c",
        show,
        env_overrides={
            "DJANGO_SECRET_KEY": "x" * 60,
            "DATABASE_DISABLE_SERVER_SIDE_CURSORS": "true",
        },
    )
    assert pooled.stdout.split()[-1] == "True", pooled.stderr
