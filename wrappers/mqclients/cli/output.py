"""What a command prints: a table on a terminal; JSON (JSON lines for lists) when piped or asked for.

``--output auto`` (the default) picks ``table`` when standard output is a terminal, else ``json`` for one result and
``jsonl`` for a list (one item per line, written as pages arrive). Models print by ``to_dict()``: the wire form,
without the fields the answer did not have. rich is imported only to draw a table.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

import click

from mqclients._core.redact import redacted_dict

OUTPUT_OPTION = click.Option(
    ["--output", "-o", "output"],
    type=click.Choice(["auto", "table", "json", "jsonl"]),
    default="auto",
    show_default=True,
    help="table on a terminal, else json (jsonl for lists).",
)
_MAX_CELL = 60
_MIN_COLUMN = 10


def plain(value: Any) -> Any:
    """A model, a list of models, or JSON, as plain JSON data; fields the spec marks ``x-secret`` (a pool's
    store URI, which may hold a password) are shown masked."""
    if getattr(value, "to_dict", None) is not None:
        return redacted_dict(value)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def _mode(requested: str, is_list: bool) -> str:
    if requested != "auto":
        return requested
    if sys.stdout.isatty():
        return "table"
    return "jsonl" if is_list else "json"


def _json(value: Any, *, compact: bool = False) -> str:
    if compact:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(value, ensure_ascii=False, indent=2)


def emit(result: Any, returns: str, requested: str) -> None:
    """Print a command's result (``returns``: the generated table's kind of answer)."""
    if result is None:
        return
    is_list = returns in ("pager", "list") or (not hasattr(result, "to_dict") and not isinstance(result, Mapping))
    mode = _mode(requested, is_list)
    if is_list:
        items = (plain(item) for item in result)
        if mode == "jsonl":
            for item in items:
                click.echo(_json(item, compact=True))
        elif mode == "json":
            click.echo(_json(list(items)))
        else:
            print_table(list(items))
        return
    data = plain(result)
    if mode == "table":
        print_table(data)
    else:
        click.echo(_json(data, compact=mode == "jsonl"))


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else _json(value, compact=True)
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _rows_of(data: Mapping[str, Any]) -> tuple[str, list[Any]] | None:
    """A result that holds one list of objects (``{"queues": [...], "links": [...]}``): that list, to tabulate."""
    lists = [(k, v) for k, v in data.items() if isinstance(v, list) and v and all(isinstance(i, Mapping) for i in v)]
    return lists[0] if len(lists) == 1 else None


def print_table(data: Any) -> None:
    """A table on standard output, fitted to the terminal's width (cells are cut, never the table)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False)
    if isinstance(data, Mapping):
        held = _rows_of(data)
        rest = {k: v for k, v in data.items() if held is None or k != held[0]}
        if rest or held is None:
            table = Table(show_header=False, box=None, pad_edge=False)
            table.add_column(style="bold", no_wrap=True)
            table.add_column(overflow="fold")
            for key, value in rest.items():
                table.add_row(str(key), _cell(value))
            console.print(table)
        if held is not None:
            console.print(f"[bold]{held[0]}[/bold] ({len(held[1])})")
            _print_rows(console, held[1])
        return
    _print_rows(console, list(data) if isinstance(data, Iterable) else [data])


def _print_rows(console: Any, rows: list[Any]) -> None:
    from rich.table import Table

    if not rows:
        console.print("(none)")
        return
    if not all(isinstance(row, Mapping) for row in rows):
        for row in rows:
            console.print(_cell(row), markup=False)
        return
    columns: list[str] = []
    for row in rows:
        columns += [str(k) for k in row if str(k) not in columns]
    cells = [[_cell(row[c]) if c in row else "" for c in columns] for row in rows]
    widths = fit_widths(
        [max([len(column), *(len(line[i]) for line in cells)]) for i, column in enumerate(columns)], console.width
    )
    table = Table(expand=False)
    for column, width in zip(columns, widths, strict=False):
        table.add_column(column, overflow="ellipsis", no_wrap=True, width=width)
    for line in cells:
        table.add_row(*line[: len(widths)])
    if len(widths) < len(columns):
        table.caption = f"{len(columns) - len(widths)} more columns: --output json shows all"
    console.print(table)


def fit_widths(natural: list[int], total: int) -> list[int]:
    """Column widths whose table (borders and padding: 3 per column and 1) fits ``total`` characters.

    The widest column gives way first, down to ``_MIN_COLUMN`` (or its own width); columns that still do not fit
    are left out, from the right.
    """
    widths = list(natural)
    while widths:
        room = total - 3 * len(widths) - 1
        excess = sum(widths) - room
        if excess <= 0:
            return widths
        widest = max(range(len(widths)), key=lambda i: widths[i])
        floor = min(natural[widest], _MIN_COLUMN)
        if widths[widest] <= floor:
            widths.pop()
            continue
        widths[widest] = max(floor, widths[widest] - excess)
    return widths
