"""The two stores behind one interface, called directly: same answers for the same calls (bodies byte-identical,
map key order, holders, caps), SQLite's versioned migrations, and the ``--store`` choice."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mqclients.servers.queuemanager import codes
from mqclients.servers.queuemanager.codes import QMError
from mqclients.servers.queuemanager.migrations import SchemaTooNew
from mqclients.servers.queuemanager.sqlite_store import MIGRATIONS, SQLiteStore
from mqclients.servers.queuemanager.store import Store, Taker
from mqclients.servers.queuemanager.stores import StoreURLError, open_store
from tests.support.stores import StoreFor

ODD_BODIES = ["", "\u0000", "a\u0000b", '"\\', "\U0001f680e\u0301", "\u2028\r\n\t", "é" * 5000]


@pytest.fixture
def store(store_for: StoreFor, tmp_path: Path) -> Iterator[Store]:
    opened = open_store(store_for(tmp_path), tmp_path, ack_deadline=0.5, max_in_flight=50, pool_size=2)
    opened.open()
    yield opened
    opened.close()


def test_bodies_come_back_byte_identical_in_order(store: Store) -> None:
    store.new_queue("q")
    store.add("q", ODD_BODIES)
    taken = store.take("q", 100, Taker("u", "s"), 1000)
    assert [t.element for t in taken] == ODD_BODIES
    assert len({t.message_id for t in taken}) == len(ODD_BODIES)


def test_map_pages_are_in_code_point_order(store: Store) -> None:
    keys = ["b", "a", "é", "\U0001f680", "Z", "\u00ff", "\uffff", "a\u0000"]
    store.map_put("m", [(key, f"v{key}") for key in keys])
    assert [key for key, _ in store.map_page("m", 0, None)] == sorted(keys)
    assert store.map_page("m", 2, 3) == [(key, f"v{key}") for key in sorted(keys)[2:5]]
    assert store.map_get("m", "a\u0000") == "va\u0000"
    store.map_put("m", [("dup", "1"), ("dup", "2")])  # the later pair wins
    assert store.map_get("m", "dup") == "2"


def test_holders_caps_deadlines_and_redelivery(store: Store) -> None:
    store.new_queue("q")
    store.add("q", ["1", "2", "3"])
    (first,) = store.take("q", 1, Taker("alice", "s1"), 1000)
    with pytest.raises(QMError) as refused:
        store.ack(first.message_id, False, "bob")  # not the holder
    assert refused.value.code == codes.MESSAGE_NOT_FOUND
    with pytest.raises(QMError) as capped:
        store.take("q", 5, Taker("alice", "s1"), 1)  # the session already holds its cap
    assert capped.value.code == codes.TOO_MANY_IN_FLIGHT
    assert (store.size("q"), store.in_flight("q")) == (2, 1)
    time.sleep(0.7)  # past the ack deadline: visible again, at the tail, with the same id
    store.sweep()
    again = store.take("q", 5, Taker("bob", "s2"), 1000)
    assert [t.element for t in again] == ["2", "3", "1"]
    assert again[-1].message_id == first.message_id
    store.ack(first.message_id, False, "bob")
    with pytest.raises(QMError):
        store.ack(first.message_id, False, "bob")  # acknowledged once only
    with pytest.raises(QMError) as not_empty:
        store.destroy_queue("q", False)
    assert not_empty.value.code == codes.QUEUE_NOT_EMPTY
    store.destroy_queue("q", True)
    with pytest.raises(QMError) as gone:
        store.size("q")
    assert gone.value.code == codes.QUEUE_NOT_FOUND


def test_a_challenge_is_used_once(store: Store) -> None:
    expires = time.time() + 60
    assert store.use_challenge(b"nonce-1", expires)
    assert not store.use_challenge(b"nonce-1", expires)
    assert store.use_challenge(b"nonce-2", expires)


def test_sqlite_migrations_record_their_version_and_upgrade_an_unversioned_database(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(old) as db:  # the first release's messages table: no holder, no session, user_version 0
        db.execute(
            "CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, queue TEXT NOT NULL, element TEXT NOT NULL, "
            "seq INTEGER NOT NULL, deadline REAL, deliveries INTEGER NOT NULL DEFAULT 0)"
        )
    store = SQLiteStore(old, ack_deadline=30)
    store.open()
    store.new_queue("q")
    store.add("q", ["kept"])
    assert store.take("q", 1, Taker("u", "s"), 10)[0].element == "kept"
    store.close()
    with sqlite3.connect(old) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(SchemaTooNew):
        SQLiteStore(old, ack_deadline=30).open()


def test_an_unknown_store_url_is_refused_before_any_io(tmp_path: Path) -> None:
    for bad in ("mysql://x/y", "sqlite://relative/path", "postgres"):
        with pytest.raises(StoreURLError, match="--store"):
            open_store(bad, tmp_path, ack_deadline=1, max_in_flight=1, pool_size=1)
    result = subprocess.run(
        [sys.executable, "-m", "mqclients.servers.queuemanager", "--data-dir", str(tmp_path / "d")],
        env={"QM_STORE": "mysql://db/x", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--store must start with sqlite:/// or postgresql://" in result.stderr
    assert not (tmp_path / "d").exists()  # refused before the data directory was made
