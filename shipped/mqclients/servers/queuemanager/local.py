"""Start a queueManager server as a subprocess on a free loopback port, and stop it by its PID.

For tests, demos and benchmarks (needs httpx, which the clients install)::

    with running_queuemanager(data_dir, users_file) as server:
        httpx.post(f"{server.url}/rpc", json=...)
"""

from __future__ import annotations

import contextlib
import itertools
import os
import resource
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

import httpx

from .accounts import add_user
from .login import encrypt_login


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_users(
    path: Path, users: dict[str, str], *, queues: tuple[str, ...] = ("*",), maps: tuple[str, ...] = ("*",)
) -> Path:
    """A users file holding these users and passwords, role ``user``, granted ``queues`` and ``maps`` (all)."""
    for name, password in users.items():
        add_user(path, name, password, role="user", queues=queues, maps=maps)
    return path


@dataclass
class LocalQueueManager:
    """A running server: where it listens, its process, and how to log in to it."""

    url: str
    process: subprocess.Popen[bytes]
    data_dir: Path
    port: int
    verify: ssl.SSLContext | bool = True

    @property
    def pid(self) -> int:
        return self.process.pid

    def public_key(self) -> bytes:
        return httpx.get(f"{self.url}/public-key", timeout=5, verify=self.verify).content

    def encrypted(self, password: str) -> str:
        """``password`` as ``qm.auth`` takes it: a login payload with a fresh challenge from this server."""
        return login_payload(httpx.get(f"{self.url}/login-challenge", timeout=5, verify=self.verify), password)


def login_payload(challenge_response: httpx.Response, password: str) -> str:
    """``qm.auth``'s ``password`` for an answer of ``GET /login-challenge``."""
    answer = challenge_response.json()
    return encrypt_login(answer["public_key"].encode("ascii"), password, answer["challenge"])


def _limit_fds(limit: int) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, hard))


def start(
    data_dir: Path,
    users_file: Path | None = None,
    *,
    port: int | None = None,
    store: str | None = None,
    token_ttl: float | None = None,
    ack_deadline: float | None = None,
    max_body: int | None = None,
    body_timeout: float | None = None,
    options: dict[str, Any] | None = None,
    tls: tuple[Path, Path] | None = None,
    verify: ssl.SSLContext | bool = True,
    fd_limit: int | None = None,
    command: list[str] | None = None,
    timeout: float = 20.0,
    quiet: bool = True,
    log: Path | None = None,
) -> LocalQueueManager:
    """Start ``python -m mqclients.servers.queuemanager`` (or ``command``) and wait until it answers.

    ``store``: the ``--store`` URL (default: SQLite in ``data_dir``). ``options``: more command-line options by
    name (``{"session-in-flight": 5}``); ``tls``: (certificate, key) to
    serve HTTPS, checked with ``verify``; ``fd_limit``: the server process's descriptor limit (``setrlimit`` in
    the child before it starts). Its output goes to ``log`` when given, else nowhere (``quiet``) or to ours.
    """
    port = port or free_port()
    command = [*(command or [sys.executable, "-m", "mqclients.servers.queuemanager"])]
    command += ["--port", str(port), "--data-dir", str(data_dir)]
    named: dict[str, Any] = {
        "users": users_file,
        "store": store,
        "token-ttl": token_ttl,
        "ack-deadline": ack_deadline,
        "max-body": max_body,
        "body-timeout": body_timeout,
        "tls-cert": tls[0] if tls else None,
        "tls-key": tls[1] if tls else None,
        **(options or {}),
    }
    for option, value in named.items():
        if value is not None:
            command += [f"--{option}", str(value)]
    with contextlib.ExitStack() as files:
        output: Any = subprocess.DEVNULL if quiet else None
        if log is not None:
            output = files.enter_context(log.open("ab"))
        process = subprocess.Popen(
            command,
            stdout=output,
            stderr=output,
            stdin=subprocess.DEVNULL,
            preexec_fn=(lambda: _limit_fds(fd_limit)) if fd_limit is not None else None,
        )
    scheme = "https" if tls else "http"
    server = LocalQueueManager(f"{scheme}://127.0.0.1:{port}", process, data_dir, port, verify)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"queueManager server exited with status {process.returncode} while starting")
        try:
            if httpx.get(f"{server.url}/public-key", timeout=1, verify=verify).status_code == 200:
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
    **more: Any,
) -> Iterator[LocalQueueManager]:
    """A server for the ``with`` block, stopped by its PID at the end (``more``: the keywords of ``start``)."""
    server = start(data_dir, users_file, token_ttl=token_ttl, ack_deadline=ack_deadline, quiet=quiet, **more)
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

    def __init__(self, url: str, *, timeout: float = 10.0, verify: ssl.SSLContext | bool = True) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=timeout, verify=verify)
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

    def auth_request(self, username: str, password: str) -> dict[str, Any]:
        """A ``qm.auth`` request with a fresh challenge, ready to send (or to record and replay)."""
        encrypted = login_payload(self.http.get("/login-challenge"), password)
        return self.request("qm.auth", {"username": username, "password": encrypted}, with_token=False)

    def login(self, username: str, password: str) -> str:
        """``qm.auth`` with a fresh login payload for this server; keeps and answers the token."""
        answer = self.send(self.auth_request(username, password))
        result = answer.get("result") or {}
        if result.get("code") != 0:
            raise RpcAnswerError(f"qm.auth: expected code 0, got {answer}")
        self.token = str(result["token"])
        return self.token
