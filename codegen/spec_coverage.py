"""Doc coverage: does a hand-transcribed spec say everything its seed document says, and nothing else?

``python -m codegen.spec_coverage [--spec specs/huawei-rocketmq.yaml] [--seeds DIR] [--exceptions FILE] [-v]``

The seed is a Huawei API reference turned from PDF to text (``<repo>/../shared/seeds/<id>_*.txt``; the environment
variable ``MQCLIENTS_SEEDS`` names another folder). The spec's operations name their section with
``x-doc: "002 §5.1.1"``; ``002`` picks the seed file.

What the doc says, read from the seed:

- request lines: a line ``METHOD /path`` (under the section's ``URI`` heading), and, in tables (the permissions
  table of chapter 7), a cell ``METHOD /path`` broken by ``<br>``: those count only if no section has them.
- parameter tables, each introduced by a caption ``表 5-1 路径参数`` (path), ``表 5-2 Query 参数``,
  ``请求 Header 参数``, ``请求 Body 参数`` (request body) or ``响应 Body 参数`` (response body, for the
  ``状态码： 200`` line above it); other captions (``表 5-4 ShowInstanceResp``) name object tables. Rows are
  tab-separated (``参数<TAB>是否必选<TAB>参数类型<TAB>描述``, or without 是否必选 on the response side) or markdown
  pipe rows with the same columns. A header row with no caption above it continues the previous table (the PDF
  repeats the header after a page break).
- a row whose type names an object (``Array of X objects``, ``X object``, ``Map<String, X>``) takes its fields from
  the object table captioned ``X`` of the same side (request / response of that status), preferring the first one
  after the referring table (a name may be used twice on one side: ``queues`` under two parents).

Field names (the ``name`` of a gap and of an exception) are ``<location>:<path>``: location ``path``, ``query``,
``header``, ``body`` (request body) or ``response <status>``; the path is dotted through objects
(``bss_param.charging_mode``), with ``[]`` after an array (``groups[].name``), ``{}`` after a map's key
(``topicConfigTable{}.topicName``), and ``[]`` alone for a body that is itself an array (the doc's row
``[数组元素]``: ``response 200:[].msg_id``). A request line's name is ``METHOD /path``.

Gap kinds: ``missing`` (the doc has it, the spec does not), ``extra`` (the spec has it, the doc does not), ``type``
(String->string, Integer/Long->integer, Number->number or integer, Boolean->boolean, Object/X object/Map->object,
Array->array, AnyType->anything), ``required`` (request side only: 是 = required), and ``x-doc`` (an operation names
another section than the one documenting its request line). Operations that share one request line (an endpoint
split in two, path keys differing by a ``#fragment``) are compared together for ``missing``: a doc field is missing
only if none of them has it.

Deliberate differences are listed, each with its reason, in ``codegen/coverage/<spec stem>.yaml`` (a list of
``{section, kind, name, reason}``); the check fails (exit 1) on any gap not listed there. ``x-doc`` may add
``(body as §5.1.2)``: the operation's request body is compared with that section's body tables (a request line the
doc names only in a table has no tables of its own; its path parameters are the line's placeholders).

Limits of the reading: headings are lines ``5.1.1 title`` without a tab (the table of contents has tabs) and must
come in increasing order; the description column is not read (conditions such as "required when type=rocketmq",
enums, ranges and defaults are not compared); a row with too few cells ends its table (noted); the doc's 204
placeholder row ``- AnyType`` gives no field; the parser's notes (``-v``) list what it could not place.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "specs" / "huawei-rocketmq.yaml"
COVERAGE_DIR = Path(__file__).resolve().parent / "coverage"
SEEDS_ENV = "MQCLIENTS_SEEDS"

GAP_KINDS = ("missing", "extra", "type", "required", "x-doc")
REQUEST_LOCATIONS = ("path", "query", "header", "body")
HTTP_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")


def seeds_dir() -> Path:
    """Where the seeds live: ``$MQCLIENTS_SEEDS``, else ``<repo>/../shared/seeds``."""
    env = os.environ.get(SEEDS_ENV)
    return Path(env) if env else ROOT.parent / "shared" / "seeds"


# ---------------------------------------------------------------------------------------------------------------
# The seed: sections, request lines, tables
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestLine:
    method: str
    path: str
    section: str
    line: int
    in_table: bool = False  # named only in a table cell (the permissions table)

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class Row:
    name: str
    required: bool | None  # None: the table has no 是否必选 column
    type: str
    line: int


@dataclass
class Table:
    """One parameter table (its continuations after page breaks included)."""

    kind: str  # path | query | header | body | response | response-header | object
    title: str  # the caption without its number: "路径参数", "ShowInstanceResp"
    number: str  # "5-1", "" when the table had no caption
    side: str  # request | response
    status: str | None  # response side: the status code the table documents
    line: int
    has_required: bool
    rows: list[Row] = field(default_factory=list)


@dataclass
class Section:
    number: str
    title: str
    line: int
    request_lines: list[RequestLine] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass
class Seed:
    sections: dict[str, Section]
    request_lines: list[RequestLine]
    notes: list[str]  # what the parser could not read


_METHOD = "(" + "|".join(HTTP_METHODS) + ")"
_HEADING = re.compile(r"^#{0,6}\s*(\d{1,2}(?:\.\d+)*)\s+(\S.*?)\s*$")
_REQUEST_LINE = re.compile(_METHOD + r"\s+(/\S*)")  # fullmatch
_CAPTION = re.compile(r"^表\s*([0-9A-Z]+-\d+)\s+(\S.*?)\s*$")
_STATUS = re.compile(r"^状态码\s*[:：]\s*(\d{3})\b")
_SEPARATOR = re.compile(r"^\|?[\s:|-]+\|?$")
_HTML_TAG = re.compile(r"</?(?:a|b|i|em|strong|p|br|span|ul|ol|li|sup|sub|code|font)(?:\s[^<>]*)?/?>", re.IGNORECASE)
_CAPTION_KINDS = {
    "路径参数": "path",
    "Query参数": "query",
    "请求Header参数": "header",
    "请求Body参数": "body",
    "响应Body参数": "response",
    "响应Header参数": "response-header",
}
_ARRAY_ELEMENT = "[数组元素]"


def _unescape(text: str) -> str:
    """The text conversion escapes markdown characters (``project\\_id``, ``\\[``)."""
    return re.sub(r"\\([_\[\]*])", r"\1", text)


def _strip_markup(text: str) -> str:
    return re.sub(r"\*\*(.*?)\*\*", r"\1", _HTML_TAG.sub("", text)).strip()


def _cells(line: str) -> list[str] | None:
    """The cells of a table row (markdown pipes or tabs), or None for a line that is no row."""
    stripped = line.strip()
    if stripped.startswith("|"):
        if _SEPARATOR.match(stripped):
            return []
        body = stripped[1:]
        if body.endswith("|"):
            body = body[:-1]
        return [cell.strip() for cell in body.split("|")]
    if "\t" in line:
        return [cell.strip() for cell in line.split("\t")]
    return None


def _header(cells: Sequence[str]) -> bool | None:
    """For a parameter-table header row: whether it has the 是否必选 column; None for any other row."""
    if len(cells) >= 3 and cells[0] == "参数":
        if len(cells) >= 4 and cells[1] == "是否必选" and cells[2] == "参数类型":
            return True
        if cells[1] == "参数类型":
            return False
    return None


def _section_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def parse_seed(text: str) -> Seed:
    """Read the sections, request lines and parameter tables of a seed document."""
    sections: dict[str, Section] = {}
    request_lines: list[RequestLine] = []
    in_table_lines: list[RequestLine] = []
    notes: list[str] = []
    current: Section | None = None
    table: Table | None = None  # the table rows go to, or that a header row without caption continues
    open_table = False  # no other line since the last row: a header row continues `table`
    caption: tuple[str, str, int] | None = None  # (number, title, line) waiting for its header row
    side = "request"
    status: str | None = None

    lines = [_unescape(raw.rstrip()) for raw in text.splitlines()]
    for lineno, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped:
            continue
        heading = _HEADING.match(stripped) if "\t" not in line else None
        if heading and (current is None or _section_key(heading.group(1)) > _section_key(current.number)):
            current = Section(heading.group(1), heading.group(2), lineno)
            sections[current.number] = current
            table, open_table, caption, side, status = None, False, None, "request", None
            continue
        if current is None:
            continue
        cells = _cells(line)
        if cells is not None:
            if not cells:  # |---|---| separator
                continue
            has_required = _header(cells)
            if has_required is not None:
                if caption is None and table is not None and open_table:
                    if table.has_required != has_required:
                        notes.append(f"line {lineno}: header row continues table {table.number} with other columns")
                    continue
                if caption is None:
                    notes.append(f"line {lineno}: table without caption in §{current.number}, read as an object table")
                    number, title, cap_line = "", "", lineno
                else:
                    number, title, cap_line = caption
                kind = _CAPTION_KINDS.get(re.sub(r"\s+", "", title), "object")
                if kind in ("path", "query", "header", "body"):
                    side = "request"
                elif kind in ("response", "response-header"):
                    side = "response"
                table = Table(
                    kind=kind,
                    title=title,
                    number=number,
                    side=side,
                    status=status if side == "response" else None,
                    line=cap_line,
                    has_required=has_required,
                )
                current.tables.append(table)
                caption, open_table = None, True
                continue
            if table is not None and open_table:
                # the header of another kind of table (markdown: the next line is |---|) ends the parameter table
                markdown_header = lineno < len(lines) and bool(_SEPARATOR.match(lines[lineno].strip()))
                if not markdown_header and _add_row(table, cells, lineno, notes):
                    continue
                open_table = False
            # a row of some other table (permissions, status codes, errors): look for request lines in it
            for cell in cells:
                found = _REQUEST_LINE.fullmatch(re.sub(r"\s*<br\s*/?>\s*", "", cell))
                if found:
                    in_table_lines.append(RequestLine(found.group(1), found.group(2), current.number, lineno, True))
            continue
        open_table = False
        if match := _CAPTION.match(stripped):
            caption = (match.group(1), match.group(2).strip(), lineno)
            continue
        if match := _REQUEST_LINE.fullmatch(stripped):
            request = RequestLine(match.group(1), match.group(2), current.number, lineno)
            current.request_lines.append(request)
            request_lines.append(request)
            continue
        if match := _STATUS.match(stripped):
            status = match.group(1)
            continue
        heading_text = stripped.lstrip("#").strip()
        if heading_text == "请求参数":
            side = "request"
        elif heading_text == "响应参数":
            side = "response"

    known = {(r.method, r.path) for r in request_lines}
    for request in in_table_lines:
        if (request.method, request.path) not in known:
            known.add((request.method, request.path))
            sections[request.section].request_lines.append(request)
            request_lines.append(request)
    return Seed(sections, request_lines, notes)


def _add_row(table: Table, cells: list[str], lineno: int, notes: list[str]) -> bool:
    """Add a row to the table; False (and a note) when it has too few cells to be one of its rows."""
    width = 4 if table.has_required else 3
    if len(cells) < width - 1 or not cells[0]:
        notes.append(f"line {lineno}: row {cells!r} does not fit table {table.number or table.title}; table ended")
        return False
    name = re.sub(r"\s+", "", _strip_markup(cells[0]))  # the PDF breaks long names: "enable_log_collect ion"
    required: bool | None = None
    if table.has_required:
        flag = cells[1]
        if flag not in ("是", "否"):
            notes.append(f"line {lineno}: required flag {flag!r} of {name} is neither 是 nor 否")
        required = flag == "是"
        type_cell = cells[2]
    else:
        type_cell = cells[1]
    table.rows.append(Row(name, required, _strip_markup(type_cell), lineno))
    return True


# ---------------------------------------------------------------------------------------------------------------
# Types and fields
# ---------------------------------------------------------------------------------------------------------------

_SCALARS = {
    "string": "string",
    "strings": "string",
    "integer": "integer",
    "integers": "integer",
    "int": "integer",
    "long": "integer",
    "longs": "integer",
    "number": "number",
    "numbers": "number",
    "float": "number",
    "double": "number",
    "boolean": "boolean",
    "booleans": "boolean",
    "object": "object",
    "objects": "object",
    "anytype": "any",
}
# the spec types a doc type allows
_ALLOWED = {
    "string": {"string"},
    "integer": {"integer"},
    "number": {"number", "integer"},
    "boolean": {"boolean"},
    "object": {"object"},
    "array": {"array"},
}


@dataclass(frozen=True)
class DocType:
    kind: str  # string | integer | number | boolean | object | array | any | unknown
    ref: str | None = None  # the object table the fields come from
    suffix: str = ""  # what the children's paths add: "[]" (array), "{}" (map), "" (object)
    item: str | None = None  # an array of scalars: their kind (``Array of strings``: string)


def doc_type(text: str) -> DocType:
    """``Array of X objects`` -> array of X, ``X object`` -> object X, ``Map<String, X>``, scalars."""
    text = re.sub(r"\s+", " ", text).strip()
    scalar = _SCALARS.get(text.lower().replace(" ", ""))
    if scalar is not None:
        return DocType(scalar)
    if match := re.fullmatch(r"Array of (\S+?)(?: objects?)?", text, re.IGNORECASE):
        item = match.group(1)
        if item.lower() in _SCALARS:
            return DocType("array", item=_SCALARS[item.lower()])
        return DocType("array", item, "[]")
    if match := re.fullmatch(r"(\S+) object", text, re.IGNORECASE):
        return DocType("object", match.group(1), "")
    if match := re.fullmatch(r"Map\s*<\s*\w+\s*,\s*(\S+?)\s*>", text, re.IGNORECASE):
        value = match.group(1)
        if value.lower() in _SCALARS:
            return DocType("object")
        return DocType("object", value, "{}")
    return DocType("unknown")


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


def _join(prefix: str, name: str) -> str:
    if name == _ARRAY_ELEMENT:
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
        path = _join(prefix, row.name)
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
        child_prefix = path if row.name == _ARRAY_ELEMENT else path + dtype.suffix
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


# ---------------------------------------------------------------------------------------------------------------
# The spec
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class SpecOperation:
    operation_id: str
    method: str
    path_key: str  # as in the spec, fragment included
    path: str  # fragment stripped
    section: str  # from x-doc
    body_from: str | None  # x-doc "(body as §X)"
    fields: dict[str, Field]


_X_DOC = re.compile(r"§\s*(\d+(?:\.\d+)*)")
_BODY_AS = re.compile(r"body as §\s*(\d+(?:\.\d+)*)")


def _deref(spec: Mapping[str, Any], node: Any) -> Any:
    """``node`` with its own ``$ref`` (a chain of them) followed; the children stay as they are."""
    hops = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        hops += 1
        if hops > 50:
            raise ValueError("$ref loop")
    return node


def _schema(spec: Mapping[str, Any], node: Any, depth: int = 0) -> dict[str, Any]:
    """A schema with its ``$ref`` followed and ``allOf`` merged (properties, required); ``oneOf``/``anyOf`` add
    their branches' properties and types."""
    node = _deref(spec, node)
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
        path = _join(prefix, str(name))
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
    resolved = _deref(spec, holder)
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
    for path_key, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = [_deref(spec, p) for p in item.get("parameters") or []]
        for method, op in item.items():
            if method.upper() not in HTTP_METHODS or not isinstance(op, dict):
                continue
            op_id = str(op.get("operationId", f"{method} {path_key}"))
            own = [_deref(spec, p) for p in op.get("parameters") or []]
            own_keys = {(p.get("name"), p.get("in")) for p in own}
            fields: dict[str, Field] = {}
            for param in [p for p in shared if (p.get("name"), p.get("in")) not in own_keys] + own:
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
                )
            )
    return found


