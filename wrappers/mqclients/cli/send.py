"""``mqc <api> send QUEUE --file messages.jsonl``: a JSON-lines file through the batch helpers, with progress.

One message per line (``-``: standard input). DMS and Zaqar lines are message objects in the API's wire form
(``{"body": ..., "ttl": 300}``); CMQ and queueManager messages are strings: a JSON string line is sent as it is, any
other JSON value as its compact JSON text. Every line is checked against the spec's schema for one message before
any I/O; lines go to the batch helpers a chunk at a time, with a progress bar (count, rate, ETA) when stderr is a
terminal. A line that is not JSON or breaks a documented rule is reported and the others are sent; at the end every
failed line is listed (exit 5 if any). A send that cannot go on (unreachable, timed out) says the line it stopped at.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import click

from mqclients._core.batching import BatchReport, ItemFailure, json_size, plan_batches, send_in_batches
from mqclients._core.errors import MQClientError, ValidationError
from mqclients._core.operation import Batch
from mqclients._core.validate import check

from .connect import Connection
from .exits import PARTIAL, Exit, reported

# Lines handed to a batch helper at a time: the progress bar moves per chunk, memory stays bounded.
CHUNK = 200
# Zaqar declares no x-batch: its documents bound a post by size only (max_messages_post_size, 256 KiB by default);
# the count per request is ours, to keep each request small.
ZAQAR_POST = Batch(items="messages", max_items=100, max_bytes=262144)
QUEUEMANAGER_ADD_ALL = Batch(items="elements", max_items=100)


@dataclass
class Failure:
    line: int
    reason: str
    code: str | None = None


@dataclass
class SendTotals:
    sent: int = 0
    requests: int = 0
    failed: list[Failure] = field(default_factory=list)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _item_schema(api: str, operation: str, *path: str) -> dict[str, Any]:
    """The schema one message must meet: the items of a batch operation's array field, from the generated facade."""
    import importlib

    node: Any = importlib.import_module(f"mqclients.{api}_api.facade").OPERATIONS[operation].body_schema or {}
    for key in path:
        node = (node.get("properties") or {}).get(key) or {}
    return dict(node.get("items") or {})


def _checked(api: str, operation: str, *path: str) -> Callable[[Any], Any]:
    """A line's value as the message the batch helper takes, checked against the spec before any I/O."""
    schema: dict[str, Any] = {}

    def item(value: Any) -> Any:
        if not schema:
            schema.update(_item_schema(api, operation, *path))
        if api == "dms":
            check(value, schema, "message")
            from mqclients.dms_api.models import NewMessage

            return NewMessage.from_dict(value)
        if api == "zaqar":
            check(value, schema, "message")
            return value
        text = _text(value)
        check(text, schema, "message")
        return text

    return item


def _all_sent(report: BatchReport[Any], indexes: list[int], _result: Any) -> None:
    report.requests += 1
    report.succeeded += [(index, None) for index in indexes]


def _zaqar_send(client: Any, queue: str, items: list[Any]) -> BatchReport[Any]:
    batches, refused = plan_batches([json_size(item) for item in items], ZAQAR_POST, "messages")
    report: BatchReport[Any] = BatchReport()
    _refuse(report, items, refused)
    return send_in_batches(
        items, batches, report, lambda ix: client.post_messages(queue, messages=[items[i] for i in ix]), _all_sent
    )


def _queuemanager_send(client: Any, queue: str, items: list[Any]) -> BatchReport[Any]:
    batches, _ = plan_batches([0] * len(items), QUEUEMANAGER_ADD_ALL, "elements")
    send = lambda ix: client.add_all(queue_name=queue, elements=[items[i] for i in ix])  # noqa: E731
    return send_in_batches(items, batches, BatchReport(), send, _all_sent)


def _refuse(report: BatchReport[Any], items: list[Any], refused: list[tuple[int, ValidationError]]) -> None:
    report.failed += [ItemFailure(i, items[i], error.rule, None, error) for i, error in refused]


@dataclass(frozen=True)
class QueueApi:
    """How one API reads a line into a message and sends a chunk of them."""

    item: Callable[[Any], Any]
    send: Callable[[Any, str, list[Any]], BatchReport[Any]]


def _send_batched(client: Any, queue: str, messages: list[Any]) -> BatchReport[Any]:
    report: BatchReport[Any] = client.send_batched(queue, messages)
    return report


