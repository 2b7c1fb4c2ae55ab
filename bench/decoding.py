"""The cost of strict decoding: building a model with and without the shape check of the success body.

    make bench        (or: python -m bench.decoding [--rounds N])

Strict decoding checks every success body against the spec's shape (JSON types, required fields) before a model
is built from it; this prints what that adds per call, for one object and for a page of 20 objects.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from bench.common import interleaved, table
from mqclients._core.facade import decode
from mqclients._core.operation import Operation
from mqclients.dms_api.facade import OPERATIONS
from mqclients.dms_api.models import Queue, QueueList

QUEUE = {"id": "q-1", "name": "orders", "created": 1495701557000, "queue_mode": "NORMAL", "group_count": 1}


def _runner(op: Operation, body: Any, parse: Callable[[Any], object]) -> Callable[[], object]:
    return lambda: decode(op, body, parse)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3000)
    args = parser.parse_args()
    rows = []
    cases: list[tuple[str, str, Any, Any]] = [
        ("get_queue (1 object)", "get_queue", QUEUE, Queue.from_dict),
        ("list_queues (20 objects)", "list_queues", {"queues": [QUEUE] * 20}, QueueList.from_dict),
    ]
    for title, op_id, body, parse in cases:
        strict = OPERATIONS[op_id]
        lenient = strict._replace(response_schema=None)
        times = interleaved(
            {"strict": _runner(strict, body, parse), "model only": _runner(lenient, body, parse)}, args.rounds
        )
        added = times["strict"] - times["model only"]
        rows.append((title, f"{times['model only'] * 1e6:.1f}", f"{times['strict'] * 1e6:.1f}", f"{added * 1e6:.1f}"))
    print(
        table(
            f"Strict decoding of a DMS success body, median of {args.rounds} interleaved runs",
            ("body", "model only us", "strict us", "added us per call"),
            rows,
        )
    )


if __name__ == "__main__":
    main()
