"""What the server needs from its storage: the ``Store`` interface, and the values it passes.

``sqlite_store.SQLiteStore`` implements it today; another back end (PostgreSQL, issue 12) implements the same
methods. The contract every implementation keeps:

- Calls come from one thread at a time (the server runs them on one worker thread); each call is one transaction:
  all of it or nothing, and on durable storage when it returns (a confirmed ``add`` survives a crash).
- Failures the caller should see are ``codes.QMError`` (queue not found, queue exists, ...); anything else the
  storage raises is an internal failure.
- Delivery is at least once: a taken element is in flight until ``ack`` or its ack deadline, after which it is
  visible again with the same message id. Message ids are unique and never reused.
- Only the user that took an element last may ``ack`` it; one session holds at most ``session_cap`` in flight.
- ``use_challenge`` answers true once per nonce, across restarts, until the nonce's expiry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Delivered:
    """One element taken from a queue."""

    message_id: int
    element: str


@dataclass(frozen=True)
class Taker:
    """Who takes elements: the user (may ack them, also from a later session) and the session (counted for its cap)."""

    user: str
    session: str


class Store(Protocol):
    """The storage of queues, maps and used login challenges."""

    def open(self) -> None: ...

    def close(self) -> None: ...

    def new_queue(self, queue: str) -> None: ...

    def add(self, queue: str, elements: Sequence[str]) -> None: ...

    def take(self, queue: str, number: int, taker: Taker, session_cap: int) -> list[Delivered]: ...

    def ack(self, message_id: int, failed: bool, user: str) -> None: ...

    def size(self, queue: str) -> int: ...

    def in_flight(self, queue: str) -> int: ...

    def destroy_queue(self, queue: str, force: bool) -> None: ...

    def sweep(self) -> int: ...

    def map_put(self, name: str, pairs: Iterable[tuple[str, str]]) -> None: ...

    def map_remove(self, name: str, key: str) -> None: ...

    def map_get(self, name: str, key: str) -> str | None: ...

    def map_page(self, name: str, offset: int, size: int | None) -> list[tuple[str, str]]: ...

    def map_destroy(self, name: str) -> None: ...

    def use_challenge(self, nonce: bytes, expires: float) -> bool: ...
