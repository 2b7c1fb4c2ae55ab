"""Lint rules that cross-check the ``x-`` extensions against the schemas and parameters they name.

A typo in an extension must fail here, not at run time: a misspelled ``x-pagination.token_field`` would make a
pager stop after page 1 (items silently lost), an ``x-host`` missing from ``x-hosts`` would send calls to the
base URL, an ``x-batch.items`` that is not a body array would make batch helpers split nothing.
"""

from __future__ import annotations

from typing import Any

from .specs import operations, resolve

_MISSING = object()


def _merged(doc: dict[str, Any], schema: Any) -> dict[str, Any]:
    """A resolved schema with its ``allOf`` parts' properties merged in (where the answer's fields live)."""
    schema = resolve(doc, schema) if isinstance(schema, dict) else {}
    merged = dict(schema)
    properties = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        part = _merged(doc, part)
        properties.update(part.get("properties") or {})
        if "type" in part and "type" not in merged:
            merged["type"] = part["type"]
    merged["properties"] = properties
    return merged


def field_schema(doc: dict[str, Any], schema: Any, dotted: str) -> Any:
    """The schema of the field at ``dotted`` (``a.b``) inside ``schema``, or ``_MISSING``."""
    current: Any = schema
    for part in dotted.split("."):
        properties = _merged(doc, current).get("properties") or {}
        if part not in properties:
            return _MISSING
        current = properties[part]
    return current


def _array_of_objects(doc: dict[str, Any], schema: Any) -> bool:
    resolved = resolve(doc, schema)
    return resolved.get("type") == "array" and _merged(doc, resolved.get("items") or {}).get("type") == "object"


def _success_schema(doc: dict[str, Any], op: dict[str, Any]) -> Any:
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2"):
            content = resolve(doc, response).get("content") or {}
            if content:
                return next(iter(content.values())).get("schema")
    return None


def _body_schema(doc: dict[str, Any], op: dict[str, Any]) -> Any:
    if "requestBody" not in op:
        return None
    content = resolve(doc, op["requestBody"]).get("content") or {}
    return next(iter(content.values())).get("schema") if content else None


def _query_names(doc: dict[str, Any], op: dict[str, Any]) -> set[str]:
    return {str(p.get("name")) for p in (resolve(doc, q) for q in op.get("parameters", [])) if p.get("in") == "query"}


def check(doc: dict[str, Any]) -> list[str]:
    """Every cross-reference problem, as ``where: what`` lines."""
    problems: list[str] = []
    envelope = doc.get("x-envelope") or {}
    result_prefix = f"{envelope['result']}." if envelope.get("result") else ""
    params_prefix = f"{envelope['params']}." if envelope.get("params") else ""
    hosts = set((doc.get("x-hosts") or {}).keys())
    declared = set((doc.get("x-client-params") or {}).keys())
    used: set[str] = set()
    for path, method, op in operations(doc):
        where = f"{method.upper()} {path}"
        answer = _success_schema(doc, op)
        body = _body_schema(doc, op)
        queries = _query_names(doc, op)

        def in_request(
            name: str, location: str, what: str, where: str = where, body: Any = body, queries: set[str] = queries
        ) -> None:
            if location == "body":
                if body is None or field_schema(doc, body, params_prefix + name) is _MISSING:
                    problems.append(f"{where}: {what} {name!r} is not a field of the request body")
            elif name not in queries:
                problems.append(f"{where}: {what} {name!r} is not a query parameter of the operation")

        pagination = op.get("x-pagination")
        if isinstance(pagination, dict):
            location = str(pagination.get("in", "query"))
            items = field_schema(doc, answer, result_prefix + str(pagination.get("items")))
            if items is _MISSING:
                problems.append(f"{where}: x-pagination.items {pagination.get('items')!r} is not in the response")
            elif not _array_of_objects(doc, items):
                problems.append(f"{where}: x-pagination.items {pagination.get('items')!r} must be an array of objects")
            for key in ("token_field", "total", "links"):
                if key in pagination and field_schema(doc, answer, result_prefix + pagination[key]) is _MISSING:
                    problems.append(f"{where}: x-pagination.{key} {pagination[key]!r} is not in the response")
            for key in ("token_param", "offset_param", "start_param", "limit_param"):
                if key in pagination:
                    in_request(str(pagination[key]), location, f"x-pagination.{key}")
            for name in pagination.get("params") or []:
                in_request(str(name), "query", "x-pagination.params")
        batch = op.get("x-batch")
        if isinstance(batch, dict):
            items = field_schema(doc, body, params_prefix + str(batch.get("items"))) if body else _MISSING
            if items is _MISSING or resolve(doc, items).get("type") != "array":
                problems.append(f"{where}: x-batch.items {batch.get('items')!r} is not an array of the request body")
        long_poll = op.get("x-long-poll")
        if isinstance(long_poll, dict):
            in_request(str(long_poll.get("param")), str(long_poll.get("in", "query")), "x-long-poll.param")
        if "x-host" in op and op["x-host"] not in hosts:
            problems.append(f"{where}: x-host {op['x-host']!r} is not one of x-hosts ({', '.join(sorted(hosts))})")
        for param in op.get("parameters", []):
            name = resolve(doc, param).get("x-client-param")
            if name is not None:
                used.add(str(name))
                if name not in declared:
                    problems.append(f"{where}: x-client-param {name!r} is not declared in the root x-client-params")
    for name in sorted(declared - used):
        problems.append(f"root: x-client-params declares {name!r}, which no parameter uses")
    return problems
