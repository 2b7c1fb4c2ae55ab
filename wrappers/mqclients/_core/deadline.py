"""One deadline per call, enforced on every socket operation the call makes.

A call's ``timeout`` is its whole budget: every attempt, every login request an auth flow makes, every back-off
sleep. ``httpx``'s own timeouts bound each socket operation separately, so a server that drips its answer one byte
at a time keeps a call alive forever. Here the deadline of the running call sits in a context variable (per thread
for sync clients, per task for async ones), and the client's network backend clamps the timeout of every connect,
read and write to the time the call has left: when it is spent, the next socket operation times out at once.
"""

from __future__ import annotations

import contextlib
import contextvars
import math
import time
import typing
from collections.abc import Iterator
from dataclasses import dataclass

import httpcore
import httpx

from . import blocking
from .errors import TimeoutError, ValidationError

T = typing.TypeVar("T")

_CURRENT: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("mqclients_deadline", default=None)

_PHASES = ("connect", "read", "write", "pool")


@dataclass(frozen=True, slots=True)
class Deadline:
    """An absolute point in ``time.monotonic()`` by which the call must end, and its per-phase timeouts."""

    at: float
    phases: httpx.Timeout

    @classmethod
    def after(cls, seconds: float, phases: httpx.Timeout) -> Deadline:
        return cls(time.monotonic() + seconds, phases)

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def allows(self, delay: float) -> bool:
        """Whether sleeping ``delay`` seconds still leaves time for another attempt."""
        return delay < self.remaining()

    def clamp(self, timeout: float | None) -> float:
        """``timeout`` (``None``: no limit of its own) cut down to the time left; 0 when none is left."""
        left = max(0.0, self.remaining())
        return left if timeout is None else min(timeout, left)

    def request_timeouts(self) -> dict[str, float]:
        """The ``timeout`` extension of one request: each phase's own timeout, cut down to the time left."""
        configured = self.phases.as_dict()
        return {phase: self.clamp(configured.get(phase)) for phase in _PHASES}

    @contextlib.contextmanager
    def active(self) -> Iterator[None]:
        """Make this the deadline every socket operation of the current thread or task is clamped to."""
        token = _CURRENT.set(self)
        try:
            yield
        finally:
            _CURRENT.reset(token)


def current() -> Deadline | None:
    """The deadline of the call running in this thread or task, if any."""
    return _CURRENT.get()


def _clamped(timeout: float | None, exc_class: type[Exception]) -> float | None:
    deadline = _CURRENT.get()
    if deadline is None:
        return timeout
    left = deadline.clamp(timeout)
    if left <= 0:
        raise exc_class("the call's deadline has passed")
    return left


class _SyncStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: typing.Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _SyncStream(
            self._inner.start_tls(ssl_context, server_hostname, _clamped(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


# The async methods below take ``timeout`` because httpcore's backend interface does (ASYNC109 does not apply).
class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109
        return await self._inner.read(max_bytes, _clamped(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        await self._inner.write(buffer, _clamped(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.start_tls(ssl_context, server_hostname, _clamped(timeout, httpcore.ConnectTimeout))
        return _AsyncStream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """A sync network backend whose every connect, read and write ends by the running call's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        # The sync backend resolves the name with getaddrinfo, which no timeout bounds: resolve it here, within
        # the time the call has left, and connect to each address in turn as socket.create_connection would.
        # (The async backend resolves in a thread it stops waiting for at its timeout.)
        try:
            addresses = blocking.resolve(host, port, _clamped(timeout, httpcore.ConnectTimeout))
        except blocking.WaitExpired as exc:
            raise httpcore.ConnectTimeout(f"resolving {host} did not finish in time") from exc
        except OSError as exc:
            raise httpcore.ConnectError(f"resolving {host} failed ({type(exc).__name__})") from exc
        failure: Exception = httpcore.ConnectError(f"{host} resolved to no address")
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address, port, _clamped(timeout, httpcore.ConnectTimeout), local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                failure = exc
                continue
            return _SyncStream(stream)
        raise failure

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        return _SyncStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """The async ``DeadlineBackend``."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def bound_client_io(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Put the deadline backend under every connection pool of ``http``; ``False`` if none could be reached.

    httpx builds its pools itself (with the proxies from the environment) and offers no hook for the network
    backend, so this wraps the backend of each pool it made. A transport of the caller's own (``http_transport=``,
    e.g. ``httpx.MockTransport``) is left alone: there the per-chunk deadline check of the body reader still holds.
    """
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    bounded = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(pool, httpcore.ConnectionPool) and isinstance(backend, httpcore.NetworkBackend):
            if not isinstance(backend, DeadlineBackend):
                pool._network_backend = DeadlineBackend(backend)
            bounded = True
        elif isinstance(pool, httpcore.AsyncConnectionPool) and isinstance(backend, httpcore.AsyncNetworkBackend):
            if not isinstance(backend, AsyncDeadlineBackend):
                pool._network_backend = AsyncDeadlineBackend(backend)
            bounded = True
    return bounded


def call_deadline(timeout: float | httpx.Timeout, budget_for_phases: float, extension: float = 0.0) -> Deadline:
    """The deadline of a call starting now.

    A number is the whole call's budget (and each phase's timeout). An ``httpx.Timeout`` sets the phases; the call's
    budget is then ``budget_for_phases`` (``RetryPolicy.total_deadline``). ``extension`` (a long poll's wait) is
    added to the budget.
    """
    if isinstance(timeout, httpx.Timeout):
        budget, phases = budget_for_phases, timeout
    else:
        budget, phases = float(timeout), httpx.Timeout(float(timeout))
    if not math.isfinite(budget) or budget <= 0:
        raise ValidationError("timeout", f"must be a positive, finite number of seconds (got {budget!r})")
    return Deadline.after(budget + extension, phases)


def run_within_call(fn: typing.Callable[[], T], what: str) -> T:
    """Blocking work of a library that takes no deadline (keystoneauth's token fetch): run in a worker thread and
    waited for no longer than the running call has left; ``TimeoutError`` naming ``what`` when it takes longer."""
    deadline = _CURRENT.get()
    if deadline is None:
        return fn()
    context = contextvars.copy_context()
    try:
        return blocking.wait_for(lambda: context.run(fn), max(0.0, deadline.remaining()))
    except blocking.WaitExpired as exc:
        raise TimeoutError(f"{what} did not finish by the call's deadline") from exc


async def arun_within_call(fn: typing.Callable[[], T], what: str) -> T:
    """The async ``run_within_call``: the event loop goes on while the worker thread blocks."""
    import asyncio  # here: sync users never pay its import time

    deadline = _CURRENT.get()
    context = contextvars.copy_context()
    future = asyncio.get_running_loop().run_in_executor(blocking.worker_pool(), context.run, fn)
    done, _ = await asyncio.wait([future], timeout=None if deadline is None else max(0.0, deadline.remaining()))
    if not done:
        future.cancel()  # stops the wait; the thread finishes in the background
        raise TimeoutError(f"{what} did not finish by the call's deadline")
    return future.result()