def seed_id(spec: Mapping[str, Any]) -> str | None:
    """The seed the operations' ``x-doc`` names (``"002 §5.1.1"`` -> ``002``), the most common one."""
    counts: dict[str, int] = {}
    for item in (spec.get("paths") or {}).values():
        for op in item.values() if isinstance(item, dict) else []:
            if isinstance(op, dict) and (match := re.match(r"\s*(\d+)\s*§", str(op.get("x-doc", "")))):
                counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def find_seed(spec: Mapping[str, Any], directory: Path) -> Path:
    ident = seed_id(spec)
    if ident is None:
        raise SystemExit("the spec's x-doc names no seed (expected e.g. '002 §5.1.1')")
    matches = sorted(directory.glob(f"{ident}_*.txt"))
    if not matches:
        raise SystemExit(f"no seed {ident}_*.txt in {directory} (set {SEEDS_ENV} or pass --seeds)")
    return matches[0]


# ---------------------------------------------------------------------------------------------------------------
# The comparison
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gap:
    section: str
    kind: str  # missing | extra | type | required | x-doc
    name: str
    detail: str
    operation: str = ""  # the spec operation(s) concerned

    def __str__(self) -> str:
        where = f" [{self.operation}]" if self.operation else ""
        return f"§{self.section} {self.kind} {self.name}{where}: {self.detail}"


