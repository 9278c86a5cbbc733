"""Start and stop the portal's production processes on this machine: gunicorn instances
and an nginx in front of them, on loopback ports, with every file in one run directory.

Used by `make run-cluster` (deploy/run_cluster.py), `make bench` (bench/run.py) and the
cluster test (tests/deployment/test_cluster.py). Standard library only: it never imports
Django, so a load tool or a test can drive the servers from outside.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN_CONF = ROOT / "deploy" / "gunicorn.conf.py"
NGINX_CANDIDATES = ("nginx", "/usr/sbin/nginx")


class ServerFailed(RuntimeError):
    """A server did not start; the message ends with the tail of its log."""


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database_url: str, **overrides: str) -> dict:
    """The environment of a production-like instance on loopback: debug off, demo data
    refused, plain HTTP (no HTTPS redirect on 127.0.0.1). Secrets come from the caller's
    environment or the project's .env, as for any other command."""
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "DJANGO_DEBUG": "false",
            "DJANGO_ALLOW_DEMO_DATA": "false",
            "DJANGO_HTTPS": "false",
            "DJANGO_BEHIND_TLS_PROXY": "false",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(overrides)
    return env


def start_gunicorn(
    port: int, *, env: dict, run_dir: Path, name: str, workers: int | None = None
) -> subprocess.Popen:
    """One gunicorn instance on 127.0.0.1:<port>; its log is <run_dir>/<name>.log."""
    env = {
        **env,
        "PORTAL_INSTANCE_NAME": name,
        "GUNICORN_ACCESS_LOG": str(run_dir / f"{name}.access.log"),
    }
    if workers:
        env["GUNICORN_WORKERS"] = str(workers)
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "mrc_portal.wsgi:application",
        "--config",
        str(GUNICORN_CONF),
        "--bind",
        f"127.0.0.1:{port}",
    ]
    with open(run_dir / f"{name}.log", "ab") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    process.log_path = run_dir / f"{name}.log"
    return process


def nginx_binary() -> str | None:
    for candidate in NGINX_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def nginx_config(*, run_dir: Path, listen_port: int, upstream_ports: list[int]) -> str:
    """A loopback reverse proxy: round robin over the instances, no sticky sessions.

    X-Upstream names the instance that answered, so a test (or curl) can see both at
    work; a public server would not send it. X-Forwarded-For is not set: the portal
    never trusts it (apps/accounts/lockout.py)."""
    servers = "\n".join(f"        server 127.0.0.1:{port};" for port in upstream_ports)
    kinds = ("body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = {kind: run_dir / f"nginx-{kind}" for kind in kinds}
    user = "user root root;\n" if os.geteuid() == 0 else ""
    return f"""# Written by deploy/processes.py for a loopback cluster; not a production config.
{user}daemon off;
worker_processes 1;
pid {run_dir / "nginx.pid"};
error_log {run_dir / "nginx-error.log"} warn;

events {{
    worker_connections 1024;
}}

http {{
    log_format portal '$time_iso8601 "$request_method $uri" $status $body_bytes_sent '
                      '$request_time $upstream_addr';
    access_log {run_dir / "nginx-access.log"} portal;
    client_body_temp_path {temp["body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};
    server_tokens off;
    # Orientation leaflets are up to 5 MiB.
    client_max_body_size 6m;

    upstream portal {{
{servers}
        keepalive 16;
    }}

    server {{
        listen 127.0.0.1:{listen_port};
        server_name _;

        location / {{
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # With the port: Django compares a POST's Origin with scheme://host:port.
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-Proto $scheme;
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
"""


def start_nginx(*, run_dir: Path, listen_port: int, upstream_ports: list[int]) -> subprocess.Popen:
    binary = nginx_binary()
    if binary is None:
        raise ServerFailed("nginx is not installed (Debian: apt-get install nginx).")
    conf = run_dir / "nginx.conf"
    conf.write_text(
        nginx_config(run_dir=run_dir, listen_port=listen_port, upstream_ports=upstream_ports)
    )
    with open(run_dir / "nginx.log", "ab") as log:
        process = subprocess.Popen(
            [binary, "-c", str(conf), "-p", str(run_dir), "-e", str(run_dir / "nginx-error.log")],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    process.log_path = run_dir / "nginx-error.log"
    return process


def wait_for_http(url: str, *, process: subprocess.Popen, timeout: float = 60) -> None:
    """Until `url` answers 200; ServerFailed if the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerFailed(
                f"{url}: the server exited ({process.returncode}).\n{_tail(process)}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise ServerFailed(f"{url} did not answer within {timeout:.0f} s.\n{_tail(process)}")


def _tail(process: subprocess.Popen, lines: int = 30) -> str:
    path = getattr(process, "log_path", None)
    if path is None or not Path(path).exists():
        return ""
    return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])


def stop(*processes: subprocess.Popen, timeout: float = 15) -> None:
    """SIGTERM to each process group (gunicorn's master and workers, nginx's master and
    worker), then SIGKILL to whatever is still there after `timeout` seconds."""
    for process in processes:
        if process is not None and process.poll() is None:
            _signal_group(process, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for process in processes:
        if process is None:
            continue
        try:
            process.wait(max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            _signal_group(process, signal.SIGKILL)
            process.wait(5)


def _signal_group(process: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
