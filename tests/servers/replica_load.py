"""A producer or consumer process of the replica crash test (``python -m tests.servers.replica_load``).

It calls the replicas round-robin over raw JSON-RPC (moving to the next replica on a transport error) until a
stop file appears or its time is up, and writes what it saw to a ledger, one JSON object a line, flushed at once:

- producer: ``{"sent": key, "body": element}`` before each add, then ``{"confirmed": key}`` when it answered 0;
- consumer: ``{"delivered": key, "id": n, "body": element}``, then ``{"acked": key}`` (ack 0 answered 0),
  ``{"acked_lost": key}`` (an ack whose answer was lost, retried, found done), ``{"late": key}`` (an ack found the
  element acknowledged by another consumer after its ack deadline), ``{"requeued": key}`` or ``{"abandoned": key}``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from pathlib import Path
from typing import IO, Any

import httpx

from mqclients.servers.queuemanager.local import login_payload

NOT_FOUND, TOKEN_ERROR, FAILURE, EMPTY = 1111600009, 1111600006, 1111600001, 1111600005
# bodies that a store could mangle: NUL, quotes, backslashes, astral and combining characters, long ones
ODD = ["\u0000", '"', "\\", "\U0001f680", "e\u0301", "\u2028", "<&>", "\t\r\n", "é" * 300]


class Lost(Exception):
    """The call's answer did not arrive (transport error, or the storage failed mid-call): it may have run."""


class Client:
    def __init__(self, urls: list[str], user: str, password: str, seed: int) -> None:
        self.urls = urls
        self.turn = seed % len(urls)
        self.user, self.password = user, password
        self.http = httpx.Client(timeout=10)
        self.token: str | None = None
        self.ids = itertools.count(1)

    @property
    def url(self) -> str:
        return self.urls[self.turn % len(self.urls)]

    def _post(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        body = {"jsonrpc": "2.0", "id": next(self.ids), "method": method, "params": params}
        try:
            answer = self.http.post(f"{self.url}/rpc", json=body).json()
        except (httpx.TransportError, ValueError) as exc:
            self.turn += 1  # the next replica
            raise Lost(str(exc)) from None
        result: dict[str, Any] = answer["result"]
        if result["code"] == FAILURE:
            raise Lost(result["message"])
        return result

    def login(self) -> None:
        while True:
            try:
                challenge = self.http.get(f"{self.url}/login-challenge")
                result = self._post(
                    "qm.auth", {"username": self.user, "password": login_payload(challenge, self.password)}
                )
            except (Lost, httpx.TransportError):
                self.turn += 1
                time.sleep(0.1)
                continue
            if result["code"] == 0:
                self.token = str(result["token"])
                return
            time.sleep(0.1)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """One call; ``Lost`` when its answer did not arrive. A token error logs in again and retries (the call
        did not run)."""
        while True:
            if self.token is None:
                self.login()
            result = self._post(method, {"token": self.token, **params})
            if result["code"] != TOKEN_ERROR:
                return result
            self.token = None


def write(ledger: IO[str], **entry: Any) -> None:
    ledger.write(json.dumps(entry) + "\n")
    ledger.flush()


def produce(client: Client, queue: str, name: str, ledger: IO[str], stop: Path, until: float) -> None:
    rng = random.Random(name)
    for n in itertools.count():
        if stop.exists() or time.monotonic() > until:
            return
        key = f"{name}-{n}"
        body = f"{key}|" + "".join(rng.choice(ODD) for _ in range(rng.randint(0, 4)))
        write(ledger, sent=key, body=body)
        try:
            result = client.call("qm.add", queue_name=queue, element=body)
        except Lost:
            time.sleep(0.05)
            continue
        if result["code"] == 0:
            write(ledger, confirmed=key)


def _ack(client: Client, ledger: IO[str], key: str, message_id: int, until: float) -> None:
    lost = False
    while time.monotonic() < until:
        try:
            result = client.call("qm.ack", message_id=message_id, ack_type=0)
        except Lost:
            lost = True
            time.sleep(0.05)
            continue
        if result["code"] == 0:
            write(ledger, acked=key)
        elif result["code"] == NOT_FOUND:
            write(ledger, **({"acked_lost": key} if lost else {"late": key}))
        else:
            raise AssertionError(f"ack answered {result}")
        return


def consume(client: Client, queue: str, name: str, ledger: IO[str], stop: Path, until: float) -> None:
    rng = random.Random(name)
    while not stop.exists() and time.monotonic() < until:
        try:
            result = client.call("qm.pull_elements", queue_name=queue, number=4)
        except Lost:
            time.sleep(0.05)
            continue
        taken = result.get("element_info") or []
        if not taken:
            time.sleep(0.05)
            continue
        for item in taken:
            body: str = item["element"]
            key = body.split("|", 1)[0]
            write(ledger, delivered=key, id=item["message_id"], body=body)
            fate = rng.random()
            if fate < 0.05:
                write(ledger, abandoned=key)  # as if this consumer died: delivered again after the deadline
            elif fate < 0.15:
                try:
                    if client.call("qm.ack", message_id=item["message_id"], ack_type=1)["code"] == 0:
                        write(ledger, requeued=key)
                except Lost:
                    pass  # delivered again after its deadline, or already put back
            else:
                _ack(client, ledger, key, item["message_id"], until)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("role", choices=["producer", "consumer"])
    p.add_argument("--name", required=True)
    p.add_argument("--urls", required=True, help="comma-separated replica URLs")
    p.add_argument("--queue", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--ledger", type=Path, required=True)
    p.add_argument("--stop-file", type=Path, required=True)
    p.add_argument("--seconds", type=float, default=120.0, help="give up after this long, whatever happens")
    args = p.parse_args(argv)
    password = sys.stdin.readline().rstrip("\n")  # not on the command line: ps would show it
    client = Client(args.urls.split(","), args.user, password, seed=hash(args.name))
    until = time.monotonic() + args.seconds
    with args.ledger.open("a", encoding="utf-8") as ledger:
        work = produce if args.role == "producer" else consume
        work(client, args.queue, args.name, ledger, args.stop_file, until)
    return 0


if __name__ == "__main__":
    sys.exit(main())
