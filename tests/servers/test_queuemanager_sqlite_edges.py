"""The SQLite store pinned at its edges, in process with a fake wall clock: an element is visible again exactly at
its ack deadline, the session and server caps at their bounds, who may acknowledge what, all-or-none writes,
used login challenges, metrics depths, maps, the file's mode and the migration of a database made before versions."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mqclients.servers.queuemanager import codes
from mqclients.servers.queuemanager.codes import QMError
from mqclients.servers.queuemanager.sqlite_store import SQLiteStore
from mqclients.servers.queuemanager.store import Delivered, Taker

ALICE = Taker("alice", "s1")
BOB = Taker("bob", "s2")


class Clock:
    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[SQLiteStore]:
    opened = SQLiteStore(tmp_path / "qm.db", ack_deadline=30.0, max_in_flight=5, clock=clock)
    opened.open()
    yield opened
    opened.close()


def _code(error: pytest.ExceptionInfo[QMError]) -> int:
    return error.value.code


def test_the_database_file_is_private_and_a_closed_store_says_so(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "qm.db", ack_deadline=1.0)
    store.open()
    assert stat.S_IMODE(os.stat(tmp_path / "qm.db").st_mode) == 0o600
    store.close()
    store.close()  # twice is fine
    with pytest.raises(RuntimeError, match="store is not open"):
        store.ping()


def test_an_element_is_visible_again_exactly_at_its_ack_deadline(store: SQLiteStore, clock: Clock) -> None:
    store.new_queue("q")
    store.add("q", ["a", "b"])
    (taken,) = store.take("q", 1, ALICE, 10)
    clock.now += 29.999
    assert (store.size("q"), store.in_flight("q")) == (1, 1)
    assert store.sweep() == 0
    clock.now = 1_030.0  # taken at 1000 with a 30 s deadline
    assert (store.size("q"), store.in_flight("q")) == (2, 0)
    assert store.sweep() == 1
    assert store.sweep() == 0
    again = store.take("q", 5, BOB, 10)
    assert again == [Delivered(taken.message_id + 1, "b"), Delivered(taken.message_id, "a")]  # "a" went to the tail


def test_take_puts_expired_elements_of_its_queue_back_first(store: SQLiteStore, clock: Clock) -> None:
    store.new_queue("q")
    store.new_queue("other")
    store.add("q", ["a", "b"])
    store.add("other", ["x"])
    store.take("q", 1, ALICE, 10)
    store.take("other", 1, ALICE, 10)
    clock.now += 30.0
    assert [d.element for d in store.take("q", 5, ALICE, 10)] == ["b", "a"]
    assert store.in_flight("other") == 0  # expired, not yet swept: counted as visible
    assert store.sweep() == 1  # only the other queue's element was left to move


def test_a_session_may_hold_exactly_its_cap(store: SQLiteStore) -> None:
    store.new_queue("q")
    store.add("q", [str(n) for n in range(5)])
    assert [d.element for d in store.take("q", 5, ALICE, 2)] == ["0", "1"]  # cut to the cap
    with pytest.raises(QMError) as capped:
        store.take("q", 1, ALICE, 2)
    assert _code(capped) == codes.TOO_MANY_IN_FLIGHT
    assert "holds 2 elements in flight (at most 2)" in str(capped.value)
    assert [d.element for d in store.take("q", 1, Taker("alice", "s-other"), 2)] == ["2"]  # caps are per session


def test_the_server_may_hold_exactly_max_in_flight(store: SQLiteStore) -> None:
    store.new_queue("q")
    store.add("q", [str(n) for n in range(7)])
    assert len(store.take("q", 4, ALICE, 100)) == 4
    assert [d.element for d in store.take("q", 4, BOB, 100)] == ["4"]  # one place left of five
    with pytest.raises(QMError) as full:
        store.take("q", 1, Taker("carol", "s3"), 100)
    assert _code(full) == codes.TOO_MANY_IN_FLIGHT
    assert "on the server (5)" in str(full.value)


def test_take_from_an_empty_queue_holds_nothing(store: SQLiteStore) -> None:
    store.new_queue("q")
    assert store.take("q", 3, ALICE, 10) == []
    assert store.in_flight("q") == 0


def test_only_the_taker_may_acknowledge_and_only_once(store: SQLiteStore) -> None:
    store.new_queue("q")
    store.add("q", ["a", "b"])
    (taken,) = store.take("q", 1, ALICE, 10)
    for message_id, user in ((taken.message_id, "bob"), (taken.message_id + 1, "alice"), (999, "alice")):
        with pytest.raises(QMError) as refused:  # another user's, never delivered, unknown
            store.ack(message_id, False, user)
        assert _code(refused) == codes.MESSAGE_NOT_FOUND
    store.ack(taken.message_id, False, "alice")
    assert (store.size("q"), store.in_flight("q")) == (1, 0)
    with pytest.raises(QMError):
        store.ack(taken.message_id, False, "alice")


def test_a_failed_ack_puts_the_element_back_at_the_tail_at_once(store: SQLiteStore) -> None:
    store.new_queue("q")
    store.add("q", ["a", "b"])
    (taken,) = store.take("q", 1, ALICE, 10)
    store.ack(taken.message_id, True, "alice")
    assert (store.size("q"), store.in_flight("q")) == (2, 0)
    assert [d.element for d in store.take("q", 5, BOB, 10)] == ["b", "a"]


def test_a_failed_ack_of_an_element_already_put_back_changes_nothing(store: SQLiteStore, clock: Clock) -> None:
    store.new_queue("q")
    store.add("q", ["a", "b"])
    (taken,) = store.take("q", 1, ALICE, 10)
    clock.now += 31
    store.sweep()  # "a" is back, behind "b"
    store.add("q", ["c"])
    store.ack(taken.message_id, True, "alice")  # the holder's late "failed": not moved behind "c"
    assert [d.element for d in store.take("q", 5, BOB, 10)] == ["b", "a", "c"]


def test_writes_are_all_or_none(store: SQLiteStore) -> None:
    with pytest.raises(QMError) as missing:
        store.add("nowhere", ["a"])
    assert _code(missing) == codes.QUEUE_NOT_FOUND
    store.new_queue("q")
    with pytest.raises(QMError) as exists:
        store.new_queue("q")
    assert _code(exists) == codes.QUEUE_EXISTS
    with pytest.raises(sqlite3.IntegrityError):
        store.add("q", ["a", None])  # type: ignore[list-item]
    assert store.size("q") == 0  # the first element was rolled back with the second
    store.add("q", ["a"])  # and the store still works
    assert store.size("q") == 1


@pytest.mark.parametrize("method", ["size", "in_flight"])
def test_counting_a_missing_queue_is_an_error(store: SQLiteStore, method: str) -> None:
    with pytest.raises(QMError) as missing:
        getattr(store, method)("nowhere")
    assert _code(missing) == codes.QUEUE_NOT_FOUND


def test_destroying_needs_force_while_anything_waits_or_flies(store: SQLiteStore, clock: Clock) -> None:
    store.new_queue("q")
    store.add("q", ["a", "b"])
    store.take("q", 1, ALICE, 10)
    with pytest.raises(QMError) as busy:
        store.destroy_queue("q", False)
    assert _code(busy) == codes.QUEUE_NOT_EMPTY
    assert "(1 waiting, 1 in flight)" in str(busy.value)
    store.new_queue("flying")
    store.add("flying", ["x"])
    store.take("flying", 1, ALICE, 10)
    with pytest.raises(QMError, match=r"\(0 waiting, 1 in flight\)"):
        store.destroy_queue("flying", False)
    clock.now += 30
    with pytest.raises(QMError, match=r"\(1 waiting, 0 in flight\)"):
        store.destroy_queue("flying", False)
    store.new_queue("empty")
    store.destroy_queue("empty", False)
    store.destroy_queue("q", True)
    with pytest.raises(QMError) as gone:
        store.destroy_queue("q", True)
    assert _code(gone) == codes.QUEUE_NOT_FOUND
    store.new_queue("q")  # the name is free again, and empty
    assert store.size("q") == 0


def test_a_challenge_is_used_once_until_it_expires(store: SQLiteStore, clock: Clock) -> None:
    assert store.use_challenge(b"n1", 1_060.0)
    assert not store.use_challenge(b"n1", 1_060.0)
    assert store.use_challenge(b"n2", 1_060.0)
    clock.now = 1_059.999
    assert not store.use_challenge(b"n1", 1_120.0)
    clock.now = 1_060.0  # expired records are forgotten (the challenge's age refuses it from now on)
    assert store.use_challenge(b"n1", 1_120.0)


def test_depths_are_by_name_limited_and_count_expired_as_visible(store: SQLiteStore, clock: Clock) -> None:
    for name in ("c", "a", "b"):
        store.new_queue(name)
    store.add("a", ["1", "2", "3"])
    store.take("a", 2, ALICE, 10)
    assert store.depths(2) == [("a", 1, 2), ("b", 0, 0)]
    clock.now += 30
    assert store.depths(10) == [("a", 3, 0), ("b", 0, 0), ("c", 0, 0)]


def test_map_pages_removal_and_destruction(store: SQLiteStore) -> None:
    store.map_put("m", [("b", "2"), ("a", "1"), ("c", "3")])
    store.map_put("other", [("a", "x")])
    assert store.map_page("m", 0, None) == [("a", "1"), ("b", "2"), ("c", "3")]
    assert store.map_page("m", 1, 1) == [("b", "2")]
    assert store.map_page("m", 3, None) == []
    assert store.map_page("m", 0, 0) == []
    store.map_remove("m", "b")
    store.map_remove("m", "missing")
    assert store.map_get("m", "b") is None
    store.map_destroy("m")
    assert store.map_page("m", 0, None) == []
    assert store.map_get("other", "a") == "x"


def test_a_database_from_before_versions_gets_the_holder_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, queue TEXT NOT NULL, element TEXT NOT NULL, "
        "seq INTEGER NOT NULL, deadline REAL, deliveries INTEGER NOT NULL DEFAULT 0);"
        "CREATE TABLE queues (name TEXT PRIMARY KEY, created REAL NOT NULL) WITHOUT ROWID;"
        "INSERT INTO queues VALUES ('q', 1.0);"
        "INSERT INTO messages (queue, element, seq) VALUES ('q', 'kept', 1);"
    )
    old.close()
    store = SQLiteStore(path, ack_deadline=30.0, clock=Clock())
    store.open()
    try:
        columns = {row[1] for row in store.db.execute("PRAGMA table_info(messages)")}
        assert {"holder", "session"} <= columns
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == 1
        (taken,) = store.take("q", 1, ALICE, 10)
        assert taken.element == "kept"
        store.ack(taken.message_id, False, "alice")
    finally:
        store.close()


def test_a_reopened_store_keeps_everything_that_was_committed(tmp_path: Path, clock: Clock) -> None:
    first = SQLiteStore(tmp_path / "qm.db", ack_deadline=30.0, clock=clock)
    first.open()
    first.new_queue("q")
    first.add("q", ["a", "b"])
    (taken,) = first.take("q", 1, ALICE, 10)
    first.map_put("m", [("k", "v")])
    first.close()
    again = SQLiteStore(tmp_path / "qm.db", ack_deadline=30.0, clock=clock)
    again.open()
    try:
        assert (again.size("q"), again.in_flight("q")) == (1, 1)
        assert again.map_get("m", "k") == "v"
        again.ack(taken.message_id, False, "alice")  # the holder survives a restart too
        assert stat.S_IMODE(os.stat(tmp_path / "qm.db").st_mode) == 0o600
    finally:
        again.close()


def test_the_store_refuses_a_second_thread(store: SQLiteStore) -> None:
    import threading

    errors: list[BaseException] = []

    def use() -> None:
        try:
            store.ping()
        except BaseException as exc:  # handed to the test's thread
            errors.append(exc)

    worker = threading.Thread(target=use)
    worker.start()
    worker.join(timeout=10)
    assert len(errors) == 1
    assert isinstance(errors[0], sqlite3.ProgrammingError)


def test_a_store_never_opened_says_so_and_closes_quietly(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "qm.db", ack_deadline=1.0)
    with pytest.raises(RuntimeError, match="store is not open"):
        store.ping()
    store.close()
    assert not (tmp_path / "qm.db").exists()


def test_an_existing_database_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "qm.db"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    store = SQLiteStore(path, ack_deadline=1.0)
    store.open()
    try:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    finally:
        store.close()


def test_every_commit_is_durable_wal_fsync_and_a_busy_wait(store: SQLiteStore) -> None:
    # What "a call that has returned is on disk" rests on: WAL journal, synchronous=FULL (2), a busy timeout.
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_a_database_from_before_versions_with_one_holder_column_gets_the_other(tmp_path: Path) -> None:
    path = tmp_path / "half.db"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, queue TEXT NOT NULL, element TEXT NOT NULL, "
        "seq INTEGER NOT NULL, deadline REAL, deliveries INTEGER NOT NULL DEFAULT 0, holder TEXT);"
    )
    old.close()
    store = SQLiteStore(path, ack_deadline=30.0, clock=Clock())
    store.open()
    try:
        columns = [row[1] for row in store.db.execute("PRAGMA table_info(messages)")]
        assert columns.count("holder") == 1
        assert columns.count("session") == 1
    finally:
        store.close()


def test_a_session_with_elements_in_flight_gets_only_what_its_cap_leaves(store: SQLiteStore) -> None:
    store.new_queue("q")
    store.add("q", [str(n) for n in range(6)])
    assert len(store.take("q", 1, ALICE, 3)) == 1
    assert [d.element for d in store.take("q", 5, ALICE, 3)] == ["1", "2"]  # 3 - 1 left
    assert store.in_flight("q") == 3


def test_taking_from_a_missing_queue_is_an_error(store: SQLiteStore) -> None:
    with pytest.raises(QMError) as missing:
        store.take("nowhere", 1, ALICE, 10)
    assert _code(missing) == codes.QUEUE_NOT_FOUND
