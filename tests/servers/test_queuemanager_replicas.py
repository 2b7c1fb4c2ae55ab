"""Several queueManager replicas on one PostgreSQL database: what holds across them.

Each test starts its replicas on a fresh database of the session's throw-away cluster (``postgres`` fixture), all
sharing one data directory (the key pair and challenge key) and one users file, each on its own port.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from mqclients.servers.queuemanager import local, migrations
from mqclients.servers.queuemanager.local import LocalQueueManager, RawSession
from mqclients.servers.queuemanager.local_postgres import LocalPostgres, start_postgres
from mqclients.servers.queuemanager.migrations import Migration, SchemaTooNew
from mqclients.servers.queuemanager.pg_store import MIGRATIONS, PostgresStore, redacted

pytestmark = pytest.mark.integration

USER, PASSWORD = "app", "app-password-1"
TOKEN_ERROR, WRONG_CREDENTIALS, FAILURE = 1111600006, 1111600007, 1111600001
Replicas = Callable[..., list[LocalQueueManager]]


@pytest.fixture
def replicas(tmp_path: Path, postgres: LocalPostgres) -> Iterator[Replicas]:
    """``replicas(n)``: n servers on one new database and one data directory; all stopped by PID at the end."""
    started: list[LocalQueueManager] = []
    users = local.write_users(tmp_path / "users.json", {USER: PASSWORD})

    def start(count: int, *, url: str | None = None, **options: Any) -> list[LocalQueueManager]:
        url = url or postgres.create_database()
        data_dir = tmp_path / "shared"
        made = [local.start(data_dir, users, store=url, **options) for _ in range(count)]
        started.extend(made)
        return made

    yield start
    for server in started:
        local.stop(server)


def test_any_replica_accepts_any_token_and_a_logout_ends_it_everywhere(
    replicas: Replicas, postgres: LocalPostgres
) -> None:
    url = postgres.create_database()
    a, b = replicas(2, url=url)
    with RawSession(a.url) as on_a, RawSession(b.url) as on_b:
        on_a.login(USER, PASSWORD)
        on_b.token = on_a.token
        assert on_a.token is not None
        with psycopg.connect(url) as conn:  # the database holds the token's SHA-256, never the token
            stored = conn.execute("SELECT digest, id FROM sessions").fetchall()
        assert stored
        assert stored[0][0] == hashlib.sha256(on_a.token.encode()).digest()
        assert on_a.token not in repr(stored)
        on_a.ok("qm.new_queue", queue_name="shared")
        on_b.ok("qm.add", queue_name="shared", element="from b")
        assert on_a.ok("qm.poll", queue_name="shared")["element"] == "from b"
        assert on_b.ok("qm.heart_beat")["expires_in"] > 0
        on_b.ok("qm.logout")
        assert on_a.result("qm.size", queue_name="shared")["code"] == TOKEN_ERROR


def test_a_login_challenge_is_used_once_across_replicas(replicas: Replicas) -> None:
    a, b = replicas(2)
    with RawSession(a.url) as on_a, RawSession(b.url) as on_b:
        recorded = on_a.auth_request(USER, PASSWORD)  # the challenge comes from replica a
        assert on_b.send(recorded)["result"]["code"] == 0  # used on replica b
        replayed = on_a.send(recorded)["result"]
        assert replayed["code"] == WRONG_CREDENTIALS
        assert "used already" in replayed["message"]


def test_consumers_on_two_replicas_never_take_one_element_twice(replicas: Replicas) -> None:
    servers = replicas(2)
    total = 300
    with RawSession(servers[0].url) as admin:
        admin.login(USER, PASSWORD)
        admin.ok("qm.new_queue", queue_name="work")
        for start in range(0, total, 100):
            admin.ok("qm.add_all", queue_name="work", elements=[f"e{n}" for n in range(start, start + 100)])
    taken: Counter[str] = Counter()
    ids: dict[str, int] = {}
    lock = threading.Lock()
    give_up = time.monotonic() + 60

    def consume(url: str) -> None:
        with RawSession(url) as qm:
            qm.login(USER, PASSWORD)
            while time.monotonic() < give_up:
                answer = qm.result("qm.pull_elements", queue_name="work", number=3)
                if not answer.get("element_info"):
                    return
                for item in answer["element_info"]:
                    with lock:
                        taken[item["element"]] += 1
                        ids[item["element"]] = item["message_id"]
                    qm.ok("qm.ack", message_id=item["message_id"])

    threads = [threading.Thread(target=consume, args=(servers[n % 2].url,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert not any(thread.is_alive() for thread in threads)
    assert set(taken) == {f"e{n}" for n in range(total)}
    assert max(taken.values()) == 1  # SKIP LOCKED: no element claimed by two consumers
    assert len(set(ids.values())) == total  # ids unique across replicas


def test_replicas_starting_at_once_migrate_the_schema_once(postgres: LocalPostgres) -> None:
    url = postgres.create_database()
    stores = [PostgresStore(url, ack_deadline=30, pool_size=1) for _ in range(4)]
    errors: list[BaseException] = []

    def open_store(store: PostgresStore) -> None:
        try:
            store.open()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_store, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert errors == []
        assert {store.schema_version() for store in stores} == {len(MIGRATIONS)}
        with psycopg.connect(url) as conn:
            rows = conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
        assert [row[0] for row in rows] == list(range(1, len(MIGRATIONS) + 1))  # each applied once
    finally:
        for store in stores:
            store.close()


def test_a_database_migrated_by_a_newer_server_is_refused(postgres: LocalPostgres, tmp_path: Path) -> None:
    url = postgres.create_database()
    store = PostgresStore(url, ack_deadline=30, pool_size=1)
    store.open()
    store.close()
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO schema_version (version) VALUES (99)")
    with pytest.raises(SchemaTooNew, match="version 99"):
        PostgresStore(url, ack_deadline=30, pool_size=1).open()
    users = local.write_users(tmp_path / "users.json", {USER: PASSWORD})
    log = tmp_path / "server.log"
    with pytest.raises(RuntimeError, match="exited"):
        local.start(tmp_path / "data", users, store=url, log=log)
    assert "upgrade the server" in log.read_text()


def test_migrations_must_be_numbered_in_order() -> None:
    ran: list[int] = []
    listed = [Migration(1, "a", ""), Migration(2, "b", "")]
    assert migrations.apply(listed, 0, lambda m: ran.append(m.version)) == [1, 2]
    assert migrations.apply(listed, 2, lambda m: ran.append(m.version)) == []
    assert ran == [1, 2]
    with pytest.raises(ValueError, match="numbered"):
        migrations.apply([Migration(1, "a", ""), Migration(3, "c", "")], 0, lambda m: None)


def test_the_store_url_password_is_never_shown() -> None:
    url = "postgresql://qm:s3cret-pw@db.example:5432/queues"
    assert "s3cret" not in redacted(url)
    assert "s3cret" not in repr(PostgresStore(url, ack_deadline=1))
    assert redacted(url) == "postgresql://qm@db.example:5432/queues"


@pytest.mark.slow
def test_a_replica_is_unready_while_the_database_is_down_and_recovers(replicas: Replicas, tmp_path: Path) -> None:
    """A database crash (``pg_ctl stop -m immediate``): calls answer a storage failure (no HTTP 500, no hang),
    ``/readyz`` 503; after the restart the pool reconnects and the data committed before the crash is there."""
    cluster = start_postgres()  # its own: the session's cluster stays up for the other tests
    try:
        (server,) = replicas(1, url=cluster.create_database())
        with RawSession(server.url, timeout=30) as qm:
            qm.login(USER, PASSWORD)
            qm.ok("qm.new_queue", queue_name="kept")
            qm.ok("qm.add", queue_name="kept", element="committed")
            assert httpx.get(f"{server.url}/readyz").status_code == 200
            cluster.crash()
            assert httpx.get(f"{server.url}/healthz").status_code == 200  # the process is up
            assert httpx.get(f"{server.url}/readyz", timeout=30).status_code == 503
            began = time.monotonic()
            down = qm.result("qm.size", queue_name="kept")
            print(f"\na call with the database down answered in {time.monotonic() - began:.1f} s")
            assert down["code"] == FAILURE
            assert "storage" in down["message"]
            cluster.start()
            back = time.monotonic()
            while httpx.get(f"{server.url}/readyz", timeout=30).status_code != 200:
                assert time.monotonic() < back + 30, "not ready 30 s after the database came back"
                time.sleep(0.2)
            print(f"\nready again {time.monotonic() - back:.1f} s after the database accepted connections")
            assert qm.ok("qm.poll", queue_name="kept")["element"] == "committed"
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)


def _cli(*args: str, password: str = "") -> None:
    command = [sys.executable, "-m", "mqclients.servers.queuemanager", *args]
    subprocess.run(command, input=f"{password}\n".encode(), check=True, capture_output=True, timeout=60)


def test_users_live_in_the_database_for_every_replica(replicas: Replicas, postgres: LocalPostgres) -> None:
    """A user added with --store URL logs in on any replica; a password change ends its sessions on all of them,
    and a replica restarted with the old users file does not undo it (the file only adds missing users)."""
    url = postgres.create_database()
    a, b = replicas(2, url=url)
    _cli("--store", url, "--add-user", "dave", "--grant-queue", "dave.*", password="dave-pw-1")
    with RawSession(a.url) as on_a, RawSession(b.url) as on_b:
        on_a.login("dave", "dave-pw-1")
        on_b.token = on_a.token
        on_b.ok("qm.new_queue", queue_name="dave.q")
        assert on_b.result("qm.new_queue", queue_name="other")["code"] == 1111600011  # not granted
        _cli("--store", url, "--add-user", USER, "--no-password", "--role", "admin")
        _cli("--store", url, "--add-user", USER, password="changed-pw")
        on_a.login(USER, "changed-pw")
        local.stop(a)
        (restarted,) = replicas(1, url=url)  # with the users file that still holds the old password
        with RawSession(restarted.url) as again:
            with pytest.raises(local.RpcAnswerError):
                again.login(USER, PASSWORD)
            again.login(USER, "changed-pw")
        _cli("--store", url, "--remove-user", "dave")
        assert on_b.result("qm.size", queue_name="dave.q")["code"] == TOKEN_ERROR
