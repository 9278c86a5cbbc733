"""Two gunicorn instances behind nginx on loopback, sharing one PostgreSQL database:
what a national rollout runs on many machines, on one.

    python -m deploy.run_cluster        (or: make run-cluster)

nginx listens on 127.0.0.1:$CLUSTER_PORT (8080) and sends requests round robin, with no
sticky sessions, to instances on $CLUSTER_INSTANCE_PORTS (8001,8002). Sessions live in
the database and every instance has the same secret key, so a login or a half-done
kiosk registration carries on whichever instance answers. Each response names its
instance in X-Upstream. Ctrl-C stops everything; the logs stay in the run directory.
"""

import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from deploy import processes

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/mrc_portal"


def database_url() -> str:
    """As the portal reads it: the environment first, then the project's .env."""
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    env_file = Path(os.environ.get("DJANGO_ENV_FILE", processes.ROOT / ".env"))
    if env_file.exists():
        for line in env_file.read_text().splitlines():
            name, _sep, value = line.partition("=")
            if name.strip() == "DATABASE_URL" and value.strip():
                return value.strip().strip("'\"")
    return DEFAULT_DATABASE_URL


def main() -> int:
    listen_port = int(os.environ.get("CLUSTER_PORT", "8080"))
    instance_ports = [
        int(port) for port in os.environ.get("CLUSTER_INSTANCE_PORTS", "8001,8002").split(",")
    ]
    workers = int(os.environ.get("CLUSTER_WORKERS", "2"))
    run_dir = Path(tempfile.mkdtemp(prefix="mrc-cluster-"))
    run_dir.chmod(0o755)
    env = processes.production_env(database_url())
    started = []

    def stop_all(*_args):
        processes.stop(*reversed(started))
        print(f"Stopped. Logs: {run_dir}")
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop_all)
    try:
        for number, port in enumerate(instance_ports, start=1):
            instance = processes.start_gunicorn(
                port, env=env, run_dir=run_dir, name=f"instance{number}", workers=workers
            )
            started.append(instance)
        for port, instance in zip(instance_ports, started, strict=True):
            processes.wait_for_http(f"http://127.0.0.1:{port}/healthz", process=instance)
        proxy = processes.start_nginx(
            run_dir=run_dir, listen_port=listen_port, upstream_ports=instance_ports
        )
        started.append(proxy)
        processes.wait_for_http(f"http://127.0.0.1:{listen_port}/healthz", process=proxy)
    except processes.ServerFailed as error:
        print(error, file=sys.stderr)
        processes.stop(*reversed(started))
        return 1
    except KeyboardInterrupt:
        stop_all()

    instances = ", ".join(f"127.0.0.1:{port}" for port in instance_ports)
    print(f"nginx on http://127.0.0.1:{listen_port}/ -> gunicorn at {instances}")
    print(f"Logs in {run_dir}. Ctrl-C stops all.")
    try:
        while all(process.poll() is None for process in started):
            time.sleep(0.5)
        print("A process stopped by itself; stopping the others.", file=sys.stderr)
        processes.stop(*reversed(started))
        return 1
    except KeyboardInterrupt:
        stop_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
