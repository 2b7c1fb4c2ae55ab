"""Crash test of the queueManager server: SIGKILL under load, restart on the same data, nothing lost or doubled.

Producers add unique elements and consumers take and acknowledge them over raw JSON-RPC, in threads; some
consumptions fail (``ack_type`` 1: delivered again at once) and some elements are abandoned without an ack
(delivered again after the ack deadline, as if their consumer had died). Mid-run the server is killed with SIGKILL
and started again on the same data directory. Afterwards every element whose ``add`` had answered must have been
acknowledged exactly once (elements in flight at the kill come back after the ack deadline), and none twice.

A call whose answer the kill swallowed is uncertain: an ``add`` may or may not have happened (its element may show
up, and is then held to the same rule); an ``ack`` is retried until it answers: 0 if it had not happened, 1111600009
if it had (or if the element came back and another consumer acknowledged it, which the ledger also shows).
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from mqclients.servers.queuemanager import local
from mqclients.servers.queuemanager.local import LocalQueueManager, RawSession

ACK_DEADLINE = 2.0
PRODUCERS = 3
CONSUMERS = 3
RUN_BEFORE_KILL = 1.5
RUN_AFTER_RESTART = 1.5
DRAIN_TIMEOUT = 10.0
QUEUE = "crash"
USER, PASSWORD = "loader", "loader-password"
TOKEN_ERROR, NOT_FOUND, EMPTY = 1111600006, 1111600009, 1111600005


@dataclass
class Ledger:
    """What the clients saw, shared by the threads (under ``lock``)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    confirmed: set[str] = field(default_factory=set)  # add answered code 0
    uncertain_adds: set[str] = field(default_factory=set)  # add sent, answer lost
    deliveries: Counter[str] = field(default_factory=Counter)
    message_ids: dict[str, set[int]] = field(default_factory=dict)
    acked: Counter[str] = field(default_factory=Counter)  # ack type 0 answered code 0
    acked_before_a_lost_answer: set[str] = field(default_factory=set)  # retried ack answered 1111600009
    requeued: int = 0  # ack type 1 answered code 0
    abandoned: int = 0  # taken and never acknowledged: delivered again after the ack deadline
    transport_errors: int = 0
    # ack answered 1111600009 with no lost answer before it: the element came back after its ack deadline and was
    # acknowledged by another consumer (possible when the restart outlasts the deadline; at least once, not a loss)
    late_acks: set[str] = field(default_factory=set)


class Client:
    """A raw session that logs in again after a restart and waits out the server's absence."""

    def __init__(self, url: str, ledger: Ledger, give_up_at: float) -> None:
        self.session = RawSession(url, timeout=5)
        self.ledger = ledger
        self.give_up_at = give_up_at
        self.answer_lost = False  # whether the last call() was sent again after a transport error

    def _lost(self) -> None:
        with self.ledger.lock:
            self.ledger.transport_errors += 1
        if time.monotonic() > self.give_up_at:
            raise TimeoutError("the server did not come back")
        time.sleep(0.05)

    def login(self) -> None:
        while True:
            try:
                self.session.login(USER, PASSWORD)
                return
            except httpx.TransportError:
                self._lost()

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """A call retried until the server answers it; for calls that may run twice (poll, ack, size)."""
        self.answer_lost = False
        while True:
            try:
                result = self.session.result(method, **params)
            except httpx.TransportError:
                self.answer_lost = True
                self._lost()
                continue
            if result["code"] == TOKEN_ERROR:
                self.login()
                continue
            return result

    def add_once(self, element: str) -> bool | None:
        """True when added, None when the answer was lost (never retried: that could add twice)."""
        while True:
            try:
                result = self.session.result("qm.add", queue_name=QUEUE, element=element)
            except httpx.TransportError:
                self._lost()
                return None
            if result["code"] == TOKEN_ERROR:  # refused before running: safe to send again
                self.login()
                continue
            assert result == {"code": 0}, result
            return True


def producer(url: str, ledger: Ledger, number: int, stop: threading.Event, give_up_at: float) -> None:
    client = Client(url, ledger, give_up_at)
    client.login()
    sent = 0
    while not stop.is_set():
        element = f"p{number}-{sent}"
        sent += 1
        added = client.add_once(element)
        with ledger.lock:
            (ledger.confirmed if added else ledger.uncertain_adds).add(element)


def consumer(url: str, ledger: Ledger, number: int, stop: threading.Event, give_up_at: float) -> None:
    client = Client(url, ledger, give_up_at)
    client.login()
    chance = random.Random(number)
    while not stop.is_set():
        if chance.random() < 0.5:
            result = client.call("qm.poll", queue_name=QUEUE)
            if result["code"] == EMPTY:
                time.sleep(0.02)
                continue
            assert result["code"] == 0, result
            taken = [(result["element"], result["message_id"])]
        else:
            result = client.call("qm.pull_elements", queue_name=QUEUE, number=8)
            assert result["code"] == 0, result
            taken = [(e["element"], e["message_id"]) for e in result["element_info"]]
            if not taken:
                time.sleep(0.02)
                continue
        for element, message_id in taken:
            with ledger.lock:
                ledger.deliveries[element] += 1
                ledger.message_ids.setdefault(element, set()).add(message_id)
                first = ledger.deliveries[element] == 1
            luck = chance.random()
            if first and luck < 0.05:  # the consumer "dies" with it: it comes back after the ack deadline
                with ledger.lock:
                    ledger.abandoned += 1
                continue
            failed = first and luck < 0.15  # the consumption fails: ack_type 1 puts it back at once
            answer = client.call("qm.ack", message_id=message_id, ack_type=1 if failed else 0)
            lost = client.answer_lost
            with ledger.lock:
                if answer["code"] == 0:
                    if failed:
                        ledger.requeued += 1
                    else:
                        ledger.acked[element] += 1
                elif answer["code"] == NOT_FOUND and lost:
                    if not failed:
                        ledger.acked_before_a_lost_answer.add(element)
                else:
                    assert answer["code"] == NOT_FOUND, answer
                    ledger.late_acks.add(element)


