"""The comparison: every gap between what the doc documents and what the spec says, less the deliberate ones.

Gap kinds: ``missing`` (the doc has it, the spec does not), ``extra`` (the spec has it, the doc does not), ``type``
(see ``doc_types``), ``required`` (request side only: 是 = required), and ``x-doc`` (an operation names another
section than the one documenting its request line). Operations that share one request line (an endpoint split in
two, path keys differing by a ``#fragment``) are compared together for ``missing``: a doc field is missing only if
none of them has it.

Deliberate differences are listed, each with its reason, in ``codegen/coverage/<spec stem>.yaml`` (a list of
``{section, kind, name, reason}``). ``x-doc`` may add ``(body as §5.1.2)``: the operation's request body is
compared with that section's body tables.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen.spec_coverage.doc_types import type_matches
from codegen.spec_coverage.fields import document
from codegen.spec_coverage.seed import Seed
from codegen.spec_coverage.spec_side import SpecOperation, spec_operations

GAP_KINDS = ("missing", "extra", "type", "required", "x-doc")
REQUEST_LOCATIONS = ("path", "query", "header", "body")


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
            for op in (op for op in ops if not op.elsewhere):  # not from the seed: the SDK inventory checks those
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
