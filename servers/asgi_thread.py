"""An ASGI app served by uvicorn from a thread, on a socket and an HTTP protocol class the caller chooses (tests
and benchmarks of connection-level behaviour: how the protocol treats the sockets it is given). Loopback only."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

STARTUP_SECONDS = 10.0


def protocol_zero_socket() -> socket.socket:
    """A socket bound to 127.0.0.1 (a free port) made as ``socket(AF_INET, SOCK_STREAM)``: protocol 0, as a
    pre-bound or inherited listening socket is. asyncio sets TCP_NODELAY on accepted connections only when the
    listening socket says IPPROTO_TCP, so on this one it does not."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock


async def small_json_answer(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An ASGI app that answers every request with a small JSON body, written as two parts (head, body)."""
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b'{"result": 0}'})


@contextlib.contextmanager
def serving(app: Any, protocol: type[H11Protocol], sock: socket.socket) -> Iterator[tuple[uvicorn.Server, str]]:
    """Serve ``app`` with ``protocol`` on ``sock`` until the block ends; yield the server and its base URL."""
    server = uvicorn.Server(uvicorn.Config(app, http=protocol, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="asgi-thread")
    thread.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    try:
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        yield server, f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_SECONDS)
        sock.close()
