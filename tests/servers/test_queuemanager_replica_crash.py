"""Crash test of N replicas on one PostgreSQL: replicas SIGKILLed and restarted, the database crashed once.

Three replicas share one database (a cluster of this test's own), one data directory and one users file.
Producer and consumer processes (``replica_load``) call them round-robin, moving on at a transport error. While
they run, the replicas are SIGKILLed one after the other and restarted on their ports, and PostgreSQL itself is
stopped with ``pg_ctl stop -m immediate`` (no checkpoint: recovery from the WAL) and restarted. Then the producers
stop, the consumers drain the queue, and the ledgers must show:

- every add that answered 0 delivered and acknowledged exactly once (none lost);
- no element acknowledged twice (an ack answered 0 at most once per element);
- no duplicate ids: an element keeps its id across deliveries, and no two elements share one;
- every body delivered byte-identical to the one sent (bodies carry NUL, astral, combining characters...);
- nothing delivered that was not sent, and the queue empty at the end.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mqclients.servers.queuemanager import local
from mqclients.servers.queuemanager.local import LocalQueueManager, RawSession
from mqclients.servers.queuemanager.local_postgres import LocalPostgres, start_postgres

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
REPLICAS, PRODUCERS, CONSUMERS = 3, 3, 3
REPLICA_KILLS = 4
ACK_DEADLINE = 2.0
QUEUE = "crash"
USER, PASSWORD = "loader", "loader-password"


@pytest.fixture
def cluster() -> Iterator[LocalPostgres]:
    server = start_postgres()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def started() -> Iterator[list[LocalQueueManager]]:
    servers: list[LocalQueueManager] = []
    yield servers
    for server in servers:
        local.stop(server)


def _ledger(folder: Path) -> list[dict[str, Any]]:
    entries = []
    for path in sorted(folder.glob("*.jsonl")):
        entries += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return entries


def test_replicas_and_the_database_crash_and_nothing_confirmed_is_lost(
    cluster: LocalPostgres, started: list[LocalQueueManager], tmp_path: Path
) -> None:
    began = time.monotonic()
    url = cluster.create_database()
    users = local.write_users(tmp_path / "users.json", {USER: PASSWORD})
    data_dir = tmp_path / "shared"

    def start_replica(port: int | None = None) -> LocalQueueManager:
        server = local.start(data_dir, users, store=url, port=port, ack_deadline=ACK_DEADLINE, timeout=60)
        started.append(server)
        return server

    replicas = [start_replica() for _ in range(REPLICAS)]
    with RawSession(replicas[0].url) as admin:
        admin.login(USER, PASSWORD)
        admin.ok("qm.new_queue", queue_name=QUEUE)

    ledgers, stop_producing, stop_consuming = tmp_path / "ledgers", tmp_path / "stop-p", tmp_path / "stop-c"
    ledgers.mkdir()
    urls = ",".join(server.url for server in replicas)

    def worker(role: str, name: str, stop: Path) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "tests.servers.replica_load", role, "--name", name, "--urls", urls]
        command += ["--queue", QUEUE, "--user", USER, "--ledger", str(ledgers / f"{name}.jsonl")]
        command += ["--stop-file", str(stop), "--seconds", "150"]
        process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE)
        assert process.stdin is not None
        process.stdin.write(f"{PASSWORD}\n".encode())
        process.stdin.close()
        return process

    producers = [worker("producer", f"p{n}", stop_producing) for n in range(PRODUCERS)]
    consumers = [worker("consumer", f"c{n}", stop_consuming) for n in range(CONSUMERS)]
    events: list[str] = []
    try:
        time.sleep(2.0)
        for kill in range(REPLICA_KILLS):
            victim = replicas[kill % REPLICAS]
            local.stop(victim, kill=True)  # SIGKILL, by PID
            events.append(f"replica {kill % REPLICAS} SIGKILLed at {time.monotonic() - began:.1f} s")
            if kill == 1:  # with one replica down, crash the database as well
                cluster.crash()
                events.append(f"PostgreSQL stopped -m immediate at {time.monotonic() - began:.1f} s")
                time.sleep(1.0)
                cluster.start()
                events.append(f"PostgreSQL restarted at {time.monotonic() - began:.1f} s")
            time.sleep(0.5)
            replicas[kill % REPLICAS] = start_replica(port=victim.port)
            time.sleep(1.5)
        time.sleep(1.0)
        stop_producing.touch()
        for process in producers:
            assert process.wait(timeout=60) == 0

        with RawSession(replicas[0].url, timeout=30) as admin:
            admin.login(USER, PASSWORD)

            def settled() -> bool:
                waiting: int = admin.ok("qm.size", queue_name=QUEUE)["size"]
                in_flight: int = admin.ok("qm.get_uncheck_num", queue_name=QUEUE)["ack_num"]
                return waiting == 0 and in_flight == 0

            drain_until = time.monotonic() + 60
            while not settled() and time.monotonic() < drain_until:
                time.sleep(0.3)
            stop_consuming.touch()
            for process in consumers:
                assert process.wait(timeout=60) == 0
            final = admin.ok("qm.size", queue_name=QUEUE)["size"], admin.ok("qm.get_uncheck_num", queue_name=QUEUE)
    finally:
        stop_producing.touch()
        stop_consuming.touch()
        for process in producers + consumers:
            if process.poll() is None:
                process.kill()  # by its PID
                process.wait(timeout=10)

    entries = _ledger(ledgers)
    sent = {e["sent"]: e["body"] for e in entries if "sent" in e}
    confirmed = {e["confirmed"] for e in entries if "confirmed" in e}
    deliveries = [e for e in entries if "delivered" in e]
    acked = Counter(e["acked"] for e in entries if "acked" in e)
    acked_lost = {e["acked_lost"] for e in entries if "acked_lost" in e}
    late = {e["late"] for e in entries if "late" in e}
    ids: dict[str, set[int]] = {}
    owners: dict[int, set[str]] = {}
    for e in deliveries:
        ids.setdefault(e["delivered"], set()).add(e["id"])
        owners.setdefault(e["id"], set()).add(e["delivered"])
    delivered = set(ids)
    print(
        f"\nreplica crash test: {REPLICAS} replicas, {REPLICA_KILLS} SIGKILLs, one PostgreSQL crash "
        f"({'; '.join(events)}); {len(sent)} adds sent, {len(confirmed)} confirmed, "
        f"{len(set(sent) - confirmed)} unconfirmed ({len((set(sent) - confirmed) & delivered)} of them delivered); "
        f"{len(deliveries)} deliveries of {len(delivered)} elements "
        f"({sum(1 for v in Counter(e['delivered'] for e in deliveries).values() if v > 1)} delivered more than once); "
        f"{sum(acked.values())} acks answered, {len(acked_lost)} acks whose answer was lost (found done), "
        f"{len(late)} late acks, {sum(1 for e in entries if 'requeued' in e)} put back, "
        f"{sum(1 for e in entries if 'abandoned' in e)} abandoned; left: {final[0]} waiting, "
        f"{final[1]['ack_num']} in flight; {time.monotonic() - began:.1f} s"
    )
    assert len(confirmed) > 100
    assert max(acked.values()) == 1  # none acknowledged twice
    lost = [key for key in confirmed if not (acked[key] or key in acked_lost)]
    assert lost == [], f"{len(lost)} confirmed elements never acknowledged, e.g. {lost[:5]}"
    assert delivered <= set(sent)  # nothing delivered that was not sent
    assert all(len(found) == 1 for found in ids.values())  # an element keeps its id
    assert all(len(keys) == 1 for keys in owners.values())  # no two elements share an id
    assert all(e["body"] == sent[e["delivered"]] for e in deliveries)  # bodies byte-identical
    assert all(acked[key] or key in acked_lost for key in late)  # a late ack found its element acknowledged
    assert final[0] == 0
    assert final[1]["ack_num"] == 0
