"""Session tokens, kept in memory and hashed: a restart ends every session.

- A token is 32 random bytes (``secrets.token_urlsafe``); the server keeps only its SHA-256, so a memory dump or a
  log of the table holds no usable token. The hash is the table's key; the found entry's hash is compared again with
  ``hmac.compare_digest``.
- A session ends at the first of: ``ttl`` seconds after its login or its last heart beat; ``max_lifetime`` seconds
  after its login, whatever the heart beats; ``qm.logout``; its user removed from the users file or given another
  password (checked at each call, by the app); being the oldest of its user's sessions when the user opens more
  than ``max_per_user``, or the oldest on the server past ``max_total``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Session:
    """One logged-in session. ``id`` names it in the store (who holds which elements); it is not the token."""

    digest: bytes = field(repr=False)
    id: str
    username: str
    password_hash: str = field(repr=False)  # the user's hash at login: another one now means the password changed
    created: float
    expires: float


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
