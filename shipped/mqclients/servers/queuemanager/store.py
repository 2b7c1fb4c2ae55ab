"""What the server needs from its storage: the ``Store`` interface, and the values it passes.

``sqlite_store.SQLiteStore`` (one process, the default) and ``pg_store.PostgresStore`` (many replicas on one
database) implement it; ``open_store`` in ``stores`` picks one from a URL. The contract every implementation keeps:

- Each call is one transaction (SQLite: calls come from one thread at a time; PostgreSQL: from a bounded pool):
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
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from .accounts import Account


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


class StorageFailure(Exception):
    """The storage failed (unreachable, timed out, refused): the call answers an internal failure, not a crash."""


@dataclass(frozen=True)
class StoredSession:
    """A session kept by a store shared by replicas: found by the SHA-256 of its token (never the token)."""

    digest: bytes = field(repr=False)
    id: str
    username: str
    password_hash: str = field(repr=False)  # the user's hash at login
    seconds_left: float
    account: Account | None = None  # the user as it is now (None: removed)


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

    def ping(self) -> None: ...

    def depths(self, limit: int) -> list[tuple[str, int, int]]: ...


@runtime_checkable
class SharedSessionStore(Protocol):
    """A store that also keeps sessions, users and grants, so that every replica on it accepts every token and
    sees every change of a user at once (PostgreSQL). A store without these methods (SQLite, one process) leaves
    sessions in the server's memory and users in the users file."""

    def session_open(
        self,
        digest: bytes,
        session_id: str,
        username: str,
        password_hash: str,
        *,
        ttl: float,
        max_lifetime: float,
        max_per_user: int,
        max_total: int,
    ) -> float: ...

    def session_find(self, digest: bytes) -> StoredSession | None: ...

    def session_renew(self, digest: bytes, ttl: float) -> float: ...

    def session_close(self, digest: bytes) -> None: ...

    def account_get(self, username: str) -> Account | None: ...

    def account_put(self, account: Account) -> None: ...

    def account_remove(self, username: str) -> bool: ...

    def accounts_add_missing(self, accounts: Iterable[Account]) -> list[str]: ...

    def account_count(self) -> int: ...