@dataclass(frozen=True)
class Deliberate:
    section: str
    kind: str
    name: str
    reason: str

    def matches(self, gap: Gap) -> bool:
        return (self.section, self.kind, self.name) == (gap.section, gap.kind, gap.name)


@dataclass
class Report:
    request_lines: int
    request_lines_in_spec: int
    gaps: list[Gap]
    unexplained: list[Gap]
    explained: list[tuple[Gap, Deliberate]]
    stale: list[Deliberate]  # exceptions that match no gap
    notes: list[str]

    @property
    def ok(self) -> bool:
        return not self.unexplained


def type_matches(doc: str, spec_types: set[str], spec_items: set[str] | None = None) -> bool:
    """Whether the spec's types (and, for an array of scalars, its items' types) are those the doc's type allows."""
    dtype = doc_type(doc)
    if dtype.kind in ("any", "unknown"):
        return True
    if not spec_types <= _ALLOWED[dtype.kind]:
        return False
    if dtype.item is not None and dtype.item != "any" and spec_items:
        return spec_items <= _ALLOWED[dtype.item]
    return True


def compare(seed: Seed, spec: Mapping[str, Any]) -> list[Gap]:
    """Every difference between what the seed documents and what the spec says."""
    operations = spec_operations(spec)
    body_from = {op.section: op.body_from for op in operations if op.body_from}
    documented = document(seed, body_from)
    gaps: list[Gap] = []
    by_line: dict[tuple[str, str], list[SpecOperation]] = {}
    for op in operations:
        by_line.setdefault((op.method, op.path), []).append(op)

    for key, doc in documented.items():
        ops = by_line.get(key, [])
        if not ops:
            detail = f"request line (line {doc.request.line}) not in the spec"
            gaps.append(Gap(doc.section, "missing", doc.request.name, detail))
            continue
        for op in ops:
            if op.section != doc.section:
                gaps.append(
                    Gap(doc.section, "x-doc", doc.request.name, f"x-doc names §{op.section or '?'}", op.operation_id)
                )
        names = " ".join(op.operation_id for op in ops)
        for name, want in doc.fields.items():
            having = [op for op in ops if name in op.fields]
            if not having:
                required = "" if want.required is None else (", required" if want.required else ", optional")
                gaps.append(Gap(doc.section, "missing", name, f"doc ({want.where}): {want.type}{required}", names))
                continue
            for op in having:
                got = op.fields[name]
                spec_items = set(got.items.split("|")) if got.items else None
                if not type_matches(want.type, set(got.type.split("|")), spec_items):
                    detail = f"doc ({want.where}): {want.type}; spec: {got.shown_type}"
                    gaps.append(Gap(doc.section, "type", name, detail, op.operation_id))
                if (
                    want.location in REQUEST_LOCATIONS
                    and want.required is not None
                    and got.required is not None
                    and want.required != got.required
                ):
                    detail = (
                        f"doc ({want.where}): {'required (是)' if want.required else 'optional (否)'}; "
                        f"spec: {'required' if got.required else 'optional'}"
                    )
                    gaps.append(Gap(doc.section, "required", name, detail, op.operation_id))
        for op in ops:
            for name, got in op.fields.items():
                if name not in doc.fields:
                    required = " (required)" if got.required and got.location in REQUEST_LOCATIONS else ""
                    detail = f"not in the doc's tables of §{doc.section}; spec: {got.shown_type}{required}"
                    gaps.append(Gap(doc.section, "extra", name, detail, op.operation_id))

    for key, ops in by_line.items():
        if key not in documented:
            for op in ops:
                detail = "request line the doc does not have"
                gaps.append(Gap(op.section or "?", "extra", f"{op.method} {op.path}", detail, op.operation_id))
    return gaps