SENDERS: dict[str, QueueApi] = {
    "dms": QueueApi(_checked("dms", "send_messages", "messages"), _send_batched),
    "cmq": QueueApi(_checked("cmq", "batch_send_message", "msgBody"), _send_batched),
    "zaqar": QueueApi(_checked("zaqar", "post_messages", "messages"), _zaqar_send),
    "queuemanager": QueueApi(_checked("queuemanager", "add_all", "params", "elements"), _queuemanager_send),
}


def _lines(stream: IO[str]) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield number, line


def _count_lines(path: str) -> int | None:
    if path == "-":
        return None
    with open(path, encoding="utf-8") as handle:
        return sum(1 for _ in _lines(handle))


def _chunks(stream: IO[str], parse: Callable[[Any], Any], totals: SendTotals) -> Iterator[tuple[list[int], list[Any]]]:
    """(line numbers, messages) a chunk at a time; lines that are not messages go straight to the failures."""
    numbers: list[int] = []
    items: list[Any] = []
    for number, line in _lines(stream):
        try:
            items.append(parse(json.loads(line)))
            numbers.append(number)
        except json.JSONDecodeError as error:
            totals.failed.append(Failure(number, f"not JSON: {error.msg}"))
        except ValidationError as error:
            totals.failed.append(Failure(number, str(error)))
        except (TypeError, KeyError, ValueError) as error:
            totals.failed.append(Failure(number, f"not a message: {error}"))
        if len(items) >= CHUNK:
            yield numbers, items
            numbers, items = [], []
    if items:
        yield numbers, items


def _progress(total: int | None) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    class Rate(TextColumn):
        def __init__(self) -> None:
            super().__init__("")

        def render(self, task: Any) -> Any:
            from rich.text import Text

            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} msg/s" if speed else "- msg/s")

    return Progress(
        TextColumn("sending"),
        BarColumn(bar_width=None),
        MofNCompleteColumn(),
        Rate(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )


def send(api: str, connection: Connection, ctx: click.Context, queue: str, path: str, output: str) -> None:
    how = SENDERS[api]
    totals = SendTotals()
    show_bar = sys.stderr.isatty()
    with reported({"message": "line"}):
        client = connection.client(ctx)
        total = _count_lines(path) if show_bar else None
        with click.open_file(path, encoding="utf-8") as stream:
            bar = _progress(total) if show_bar else None
            task = bar.add_task("send", total=total) if bar is not None else None
            if bar is not None:
                bar.start()
            try:
                before = 0
                for numbers, items in _chunks(stream, how.item, totals):
                    try:
                        report = how.send(client, queue, items)
                    except MQClientError:
                        # Not a refusal of some messages: the send cannot go on (unreachable, timed out). Say how far
                        # it got, so the rest can be sent again from this line.
                        click.echo(f"stopped at line {numbers[0]}: the lines from there on were not sent", err=True)
                        _report(totals, output, final=False)
                        raise
                    totals.sent += len(report.succeeded)
                    totals.requests += report.requests
                    totals.failed += [Failure(numbers[f.index], f.reason, f.error_code) for f in report.failed]
                    if bar is not None:
                        done = totals.sent + len(totals.failed)
                        bar.update(task, completed=done)
                        before = done
            finally:
                if bar is not None:
                    bar.update(task, completed=max(before, totals.sent + len(totals.failed)))
                    bar.stop()
    _report(totals, output)


def _report(totals: SendTotals, output: str, *, final: bool = True) -> None:
    totals.failed.sort(key=lambda f: f.line)
    count = totals.sent + len(totals.failed)
    requests = f"{totals.requests} request" + ("" if totals.requests == 1 else "s")
    summary = f"sent {totals.sent} of {count} messages in {requests}"
    click.echo(summary + (f"; {len(totals.failed)} failed:" if totals.failed else ""), err=True)
    for failure in totals.failed:
        click.echo(
            f"  line {failure.line}: {failure.reason}" + (f" [{failure.code}]" if failure.code else ""), err=True
        )
    if output in ("json", "jsonl") or (output == "auto" and not sys.stdout.isatty()):
        failed = [{"line": f.line, "reason": f.reason, "code": f.code} for f in totals.failed]
        report = {"sent": totals.sent, "requests": totals.requests, "failed": failed}
        click.echo(json.dumps(report, ensure_ascii=False))
    if totals.failed and final:
        raise Exit(PARTIAL)
