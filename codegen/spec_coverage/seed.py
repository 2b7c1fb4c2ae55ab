"""Reading a seed document: its sections, request lines and parameter tables.

The seed is a Huawei API reference turned from PDF to text. What is read:

- request lines: a line ``METHOD /path`` (under the section's ``URI`` heading), and, in tables (the permissions
  table of chapter 7), a cell ``METHOD /path`` broken by ``<br>``: those count only if no section has them.
- parameter tables, each introduced by a caption ``表 5-1 路径参数`` (path), ``表 5-2 Query 参数``,
  ``请求 Header 参数``, ``请求 Body 参数`` (request body) or ``响应 Body 参数`` (response body, for the
  ``状态码： 200`` line above it); other captions (``表 5-4 ShowInstanceResp``) name object tables. Rows are
  tab-separated (``参数<TAB>是否必选<TAB>参数类型<TAB>描述``, or without 是否必选 on the response side) or markdown
  pipe rows with the same columns. A header row with no caption above it continues the previous table (the PDF
  repeats the header after a page break).

Limits: headings are lines ``5.1.1 title`` without a tab (the table of contents has tabs) and must come in
increasing order; the description column is not read; a row with too few cells ends its table (noted).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SEEDS_ENV = "MQCLIENTS_SEEDS"
HTTP_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
ARRAY_ELEMENT = "[数组元素]"  # the row name of a body that is itself an array


def seeds_dir() -> Path | None:
    """Where the seed documents are, when someone says so (``$MQCLIENTS_SEEDS``); ``None`` otherwise.

    The seeds are not part of the repository: nothing reads them unless they are named explicitly, so the check and
    the tests behave the same in every clone. Only the optional regeneration step (``make doc-index``) needs them.
    """
    env = os.environ.get(SEEDS_ENV)
    return Path(env) if env else None


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


def seed_id(spec: Mapping[str, Any]) -> str | None:
    """The seed the operations' ``x-doc`` names (``"002 §5.1.1"`` -> ``002``), the most common one."""
    counts: dict[str, int] = {}
    for item in (spec.get("paths") or {}).values():
        for op in item.values() if isinstance(item, dict) else []:
            if isinstance(op, dict) and (match := re.match(r"\s*(\d+)\s*§", str(op.get("x-doc", "")))):
                counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def find_seed(spec: Mapping[str, Any], directory: Path | None) -> Path:
    ident = seed_id(spec)
    if ident is None:
        raise SystemExit("the spec's x-doc names no seed (expected e.g. '002 §5.1.1')")
    if directory is None:
        raise SystemExit(f"no seeds folder named: set {SEEDS_ENV} or pass --seeds")
    matches = sorted(directory.glob(f"{ident}_*.txt"))
    if not matches:
        raise SystemExit(f"no seed {ident}_*.txt in {directory} (set {SEEDS_ENV} or pass --seeds)")
    return matches[0]
