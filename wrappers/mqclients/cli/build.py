"""A click command from one entry of a generated command table (``mqclients.<api>_api.cli_commands``).

Path parameters are arguments; query, header and body parameters are options (``--queue-name``); a list operation
pages itself and stops after ``--limit`` items, with ``--page-size`` for the page's size where the API has one.
Bodies: the top-level fields as options, or ``--body @file.json`` / ``--body -`` (stdin) / ``--body '{...}'`` for a
whole body; options win over the same field in ``--body``. Types, enums and ranges are checked by click (exit 2,
naming the option); every other documented rule by the client before any I/O (exit 2 too).
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Mapping
from typing import Any

import click

from .connect import Connection
from .exits import USAGE, fail, reported
from .output import OUTPUT_OPTION, emit


class JsonValue(click.ParamType[Any]):
    """A JSON value: inline text, ``@path`` for a file's content, ``-`` for standard input."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value
        try:
            if value == "-":
                text = sys.stdin.read()
            elif value.startswith("@"):
                with open(value[1:], encoding="utf-8") as handle:
                    text = handle.read()
        except OSError as error:
            self.fail(f"cannot read {value[1:]!r}: {error.strerror}", param, ctx)
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            self.fail(f"not JSON ({error.msg} at line {error.lineno} column {error.colno})", param, ctx)


JSON = JsonValue()
_SCALAR_TYPES: dict[str, click.ParamType[Any]] = {"string": click.STRING, "boolean": click.BOOL}


def _range(entry: Mapping[str, Any], kind: str) -> click.ParamType[Any]:
    low = entry.get("minimum", entry.get("exclusiveMinimum"))
    high = entry.get("maximum", entry.get("exclusiveMaximum"))
    bounded = {
        "min": low,
        "max": high,
        "min_open": "exclusiveMinimum" in entry,
        "max_open": "exclusiveMaximum" in entry,
    }
    if kind == "integer":
        return click.IntRange(**bounded) if low is not None or high is not None else click.INT
    return click.FloatRange(**bounded) if low is not None or high is not None else click.FLOAT


def param_type(entry: Mapping[str, Any]) -> click.ParamType[Any]:
    kind = entry["type"] if entry["type"] != "array" else entry.get("items", "string")
    if kind == "json":
        return JSON
    if "enum" in entry and kind == "string":
        return click.Choice([str(v) for v in entry["enum"]])
    if kind in ("integer", "number"):
        if "enum" in entry:
            return click.Choice([str(v) for v in entry["enum"]])  # converted back below
        return _range(entry, kind)
    return _SCALAR_TYPES.get(kind, click.STRING)


def _help(entry: Mapping[str, Any]) -> str:
    text = entry.get("help") or ""
    if entry["type"] == "array":
        text += " Repeat the option for each value."
    if entry["type"] == "json":
        text += " JSON text, @file or - (stdin)."
    if entry["required"] and entry["in"] == "body":
        text += " [required, here or in --body]"
    if "default" in entry:
        text += f" [server default: {entry['default']}]"
    return text.strip()


def _parameters(spec: Mapping[str, Any]) -> list[click.Parameter]:
    params: list[click.Parameter] = []
    for entry in spec["options"]:
        if entry["in"] == "path":
            params.append(click.Argument([entry["name"]], type=param_type(entry), required=True))
            continue
        flag = "--" + entry["flag"]
        if entry["type"] == "boolean":
            params.append(
                click.Option(
                    [f"{flag}/--no-{entry['flag']}", entry["name"]], default=None, help=_help(entry), show_default=False
                )
            )
            continue
        if entry.get("secret"):
            # A secret on a command line is seen by every user of the machine and kept in shell history.
            params.append(
                click.Option(
                    [flag, entry["name"]],
                    prompt=entry["flag"].replace("-", " "),
                    hide_input=True,
                    prompt_required=False,
                    help=_help(entry) + " Give the bare option: the value is asked for without echo.",
                )
            )
            continue
        params.append(
            click.Option(
                [flag, entry["name"]],
                type=param_type(entry),
                multiple=entry["type"] == "array",
                required=entry["required"] and entry["in"] != "body",
                help=_help(entry),
            )
        )
    if spec["body"] is not None:
        text = "The whole body: JSON text, @file.json or - (stdin); options override its fields."
        params.append(click.Option(["--body", "whole_body"], type=JSON, help=text, required=False))
    if spec["returns"] == "pager":
        params.append(
            click.Option(["--limit", "item_limit"], type=click.IntRange(min=1), help="Stop after this many items.")
        )
    params.append(OUTPUT_OPTION)
    return params


def _typed(entry: Mapping[str, Any], value: Any) -> Any:
    """Click's value as the client takes it (enum choices of numbers back to numbers, repeated options to lists)."""
    if entry["type"] == "array":
        return [_typed({**entry, "type": entry.get("items", "string")}, v) for v in value]
    if "enum" in entry and entry["type"] in ("integer", "number"):
        return next(v for v in entry["enum"] if str(v) == value)
    return value


def _call_arguments(spec: Mapping[str, Any], values: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    for entry in spec["options"]:
        value = values.get(entry["name"])
        if value is None or (entry["type"] == "array" and not value):
            continue
        value = _typed(entry, value)
        if entry["in"] == "path":
            positional.append(value)
        elif entry["in"] == "body":
            fields[entry["wire"]] = value
        else:
            keywords[entry["name"]] = value
    whole = values.get("whole_body")
    if spec["body"] == "whole":
        if whole is None and spec["body_required"]:
            raise fail("missing option --body (the whole request body)", USAGE)
        if whole is not None:
            keywords["body"] = whole
    elif spec["body"] == "fields":
        if whole is not None and not isinstance(whole, dict):
            raise fail("--body: must be a JSON object (the body's fields)", USAGE)
        body = {**(whole or {}), **fields}
        missing = [e for e in spec["options"] if e["in"] == "body" and e["required"] and e["wire"] not in body]
        if missing and (body or spec["body_required"]):
            raise fail(f"missing option --{missing[0]['flag']} (required, as an option or in --body)", USAGE)
        if body or spec["body_required"]:
            keywords["body"] = body
    return positional, keywords


def _names(spec: Mapping[str, Any]) -> dict[str, str]:
    """Wire and Python names -> the option the user types, for error messages."""
    names: dict[str, str] = {}
    for entry in spec["options"]:
        shown = entry["name"].upper() if entry["in"] == "path" else "--" + entry["flag"]
        names[entry["wire"]] = names[entry["name"]] = shown
    return names


def command(name: str, spec: Mapping[str, Any]) -> click.Command:
    def run(**values: Any) -> None:
        ctx = click.get_current_context()
        positional, keywords = _call_arguments(spec, values)
        with reported(_names(spec)):
            connection = ctx.find_object(Connection)
            assert connection is not None, "a command runs inside its API group"
            client = connection.client(ctx)
            result = getattr(client, spec["method"])(*positional, **keywords)
            if spec["returns"] == "pager" and values.get("item_limit"):
                result = itertools.islice(result, values["item_limit"])
            emit(result, spec["returns"], values["output"])

    parts = [spec["summary"] + "."]
    if spec.get("help"):
        parts.append(spec["help"])
    parts.append(f"\b\nHTTP: {spec['http']}" + (f"  (doc: {spec['doc']})" if spec.get("doc") else ""))
    return click.Command(
        name, callback=run, params=_parameters(spec), help="\n\n".join(parts), short_help=spec["summary"]
    )
