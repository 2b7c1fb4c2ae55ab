"""A proxy the environment names (``HTTP_PROXY``) carries every call: the request loop sends to the connection pool
the ``httpx`` client chose for the URL, not to its direct pool."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from mqclients.zaqar import AsyncZaqar, Zaqar

TARGET = "http://zaqar.example.invalid:8888"


class _Proxy(BaseHTTPRequestHandler):
    """Answers every request itself (an empty queue's metadata) and keeps the request target it was sent."""

    seen: list[str]

    def do_GET(self) -> None:
        self.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    seen: list[str] = []
    handler = type("Proxy", (_Proxy,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{server.server_address[1]}")
    try:
        yield seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_a_sync_call_goes_through_the_environment_proxy(proxy: list[str]) -> None:
    with Zaqar(TARGET, project_id="p", max_retries=0, timeout=5) as zq:
        zq.get_queue("orders")
    assert proxy == [f"{TARGET}/v2/queues/orders"]  # absolute form: what a client says to a proxy


def test_an_async_call_goes_through_the_environment_proxy(proxy: list[str]) -> None:
    async def run() -> None:
        async with AsyncZaqar(TARGET, project_id="p", max_retries=0, timeout=5) as zq:
            await zq.get_queue("orders")

    asyncio.run(run())
    assert proxy == [f"{TARGET}/v2/queues/orders"]
