"""What the spec says: each operation's parameters and body fields, named the way ``fields`` names the doc's.

Read with ``codegen.specs`` (the one spec reader: ``operations`` merges path-item parameters, ``deref`` follows
``$ref``); this module only walks schemas (``allOf`` merged, ``oneOf``/``anyOf`` branches' properties added).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from codegen.spec_coverage.fields import Field, join
from codegen.specs import deref, operations


@dataclass
class SpecOperation:
    operation_id: str
    method: str
    path_key: str  # as in the spec, fragment included
    path: str  # fragment stripped
    section: str  # from x-doc
    body_from: str | None  # x-doc "(body as §X)"
    fields: dict[str, Field]
    elsewhere: bool = False  # x-doc names a source other than a seed section (checked against the SDK inventory)


_X_DOC = re.compile(r"§\s*(\d+(?:\.\d+)*)")
_SEED_SECTION = re.compile(r"\s*\d+\s*§")
_BODY_AS = re.compile(r"body as §\s*(\d+(?:\.\d+)*)")


def _schema(spec: Mapping[str, Any], node: Any, depth: int = 0) -> dict[str, Any]:
    """A schema with its ``$ref`` followed and ``allOf`` merged (properties, required); ``oneOf``/``anyOf`` add
    their branches' properties and types."""
    node = deref(spec, node)
    if not isinstance(node, dict):
        return {}
    if depth > 20:
        return node
    parts = [_schema(spec, sub, depth + 1) for sub in node.get("allOf", [])]
    branches = [_schema(spec, sub, depth + 1) for key in ("oneOf", "anyOf") for sub in node.get(key, [])]
    if not parts and not branches:
        return node
    merged: dict[str, Any] = {k: v for k, v in node.items() if k not in ("allOf", "oneOf", "anyOf")}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in [*parts, {"properties": merged.get("properties", {}), "required": merged.get("required", [])}]:
        properties.update(part.get("properties", {}))
        required.extend(part.get("required", []))
        for key in ("type", "items", "additionalProperties"):
            if key in part and key not in merged:
                merged[key] = part[key]
    for branch in branches:
        for name, sub in branch.get("properties", {}).items():
            properties.setdefault(name, sub)
    if branches:
        types = set(_types(merged)) if "type" in merged else set()
        for branch in branches:
            types |= _types(branch)
        if types:
            merged["type"] = sorted(types)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _types(schema: Mapping[str, Any]) -> set[str]:
    """The JSON types a schema allows (``null`` left out); ``any`` when it does not say."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared} - {"null"} or {"null"}
    if isinstance(declared, list):
        return {str(t) for t in declared} - {"null"} or {"null"}
    if "properties" in schema or "additionalProperties" in schema:
        return {"object"}
    if "items" in schema:
        return {"array"}
    values = schema.get("enum", [schema["const"]] if "const" in schema else [])
    if values:
        names = {bool: "boolean", int: "integer", float: "number", str: "string", dict: "object", list: "array"}
        return {names.get(type(v), "null") for v in values} - {"null"} or {"null"}
    return {"any"}


def _described(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> tuple[str, str]:
    """A schema's JSON types, and for an array those of its items (each joined by ``|``)."""
    types = _types(schema)
    items = schema.get("items")
    if "array" in types and isinstance(items, dict):
        return "|".join(sorted(types)), "|".join(sorted(_types(_schema(spec, items))))
    return "|".join(sorted(types)), ""


def _spec_fields(
    spec: Mapping[str, Any], schema: Any, location: str, prefix: str, where: str, depth: int = 0
) -> Iterator[Field]:
    """The fields of a request or response body schema (root array: ``[]``)."""
    resolved = _schema(spec, schema)
    if depth == 0 and "array" in _types(resolved) and "properties" not in resolved:
        types, items = _described(spec, resolved)
        yield Field(location, "[]", types, None, where, items)
        yield from _children(spec, resolved, location, "[]", where, depth)
        return
    required = set(resolved.get("required", []))
    for name, sub in (resolved.get("properties") or {}).items():
        path = join(prefix, str(name))
        child = _schema(spec, sub)
        types, items = _described(spec, child)
        yield Field(location, path, types, name in required, where, items)
        yield from _children(spec, child, location, path, where, depth)


def _children(
    spec: Mapping[str, Any], schema: Mapping[str, Any], location: str, path: str, where: str, depth: int
) -> Iterator[Field]:
    if depth > 15:
        return
    if schema.get("properties"):
        yield from _spec_fields(spec, schema, location, path, where, depth + 1)
    items = schema.get("items")
    if isinstance(items, dict):
        item = _schema(spec, items)
        if path == "[]" and depth == 0:
            yield from _spec_fields(spec, item, location, "[]", where, depth + 1)
        else:
            yield from _children(spec, item, location, path + "[]", where, depth + 1)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        value = _schema(spec, extra)
        yield from _children(spec, value, location, path + "{}", where, depth + 1)


def _content_schema(spec: Mapping[str, Any], holder: Any) -> Any | None:
    resolved = deref(spec, holder)
    if not isinstance(resolved, dict):
        return None
    content = resolved.get("content") or {}
    if not content:
        return None
    media = content.get("application/json") or next(iter(content.values()))
    return media.get("schema") if isinstance(media, dict) else None


def spec_operations(spec: Mapping[str, Any]) -> list[SpecOperation]:
    """Every operation of the spec with its parameters and body fields."""
    found: list[SpecOperation] = []
    for path_key, method, op in operations(dict(spec)):
        op_id = str(op.get("operationId", f"{method} {path_key}"))
        params = [deref(spec, p) for p in op["parameters"]]  # the path item's and the operation's, merged
        fields: dict[str, Field] = {}
        for param in params:
            location = str(param.get("in"))
            if location == "cookie":
                continue
            schema = _schema(spec, param.get("schema", {}))
            required = bool(param.get("required", location == "path"))
            types, items = _described(spec, schema)
            item_field = Field(location, str(param.get("name")), types, required, op_id, items)
            fields[item_field.name] = item_field
        body = _content_schema(spec, op.get("requestBody"))
        if body is not None:
            for item_field in _spec_fields(spec, body, "body", "", op_id):
                fields.setdefault(item_field.name, item_field)
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            answer = _content_schema(spec, response)
            if answer is not None:
                for item_field in _spec_fields(spec, answer, f"response {status}", "", op_id):
                    fields.setdefault(item_field.name, item_field)
        x_doc = str(op.get("x-doc", ""))
        section_match = _X_DOC.search(x_doc)
        body_as = _BODY_AS.search(x_doc)
        found.append(
            SpecOperation(
                operation_id=op_id,
                method=method.upper(),
                path_key=path_key,
                path=path_key.split("#", 1)[0],
                section=section_match.group(1) if section_match else "",
                body_from=body_as.group(1) if body_as else None,
                fields=fields,
                elsewhere=bool(x_doc) and not _SEED_SECTION.match(x_doc),
            )
        )
    return found
