"""``mqc <api> consume QUEUE``: messages as they come, one JSON line each, acknowledged or released.

Each printed message is acknowledged (DMS ``success``, CMQ and Zaqar deleted, queueManager acked) or, with
``--no-ack``, released so it is delivered again; until ``--max-messages``, ``--stop-when-empty`` or Ctrl-C (exit
130; the batch in hand is settled first: what was printed is acknowledged). DMS, CMQ and queueManager use their
clients' consumer helpers; Zaqar's is built here on claims (a claim's messages deleted, or the claim released).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import click

from .connect import Connection
from .exits import reported
from .output import plain

# Seconds a poll waits: the long-poll wait of DMS (time_wait, 1-60) and CMQ (pollingWaitSeconds, 0-30), the pause
# after an empty pull or claim for queueManager and Zaqar, which have no long poll.
DEFAULT_WAIT = {"dms": 10, "cmq": 10, "queuemanager": 1.0, "zaqar": 1.0}


def _claim_id(href: str) -> str:
    """A claimed message's claim id, from its ``href`` (``...?claim_id=<id>``), the only place Zaqar puts it."""
    from urllib.parse import parse_qs, urlsplit

    from mqclients._core.errors import ResponseDecodeError

    found = parse_qs(urlsplit(href).query).get("claim_id")
    if not found:
        raise ResponseDecodeError(f"a claimed message's href has no claim_id: {href!r}")
    return found[0]


def _zaqar_consumer(client: Any, queue: str, options: dict[str, Any]) -> tuple[Any, Callable[[Any], Any]]:
    from mqclients._core.consumer import Consumer

    def poll() -> list[tuple[str, Any]]:
        claim = client.create_claim(queue, ttl=options["claim_ttl"], grace=options["claim_ttl"], limit=10)
        if claim is None or not claim.messages:
            if not options["stop_when_empty"]:
                time.sleep(options["wait"] if options["wait"] is not None else DEFAULT_WAIT["zaqar"])
            return []
        return [(_claim_id(m.href), m) for m in claim.messages]

    def settle(batch: list[tuple[str, Any]], outcomes: list[bool]) -> None:
        for (claim_id, message), ok in zip(batch, outcomes, strict=True):
            if ok:
                client.delete_message(queue, message.id, claim_id=claim_id)
        for claim_id in {claim_id for (claim_id, _), ok in zip(batch, outcomes, strict=True) if not ok}:
            client.delete_claim(queue, claim_id)  # released: the messages are claimable again at once

    return Consumer(
        poll, settle, stop_when_empty=options["stop_when_empty"], max_messages=options["max_messages"]
    ), lambda held: held[1]


def _consumer(api: str, client: Any, queue: str, options: dict[str, Any]) -> tuple[Any, Callable[[Any], Any]]:
    """The consumer for ``api`` and how to find the message in what it yields."""
    common = {"stop_when_empty": options["stop_when_empty"], "max_messages": options["max_messages"]}
    wait = options["wait"] if options["wait"] is not None else DEFAULT_WAIT[api]
    if api == "dms":
        return client.consume(queue, options["group"], time_wait=int(wait), **common), _itself
    if api == "cmq":
        return client.consume(queue, polling_wait_seconds=int(wait), **common), _itself
    if api == "queuemanager":
        return client.consume(queue, idle_wait=wait, **common), _itself
    return _zaqar_consumer(client, queue, options)


def _itself(message: Any) -> Any:
    return message


def consume(api: str, connection: Connection, ctx: click.Context, queue: str, options: dict[str, Any]) -> None:
    with reported():
        client = connection.client(ctx)
        consumer, message_of = _consumer(api, client, queue, options)
        count = 0
        with consumer:
            for held in consumer:
                click.echo(json.dumps(plain(message_of(held)), ensure_ascii=False, separators=(",", ":")))
                count += 1
                if not options["ack"]:
                    consumer.reject()
        verb = "acknowledged" if options["ack"] else "released"
        click.echo(f"consumed {count} messages ({verb})", err=True)
