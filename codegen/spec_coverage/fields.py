"""Fields, as both sides name them, and the fields the doc gives each request line.

A field's name is ``<location>:<path>``: location ``path``, ``query``, ``header``, ``body`` (request body) or
``response <status>``; the path is dotted through objects (``bss_param.charging_mode``), with ``[]`` after an
array (``groups[].name``), ``{}`` after a map's key (``topicConfigTable{}.topicName``), and ``[]`` alone for a body
that is itself an array (the doc's row ``[数组元素]``: ``response 200:[].msg_id``).

A row whose type names an object (``Array of X objects``, ``X object``, ``Map<String, X>``) takes its fields from
the object table captioned ``X`` of the same side (request / response of that status), preferring the first one
after the referring table (a name may be used twice on one side: ``queues`` under two parents).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from codegen.spec_coverage.doc_types import doc_type
from codegen.spec_coverage.seed import ARRAY_ELEMENT, RequestLine, Seed, Table


@dataclass(frozen=True)
class Field:
    location: str  # path | query | header | body | response <status>
    path: str
    type: str  # doc: the doc's type text; spec: the JSON types, joined by "|"
    required: bool | None
    where: str = ""  # doc: "line N"; spec: operationId
    items: str = ""  # spec, an array: the JSON types of its items, joined by "|"

    @property
    def shown_type(self) -> str:
        return f"{self.type} of {self.items}" if self.items else self.type

    @property
    def name(self) -> str:
        return f"{self.location}:{self.path}"


@dataclass
class DocOperation:
    """What one section documents for a request line."""

    section: str
    request: RequestLine
    fields: dict[str, Field]  # by name
    body_from: str  # the section whose body tables gave the request body


def join(prefix: str, name: str) -> str:
    if name == ARRAY_ELEMENT:
        return prefix + "[]"
    return f"{prefix}.{name}" if prefix else name


def _object_table(tables: Sequence[Table], index: int, name: str) -> Table | None:
    """The object table ``name`` of the referring table's side/status: the first after it, else the last before."""
    referrer = tables[index]

    def same_group(t: Table) -> bool:
        return t.kind == "object" and t.side == referrer.side and t.status == referrer.status

    for wanted in (name, name.lower()):
        after = [t for t in tables[index + 1 :] if same_group(t) and (t.title == wanted or t.title.lower() == wanted)]
        if after:
            return after[0]
        before = [t for t in tables[:index] if same_group(t) and (t.title == wanted or t.title.lower() == wanted)]
        if before:
            return before[-1]
    return None


def _doc_fields(
    tables: Sequence[Table], table: Table, location: str, prefix: str, notes: list[str], seen: tuple[int, ...] = ()
) -> Iterator[Field]:
    index = next(i for i, t in enumerate(tables) if t is table)
    for row in table.rows:
        if row.name == "-" and doc_type(row.type).kind == "any":
            continue  # "- AnyType 操作成功。": the doc gives the body no fields
        path = join(prefix, row.name)
        yield Field(location, path, row.type, row.required, f"line {row.line}")
        dtype = doc_type(row.type)
        if dtype.kind == "unknown":
            notes.append(f"line {row.line}: type {row.type!r} of {path} is not one the check knows")
        if dtype.ref is None:
            continue
        child = _object_table(tables, index, dtype.ref)
        if child is None:
            notes.append(f"line {row.line}: no table {dtype.ref!r} for {path}")
            continue
        child_index = next(i for i, t in enumerate(tables) if t is child)
        if child_index in seen:
            notes.append(f"line {row.line}: table {dtype.ref!r} refers to itself through {path}")
            continue
        child_prefix = path if row.name == ARRAY_ELEMENT else path + dtype.suffix
        yield from _doc_fields(tables, child, location, child_prefix, notes, (*seen, index))


def document(seed: Seed, body_from: Mapping[str, str] | None = None) -> dict[tuple[str, str], DocOperation]:
    """Every documented request line with the fields of its section, by ``(method, path)``.

    ``body_from`` maps a section to another whose request body tables stand for its own (``x-doc`` ``body as``).
    """
    body_from = body_from or {}
    found: dict[tuple[str, str], DocOperation] = {}
    for request in seed.request_lines:
        section = seed.sections[request.section]
        items: list[Field] = []
        tables = section.tables
        body_section = seed.sections.get(body_from.get(section.number, section.number), section)
        for table in tables:
            if table.kind in ("path", "query", "header"):
                items.extend(_doc_fields(tables, table, table.kind, "", seed.notes))
            elif table.kind == "response":
                items.extend(_doc_fields(tables, table, f"response {table.status or '?'}", "", seed.notes))
        for table in body_section.tables:
            if table.kind == "body":
                items.extend(_doc_fields(body_section.tables, table, "body", "", seed.notes))
        if not any(t.kind == "path" for t in tables):
            # no path table (a line named only in a table): the placeholders of the line are its path parameters
            for placeholder in re.findall(r"\{([^}]+)\}", request.path):
                items.append(Field("path", placeholder, "String", True, f"line {request.line} (request line)"))
        fields: dict[str, Field] = {}
        for item in items:
            if item.name in fields:
                seed.notes.append(f"{item.where}: {item.name} documented twice in §{section.number}")
            fields.setdefault(item.name, item)
        found[(request.method, request.path)] = DocOperation(section.number, request, fields, body_section.number)
    return found
