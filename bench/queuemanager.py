"""queueManager benchmark against the reference server: per-call latency of ``size`` beside the same JSON-RPC call
made with raw httpx (the floor), and add -> poll -> ack round trips per second, sync and async.

    make bench        (or: python -m bench.queuemanager [--rounds N])
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import interleaved, table
from mqclients.queuemanager import AsyncQueueManager, QueueManager
from mqclients.servers.queuemanager.local import running_queuemanager, write_users

USER, PASSWORD = "bench", "bench-password-0123"


def raw_round_trips(url: str, token: str, queue: str, rounds: int) -> float:
    def call(client: httpx.Client, method: str, **params: Any) -> Any:
        body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": {"token": token, **params}}
        return client.post("/rpc", json=body).json()["result"]

    with httpx.Client(base_url=url) as client:
        started = time.perf_counter()
        for i in range(rounds):
            call(client, "qm.add", queue_name=queue, element=f"e{i}")
            polled = call(client, "qm.poll", queue_name=queue)
            call(client, "qm.ack", message_id=polled["message_id"], ack_type=0)
        return rounds / (time.perf_counter() - started)


def size_per_call(url: str, token: str, qm: QueueManager, rounds: int) -> dict[str, float]:
    """Median seconds per ``qm.size``: the client, and the same JSON-RPC request with raw httpx."""
    body = {"jsonrpc": "2.0", "id": 1, "method": "qm.size", "params": {"token": token, "queue_name": "raw"}}
    with httpx.Client(base_url=url) as client:
        return interleaved(
            {
                "raw httpx": lambda: client.post("/rpc", json=body).json()["result"],
                "mqclients QueueManager": lambda: qm.size(queue_name="raw"),
            },
            rounds,
        )


def sync_round_trips(qm: QueueManager, queue: str, rounds: int) -> float:
    started = time.perf_counter()
    for i in range(rounds):
        qm.add(queue_name=queue, element=f"e{i}")
        polled = qm.poll(queue_name=queue)
        assert polled is not None
        assert isinstance(polled.message_id, int)
        qm.ack(message_id=polled.message_id, ack_type=0)
    return rounds / (time.perf_counter() - started)


async def async_round_trips(url: str, queue: str, rounds: int, workers: int) -> float:
    async with AsyncQueueManager(url, username=USER, password=PASSWORD, heartbeat_interval=0) as qm:
        await qm.new_queue(queue_name=queue)

        async def worker(count: int) -> None:
            for i in range(count):
                await qm.add(queue_name=queue, element=f"e{i}")
                polled = await qm.poll(queue_name=queue)
                if polled is not None and isinstance(polled.message_id, int):
                    await qm.ack(message_id=polled.message_id, ack_type=0)

        started = time.perf_counter()
        await asyncio.gather(*(worker(rounds // workers) for _ in range(workers)))
        return (rounds // workers * workers) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="mqclients-qm-bench-"))
    users = write_users(data / "users.json", {USER: PASSWORD})
    with running_queuemanager(data, users) as server:
        with QueueManager(server.url, username=USER, password=PASSWORD, heartbeat_interval=0) as qm:
            qm.new_queue(queue_name="sync")
            qm.new_queue(queue_name="raw")
            qm.size(queue_name="raw")  # logs in
            token = str(qm.session.token)
            size = size_per_call(server.url, token, qm, args.rounds)
            raw = raw_round_trips(server.url, token, "raw", args.rounds)
            sync = sync_round_trips(qm, "sync", args.rounds)
        one = asyncio.run(async_round_trips(server.url, "async1", args.rounds, 1))
        eight = asyncio.run(async_round_trips(server.url, "async8", args.rounds, 8))
    floor = size["raw httpx"]
    print(
        table(
            f"queueManager size: per-call latency, median of {args.rounds} interleaved calls, one local server",
            ("client", "us", "/ raw httpx"),
            [(name, f"{t * 1e6:.0f}", f"{t / floor:.2f}x") for name, t in size.items()],
        )
    )
    print()
    print(
        table(
            f"queueManager add + poll + ack round trips per second, {args.rounds} each, one local server "
            "(SQLite WAL, synchronous=FULL)",
            ("client", "round trips/s", "/ raw httpx"),
            [
                ("raw httpx (sync)", f"{raw:.0f}", "1.00x"),
                ("mqclients QueueManager (sync)", f"{sync:.0f}", f"{sync / raw:.2f}x"),
                ("mqclients AsyncQueueManager, 1 task", f"{one:.0f}", f"{one / raw:.2f}x"),
                ("mqclients AsyncQueueManager, 8 tasks", f"{eight:.0f}", f"{eight / raw:.2f}x"),
            ],
        )
    )


if __name__ == "__main__":
    main()
