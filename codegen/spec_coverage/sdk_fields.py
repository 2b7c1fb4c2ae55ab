"""Field-level SDK check: each mapped operation's parameters and body fields against the SDK's models.

For every operation with ``x-sdk-name`` whose method the committed inventory has, the fields on both sides are named
the way ``fields`` names them (``query:limit``, ``body:groups[].name``, ``response:tasks[].id``; the response's
status is left out, since the SDK's models do not say it) and compared:

- ``field-missing``: the SDK has the field, the spec does not;
- ``field-extra``: the spec has the field, the SDK does not;
- ``field-type``: the JSON types differ (SDK ``str``/``int``/``float``/``bool`` are string/integer/number/boolean,
  ``list[..]`` an array, a model or ``dict(str, ..)`` an object, ``object`` anything). The SDK types every number
  the doc calls Number or Long as ``float``; a spec ``integer`` there is the narrower reading the doc check also
  allows (``doc_types``: Number -> number or integer), so it is no difference;
- ``field-required``: the required flags differ (request side only: the SDK marks no response field required, so
  there the spec's ``required`` is the doc's promise, not a difference).

A path or query parameter that only one side has is left to the ``params`` check of ``sdk`` (which also knows
a path parameter spelled otherwise); here those are compared for type and required flag only. Nesting is compared
through the names: a field nested elsewhere is missing at one path and extra at the other.
Operations that share one request line (an endpoint split in two) are compared with the SDK's one request as their
union: a field is required in the union when every one of the operations has it and requires it.

A difference is explained by an entry of ``codegen/coverage/<spec stem>-sdk.yaml`` (``{kind, method, fields: [...],
reason}``: the fields named must be exactly the differences' names) or by an ``x-doc-errata`` line of the operation
that names the field in backticks (its full name without location, or its last segment) and says ``SDK``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from codegen.spec_coverage.spec_side import SpecOperation, spec_operations
from codegen.specs import operations

FIELD_GAP_KINDS = ("field-missing", "field-extra", "field-type", "field-required")
_SCALARS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "object": "any"}
_LIST = re.compile(r"^list\[(.+)\]$")
_DICT = re.compile(r"^dict\(str, (.+)\)$")
_MAX_DEPTH = 12
_NAMED_BY_PARAMS = ("path", "query")


@dataclass(frozen=True)
class SdkField:
    name: str  # <location>:<path>, location path | query | header | body | response
    type: str  # JSON types joined by "|"
    required: bool


@dataclass(frozen=True)
class FieldGap:
    kind: str
    method: str  # the SDK method
    field: str  # <location>:<path>
    detail: str
    operations: str  # the spec operation(s)

    def __str__(self) -> str:
        return f"{self.kind} {self.method} {self.field} [{self.operations}]: {self.detail}"


def _json_type(sdk_type: str, models: Mapping[str, Any]) -> str:
    if sdk_type in _SCALARS:
        return _SCALARS[sdk_type]
    if _LIST.match(sdk_type):
        return "array"
    if _DICT.match(sdk_type) or sdk_type in models:
        return "object"
    return "any"


def _walk(sdk_type: str, models: Mapping[str, Any], location: str, path: str, depth: int) -> Iterator[SdkField]:
    """The fields below a value of ``sdk_type`` found at ``path``."""
    if depth > _MAX_DEPTH:
        return
    listed = _LIST.match(sdk_type)
    mapped = _DICT.match(sdk_type)
    if listed:
        yield from _walk(listed.group(1), models, location, path + "[]", depth + 1)
    elif mapped:
        yield from _walk(mapped.group(1), models, location, path + "{}", depth + 1)
    elif sdk_type in models:
        for name, (child_type, required) in models[sdk_type].items():
            child = f"{path}.{name}" if path else name
            yield SdkField(f"{location}:{child}", _json_type(child_type, models), bool(required))
            yield from _walk(child_type, models, location, child, depth + 1)


def sdk_fields(inventory: Mapping[str, Any], method: str) -> dict[str, SdkField]:
    """Every field of one SDK method: its request's path/query/header attributes, body and response fields."""
    models: Mapping[str, Any] = inventory["models"]
    line = inventory["methods"][method]
    request = models.get(str(line.get("request")), {})
    found: dict[str, SdkField] = {}
    for wire, location in dict(line.get("params") or {}).items():
        sdk_type, required = request.get(wire, ["str", location == "path"])
        found[f"{location}:{wire}"] = SdkField(f"{location}:{wire}", _json_type(sdk_type, models), bool(required))
    body = line.get("body")
    if body:
        found.update(_value_fields(str(body), models, "body"))
    response = models.get(str(line.get("response")), {})
    if set(response) == {"body"}:  # the answer is not an object: the SDK wraps the whole value in `body`
        found.update(_value_fields(str(response["body"][0]), models, "response"))
    else:
        found.update((item.name, item) for item in _walk(str(line.get("response")), models, "response", "", 0))
    return found


def _value_fields(sdk_type: str, models: Mapping[str, Any], location: str) -> dict[str, SdkField]:
    """The fields of a whole body of ``sdk_type``: an array is ``[]`` (its items' fields ``[].name``), a scalar
    (a plain-text answer) has none."""
    found: dict[str, SdkField] = {}
    if _LIST.match(sdk_type):
        found[f"{location}:[]"] = SdkField(f"{location}:[]", "array", False)
    found.update((item.name, item) for item in _walk(sdk_type, models, location, "", 0))
    return found