def load_exceptions(path: Path) -> list[Deliberate]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or []
    if not isinstance(data, list):
        raise SystemExit(f"{path}: expected a list of {{section, kind, name, reason}}")
    found: list[Deliberate] = []
    for index, entry in enumerate(data):
        if not isinstance(entry, dict) or set(entry) != {"section", "kind", "name", "reason"}:
            raise SystemExit(f"{path}: entry {index}: expected exactly the keys section, kind, name, reason")
        if entry["kind"] not in GAP_KINDS:
            raise SystemExit(f"{path}: entry {index}: kind {entry['kind']!r} is not one of {', '.join(GAP_KINDS)}")
        if not str(entry["reason"]).strip():
            raise SystemExit(f"{path}: entry {index}: empty reason")
        found.append(Deliberate(str(entry["section"]), str(entry["kind"]), str(entry["name"]), str(entry["reason"])))
    return found


def check(seed: Seed, spec: Mapping[str, Any], exceptions: Sequence[Deliberate]) -> Report:
    gaps = compare(seed, spec)
    in_spec = {(op.method, op.path) for op in spec_operations(spec)}
    explained: list[tuple[Gap, Deliberate]] = []
    unexplained: list[Gap] = []
    used: set[int] = set()
    for gap in gaps:
        match = next((i for i, e in enumerate(exceptions) if e.matches(gap)), None)
        if match is None:
            unexplained.append(gap)
        else:
            used.add(match)
            explained.append((gap, exceptions[match]))
    return Report(
        request_lines=len(seed.request_lines),
        request_lines_in_spec=sum((r.method, r.path) in in_spec for r in seed.request_lines),
        gaps=gaps,
        unexplained=unexplained,
        explained=explained,
        stale=[e for i, e in enumerate(exceptions) if i not in used],
        notes=list(dict.fromkeys(seed.notes)),
    )


