"""Start a queueManager server as a subprocess on a free loopback port, and stop it by its PID.

For tests, demos and benchmarks::

    with running_queuemanager(data_dir, users_file) as server:
        httpx.post(f"{server.url}/rpc", json=...)
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

import httpx

from .security import add_user, encrypt_password

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_users(path: Path, users: dict[str, str]) -> Path:
    """A users file holding these users and passwords."""
    for name, password in users.items():
        add_user(path, name, password)
    return path


@dataclass
class LocalQueueManager:
    """A running server: where it listens, its process, and how to log in to it."""

    url: str
    process: subprocess.Popen[bytes]
    data_dir: Path
    port: int

    @property
    def pid(self) -> int:
        return self.process.pid

    def public_key(self) -> bytes:
        return httpx.get(f"{self.url}/public-key", timeout=5).content

    def encrypted(self, password: str) -> str:
        """``password`` as ``qm.auth`` takes it (RSA-OAEP-SHA256 with this server's key, base64)."""
        return encrypt_password(self.public_key(), password)


def start(
    data_dir: Path,
    users_file: Path | None = None,
    *,
    port: int | None = None,
    token_ttl: float | None = None,
    ack_deadline: float | None = None,
    max_body: int | None = None,
    body_timeout: float | None = None,
    timeout: float = 20.0,
    quiet: bool = True,
    log: Path | None = None,
) -> LocalQueueManager:
    """Start ``python -m servers.queuemanager`` and wait until it answers ``GET /public-key``.

    Its output goes to ``log`` when given, else nowhere (``quiet``) or to this process's.
    """
    port = port or free_port()
    command = [sys.executable, "-m", "servers.queuemanager", "--port", str(port), "--data-dir", str(data_dir)]
    for option, value in (
        ("--users", users_file),
        ("--token-ttl", token_ttl),
        ("--ack-deadline", ack_deadline),
        ("--max-body", max_body),
        ("--body-timeout", body_timeout),
    ):
        if value is not None:
            command += [option, str(value)]
    with contextlib.ExitStack() as files:
        output: Any = subprocess.DEVNULL if quiet else None
        if log is not None:
            output = files.enter_context(log.open("ab"))
        process = subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=output, stdin=subprocess.DEVNULL)
    server = LocalQueueManager(f"http://127.0.0.1:{port}", process, data_dir, port)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"queueManager server exited with status {process.returncode} while starting")
        try:
            if httpx.get(f"{server.url}/public-key", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    stop(server)
    raise RuntimeError(f"queueManager server did not answer within {timeout} s")


def stop(server: LocalQueueManager, *, kill: bool = False) -> None:
    """Stop the server by its PID: SIGKILL at once when ``kill``, else SIGTERM then SIGKILL if it lingers."""
    process = server.process
    if process.poll() is not None:
        return
    os.kill(process.pid, signal.SIGKILL if kill else signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@contextlib.contextmanager
def running_queuemanager(
    data_dir: Path,
    users_file: Path | None = None,
    *,
    token_ttl: float | None = None,
    ack_deadline: float | None = None,
    quiet: bool = True,
) -> Iterator[LocalQueueManager]:
    """A server for the ``with`` block, stopped by its PID at the end."""
    server = start(data_dir, users_file, token_ttl=token_ttl, ack_deadline=ack_deadline, quiet=quiet)
    try:
        yield server
    finally:
        stop(server)


class RpcAnswerError(AssertionError):
    """A call answered something else than what ``RawSession.ok`` expects."""


class RawSession:
    """Raw JSON-RPC 2.0 calls over httpx, with the session token added to ``params``.

    For tests and smoke checks of the server; it shares no code with the mqclients client on purpose.
    """

    def __init__(self, url: str, *, timeout: float = 10.0) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=timeout)
        self.token: str | None = None
        self._ids = itertools.count(1)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    def request(self, method: str, params: dict[str, Any] | None = None, *, with_token: bool = True) -> dict[str, Any]:
        """The JSON-RPC request of one call (with the session's token unless ``params`` has one)."""
        params = dict(params or {})
        if with_token and self.token is not None:
            params.setdefault("token", self.token)
        return {"jsonrpc": "2.0", "id": next(self._ids), "method": method, "params": params}

    def send(self, body: dict[str, Any]) -> dict[str, Any]:
        """The whole JSON-RPC answer to a request."""
        answer: dict[str, Any] = self.http.post("/rpc", json=body).json()
        return answer

    def call(self, method: str, params: dict[str, Any] | None = None, *, with_token: bool = True) -> dict[str, Any]:
        """The whole JSON-RPC answer of one call."""
        return self.send(self.request(method, params, with_token=with_token))

    def result(self, method: str, **params: Any) -> dict[str, Any]:
        """The ``result`` of one call, whatever its code; an error answer raises."""
        answer = self.call(method, params)
        if "result" not in answer:
            raise RpcAnswerError(f"{method}: expected a result, got {answer}")
        result: dict[str, Any] = answer["result"]
        return result

    def ok(self, method: str, **params: Any) -> dict[str, Any]:
        """The ``result`` of a call that must succeed (code 0)."""
        result = self.result(method, **params)
        if result.get("code") != 0:
            raise RpcAnswerError(f"{method}: expected code 0, got {result}")
        return result

    def login(self, username: str, password: str) -> str:
        """``qm.auth`` with the password encrypted for this server; keeps and answers the token."""
        encrypted = encrypt_password(self.http.get("/public-key").content, password)
        answer = self.call("qm.auth", {"username": username, "password": encrypted}, with_token=False)
        result = answer.get("result") or {}
        if result.get("code") != 0:
            raise RpcAnswerError(f"qm.auth: expected code 0, got {answer}")
        self.token = str(result["token"])
        return self.token
