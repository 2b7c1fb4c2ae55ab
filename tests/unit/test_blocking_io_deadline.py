"""Blocking work a call cannot bound itself ends by the call's deadline: the keystone token fetch (sync, and async
off the event loop) and the host name lookup of the sync clients (``getaddrinfo`` takes no timeout)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from keystoneauth1 import plugin, session

from mqclients import errors
from mqclients._core import blocking
from mqclients.zaqar import AsyncZaqar, Zaqar

WATCHDOG_SECONDS = 10.0  # "no hang" bound only; the calls under test have 0.3 s
ENDPOINT = "http://127.0.0.1:9"


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at the end of each test, so blocked worker threads finish and nothing is left behind."""
    event = threading.Event()
    yield event
    event.set()


def _ends_without_hanging(call: Callable[[], Any]) -> BaseException | None:
    """Run ``call`` in a thread; the exception it raised (``None`` if none), or fail if it is still running."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:  # handed back to the test
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(WATCHDOG_SECONDS)
    assert not thread.is_alive(), "the call did not end by its deadline"
    return outcome[0]


class StuckKeystone(plugin.BaseAuthPlugin):
    """An auth plugin whose token fetch blocks (an identity server that does not answer) until released."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release

    def get_token(self, session: session.Session, **kwargs: Any) -> str:
        self.release.wait(WATCHDOG_SECONDS * 2)
        return "token-late"


def test_a_stuck_keystone_token_fetch_ends_the_sync_call_by_its_deadline(release: threading.Event) -> None:
    stuck = session.Session(auth=StuckKeystone(release))
    answer = httpx.MockTransport(lambda request: httpx.Response(204))
    with Zaqar(ENDPOINT, project_id="p", session=stuck, http_transport=answer) as zq:
        raised = _ends_without_hanging(lambda: zq.ping(timeout=0.3))
    assert isinstance(raised, errors.TimeoutError)
    assert "keystone token fetch did not finish by the call's deadline" in str(raised)


def test_a_stuck_keystone_token_fetch_neither_blocks_the_event_loop_nor_outlives_the_deadline(
    release: threading.Event,
) -> None:
    stuck = session.Session(auth=StuckKeystone(release))

    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(204)

    async def scenario() -> tuple[BaseException | None, int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.02)
                ticks += 1

        beat = asyncio.create_task(ticker())
        try:
            async with AsyncZaqar(
                ENDPOINT, project_id="p", session=stuck, http_transport=httpx.MockTransport(answer)
            ) as zq:
                await zq.ping(timeout=0.3)
        except errors.MQClientError as exc:
            return exc, ticks
        finally:
            beat.cancel()
        return None, ticks

    outcome: list[tuple[BaseException | None, int]] = []
    assert _ends_without_hanging(lambda: outcome.append(asyncio.run(scenario()))) is None
    raised, ticks = outcome[0]
    assert isinstance(raised, errors.TimeoutError)
    assert ticks >= 3  # the loop kept running while the fetch was stuck in its thread


def test_a_token_fetch_that_answers_in_time_is_used(release: threading.Event) -> None:
    release.set()  # the fetch answers at once
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    fast = session.Session(auth=StuckKeystone(release))
    with Zaqar(ENDPOINT, project_id="p", session=fast, http_transport=httpx.MockTransport(answer)) as zq:
        zq.ping(timeout=5)
    assert sent[0].headers["x-auth-token"] == "token-late"


def test_a_stuck_name_lookup_ends_a_sync_call_by_its_deadline(
    release: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked_up: list[str] = []
    real_getaddrinfo = socket.getaddrinfo

    def stuck_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "zaqar.example.invalid":  # other threads of the process resolve as usual
            return real_getaddrinfo(host, *args, **kwargs)
        looked_up.append(str(host))
        release.wait(WATCHDOG_SECONDS * 2)
        raise socket.gaierror("released")

    monkeypatch.setattr(socket, "getaddrinfo", stuck_getaddrinfo)
    with Zaqar("http://zaqar.example.invalid:8888", project_id="p", max_retries=0) as zq:
        started = time.monotonic()
        raised = _ends_without_hanging(lambda: zq.ping(timeout=0.3))
        assert time.monotonic() - started < WATCHDOG_SECONDS
    assert isinstance(raised, errors.TimeoutError)
    assert looked_up == ["zaqar.example.invalid"]


def test_an_ip_address_needs_no_lookup_and_a_name_resolves_in_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    assert blocking.resolve("127.0.0.1", 80, 0.0) == ["127.0.0.1"]
    assert blocking.resolve("[::1]", 80, 0.0) == ["::1"]
    calls: list[str] = []

    def fake_getaddrinfo(host: str, port: int, **kwargs: Any) -> list[Any]:
        calls.append(threading.current_thread().name)
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.1", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.1", port)),
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("fd00::1", port, 0, 0)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    assert blocking.resolve("mq.example", 443, 5.0) == ["10.0.0.1", "fd00::1"]
    assert calls[0].startswith("mqclients-blocking")