def run(spec_path: Path, seeds: Path, exceptions_path: Path) -> Report:
    with spec_path.open(encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    seed_path = find_seed(spec, seeds)
    seed = parse_seed(seed_path.read_text(encoding="utf-8"))
    return check(seed, spec, load_exceptions(exceptions_path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.spec_coverage", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the spec (default: %(default)s)")
    parser.add_argument("--seeds", type=Path, help=f"the seeds folder (default: ${SEEDS_ENV}, else ../shared/seeds)")
    parser.add_argument(
        "--exceptions", type=Path, help="the deliberate differences (codegen/coverage/<spec stem>.yaml)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="list only the gaps not listed as deliberate")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print the reasons and the parser's notes")
    args = parser.parse_args(argv)
    exceptions_path = args.exceptions or COVERAGE_DIR / f"{args.spec.stem}.yaml"
    report = run(args.spec, args.seeds or seeds_dir(), exceptions_path)

    print(f"request lines: {report.request_lines_in_spec} of {report.request_lines} in the spec")
    print(
        f"gaps: {len(report.gaps)}, {len(report.explained)} of them deliberate ({_shown(exceptions_path)}), "
        f"{len(report.unexplained)} not"
    )
    if report.unexplained:
        print("not listed as deliberate:")
        for gap in report.unexplained:
            print(f"  {gap}")
    if report.explained and not args.quiet:
        print("deliberate:")
        for gap, deliberate in report.explained:
            print(f"  {gap}")
            if args.verbose:
                print(f"      reason: {deliberate.reason}")
    for stale in report.stale:
        print(f"stale entry (matches no gap): §{stale.section} {stale.kind} {stale.name}")
    if report.notes and args.verbose:
        print("parser notes:")
        for note in report.notes:
            print(f"  {note}")
    elif report.notes:
        print(f"parser notes: {len(report.notes)} (-v prints them)")
    return 0 if report.ok else 1


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
