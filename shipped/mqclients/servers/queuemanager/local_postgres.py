"""A throw-away PostgreSQL on loopback, for tests, the crash test and benchmarks: ``initdb`` into a temporary
directory, ``postgres`` on 127.0.0.1 and a free port, stopped by its PID.

PostgreSQL refuses to run as root: as root the cluster runs as the ``postgres`` user (Debian's package makes it),
else ``nobody`` (the child process drops to that user itself, so the PID we hold is the postmaster's and signals
reach it directly; ``runuser`` would stand between and not forward SIGINT); as anyone else, as that user.
Authentication is ``trust`` (only loopback listens, and the cluster lives as long as the test run). The binaries
are found in ``$QM_PG_BIN`` or Debian's
``/usr/lib/postgresql/<version>/bin`` (``make install`` installs Debian's ``postgresql`` when it is missing).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .local import free_port

SUPERUSER = "postgres"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries here, or the cluster did not start."""


def binaries() -> Path:
    """The folder holding ``initdb``, ``postgres`` and ``pg_ctl``."""
    configured = os.environ.get("QM_PG_BIN")
    if configured:
        return Path(configured)
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/postgres"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if not found:
        raise PostgresUnavailable("PostgreSQL is not installed: run `make install` (Debian's postgresql package)")
    return found[-1].parent


def _os_user() -> str | None:
    """Who runs the cluster when we are root (None: we are not root, run it as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise PostgresUnavailable("running as root and neither a 'postgres' nor a 'nobody' user exists")


def _drop_to(user: str | None) -> dict[str, Any]:
    """``subprocess`` keywords that run the child as ``user`` (None: as ourselves)."""
    if user is None:
        return {}
    entry = pwd.getpwnam(user)
    env = {**os.environ, "HOME": entry.pw_dir, "USER": user, "LOGNAME": user}
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": [], "env": env, "cwd": "/"}


@dataclass
class LocalPostgres:
    """A running cluster: where it listens and lives, its process (the ``runuser`` or ``postgres`` one)."""

    root: Path
    port: int
    os_user: str | None
    bin: Path
    process: subprocess.Popen[bytes] | None = None
    databases: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def run_as_owner(self, command: list[str], timeout: float) -> None:
        """Run a PostgreSQL tool (initdb, pg_ctl) as the cluster's owner."""
        subprocess.run(command, check=True, capture_output=True, timeout=timeout, **_drop_to(self.os_user))

    def start(self, timeout: float = 30.0) -> None:
        log = (self.root / "postgres.log").open("ab")
        try:
            command = [str(self.bin / "postgres"), "-D", str(self.data), "-k", str(self.root), "-p", str(self.port)]
            command += ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"]
            self.process = subprocess.Popen(
                command, stdout=log, stderr=log, stdin=subprocess.DEVNULL, **_drop_to(self.os_user)
            )
        finally:
            log.close()
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 30.0) -> None:
        import psycopg

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise PostgresUnavailable(
                    f"postgres exited with {self.process.returncode}: see {self.root}/postgres.log"
                )
            try:
                with psycopg.connect(self.url(), connect_timeout=2):
                    return
            except psycopg.OperationalError:
                time.sleep(0.1)
        raise PostgresUnavailable(f"postgres did not accept connections within {timeout} s")

    def crash(self) -> None:
        """``pg_ctl stop -m immediate``: no checkpoint, recovery from the WAL at the next start."""
        self.run_as_owner([str(self.bin / "pg_ctl"), "-D", str(self.data), "stop", "-m", "immediate", "-w"], 60)
        if self.process is not None:
            self.process.wait(timeout=30)
            self.process = None

    def stop(self) -> None:
        """SIGINT (a fast shutdown: clients disconnected, a clean checkpoint) by PID, SIGKILL if it lingers."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        os.kill(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def create_database(self, name: str | None = None) -> str:
        """A new, empty database; answers its URL."""
        import psycopg

        name = name or f"qm_{len(self.databases) + 1}"
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
            raise ValueError(f"database name {name!r}: lower-case letters, digits and _")
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")  # the name is checked just above
        self.databases.append(name)
        return self.url(name)


def start_postgres(root: Path | None = None) -> LocalPostgres:
    """``initdb`` into a new temporary directory (or ``root``) and start the cluster on a free loopback port."""
    bin_dir = binaries()
    user = _os_user()
    root = root or Path(tempfile.mkdtemp(prefix="qm-postgres-"))
    if user is not None:
        shutil.chown(root, user)
        os.chmod(root, 0o700)
    server = LocalPostgres(root, free_port(), user, bin_dir)
    initdb = [str(bin_dir / "initdb"), "-D", str(server.data), "-A", "trust", "-U", SUPERUSER, "--no-sync"]
    server.run_as_owner([*initdb, "-E", "UTF8"], 120)
    server.start()
    return server


@contextlib.contextmanager
def running_postgres() -> Iterator[LocalPostgres]:
    """A cluster for the ``with`` block; stopped by its PID and its directory removed at the end."""
    server = start_postgres()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)
