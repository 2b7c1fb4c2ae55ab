"""The SQLite ``store.Store``: WAL journal, ``synchronous=FULL``, one transaction per call.

Every method is synchronous and must be called from one thread at a time (the server runs them all on a single
worker thread, so calls are serialized and each read-modify-write holds ``BEGIN IMMEDIATE``). A call that has
returned is on disk: with ``synchronous=FULL`` a commit in WAL mode is fsynced before it returns.

Elements: a row per element with a unique id (``INTEGER PRIMARY KEY AUTOINCREMENT``: never reused, even after
deletes), its queue, a position ``seq`` (FIFO order; putting an element back gives it a new, larger one) and
``deadline``: NULL while the element is visible, the Unix time its ack deadline passes while it is in flight. An
element whose deadline has passed counts as visible at once and is moved to the tail of its queue by the next
``sweep`` (or the next take from its queue), so it is delivered again with the same id: at least once.

Each taken element remembers who took it (``holder``: the user; ``session``: the session's id), so that only that
user can acknowledge it and one session's elements in flight can be counted and capped. The database file is
created 0600 (SQLite gives its ``-wal`` and ``-shm`` files the same mode).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from . import codes, migrations
from .codes import QMError
from .migrations import Migration
from .store import Delivered, Taker

SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS queues (
    name TEXT PRIMARY KEY,
    created REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue TEXT NOT NULL,
    element TEXT NOT NULL,
    seq INTEGER NOT NULL,
    deadline REAL,
    deliveries INTEGER NOT NULL DEFAULT 0,
    holder TEXT,
    session TEXT
);
CREATE INDEX IF NOT EXISTS messages_by_queue ON messages (queue, deadline);
CREATE INDEX IF NOT EXISTS messages_visible ON messages (queue, seq) WHERE deadline IS NULL;
CREATE INDEX IF NOT EXISTS messages_in_flight ON messages (deadline) WHERE deadline IS NOT NULL;
CREATE INDEX IF NOT EXISTS messages_by_session ON messages (session) WHERE deadline IS NOT NULL;
CREATE TABLE IF NOT EXISTS counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO counters (name, value) VALUES ('seq', 0);
CREATE TABLE IF NOT EXISTS used_challenges (
    nonce BLOB PRIMARY KEY,
    expires REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS map_entries (
    map TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (map, key)
) WITHOUT ROWID;
"""

# The schema's versions, oldest first (see ``migrations``); the version is SQLite's ``PRAGMA user_version``.
MIGRATIONS = (Migration(1, "queues, messages, maps, used challenges", SCHEMA_V1),)

# A database made before versioned migrations (user_version 0 with tables) lacks these columns of version 1.
_PRE_VERSIONED_COLUMNS = {"holder": "TEXT", "session": "TEXT"}

MAX_IN_FLIGHT = 100_000


