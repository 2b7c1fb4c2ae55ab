"""queueManager server scaling: add -> poll -> ack cycles per second with 16 concurrent async clients, against one
SQLite server and against 1, 2 and 4 replicas on one PostgreSQL (clients spread round-robin over the replicas),
all measured in one run on this machine, with each cycle's p50 and p99 latency.

    make bench        (or: python -m bench.queuemanager_replicas [--cycles N] [--clients N])

Everything (server processes, PostgreSQL, the clients) shares this machine's cores: read the rows as how the
server behaves here, not as what more replicas buy on more cores (see docs/pages/queuemanager-replicas.md).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.common import table
from mqclients.queuemanager import AsyncQueueManager
from mqclients.servers.queuemanager import local
from mqclients.servers.queuemanager.local_postgres import LocalPostgres, running_postgres

USER, PASSWORD = "bench", "bench-password-0123"
QUEUE = "cycles"
WARMUP_CYCLES = 5


@contextlib.contextmanager
def replicas(count: int, store: str | None, root: Path) -> Iterator[list[str]]:
    data = Path(tempfile.mkdtemp(prefix="data-", dir=root))
    users = local.write_users(data / "users.json", {USER: PASSWORD})
    servers: list[local.LocalQueueManager] = []
    try:
        for _ in range(count):
            servers.append(local.start(data, users, store=store, timeout=60))
        yield [server.url for server in servers]
    finally:
        for server in servers:
            local.stop(server)


async def cycles(urls: list[str], clients: int, per_client: int) -> tuple[float, list[float]]:
    """Cycles per second over all clients, and every measured cycle's seconds."""
    qms = [
        AsyncQueueManager(urls[n % len(urls)], username=USER, password=PASSWORD, heartbeat_interval=0)
        for n in range(clients)
    ]
    try:
        await qms[0].new_queue(queue_name=QUEUE)
        latencies: list[float] = []

        async def one(qm: AsyncQueueManager, n: int) -> None:
            await qm.add(queue_name=QUEUE, element=f"e{n}")
            polled = await qm.poll(queue_name=QUEUE)
            if polled is not None and isinstance(polled.message_id, int):
                await qm.ack(message_id=polled.message_id, ack_type=0)

        ready = asyncio.Event()  # set when every client has warmed up (logged in, connected): the clock starts
        warmed: list[float] = []

        async def client(qm: AsyncQueueManager) -> None:
            for n in range(WARMUP_CYCLES):
                await one(qm, n)
            warmed.append(time.perf_counter())
            if len(warmed) == clients:
                ready.set()
            await ready.wait()
            for n in range(per_client):
                started = time.perf_counter()
                await one(qm, n)
                latencies.append(time.perf_counter() - started)

        await asyncio.gather(*(client(qm) for qm in qms))
        elapsed = time.perf_counter() - max(warmed)
        return len(latencies) / elapsed, latencies
    finally:
        for qm in qms:
            await qm.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cycles", type=int, default=60, help="measured cycles per client (60)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent async clients (16)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="mqclients-qm-replicas-"))
    rows = []
    with running_postgres() as cluster:
        setups: list[tuple[str, int, LocalPostgres | None]] = [
            ("SQLite, 1 server", 1, None),
            ("PostgreSQL, 1 replica", 1, cluster),
            ("PostgreSQL, 2 replicas", 2, cluster),
            ("PostgreSQL, 4 replicas", 4, cluster),
        ]
        baseline = None
        for label, count, pg in setups:
            store = pg.create_database() if pg is not None else None
            with replicas(count, store, root) as urls:
                rate, latencies = asyncio.run(cycles(urls, args.clients, args.cycles))
            baseline = baseline or rate
            p50 = statistics.median(latencies) * 1000
            p99 = statistics.quantiles(latencies, n=100)[98] * 1000
            rows.append((label, f"{rate:.0f}", f"{rate / baseline:.2f}x", f"{p50:.1f}", f"{p99:.1f}"))
    print(
        table(
            f"queueManager server: add + poll + ack cycles, {args.clients} concurrent async clients x {args.cycles} "
            "cycles, one run on this machine (servers, PostgreSQL and clients share its cores)",
            ("store", "cycles/s", "/ SQLite", "p50 ms", "p99 ms"),
            rows,
        )
    )


if __name__ == "__main__":
    main()
