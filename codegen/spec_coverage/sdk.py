"""SDK coverage: does every method of the official SDK have an operation in the spec?

Reads the committed SDK inventory (``specs/reference/<package>-<version>.yaml``, written by ``make sdk-inventory``)
and the spec's ``x-sdk-name`` marks. A method is mapped when an operation names it and sends the same request line
(method and path, path parameters compared by position, since the doc and the SDK sometimes spell them differently).
Everything else is a gap, unless ``codegen/coverage/<spec stem>-sdk.yaml`` lists it with its reason:

- ``unmapped``: an SDK method no operation names;
- ``request-line``: an operation names the method but sends another request line;
- ``unknown``: an operation names a method this SDK version does not have (e.g. one a newer release dropped);
- ``params``: the operations' path/query parameters are not the SDK request's (names compared; where the spec
  spells a path parameter otherwise, the position decides; ``project_id`` is left out, since the SDK fills it from its
  credentials, not from the request; an endpoint split in two operations answers with the union of both);
- ``field-missing``, ``field-extra``, ``field-type``, ``field-required``: the fields of a mapped operation (parameters,
  body and response, nested) against the SDK's models, see ``sdk_fields``. Their entries name the fields
  (``fields: [query:limit, ...]``), exactly; an operation's ``x-doc-errata`` line naming the field and the SDK also
  explains one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from codegen.spec_coverage.sdk_fields import FIELD_GAP_KINDS, FieldGap, compare_fields, errata_explains
from codegen.specs import deref, operations

SDK_GAP_KINDS = ("unmapped", "request-line", "unknown", "params", *FIELD_GAP_KINDS)
_PATH_PARAM = re.compile(r"\{[^}]+\}")


@dataclass(frozen=True)
class SdkGap:
    kind: str
    method: str  # the SDK method's name
    detail: str

    def __str__(self) -> str:
        return f"{self.kind} {self.method}: {self.detail}"


@dataclass(frozen=True)
class SdkDeliberate:
    kind: str
    method: str
    reason: str
    fields: tuple[str, ...] = ()  # field kinds: the fields it explains

    def matches(self, kind: str, method: str, field_name: str = "") -> bool:
        if (self.kind, self.method) != (kind, method):
            return False
        return field_name in self.fields if self.kind in FIELD_GAP_KINDS else True


@dataclass
class SdkReport:
    package: str
    version: str
    methods: int
    mapped: list[str]
    gaps: list[SdkGap]
    explained: list[tuple[SdkGap, SdkDeliberate]] = field(default_factory=list)
    unexplained: list[SdkGap] = field(default_factory=list)
    stale: list[SdkDeliberate] = field(default_factory=list)
    fields_compared: int = 0
    field_gaps: list[FieldGap] = field(default_factory=list)
    fields_explained: list[tuple[FieldGap, str]] = field(default_factory=list)  # (gap, reason)
    fields_unexplained: list[FieldGap] = field(default_factory=list)
    stale_fields: list[tuple[SdkDeliberate, str]] = field(default_factory=list)  # (entry, field it names)

    @property
    def ok(self) -> bool:
        return not (self.unexplained or self.stale or self.fields_unexplained or self.stale_fields)

    @property
    def operations_compared(self) -> int:
        return len(self.mapped)


def load_inventory(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict) or not isinstance(data.get("methods"), dict):
        raise SystemExit(f"{path}: not an SDK inventory (expected package, version, methods, models)")
    return data


def load_sdk_exceptions(path: Path) -> list[SdkDeliberate]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or []
    if not isinstance(data, list):
        raise SystemExit(f"{path}: expected a list of {{kind, method, reason}}")
    found: list[SdkDeliberate] = []
    for index, entry in enumerate(data):
        keys = {"kind", "method", "reason"}
        if isinstance(entry, dict) and entry.get("kind") in FIELD_GAP_KINDS:
            keys.add("fields")
        if not isinstance(entry, dict) or set(entry) != keys:
            raise SystemExit(f"{path}: entry {index}: expected exactly the keys {', '.join(sorted(keys))}")
        if entry["kind"] not in SDK_GAP_KINDS:
            raise SystemExit(f"{path}: entry {index}: kind {entry['kind']!r} is not one of {', '.join(SDK_GAP_KINDS)}")
        if not str(entry["reason"]).strip():
            raise SystemExit(f"{path}: entry {index}: empty reason")
        fields = entry.get("fields", [])
        if "fields" in keys and (not isinstance(fields, list) or not fields):
            raise SystemExit(f"{path}: entry {index}: fields must be a non-empty list of field names")
        found.append(
            SdkDeliberate(str(entry["kind"]), str(entry["method"]), str(entry["reason"]), tuple(str(f) for f in fields))
        )
    return found


def _shape(path: str) -> str:
    return _PATH_PARAM.sub("{}", path)


def _spec_params(spec: Mapping[str, Any], op: Mapping[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for param in op["parameters"]:
        param = deref(spec, param)
        if param.get("in") in ("path", "query") and param.get("name") != "project_id":
            found[str(param["name"])] = str(param["in"])
    return found


def _param_gaps(name: str, spec_path: str, spec_params: dict[str, str], sdk: Mapping[str, Any]) -> list[SdkGap]:
    sdk_params = {
        k: v for k, v in dict(sdk.get("params") or {}).items() if v in ("path", "query") and k != "project_id"
    }
    # A path parameter spelled otherwise ({group_id} vs {group}) is the same parameter: compare by position.
    renamed = dict(zip(_PATH_PARAM.findall(str(sdk["path"])), _PATH_PARAM.findall(spec_path), strict=False))
    sdk_named = {renamed.get(f"{{{k}}}", f"{{{k}}}")[1:-1] if v == "path" else k: v for k, v in sdk_params.items()}
    gaps: list[SdkGap] = []
    for key, where in sorted(sdk_named.items()):
        if spec_params.get(key) != where:
            gaps.append(SdkGap("params", name, f"SDK {where} parameter {key!r} not in the operation"))
    for key, where in sorted(spec_params.items()):
        if key not in sdk_named:
            gaps.append(SdkGap("params", name, f"operation {where} parameter {key!r} not in the SDK request"))
    return gaps


def compare_sdk(spec: Mapping[str, Any], inventory: Mapping[str, Any]) -> tuple[list[str], list[SdkGap]]:
    """(the SDK methods mapped, every gap)."""
    methods: Mapping[str, Any] = inventory["methods"]
    named: dict[str, list[tuple[str, str, Mapping[str, Any]]]] = {}
    for path_key, method, op in operations(dict(spec)):
        sdk_name = op.get("x-sdk-name")
        if sdk_name:
            named.setdefault(str(sdk_name), []).append((method.upper(), path_key.split("#", 1)[0], op))
    mapped: list[str] = []
    gaps: list[SdkGap] = []
    for name, sdk in methods.items():
        ops = named.get(name)
        if not ops:
            gaps.append(SdkGap("unmapped", name, f"{sdk['method']} {sdk['path']}: no operation has x-sdk-name {name}"))
            continue
        same_line = [op for op in ops if op[0] == sdk["method"] and _shape(op[1]) == _shape(str(sdk["path"]))]
        if not same_line:
            shown = ", ".join(f"{m} {p}" for m, p, _ in ops)
            gaps.append(SdkGap("request-line", name, f"SDK {sdk['method']} {sdk['path']}; spec {shown}"))
            continue
        mapped.append(name)
        params: dict[str, str] = {}
        for _, _, operation in same_line:
            params.update(_spec_params(spec, operation))
        gaps.extend(_param_gaps(name, same_line[0][1], params, sdk))
    for name, ops in sorted(named.items()):
        if name not in methods:
            shown = ", ".join(str(op.get("operationId")) for _, _, op in ops)
            gaps.append(
                SdkGap(
                    "unknown",
                    name,
                    f"named by {shown}; {inventory['package']} {inventory['version']} has no such method",
                )
            )
    return mapped, list(dict.fromkeys(gaps))


def check_sdk(spec: Mapping[str, Any], inventory: Mapping[str, Any], exceptions: Sequence[SdkDeliberate]) -> SdkReport:
    mapped, gaps = compare_sdk(spec, inventory)
    report = SdkReport(str(inventory["package"]), str(inventory["version"]), len(inventory["methods"]), mapped, gaps)
    used: set[int] = set()
    for gap in gaps:
        match = next((i for i, e in enumerate(exceptions) if e.matches(gap.kind, gap.method)), None)
        if match is None:
            report.unexplained.append(gap)
        else:
            used.add(match)
            report.explained.append((gap, exceptions[match]))
    report.fields_compared, report.field_gaps = compare_fields(spec, inventory)
    used_fields: set[tuple[int, str]] = set()
    for field_gap in report.field_gaps:
        match = next(
            (i for i, e in enumerate(exceptions) if e.matches(field_gap.kind, field_gap.method, field_gap.field)),
            None,
        )
        errata = errata_explains(spec, field_gap)
        if match is not None:
            used_fields.add((match, field_gap.field))
            report.fields_explained.append((field_gap, exceptions[match].reason))
        elif errata is not None:
            report.fields_explained.append((field_gap, f"x-doc-errata: {errata}"))
        else:
            report.fields_unexplained.append(field_gap)
    report.stale = [e for i, e in enumerate(exceptions) if i not in used and e.kind not in FIELD_GAP_KINDS]
    report.stale_fields = [
        (e, name)
        for i, e in enumerate(exceptions)
        if e.kind in FIELD_GAP_KINDS
        for name in e.fields
        if (i, name) not in used_fields
    ]
    return report


__all__ = [
    "FIELD_GAP_KINDS",
    "SDK_GAP_KINDS",
    "FieldGap",
    "SdkDeliberate",
    "SdkGap",
    "SdkReport",
    "check_sdk",
    "compare_sdk",
    "load_inventory",
    "load_sdk_exceptions",
]