@pytest.fixture
def users_file(tmp_path: Path) -> Path:
    return local.write_users(tmp_path / "users.json", {USER: PASSWORD})


@pytest.fixture
def servers() -> Iterator[list[LocalQueueManager]]:
    started: list[LocalQueueManager] = []
    yield started
    for server in started:
        local.stop(server)


@pytest.mark.slow
def test_nothing_is_lost_or_acknowledged_twice_across_a_sigkill(
    tmp_path: Path, users_file: Path, servers: list[LocalQueueManager]
) -> None:
    began = time.monotonic()
    data_dir = tmp_path / "data"
    server = local.start(data_dir, users_file, ack_deadline=ACK_DEADLINE)
    servers.append(server)
    with RawSession(server.url) as admin:
        admin.login(USER, PASSWORD)
        admin.ok("qm.new_queue", queue_name=QUEUE)

    ledger = Ledger()
    stop_producing, stop_consuming = threading.Event(), threading.Event()
    give_up_at = time.monotonic() + 40
    threads = [
        threading.Thread(target=producer, args=(server.url, ledger, n, stop_producing, give_up_at), daemon=True)
        for n in range(PRODUCERS)
    ] + [
        threading.Thread(target=consumer, args=(server.url, ledger, n, stop_consuming, give_up_at), daemon=True)
        for n in range(CONSUMERS)
    ]
    for thread in threads:
        thread.start()

    time.sleep(RUN_BEFORE_KILL)
    local.stop(server, kill=True)  # SIGKILL, by PID
    with ledger.lock:
        confirmed_at_kill = len(ledger.confirmed)
    time.sleep(0.2)
    restarted = local.start(data_dir, users_file, port=server.port, ack_deadline=ACK_DEADLINE)
    servers.append(restarted)
    with RawSession(restarted.url) as admin:
        admin.login(USER, PASSWORD)
        waiting_after_restart = admin.ok("qm.size", queue_name=QUEUE)["size"]
        in_flight_after_restart = admin.ok("qm.get_uncheck_num", queue_name=QUEUE)["ack_num"]

        time.sleep(RUN_AFTER_RESTART)
        stop_producing.set()
        for thread in threads[:PRODUCERS]:
            thread.join(timeout=10)

        def settled() -> bool:
            with ledger.lock:
                done = all(ledger.acked[e] or e in ledger.acked_before_a_lost_answer for e in ledger.confirmed)
            if not done:
                return False
            size: int = admin.ok("qm.size", queue_name=QUEUE)["size"]
            in_flight: int = admin.ok("qm.get_uncheck_num", queue_name=QUEUE)["ack_num"]
            return size == 0 and in_flight == 0

        drain_until = time.monotonic() + DRAIN_TIMEOUT
        while not settled() and time.monotonic() < drain_until:
            time.sleep(0.1)
        stop_consuming.set()
        for thread in threads[PRODUCERS:]:
            thread.join(timeout=10)
        final_size = admin.ok("qm.size", queue_name=QUEUE)["size"]
        final_in_flight = admin.ok("qm.get_uncheck_num", queue_name=QUEUE)["ack_num"]

    assert not any(thread.is_alive() for thread in threads)
    redelivered = sum(1 for count in ledger.deliveries.values() if count > 1)
    acknowledged = {e: ledger.acked[e] or int(e in ledger.acked_before_a_lost_answer) for e in ledger.deliveries}
    print(
        f"\ncrash test: {len(ledger.confirmed)} adds confirmed ({confirmed_at_kill} before the SIGKILL), "
        f"{len(ledger.uncertain_adds)} adds whose answer the kill swallowed "
        f"({len(set(ledger.deliveries) & ledger.uncertain_adds)} of them found in the queue); "
        f"after the restart {waiting_after_restart} waiting and {in_flight_after_restart} in flight; "
        f"{sum(ledger.deliveries.values())} deliveries of {len(ledger.deliveries)} elements, {redelivered} delivered "
        f"more than once, {ledger.requeued} put back with ack_type 1, {ledger.abandoned} abandoned until their ack "
        f"deadline; {sum(ledger.acked.values())} acks answered, "
        f"{len(ledger.acked_before_a_lost_answer)} acks whose answer was lost (found done when retried), "
        f"{len(ledger.late_acks)} late acks; {ledger.transport_errors} transport errors; left in the queue: "
        f"{final_size} waiting, {final_in_flight} in flight; {time.monotonic() - began:.1f} s"
    )

    assert ledger.transport_errors > 0  # the kill did interrupt the clients
    assert confirmed_at_kill > 0
    assert max(ledger.acked.values()) == 1  # none acknowledged twice
    lost = [e for e in ledger.confirmed if acknowledged.get(e, 0) != 1]
    assert lost == [], f"{len(lost)} confirmed elements never acknowledged, e.g. {lost[:5]}"
    assert set(ledger.deliveries) <= ledger.confirmed | ledger.uncertain_adds  # nothing delivered that was not sent
    assert all(len(ids) == 1 for ids in ledger.message_ids.values())  # an element keeps its id across deliveries
    assert (final_size, final_in_flight) == (0, 0)
    assert all(acknowledged[e] == 1 for e in ledger.late_acks)  # a late ack found its element acknowledged
