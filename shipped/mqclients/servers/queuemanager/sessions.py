"""Session tokens, hashed: kept in memory (one SQLite server: a restart ends every session), or in the store
(PostgreSQL: every replica accepts every token, and sessions outlive a restart).

- A token is 32 random bytes (``secrets.token_urlsafe``); the server keeps only its SHA-256, so a memory dump or a
  log of the table holds no usable token. The hash is the table's key; the found entry's hash is compared again with
  ``hmac.compare_digest``.
- A session ends at the first of: ``ttl`` seconds after its login or its last heart beat; ``max_lifetime`` seconds
  after its login, whatever the heart beats; ``qm.logout``; its user removed from the users file or given another
  password (checked at each call, by the app); being the oldest of its user's sessions when the user opens more
  than ``max_per_user``, or the oldest on the server past ``max_total``.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .accounts import Account
from .store import SharedSessionStore, StoredSession


@dataclass
class Session:
    """One logged-in session. ``id`` names it in the store (who holds which elements); it is not the token."""

    digest: bytes = field(repr=False)
    id: str
    username: str
    password_hash: str = field(repr=False)  # the user's hash at login: another one now means the password changed
    created: float
    expires: float
    # a session of a shared store: its user as found with it (None: removed); in-memory sessions look it up
    current_account: Account | None = field(default=None, repr=False)


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "replace")).digest()


class Sessions:
    """The open sessions. Used from the event loop's thread only."""

    def __init__(
        self,
        ttl: float,
        *,
        max_lifetime: float,
        max_per_user: int = 256,
        max_total: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.max_lifetime = max_lifetime
        self.max_per_user = max_per_user
        self.max_total = max_total
        self._clock = clock
        self._by_digest: dict[bytes, Session] = {}  # insertion order: oldest login first

    def __len__(self) -> int:
        return len(self._by_digest)

    def open(self, username: str, password_hash: str) -> tuple[str, Session]:
        now = self._clock()
        mine = [s for s in self._by_digest.values() if s.username == username]
        for old in mine[: max(0, len(mine) - self.max_per_user + 1)]:
            self.close(old)
        while len(self._by_digest) >= self.max_total:
            self.close(next(iter(self._by_digest.values())))
        token = secrets.token_urlsafe(32)
        session = Session(_digest(token), secrets.token_hex(12), username, password_hash, now, now + self.ttl)
        self._by_digest[session.digest] = session
        return token, session

    def _end(self, session: Session) -> float:
        return min(session.expires, session.created + self.max_lifetime)

    def find(self, token: str | None) -> Session | None:
        """The session of a valid, unexpired token."""
        if not token:
            return None
        digest = _digest(token)
        session = self._by_digest.get(digest)
        if session is None or not hmac.compare_digest(session.digest, digest):
            return None
        if self._end(session) <= self._clock():
            self.close(session)
            return None
        return session

    def renew(self, session: Session) -> None:
        session.expires = self._clock() + self.ttl

    def seconds_left(self, session: Session) -> int:
        return max(1, round(self._end(session) - self._clock()))

    def close(self, session: Session) -> None:
        self._by_digest.pop(session.digest, None)

    def purge(self) -> int:
        now = self._clock()
        expired = [s for s in self._by_digest.values() if self._end(s) <= now]
        for session in expired:
            self.close(session)
        return len(expired)


class SessionBook(Protocol):
    """Where the app keeps sessions: in this process (``MemorySessionBook``) or in a store shared by replicas
    (``SharedSessionBook``). ``Session.expires`` is on this process's monotonic clock in both."""

    async def open(self, username: str, password_hash: str) -> tuple[str, Session]: ...

    async def find(self, token: str | None) -> Session | None: ...

    async def renew(self, session: Session) -> None: ...

    async def close(self, session: Session) -> None: ...

    async def purge(self) -> None: ...

    def seconds_left(self, session: Session) -> int: ...


class MemorySessionBook:
    """``Sessions`` behind the ``SessionBook`` interface: a restart ends every session."""

    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions

    async def open(self, username: str, password_hash: str) -> tuple[str, Session]:
        return self.sessions.open(username, password_hash)

    async def find(self, token: str | None) -> Session | None:
        return self.sessions.find(token)

    async def renew(self, session: Session) -> None:
        self.sessions.renew(session)

    async def close(self, session: Session) -> None:
        self.sessions.close(session)

    async def purge(self) -> None:
        self.sessions.purge()

    def seconds_left(self, session: Session) -> int:
        return self.sessions.seconds_left(session)


RunInStore = Callable[..., Awaitable[Any]]


class SharedSessionBook:
    """Sessions as rows of a shared store (``store.SharedSessionStore``), their lifetimes on the database's
    clock: any replica finds a session another opened, and a logout or expiry holds on all of them. The expired
    rows are deleted by the store's ``sweep``."""

    def __init__(
        self, store: SharedSessionStore, run: RunInStore, ttl: float, *, max_lifetime: float, max_per_user: int
    ) -> None:
        self.store = store
        self.run = run  # runs a store call on the store's threads
        self.ttl = ttl
        self.max_lifetime = max_lifetime
        self.max_per_user = max_per_user
        self.max_total = 100_000

    @staticmethod
    def _session(digest: bytes, session_id: str, username: str, password_hash: str, left: float) -> Session:
        now = time.monotonic()
        return Session(digest, session_id, username, password_hash, now, now + left)

    async def open(self, username: str, password_hash: str) -> tuple[str, Session]:
        token = secrets.token_urlsafe(32)
        digest, session_id = _digest(token), secrets.token_hex(12)
        left = await self.run(
            functools.partial(
                self.store.session_open,
                digest,
                session_id,
                username,
                password_hash,
                ttl=self.ttl,
                max_lifetime=self.max_lifetime,
                max_per_user=self.max_per_user,
                max_total=self.max_total,
            )
        )
        return token, self._session(digest, session_id, username, password_hash, float(left))

    async def find(self, token: str | None) -> Session | None:
        if not token:
            return None
        digest = _digest(token)
        found: StoredSession | None = await self.run(self.store.session_find, digest)
        if found is None or not hmac.compare_digest(found.digest, digest):
            return None
        session = self._session(found.digest, found.id, found.username, found.password_hash, found.seconds_left)
        session.current_account = found.account
        return session

    async def renew(self, session: Session) -> None:
        left = await self.run(self.store.session_renew, session.digest, self.ttl)
        session.expires = time.monotonic() + float(left)

    async def close(self, session: Session) -> None:
        await self.run(self.store.session_close, session.digest)

    async def purge(self) -> None:
        """Nothing here: the store's sweep deletes expired sessions."""

    def seconds_left(self, session: Session) -> int:
        return max(1, round(session.expires - time.monotonic()))