class SQLiteStore:
    """The server's state. Not thread-safe: one caller at a time (see the module's docstring)."""

    def __init__(
        self,
        path: Path,
        *,
        ack_deadline: float,
        max_in_flight: int = MAX_IN_FLIGHT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.ack_deadline = ack_deadline
        self.max_in_flight = max_in_flight
        self._clock = clock  # wall-clock: deadlines are kept on disk and must mean the same after a restart
        self._db: sqlite3.Connection | None = None

    # -- lifecycle -------------------------------------------------------------------------------------------

    def open(self) -> None:
        with contextlib.suppress(FileExistsError):  # created 0600 before SQLite opens it (0644 otherwise)
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.chmod(self.path, 0o600)
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA busy_timeout=5000")
        self._migrate(db)
        self._db = db

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> None:
        current = int(db.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if current == 0 and "messages" in tables:  # made before versioned migrations: bring it to version 1
            present = {row[1] for row in db.execute("PRAGMA table_info(messages)")}
            for column, kind in _PRE_VERSIONED_COLUMNS.items():
                if column not in present:
                    db.execute(f"ALTER TABLE messages ADD COLUMN {column} {kind}")

        def run(migration: Migration) -> None:
            # one transaction: the schema change and the version it brings (user_version is in the transaction)
            db.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}\nPRAGMA user_version = {migration.version};\nCOMMIT;")

        migrations.apply(MIGRATIONS, current, run)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("store is not open")
        return self._db

    def _write(self, work: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``work`` in one ``BEGIN IMMEDIATE`` transaction: committed when it returns, rolled back if it raises."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            result = work(db)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return result

    # -- helpers (inside a transaction) ----------------------------------------------------------------------

    @staticmethod
    def _next_seqs(db: sqlite3.Connection, count: int) -> range:
        row = db.execute(
            "UPDATE counters SET value = value + ? WHERE name = 'seq' RETURNING value", (count,)
        ).fetchone()
        last = int(row[0])
        return range(last - count + 1, last + 1)

    @staticmethod
    def _require_queue(db: sqlite3.Connection, queue: str) -> None:
        if db.execute("SELECT 1 FROM queues WHERE name = ?", (queue,)).fetchone() is None:
            raise QMError(codes.QUEUE_NOT_FOUND, f"queue {queue!r} not found")

    def _requeue_expired(self, db: sqlite3.Connection, queue: str | None) -> int:
        """Move the elements whose ack deadline has passed to the tail of their queues, oldest deadline first."""
        now = self._clock()
        if queue is None:
            rows = db.execute(
                "SELECT id FROM messages WHERE deadline IS NOT NULL AND deadline <= ? ORDER BY deadline, seq", (now,)
            ).fetchall()
        else:
            rows = db.execute(
                "SELECT id FROM messages WHERE queue = ? AND deadline IS NOT NULL AND deadline <= ? "
                "ORDER BY deadline, seq",
                (queue, now),
            ).fetchall()
        if rows:
            seqs = self._next_seqs(db, len(rows))
            db.executemany(
                "UPDATE messages SET deadline = NULL, seq = ? WHERE id = ?",
                [(seq, row[0]) for seq, row in zip(seqs, rows, strict=True)],
            )
        return len(rows)

    def _append(self, db: sqlite3.Connection, queue: str, elements: Sequence[str]) -> None:
        self._require_queue(db, queue)
        seqs = self._next_seqs(db, len(elements))
        db.executemany(
            "INSERT INTO messages (queue, element, seq) VALUES (?, ?, ?)",
            [(queue, element, seq) for element, seq in zip(elements, seqs, strict=True)],
        )

    # -- queues ----------------------------------------------------------------------------------------------

    def new_queue(self, queue: str) -> None:
        def work(db: sqlite3.Connection) -> None:
            if db.execute("SELECT 1 FROM queues WHERE name = ?", (queue,)).fetchone() is not None:
                raise QMError(codes.QUEUE_EXISTS, f"queue {queue!r} already exists")
            db.execute("INSERT INTO queues (name, created) VALUES (?, ?)", (queue, self._clock()))

        self._write(work)

    def add(self, queue: str, elements: Sequence[str]) -> None:
        """Append the elements in order, all or none."""
        self._write(lambda db: self._append(db, queue, elements))

    def take(self, queue: str, number: int, taker: Taker, session_cap: int) -> list[Delivered]:
        """Up to ``number`` visible elements, oldest first, each now in flight until its ack deadline and held by
        ``taker``; at most ``session_cap`` in flight for the taker's session, ``max_in_flight`` on the server."""

        def work(db: sqlite3.Connection) -> list[Delivered]:
            self._require_queue(db, queue)
            self._requeue_expired(db, queue)
            now = self._clock()
            mine = int(
                db.execute(
                    "SELECT count(*) FROM messages WHERE session = ? AND deadline IS NOT NULL AND deadline > ?",
                    (taker.session, now),
                ).fetchone()[0]
            )
            if mine >= session_cap:
                raise QMError(
                    codes.TOO_MANY_IN_FLIGHT,
                    f"this session holds {mine} elements in flight (at most {session_cap}): acknowledge some first",
                )
            in_flight = db.execute(
                "SELECT count(*) FROM messages WHERE deadline IS NOT NULL AND deadline > ?", (now,)
            ).fetchone()[0]
            room = self.max_in_flight - int(in_flight)
            if room <= 0:
                raise QMError(
                    codes.TOO_MANY_IN_FLIGHT,
                    f"too many elements in flight on the server ({self.max_in_flight}): acknowledge some first",
                )
            rows = db.execute(
                "SELECT id, element FROM messages WHERE queue = ? AND deadline IS NULL ORDER BY seq LIMIT ?",
                (queue, min(number, room, session_cap - mine)),
            ).fetchall()
            deadline = now + self.ack_deadline
            db.executemany(
                "UPDATE messages SET deadline = ?, deliveries = deliveries + 1, holder = ?, session = ? WHERE id = ?",
                [(deadline, taker.user, taker.session, row[0]) for row in rows],
            )
            return [Delivered(int(row[0]), str(row[1])) for row in rows]

        result: list[Delivered] = self._write(work)
        return result

    def ack(self, message_id: int, failed: bool, user: str) -> None:
        """Delete a delivered element (``failed`` false) or put it back at the tail of its queue (true); only the
        user who took it last may. Another user's element answers as an unknown one: ids are not secrets, and
        whether someone else holds an id is none of the caller's business."""

        def work(db: sqlite3.Connection) -> None:
            row = db.execute(
                "SELECT deadline, holder FROM messages WHERE id = ? AND deliveries > 0", (message_id,)
            ).fetchone()
            if row is None or row[1] != user:
                raise QMError(
                    codes.MESSAGE_NOT_FOUND,
                    f"message {message_id} not found: unknown, already acknowledged or taken by another user",
                )
            if not failed:
                db.execute("DELETE FROM messages WHERE id = ?", (message_id,))
            elif row[0] is not None:
                (seq,) = self._next_seqs(db, 1)
                db.execute("UPDATE messages SET deadline = NULL, seq = ? WHERE id = ?", (seq, message_id))

        self._write(work)

    def size(self, queue: str) -> int:
        """Visible elements: never taken, put back, or past their ack deadline."""
        db = self.db
        self._require_queue(db, queue)
        row = db.execute(
            "SELECT count(*) FROM messages WHERE queue = ? AND (deadline IS NULL OR deadline <= ?)",
            (queue, self._clock()),
        ).fetchone()
        return int(row[0])

    def in_flight(self, queue: str) -> int:
        db = self.db
        self._require_queue(db, queue)
        row = db.execute(
            "SELECT count(*) FROM messages WHERE queue = ? AND deadline > ?", (queue, self._clock())
        ).fetchone()
        return int(row[0])

    def destroy_queue(self, queue: str, force: bool) -> None:
        def work(db: sqlite3.Connection) -> None:
            self._require_queue(db, queue)
            if not force:
                now = self._clock()
                waiting, flying = db.execute(
                    "SELECT count(*) FILTER (WHERE deadline IS NULL OR deadline <= ?), "
                    "count(*) FILTER (WHERE deadline > ?) FROM messages WHERE queue = ?",
                    (now, now, queue),
                ).fetchone()
                if waiting or flying:
                    raise QMError(
                        codes.QUEUE_NOT_EMPTY,
                        f"queue {queue!r} is not empty ({waiting} waiting, {flying} in flight): "
                        "pass force=true to destroy it",
                    )
            db.execute("DELETE FROM messages WHERE queue = ?", (queue,))
            db.execute("DELETE FROM queues WHERE name = ?", (queue,))

        self._write(work)

    def sweep(self) -> int:
        """Put every element past its ack deadline back at the tail of its queue; how many there were."""
        count: int = self._write(lambda db: self._requeue_expired(db, None))
        return count

    # -- maps ------------------------------------------------------------------------------------------------

    def map_put(self, name: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Set every pair (a later pair wins over an earlier one with the same key), all or none."""
        rows = [(name, key, value) for key, value in pairs]
        self._write(
            lambda db: db.executemany(
                "INSERT INTO map_entries (map, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (map, key) DO UPDATE SET value = excluded.value",
                rows,
            )
        )

    def map_remove(self, name: str, key: str) -> None:
        self._write(lambda db: db.execute("DELETE FROM map_entries WHERE map = ? AND key = ?", (name, key)))

    def map_get(self, name: str, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM map_entries WHERE map = ? AND key = ?", (name, key)).fetchone()
        return None if row is None else str(row[0])

    def map_page(self, name: str, offset: int, size: int | None) -> list[tuple[str, str]]:
        """The pairs in key order (code point order: SQLite compares UTF-8 bytes), ``size`` of them at most."""
        rows = self.db.execute(
            "SELECT key, value FROM map_entries WHERE map = ? ORDER BY key LIMIT ? OFFSET ?",
            (name, -1 if size is None else size, offset),
        ).fetchall()
        return [(str(key), str(value)) for key, value in rows]

    def map_destroy(self, name: str) -> None:
        self._write(lambda db: db.execute("DELETE FROM map_entries WHERE map = ?", (name,)))

    # -- logins ----------------------------------------------------------------------------------------------

    def use_challenge(self, nonce: bytes, expires: float) -> bool:
        """Record a login challenge as used; false when it already was (a replayed login). Records are kept until
        the challenge expires (after that its timestamp refuses it), across restarts."""

        def work(db: sqlite3.Connection) -> bool:
            db.execute("DELETE FROM used_challenges WHERE expires <= ?", (self._clock(),))
            cursor = db.execute(
                "INSERT OR IGNORE INTO used_challenges (nonce, expires) VALUES (?, ?)", (nonce, expires)
            )
            return cursor.rowcount == 1

        used: bool = self._write(work)
        return used

    # -- operations ------------------------------------------------------------------------------------------

    def ping(self) -> None:
        self.db.execute("SELECT 1").fetchone()

    def depths(self, limit: int) -> list[tuple[str, int, int]]:
        """(queue, visible, in flight) of the first ``limit`` queues by name, for metrics."""
        now = self._clock()
        rows = self.db.execute(
            "SELECT q.name, count(m.id) FILTER (WHERE m.deadline IS NULL OR m.deadline <= ?), "
            "count(m.id) FILTER (WHERE m.deadline > ?) FROM (SELECT name FROM queues ORDER BY name LIMIT ?) q "
            "LEFT JOIN messages m ON m.queue = q.name GROUP BY q.name ORDER BY q.name",
            (now, now, limit),
        ).fetchall()
        return [(str(r[0]), int(r[1]), int(r[2])) for r in rows]
