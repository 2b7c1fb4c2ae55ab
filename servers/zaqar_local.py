"""A real OpenStack Zaqar v2 server on loopback: redis on a unix socket plus zaqar-server, no Keystone.

Used by the demo, the integration tests and the benchmarks. Both processes are started directly (no shell), kept
by PID and stopped by PID. ``zaqar-server`` comes from its own virtualenv (``make zaqar-server``); set
``MQCLIENTS_ZAQAR_SERVER`` to use another.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CONFIG_TEMPLATE = """\
[DEFAULT]
auth_strategy =
admin_mode = True
pooling = {pooling}
[drivers]
transport = wsgi
message_store = redis
management_store = {management_store}
[drivers:transport:wsgi]
bind = 127.0.0.1
port = {port}
[drivers:message_store:redis]
uri = redis://{socket}
[drivers:management_store:redis]
uri = redis://{socket}
[drivers:management_store:sqlalchemy]
uri = sqlite:///{sqlite}
[storage]
message_pipeline = zaqar.notification.notifier
[profiler]
enabled = False
"""
# Pre-signed URLs (/share) need a signing key; without this section the server answers 400 to every share.
SIGNED_URL_SECTION = """\
[signed_url]
secret_key = {signing_secret}
"""
# The sqlalchemy management store's tables, made with Zaqar's own metadata (its migration tool emits MySQL-only SQL).
_CREATE_TABLES = (
    "import sys, sqlalchemy; from zaqar.storage.sqlalchemy import tables; "
    "tables.metadata.create_all(sqlalchemy.create_engine('sqlite:///' + sys.argv[1]))"
)


class ServerUnavailable(RuntimeError):
    """A program the local server needs is not installed."""


def zaqar_server_path() -> str:
    configured = os.environ.get("MQCLIENTS_ZAQAR_SERVER")
    candidates = [configured] if configured else []
    candidates += [str(ROOT / ".venv-zaqar" / "bin" / "zaqar-server"), shutil.which("zaqar-server") or ""]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise ServerUnavailable("zaqar-server not found: run `make zaqar-server` (or set MQCLIENTS_ZAQAR_SERVER)")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop one process by its own PID: SIGTERM, then SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


@dataclass(frozen=True)
class LocalZaqar:
    """A running local Zaqar: where it listens and the PIDs of its processes."""

    endpoint: str
    redis_pid: int
    zaqar_pid: int
    workdir: Path
    # With pooling, the URI a pool gives for the redis message store this server runs (else None).
    pool_uri: str | None = None


def _wait_until(check: Callable[[], bool], timeout: float, what: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with status {process.returncode} while starting")
        if check():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not come up within {timeout} s")


@contextlib.contextmanager
def running_zaqar(*, quiet: bool = True, signed_urls: bool = True, pooling: bool = False) -> Iterator[LocalZaqar]:
    """Start redis and zaqar-server on loopback, yield where they listen, and stop both by PID.

    ``signed_urls=False`` leaves out ``[signed_url] secret_key`` (``share_queue`` then answers 400).
    ``pooling=True`` runs the management store on sqlalchemy (SQLite in the work folder) with pooling on, so
    ``/v2/pools`` and ``/v2/flavors`` exist; queues then need a pool first (``LocalZaqar.pool_uri`` names this
    server's redis for one).
    """
    redis = shutil.which("redis-server")
    if redis is None:
        raise ServerUnavailable("redis-server not found: run `make install` (it installs Debian's redis-server)")
    zaqar = zaqar_server_path()
    workdir = Path(tempfile.mkdtemp(prefix="mqclients-zaqar-"))
    sock = workdir / "redis.sock"
    output = subprocess.DEVNULL if quiet else None
    redis_proc = subprocess.Popen(
        [redis, "--port", "0", "--unixsocket", str(sock), "--save", "", "--appendonly", "no", "--dir", str(workdir)],
        stdout=output,
        stderr=output,
    )
    zaqar_proc: subprocess.Popen[bytes] | None = None
    try:
        _wait_until(sock.exists, 10, "redis-server", redis_proc)
        port = free_port()
        config = workdir / "zaqar.conf"
        sqlite = workdir / "management.sqlite"
        text = CONFIG_TEMPLATE.format(
            port=port,
            socket=sock,
            pooling=pooling,
            management_store="sqlalchemy" if pooling else "redis",
            sqlite=sqlite,
        )
        if signed_urls:
            text += SIGNED_URL_SECTION.format(signing_secret=os.urandom(16).hex())
        config.write_text(text, encoding="utf-8")
        if pooling:
            python = str(Path(zaqar).parent / "python")
            subprocess.run([python, "-c", _CREATE_TABLES, str(sqlite)], check=True, stdout=output, stderr=output)
        zaqar_proc = subprocess.Popen([zaqar, "--config-file", str(config)], stdout=output, stderr=output, cwd=workdir)
        endpoint = f"http://127.0.0.1:{port}"

        def answers() -> bool:
            try:
                headers = {"Client-ID": "00000000-0000-4000-8000-000000000000", "X-Project-ID": "readiness"}
                return httpx.get(f"{endpoint}/v2/ping", headers=headers, timeout=1).status_code == 204
            except httpx.TransportError:
                return False

        _wait_until(answers, 30, "zaqar-server", zaqar_proc)
        yield LocalZaqar(endpoint, redis_proc.pid, zaqar_proc.pid, workdir, f"redis://{sock}" if pooling else None)
    finally:
        if zaqar_proc is not None:
            _stop(zaqar_proc)
        _stop(redis_proc)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    with running_zaqar(quiet=False) as server:
        print(
            f"Zaqar v2 at {server.endpoint} (redis pid {server.redis_pid}, zaqar pid {server.zaqar_pid}); Ctrl-C stops"
        )
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()
