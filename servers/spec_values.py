"""Values that satisfy a JSON Schema: the documented example when there is one, else a small synthesized value.

Used by the spec-checking server to answer with valid bodies, and by tests to call every operation of a spec
with valid arguments. Deterministic: the same schema always gives the same value.
"""

from __future__ import annotations

import re
from typing import Any

import jsonschema

_STRING_CANDIDATES = (
    "example",
    "abcd1234",
    "test-name",
    "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
    "Example_Secret1",
    "2024-01-02T03:04:05Z",
    "127.0.0.1",
    "x",
    "1",
)


def first_example(schema: dict[str, Any]) -> tuple[bool, Any]:
    if "example" in schema:
        return True, schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    if "default" in schema:
        return True, schema["default"]
    return False, None


def _string(schema: dict[str, Any]) -> str:
    low, high = int(schema.get("minLength", 0)), int(schema.get("maxLength", 10_000))
    pattern = schema.get("pattern")
    for candidate in _STRING_CANDIDATES:
        if low <= len(candidate) <= high and (pattern is None or re.search(pattern, candidate)):
            return candidate
    if pattern is not None:
        from hypothesis import strategies  # only for the odd pattern no candidate matches

        found = strategies.from_regex(pattern, fullmatch=True).filter(lambda s: low <= len(s) <= high).example()
        return str(found)
    return "a" * max(low, 1)


def synthesize(schema: Any, *, use_examples: bool = True, every_property: bool = False, depth: int = 0) -> Any:
    """A value valid against ``schema`` (``$ref``s already resolved): required properties only, or every one."""
    if not isinstance(schema, dict) or depth > 12:
        return None

    def inner(sub: Any) -> Any:
        return synthesize(sub, use_examples=use_examples, every_property=every_property, depth=depth + 1)

    if use_examples:
        found, value = first_example(schema)
        if found and jsonschema.Draft202012Validator(schema).is_valid(value):
            return value
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return inner(schema[key][0])
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(part)
        return inner(merged)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties", {})
        return {
            name: synthesize(
                properties.get(name, {}), use_examples=use_examples, every_property=every_property, depth=depth + 1
            )
            for name in (properties if every_property else schema.get("required", []))
        }
    if kind == "array":
        count = max(schema.get("minItems", 1), 1)
        return [
            synthesize(
                schema.get("items", {}), use_examples=use_examples, every_property=every_property, depth=depth + 1
            )
            for _ in range(count)
        ]
    if kind == "integer":
        if "minimum" in schema:
            return int(schema["minimum"])
        return int(schema["exclusiveMinimum"]) + 1 if "exclusiveMinimum" in schema else 1
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "string":
        return _string(schema)
    return "any"
