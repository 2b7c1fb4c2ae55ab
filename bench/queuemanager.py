"""queueManager benchmark: add -> poll -> ack round trips per second against the reference server, sync and async,
beside the same three calls made with raw httpx (the floor).

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

from bench.common import table
from mqclients.queuemanager import AsyncQueueManager, QueueManager
from mqclients.queuemanager_api import models as m
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


def sync_round_trips(qm: QueueManager, queue: str, rounds: int) -> float:
    started = time.perf_counter()
    for i in range(rounds):
        qm.add(body=m.AddParams(queue_name=queue, element=f"e{i}"))
        polled = qm.poll(body=m.PollParams(queue_name=queue))
        assert polled is not None
        assert isinstance(polled.message_id, int)
        qm.ack(body=m.AckParams(message_id=polled.message_id, ack_type=0))
    return rounds / (time.perf_counter() - started)


async def async_round_trips(url: str, queue: str, rounds: int, workers: int) -> float:
    async with AsyncQueueManager(url, username=USER, password=PASSWORD, heartbeat_interval=0) as qm:
        await qm.new_queue(body=m.NewQueueParams(queue_name=queue))

        async def worker(count: int) -> None:
            for i in range(count):
                await qm.add(body=m.AddParams(queue_name=queue, element=f"e{i}"))
                polled = await qm.poll(body=m.PollParams(queue_name=queue))
                if polled is not None and isinstance(polled.message_id, int):
                    await qm.ack(body=m.AckParams(message_id=polled.message_id, ack_type=0))

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
            qm.new_queue(body=m.NewQueueParams(queue_name="sync"))
            qm.new_queue(body=m.NewQueueParams(queue_name="raw"))
            qm.size(body=m.SizeParams(queue_name="raw"))  # logs in
            token = str(qm.session.token)
            raw = raw_round_trips(server.url, token, "raw", args.rounds)
            sync = sync_round_trips(qm, "sync", args.rounds)
        one = asyncio.run(async_round_trips(server.url, "async1", args.rounds, 1))
        eight = asyncio.run(async_round_trips(server.url, "async8", args.rounds, 8))
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
