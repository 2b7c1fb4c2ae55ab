"""The PostgreSQL ``store.Store``: many server replicas on one database, each call one transaction.

Driver: psycopg 3 with ``psycopg_pool.ConnectionPool``. The store interface is synchronous (the SQLite store must
be), so a synchronous driver on a bounded thread pool keeps one interface for both stores; asyncpg would need a
second, asynchronous one. The pool is bounded (``pool_size`` connections, the same number of worker threads in the
app), checks a connection before lending it (a database restart leaves dead ones), and waits at most
``pool_timeout`` seconds for one.

What makes it hold with N replicas:

- ids: ``messages.id`` is an identity column (a database sequence): unique across replicas, never reused. The FIFO
  position ``seq`` comes from another sequence; putting an element back gives it a new, larger one.
- claims: ``take`` selects visible elements ``FOR UPDATE SKIP LOCKED``: two replicas taking from one queue at once
  claim different rows, and neither waits for the other's transaction.
- time: every deadline is the database's ``now()`` plus an interval, and every comparison is against ``now()``:
  replicas with skewed clocks agree on when an element is due again.
- a session's cap on elements in flight: a take locks the session's row first, so one session's concurrent takes
  (on any replicas) are counted one after the other. The server-wide ``max_in_flight`` is counted without a lock:
  concurrent takes may overshoot it by at most what they take at once.
- sessions, users (with their grants) and used login challenges are rows: any replica accepts a token issued by
  another, sees a removed user or a changed password at the next call, and a challenge's nonce is a primary key,
  so it is used once across all replicas (``INSERT ... ON CONFLICT DO NOTHING``).
- elements, map keys and map values are ``bytea`` (their UTF-8): PostgreSQL ``text`` cannot hold U+0000, which
  JSON can, and byte order of UTF-8 is code point order, which ``map_page`` promises.

A commit returns after PostgreSQL has flushed its WAL (``synchronous_commit`` on, its default): a confirmed call
survives a crash of the database as well as of the replica.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from . import codes, migrations
from .accounts import Account
from .codes import QMError
from .migrations import Migration
from .store import Delivered, StorageFailure, StoredSession, Taker

T = TypeVar("T")

SCHEMA_V1 = """
CREATE TABLE queues (
    name text PRIMARY KEY,
    created timestamptz NOT NULL DEFAULT now()
);
CREATE SEQUENCE message_seq;
CREATE TABLE messages (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    queue text NOT NULL,
    element bytea NOT NULL,
    seq bigint NOT NULL DEFAULT nextval('message_seq'),
    deadline timestamptz,
    deliveries integer NOT NULL DEFAULT 0,
    holder text,
    session text
);
CREATE INDEX messages_visible ON messages (queue, seq) WHERE deadline IS NULL;
CREATE INDEX messages_in_flight ON messages (deadline) WHERE deadline IS NOT NULL;
CREATE INDEX messages_by_queue_in_flight ON messages (queue, deadline) WHERE deadline IS NOT NULL;
CREATE INDEX messages_by_session ON messages (session) WHERE deadline IS NOT NULL;
CREATE TABLE used_challenges (
    nonce bytea PRIMARY KEY,
    expires double precision NOT NULL
);
CREATE TABLE map_entries (
    map text NOT NULL,
    key bytea NOT NULL,
    value bytea NOT NULL,
    PRIMARY KEY (map, key)
);
CREATE TABLE sessions (
    digest bytea PRIMARY KEY,
    id text NOT NULL UNIQUE,
    username text NOT NULL,
    password_hash text NOT NULL,
    created timestamptz NOT NULL DEFAULT now(),
    expires timestamptz NOT NULL,
    ends timestamptz NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (username, created);
CREATE INDEX sessions_by_end ON sessions (least(expires, ends));
"""

# Version 2: users and their grants move into the database, so that all replicas share them.
SCHEMA_V2 = """
CREATE TABLE users (
    name text PRIMARY KEY,
    password_hash text NOT NULL,
    role text NOT NULL CHECK (role IN ('admin', 'user')),
    queues text[] NOT NULL DEFAULT '{}',
    maps text[] NOT NULL DEFAULT '{}'
);
"""

# The schema's versions, oldest first (see ``migrations``); recorded in ``schema_version``.
MIGRATIONS = (
    Migration(1, "queues, messages, maps, used challenges, sessions", SCHEMA_V1),
    Migration(2, "users and grants", SCHEMA_V2),
)

# Any constant: the advisory lock that serializes migrations of replicas starting at once.
_MIGRATION_LOCK = 0x716D_5354  # "qmST"
_SWEEP_BATCH = 1000
MAX_IN_FLIGHT = 100_000

# Elements past their ack deadline, a batch at a time, oldest deadline first, each given a new place at the tail.
_REQUEUE = """
WITH due AS (
    SELECT id, deadline, seq FROM messages WHERE deadline <= now() {and_queue}
    ORDER BY deadline, seq LIMIT %(batch)s FOR UPDATE SKIP LOCKED
), placed AS (
    SELECT id, nextval('message_seq') AS seq FROM (SELECT id FROM due ORDER BY deadline, seq) AS oldest_first
)
UPDATE messages m SET deadline = NULL, seq = placed.seq FROM placed WHERE m.id = placed.id
"""
_REQUEUE_ALL = _REQUEUE.format(and_queue="")
_REQUEUE_QUEUE = _REQUEUE.format(and_queue="AND queue = %(queue)s")


def redacted(url: str) -> str:
    """``url`` without its password, for logs and messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(unparsable)"
    user, host, port, db = (info.get(k) for k in ("user", "host", "port", "dbname"))
    return f"postgresql://{user or ''}{'@' if user else ''}{host or ''}{':' if port else ''}{port or ''}/{db or ''}"


class PostgresStore:
    """The server's state in PostgreSQL. Thread-safe: each call borrows a pooled connection for one transaction."""

    shares_sessions = True

    def __init__(
        self,
        url: str,
        *,
        ack_deadline: float,
        max_in_flight: int = MAX_IN_FLIGHT,
        pool_size: int = 8,
        pool_timeout: float = 5.0,
        connect_timeout: float = 5.0,
    ) -> None:
        self.url = url
        self.ack_deadline = ack_deadline
        self.max_in_flight = max_in_flight
        self.pool_size = pool_size
        self.pool_timeout = pool_timeout
        self.connect_timeout = connect_timeout
        self._pool: ConnectionPool | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"PostgresStore({redacted(self.url)!r}, pool_size={self.pool_size})"

    # -- lifecycle -------------------------------------------------------------------------------------------

    def open(self) -> None:
        pool = ConnectionPool(
            self.url,
            min_size=1,
            max_size=self.pool_size,
            timeout=self.pool_timeout,
            open=False,
            check=ConnectionPool.check_connection,
            kwargs={"connect_timeout": max(1, round(self.connect_timeout)), "application_name": "mqclients-qm"},
            name="qm-store",
        )
        try:
            pool.open(wait=True, timeout=self.connect_timeout)
        except PoolTimeout as exc:
            pool.close()
            raise StorageFailure(f"cannot connect to {redacted(self.url)} within {self.connect_timeout:g} s") from exc
        self._pool = pool
        self._call(self._migrate)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def _call(self, work: Callable[[psycopg.Connection[Any]], T]) -> T:
        """``work`` in one transaction on a pooled connection; driver failures become ``StorageFailure``."""
        pool = self._pool
        if pool is None:
            raise RuntimeError("store is not open")
        try:
            with pool.connection() as conn, conn.transaction():
                return work(conn)
        except PoolTimeout as exc:
            raise StorageFailure("no database connection free or reachable in time") from exc
        except psycopg.Error as exc:
            raise StorageFailure(f"database error: {type(exc).__name__}") from exc

    @staticmethod
    def _migrate(conn: psycopg.Connection[Any]) -> None:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)")
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        current = int(row[0]) if row and row[0] is not None else 0

        def run(migration: Migration) -> None:
            with conn.transaction():  # a savepoint inside the locked transaction: all of a migration or none
                conn.execute(migration.sql)  # a constant of this module
                conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (migration.version,))

        migrations.apply(MIGRATIONS, current, run)

    def schema_version(self) -> int:
        row = self._call(lambda c: c.execute("SELECT max(version) FROM schema_version").fetchone())
        return int(row[0]) if row and row[0] is not None else 0

    def ping(self) -> None:
        self._call(lambda c: c.execute("SELECT 1"))

    # -- helpers (inside a transaction) ----------------------------------------------------------------------

    @staticmethod
    def _require_queue(conn: psycopg.Connection[Any], queue: str, *, lock: bool = False) -> None:
        # FOR SHARE: a queue being added to or taken from is not destroyed under the call
        sql = "SELECT 1 FROM queues WHERE name = %s FOR SHARE" if lock else "SELECT 1 FROM queues WHERE name = %s"
        if conn.execute(sql, (queue,)).fetchone() is None:
            raise QMError(codes.QUEUE_NOT_FOUND, f"queue {queue!r} not found")

    @staticmethod
    def _requeue_expired(conn: psycopg.Connection[Any], queue: str | None) -> int:
        """Move elements past their ack deadline to the tail of their queues, oldest deadline first (rows another
        transaction holds are left for the next sweep)."""
        sql = _REQUEUE_ALL if queue is None else _REQUEUE_QUEUE
        return conn.execute(sql, {"queue": queue, "batch": _SWEEP_BATCH}).rowcount

    # -- queues ----------------------------------------------------------------------------------------------

    def new_queue(self, queue: str) -> None:
        def work(conn: psycopg.Connection[Any]) -> None:
            row = conn.execute(
                "INSERT INTO queues (name) VALUES (%s) ON CONFLICT DO NOTHING RETURNING 1", (queue,)
            ).fetchone()
            if row is None:
                raise QMError(codes.QUEUE_EXISTS, f"queue {queue!r} already exists")

        self._call(work)

    def add(self, queue: str, elements: Sequence[str]) -> None:
        """Append the elements in order, all or none."""

        def work(conn: psycopg.Connection[Any]) -> None:
            self._require_queue(conn, queue, lock=True)
            conn.execute(
                "INSERT INTO messages (queue, element) "
                "SELECT %s, e FROM unnest(%s::bytea[]) WITH ORDINALITY AS t(e, n) ORDER BY n",
                (queue, [element.encode("utf-8") for element in elements]),
            )

        self._call(work)

    def take(self, queue: str, number: int, taker: Taker, session_cap: int) -> list[Delivered]:
        """Up to ``number`` visible elements, oldest first, claimed with ``SKIP LOCKED`` (see the module)."""

        def work(conn: psycopg.Connection[Any]) -> list[Delivered]:
            self._require_queue(conn, queue, lock=True)
            conn.execute("SELECT 1 FROM sessions WHERE id = %s FOR UPDATE", (taker.session,))
            self._requeue_expired(conn, queue)
            row = conn.execute(
                "SELECT count(*) FILTER (WHERE session = %s), count(*) FROM messages WHERE deadline > now()",
                (taker.session,),
            ).fetchone()
            mine, in_flight = (int(row[0]), int(row[1])) if row else (0, 0)
            if mine >= session_cap:
                raise QMError(
                    codes.TOO_MANY_IN_FLIGHT,
                    f"this session holds {mine} elements in flight (at most {session_cap}): acknowledge some first",
                )
            room = self.max_in_flight - in_flight
            if room <= 0:
                raise QMError(
                    codes.TOO_MANY_IN_FLIGHT,
                    f"too many elements in flight on the server ({self.max_in_flight}): acknowledge some first",
                )
            rows = conn.execute(
                "WITH claimed AS (SELECT id FROM messages WHERE queue = %s AND deadline IS NULL ORDER BY seq "
                "LIMIT %s FOR UPDATE SKIP LOCKED) "
                "UPDATE messages m SET deadline = now() + make_interval(secs => %s), deliveries = deliveries + 1, "
                "holder = %s, session = %s FROM claimed WHERE m.id = claimed.id RETURNING m.id, m.element, m.seq",
                (queue, min(number, room, session_cap - mine), self.ack_deadline, taker.user, taker.session),
            ).fetchall()
            rows.sort(key=lambda r: r[2])
            return [Delivered(int(r[0]), bytes(r[1]).decode("utf-8")) for r in rows]

        return self._call(work)

    def ack(self, message_id: int, failed: bool, user: str) -> None:
        """As ``SQLiteStore.ack``; the row is locked, so two acks of one element on two replicas do not both
        succeed."""

        def work(conn: psycopg.Connection[Any]) -> None:
            row = conn.execute(
                "SELECT deadline, holder FROM messages WHERE id = %s AND deliveries > 0 FOR UPDATE", (message_id,)
            ).fetchone()
            if row is None or row[1] != user:
                raise QMError(
                    codes.MESSAGE_NOT_FOUND,
                    f"message {message_id} not found: unknown, already acknowledged or taken by another user",
                )
            if not failed:
                conn.execute("DELETE FROM messages WHERE id = %s", (message_id,))
            elif row[0] is not None:
                conn.execute(
                    "UPDATE messages SET deadline = NULL, seq = nextval('message_seq') WHERE id = %s", (message_id,)
                )

        self._call(work)

    def size(self, queue: str) -> int:
        def work(conn: psycopg.Connection[Any]) -> int:
            self._require_queue(conn, queue)
            row = conn.execute(
                "SELECT count(*) FROM messages WHERE queue = %s AND (deadline IS NULL OR deadline <= now())", (queue,)
            ).fetchone()
            return int(row[0]) if row else 0

        return self._call(work)

    def in_flight(self, queue: str) -> int:
        def work(conn: psycopg.Connection[Any]) -> int:
            self._require_queue(conn, queue)
            row = conn.execute(
                "SELECT count(*) FROM messages WHERE queue = %s AND deadline > now()", (queue,)
            ).fetchone()
            return int(row[0]) if row else 0

        return self._call(work)

    def depths(self, limit: int) -> list[tuple[str, int, int]]:
        """(queue, visible, in flight) of the first ``limit`` queues by name, for metrics."""

        def work(conn: psycopg.Connection[Any]) -> list[tuple[str, int, int]]:
            rows = conn.execute(
                "SELECT q.name, count(m.id) FILTER (WHERE m.deadline IS NULL OR m.deadline <= now()), "
                "count(m.id) FILTER (WHERE m.deadline > now()) FROM (SELECT name FROM queues ORDER BY name "
                "LIMIT %s) q LEFT JOIN messages m ON m.queue = q.name GROUP BY q.name ORDER BY q.name",
                (limit,),
            ).fetchall()
            return [(str(r[0]), int(r[1]), int(r[2])) for r in rows]

        return self._call(work)

    def destroy_queue(self, queue: str, force: bool) -> None:
        def work(conn: psycopg.Connection[Any]) -> None:
            if conn.execute("SELECT 1 FROM queues WHERE name = %s FOR UPDATE", (queue,)).fetchone() is None:
                raise QMError(codes.QUEUE_NOT_FOUND, f"queue {queue!r} not found")
            if not force:
                row = conn.execute(
                    "SELECT count(*) FILTER (WHERE deadline IS NULL OR deadline <= now()), "
                    "count(*) FILTER (WHERE deadline > now()) FROM messages WHERE queue = %s",
                    (queue,),
                ).fetchone()
                waiting, flying = (int(row[0]), int(row[1])) if row else (0, 0)
                if waiting or flying:
                    raise QMError(
                        codes.QUEUE_NOT_EMPTY,
                        f"queue {queue!r} is not empty ({waiting} waiting, {flying} in flight): "
                        "pass force=true to destroy it",
                    )
            conn.execute("DELETE FROM messages WHERE queue = %s", (queue,))
            conn.execute("DELETE FROM queues WHERE name = %s", (queue,))

        self._call(work)

    def sweep(self) -> int:
        """Requeue elements past their ack deadline (a batch), forget expired sessions and used challenges."""

        def work(conn: psycopg.Connection[Any]) -> int:
            moved = self._requeue_expired(conn, None)
            conn.execute("DELETE FROM sessions WHERE least(expires, ends) <= now()")
            conn.execute("DELETE FROM used_challenges WHERE expires <= extract(epoch FROM now())")
            return moved

        return self._call(work)

    # -- maps ------------------------------------------------------------------------------------------------

    def map_put(self, name: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Set every pair (a later pair wins over an earlier one with the same key), all or none."""
        latest = {key: value for key, value in pairs}  # one row per key: ON CONFLICT cannot touch a row twice
        keys = [key.encode("utf-8") for key in latest]
        values = [value.encode("utf-8") for value in latest.values()]
        self._call(
            lambda conn: conn.execute(
                "INSERT INTO map_entries (map, key, value) SELECT %s, k, v FROM unnest(%s::bytea[], %s::bytea[]) "
                "AS t(k, v) ON CONFLICT (map, key) DO UPDATE SET value = excluded.value",
                (name, keys, values),
            )
        )

    def map_remove(self, name: str, key: str) -> None:
        self._call(
            lambda c: c.execute("DELETE FROM map_entries WHERE map = %s AND key = %s", (name, key.encode("utf-8")))
        )

    def map_get(self, name: str, key: str) -> str | None:
        row = self._call(
            lambda c: c.execute(
                "SELECT value FROM map_entries WHERE map = %s AND key = %s", (name, key.encode("utf-8"))
            ).fetchone()
        )
        return None if row is None else bytes(row[0]).decode("utf-8")

    def map_page(self, name: str, offset: int, size: int | None) -> list[tuple[str, str]]:
        """The pairs in key order (code point order: the keys' UTF-8 bytes compared), ``size`` of them at most."""
        rows = self._call(
            lambda c: c.execute(
                "SELECT key, value FROM map_entries WHERE map = %s ORDER BY key LIMIT %s OFFSET %s",
                (name, size, offset),
            ).fetchall()
        )
        return [(bytes(k).decode("utf-8"), bytes(v).decode("utf-8")) for k, v in rows]

    def map_destroy(self, name: str) -> None:
        self._call(lambda c: c.execute("DELETE FROM map_entries WHERE map = %s", (name,)))

    # -- logins and sessions ---------------------------------------------------------------------------------

    def use_challenge(self, nonce: bytes, expires: float) -> bool:
        """Record a login challenge as used; false when it already was, on any replica."""
        row = self._call(
            lambda c: c.execute(
                "INSERT INTO used_challenges (nonce, expires) VALUES (%s, %s) ON CONFLICT DO NOTHING RETURNING 1",
                (nonce, expires),
            ).fetchone()
        )
        return row is not None

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
    ) -> float:
        """Open a session (ending the user's oldest past ``max_per_user``, the server's oldest past
        ``max_total``); answer its seconds left."""

        def work(conn: psycopg.Connection[Any]) -> float:
            # one login of a user at a time, on every replica: the per-user cap is counted exactly
            conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (f"qm-user:{username}",))
            conn.execute(
                "DELETE FROM sessions WHERE digest IN (SELECT digest FROM sessions WHERE username = %s "
                "ORDER BY created DESC, id OFFSET %s)",
                (username, max(0, max_per_user - 1)),
            )
            conn.execute(
                "DELETE FROM sessions WHERE digest IN (SELECT digest FROM sessions ORDER BY created DESC, id "
                "OFFSET %s)",
                (max(0, max_total - 1),),
            )
            row = conn.execute(
                "INSERT INTO sessions (digest, id, username, password_hash, expires, ends) VALUES "
                "(%s, %s, %s, %s, now() + make_interval(secs => %s), now() + make_interval(secs => %s)) "
                "RETURNING extract(epoch FROM least(expires, ends) - now())",
                (digest, session_id, username, password_hash, ttl, max_lifetime),
            ).fetchone()
            return float(row[0]) if row else 0.0

        return self._call(work)

    def session_find(self, digest: bytes) -> StoredSession | None:
        """The live session of a token's digest, with its user as it is now (one query for both)."""
        row = self._call(
            lambda c: c.execute(
                "SELECT s.id, s.username, s.password_hash, extract(epoch FROM least(s.expires, s.ends) - now()), "
                "u.password_hash, u.role, u.queues, u.maps FROM sessions s LEFT JOIN users u ON u.name = s.username "
                "WHERE s.digest = %s AND least(s.expires, s.ends) > now()",
                (digest,),
            ).fetchone()
        )
        if row is None:
            return None
        account = None if row[4] is None else Account(str(row[1]), row[4], row[5], tuple(row[6]), tuple(row[7]))
        return StoredSession(digest, str(row[0]), str(row[1]), str(row[2]), float(row[3]), account)

    def session_renew(self, digest: bytes, ttl: float) -> float:
        row = self._call(
            lambda c: c.execute(
                "UPDATE sessions SET expires = now() + make_interval(secs => %s) WHERE digest = %s "
                "RETURNING extract(epoch FROM least(expires, ends) - now())",
                (ttl, digest),
            ).fetchone()
        )
        return float(row[0]) if row else 0.0

    def session_close(self, digest: bytes) -> None:
        self._call(lambda c: c.execute("DELETE FROM sessions WHERE digest = %s", (digest,)))

    # -- users -----------------------------------------------------------------------------------------------

    def account_get(self, username: str) -> Account | None:
        row = self._call(
            lambda c: c.execute(
                "SELECT password_hash, role, queues, maps FROM users WHERE name = %s", (username,)
            ).fetchone()
        )
        return None if row is None else Account(username, row[0], row[1], tuple(row[2]), tuple(row[3]))

    def account_put(self, account: Account) -> None:
        """Add a user or replace one (its sessions end at their next call if the password changed)."""
        self._call(
            lambda c: c.execute(
                "INSERT INTO users (name, password_hash, role, queues, maps) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role, "
                "queues = excluded.queues, maps = excluded.maps",
                (account.name, account.password_hash, account.role, list(account.queues), list(account.maps)),
            )
        )

    def account_remove(self, username: str) -> bool:
        def work(conn: psycopg.Connection[Any]) -> bool:
            removed = conn.execute("DELETE FROM users WHERE name = %s", (username,)).rowcount
            conn.execute("DELETE FROM sessions WHERE username = %s", (username,))
            return removed > 0

        return self._call(work)

    def accounts_add_missing(self, accounts: Iterable[Account]) -> list[str]:
        """Add the users that are not in the database yet (never changes one that is); the names added."""
        rows = [(a.name, a.password_hash, a.role, list(a.queues), list(a.maps)) for a in accounts]

        def work(conn: psycopg.Connection[Any]) -> list[str]:
            added = []
            for row in rows:
                inserted = conn.execute(
                    "INSERT INTO users (name, password_hash, role, queues, maps) VALUES (%s, %s, %s, %s, %s) "
                    "ON CONFLICT (name) DO NOTHING RETURNING name",
                    row,
                ).fetchone()
                if inserted is not None:
                    added.append(str(inserted[0]))
            return added

        return self._call(work)

    def account_count(self) -> int:
        row = self._call(lambda c: c.execute("SELECT count(*) FROM users").fetchone())
        return int(row[0]) if row else 0
