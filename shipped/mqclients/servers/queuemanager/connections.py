"""Bounded connections: uvicorn's h11 protocol with a connection cap, a header timeout and eviction of idle ones.

uvicorn closes a keep-alive connection that stays idle after a response, but not one that never sends a request, nor
one that trickles its headers; and its ``limit_concurrency`` answers 503 only once a request arrives, so idle sockets
still hold their file descriptors. With the usual limit of 1024 descriptors, ~1,000 idle sockets then lock every
client out and make ``accept()`` fail in a loop. This protocol:

- gives each connection ``header_timeout`` seconds, from its start and from the end of each response, to deliver
  the headers of its next request, else closes it (uvicorn's own keep-alive timeout closes idle ones sooner);
- keeps at most ``max_connections`` open: a new connection over the cap closes the connection that has been waiting
  for a request the longest (an idle one), so idle sockets cannot keep a legitimate client out; when every open
  connection is busy with a request, the new one is closed instead.

``max_connections`` defaults to the descriptor limit less a reserve for the database, logs and key files.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import resource
import socket
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .limits import RateLimitedLog

FD_RESERVE = 64
logger = logging.getLogger("mqclients.servers.queuemanager")


def default_max_connections() -> int:
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return 4096
    return max(16, min(4096, soft - FD_RESERVE))


class GuardedH11Protocol(H11Protocol):
    """The h11 protocol with the limits of this module; ``guarded_protocol`` makes a configured subclass."""

    max_connections = 1000
    header_timeout = 10.0
    log = RateLimitedLog(logger)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None
        self._waiting_since = 0.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        _disable_nagle(transport)
        super().connection_made(transport)
        self._await_headers()
        open_ = [c for c in self.connections if not c.transport.is_closing()]
        if len(open_) <= self.max_connections:
            return
        idle = [c for c in open_ if isinstance(c, GuardedH11Protocol) and c is not self and c._is_idle()]
        if idle:
            oldest = min(idle, key=lambda c: c._waiting_since)
            self.log.warning(
                "evict", "connection limit (%d) reached: closing the longest idle one", self.max_connections
            )
            oldest._close()
        else:
            self.log.warning("refuse", "connection limit (%d) reached, all busy: refusing one", self.max_connections)
            self._close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state is not h11.IDLE:  # a request's headers have arrived
            self._cancel_header_timer()

    def on_response_complete(self) -> None:
        self._await_headers()
        super().on_response_complete()

    def _is_idle(self) -> bool:
        return self.conn.their_state is h11.IDLE and (self.cycle is None or self.cycle.response_complete)

    def _await_headers(self) -> None:
        self._cancel_header_timer()
        self._waiting_since = self.loop.time()
        self._header_timer = self.loop.call_later(self.header_timeout, self._on_header_timeout)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _on_header_timeout(self) -> None:
        self._header_timer = None
        if self._is_idle():
            self._close()

    def _close(self) -> None:
        self._cancel_header_timer()
        if not self.transport.is_closing():
            self.transport.close()


def _disable_nagle(transport: asyncio.BaseTransport) -> None:
    """TCP_NODELAY on the connection's socket. asyncio sets it only when the listening socket says IPPROTO_TCP,
    which a socket made as ``socket(AF_INET, SOCK_STREAM)`` (protocol 0: a pre-bound or inherited one) does not;
    without it a response written in two parts (head, body) waits for the client's delayed ACK, ~40 ms a call."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def guarded_protocol(max_connections: int, header_timeout: float) -> type[GuardedH11Protocol]:
    """A ``GuardedH11Protocol`` with these limits, for uvicorn's ``http=``."""
    return type(
        "QueueManagerH11Protocol",
        (GuardedH11Protocol,),
        {"max_connections": max_connections, "header_timeout": header_timeout},
    )