def _normalised(name: str) -> str:
    location, _, path = name.partition(":")
    return f"response:{path}" if location.startswith("response") else name


def _spec_side(ops: Sequence[SpecOperation]) -> dict[str, SdkField]:
    """The union of the operations' fields (see the module docstring for required)."""
    seen: dict[str, list[tuple[set[str], bool]]] = {}
    for op in ops:
        for field in op.fields.values():
            if field.path == "project_id" and field.location == "path":
                continue  # the SDK fills it from its credentials, not from the request
            name = _normalised(field.name)
            types = set(field.type.split("|"))
            seen.setdefault(name, []).append((types, bool(field.required)))
    found: dict[str, SdkField] = {}
    for name, entries in seen.items():
        types = set().union(*(t for t, _ in entries))
        required = len(entries) == len(ops) and all(r for _, r in entries)
        found[name] = SdkField(name, "|".join(sorted(types)), required)
    return found


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def _renamed(sdk_path: str, spec_path: str) -> dict[str, str]:
    """SDK path-parameter name -> the spec's, by position ({group_id} vs {group})."""
    ours = re.findall(r"\{([^}]+)\}", spec_path)
    theirs = re.findall(r"\{([^}]+)\}", sdk_path)
    return dict(zip(theirs, ours, strict=False))


def _types_match(sdk: str, spec: str) -> bool:
    if sdk == "any" or spec == "any":
        return True
    if sdk == "number" and spec == "integer":
        return True  # the SDK's float is the doc's Number/Long, which the spec may narrow to integer (see doc_types)
    return set(sdk.split("|")) == set(spec.split("|"))


def compare_fields(spec: Mapping[str, Any], inventory: Mapping[str, Any]) -> tuple[int, list[FieldGap]]:
    """(the number of fields compared, every difference) over every mapped operation."""
    methods: Mapping[str, Any] = inventory["methods"]
    by_id = {op.operation_id: op for op in spec_operations(spec)}
    named: dict[str, list[SpecOperation]] = {}
    for path_key, method, op in operations(dict(spec)):
        sdk_name = op.get("x-sdk-name")
        line = methods.get(str(sdk_name)) if sdk_name else None
        if line is None or line["method"] != method.upper():
            continue
        if _shape(path_key.split("#", 1)[0]) != _shape(str(line["path"])):
            continue
        named.setdefault(str(sdk_name), []).append(by_id[str(op["operationId"])])
    compared = 0
    gaps: list[FieldGap] = []
    for method, ops in sorted(named.items()):
        renamed = _renamed(str(methods[method]["path"]), ops[0].path)
        theirs: dict[str, SdkField] = {}
        for name, item in sdk_fields(inventory, method).items():
            location, _, path = name.partition(":")
            if location == "path":
                path = renamed.get(path, path)
            if name == "path:project_id":
                continue
            theirs[f"{location}:{path}"] = SdkField(f"{location}:{path}", item.type, item.required)
        ours = _spec_side(ops)
        shown = ", ".join(op.operation_id for op in ops)
        for name in sorted(set(theirs) | set(ours)):
            sdk, mine = theirs.get(name), ours.get(name)
            if (sdk is None or mine is None) and name.split(":", 1)[0] in _NAMED_BY_PARAMS:
                continue  # a path or query parameter on one side only is the `params` gap of ``sdk``, not twice
            compared += 1
            if mine is None and sdk is not None:
                gaps.append(FieldGap("field-missing", method, name, f"SDK {sdk.type}, not in the spec", shown))
            elif sdk is None and mine is not None:
                gaps.append(FieldGap("field-extra", method, name, f"spec {mine.type}, not in the SDK", shown))
            elif sdk is not None and mine is not None:
                if not _types_match(sdk.type, mine.type):
                    gaps.append(FieldGap("field-type", method, name, f"SDK {sdk.type}, spec {mine.type}", shown))
                if not name.startswith("response:") and sdk.required != mine.required:
                    detail = f"SDK {'required' if sdk.required else 'optional'}, spec " + (
                        "required" if mine.required else "optional"
                    )
                    gaps.append(FieldGap("field-required", method, name, detail, shown))
    return compared, gaps


def errata_explains(spec: Mapping[str, Any], gap: FieldGap) -> str | None:
    """The x-doc-errata line of the gap's operation(s) that names its field and the SDK, or None."""
    path = gap.field.partition(":")[2]
    leaf = re.split(r"[.\[\]{}]+", path.rstrip("[]{}"))[-1] if path else ""
    wanted = {f"`{path}`", f"`{leaf}`"} - {"``"}
    ids = set(gap.operations.split(", "))
    for _, _, op in operations(dict(spec)):
        if str(op.get("operationId")) not in ids:
            continue
        for line in op.get("x-doc-errata") or []:
            text = str(line)
            if "SDK" in text and any(token in text for token in wanted):
                return text
    return None


__all__ = ["FIELD_GAP_KINDS", "FieldGap", "SdkField", "compare_fields", "errata_explains", "sdk_fields"]
