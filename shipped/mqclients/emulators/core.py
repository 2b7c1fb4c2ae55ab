"""What every emulator shares: a clock that tests can move forward, a wake-up signal for long polls, optional fault
injection, credentials, and the admin routes (``/_emulator/...``) that drive them over HTTP."""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

# A long poll re-checks its condition at least this often (a delayed message may become visible meanwhile).
POLL_RECHECK_SECONDS = 0.05
# Request bodies larger than this are refused before parsing (both vendors' limits are lower).
MAX_BODY_BYTES = 2 << 20


class Clock:
    """Wall-clock seconds plus an offset that ``advance`` moves forward: tests skip visibility timeouts, delays and
    ack waits without sleeping. Thread-safe."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("seconds: must be >= 0 (the clock only moves forward)")
        with self._lock:
            self._offset += seconds


class Signal:
    """Wakes every waiting long poll when state changes (a send, an ack, a clock move). The waiters run on the
    server's event loop; ``notify`` may be called from any thread."""

    def __init__(self) -> None:
        self._waiters: set[asyncio.Future[None]] = set()
        self._lock = threading.Lock()

    async def wait(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        with self._lock:
            self._waiters.add(future)
        try:
            await asyncio.wait_for(asyncio.shield(future), timeout=max(0.0, seconds))
        except TimeoutError:
            pass
        finally:
            with self._lock:
                self._waiters.discard(future)

    def notify(self) -> None:
        with self._lock:
            waiters = list(self._waiters)
        for future in waiters:
            loop = future.get_loop()
            if loop.is_closed():
                continue
            loop.call_soon_threadsafe(_wake, future)


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


async def wait_until(ready: Callable[[], bool], *, seconds: float, clock: Clock, signal: Signal) -> None:
    """Return once ``ready()`` is true or ``seconds`` of emulator time have passed (a long poll)."""
    deadline = clock.now() + seconds
    while not ready():
        remaining = deadline - clock.now()
        if remaining <= 0:
            return
        await signal.wait(min(remaining, POLL_RECHECK_SECONDS))


@dataclass
class Faults:
    """Chaos for tests: ``latency`` seconds added before each answer, and a share ``error_rate`` (0..1) of calls
    answered with the vendor's internal error instead of running. ``seed`` makes the choice repeatable."""

    latency: float = 0.0
    error_rate: float = 0.0
    seed: int | None = None
    _random: random.Random = field(default_factory=random.Random, repr=False)

    def __post_init__(self) -> None:
        self.check()
        self._random.seed(self.seed)

    def check(self) -> None:
        if not 0.0 <= self.error_rate <= 1.0:
            raise ValueError("error_rate: must be between 0 and 1")
        if self.latency < 0:
            raise ValueError("latency: must be >= 0")

    def should_fail(self) -> bool:
        return self.error_rate > 0 and self._random.random() < self.error_rate


class Backend:
    """Base of one API's emulated service: its clock, signal and faults; ``reset`` forgets every resource."""

    def __init__(self, *, faults: Faults | None = None, clock: Clock | None = None) -> None:
        self.clock = clock or Clock()
        self.signal = Signal()
        self.faults = faults or Faults()

    def reset(self) -> None:
        raise NotImplementedError

    def advance(self, seconds: float) -> None:
        """Move emulator time forward and wake long polls: expired invisibility and delays take effect at once."""
        self.clock.advance(seconds)
        self.signal.notify()


async def read_body(request: Request) -> bytes | None:
    """The body, or None when it is larger than :data:`MAX_BODY_BYTES`."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def admin_routes(backend: Backend) -> list[Route]:
    """``POST /_emulator/reset`` forgets everything; ``POST /_emulator/advance?seconds=N`` moves the clock;
    ``POST /_emulator/faults?latency=S&error_rate=R`` sets fault injection. For tests driving a separate process."""

    async def reset(request: Request) -> Response:
        backend.reset()
        return JSONResponse({"reset": True})

    async def advance(request: Request) -> Response:
        try:
            seconds = float(request.query_params.get("seconds", "0"))
            backend.advance(seconds)
        except ValueError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse({"now": backend.clock.now()})

    async def faults(request: Request) -> Response:
        try:
            latency = float(request.query_params.get("latency", "0"))
            error_rate = float(request.query_params.get("error_rate", "0"))
            backend.faults = Faults(latency=latency, error_rate=error_rate)
        except ValueError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse({"latency": latency, "error_rate": error_rate})

    return [
        Route("/_emulator/reset", reset, methods=["POST"]),
        Route("/_emulator/advance", advance, methods=["POST"]),
        Route("/_emulator/faults", faults, methods=["POST"]),
    ]


def unrouted_handlers(answer: Callable[[int, str], Response]) -> dict[Any, Any]:
    """Starlette ``exception_handlers`` that answer an unknown path (404) or method (405) in the vendor's error shape:
    ``answer(status, message)`` builds it."""

    async def unrouted(request: Request, exc: Exception) -> Response:
        status = int(getattr(exc, "status_code", 404))
        what = "method" if status == 405 else "path"
        return answer(status, f"the emulator does not serve this {what}: {request.method} {request.url.path}")

    return {404: unrouted, 405: unrouted}


async def apply_faults(
    backend: Backend, fail: Callable[[], Response], run: Callable[[], Awaitable[Response]]
) -> Response:
    """Run one call under the backend's fault settings: latency first, then maybe the vendor's internal error."""
    if backend.faults.latency:
        await asyncio.sleep(backend.faults.latency)
    if backend.faults.should_fail():
        return fail()
    return await run()
