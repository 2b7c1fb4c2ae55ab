"""The doc's type names (``String``, ``Array of X objects``, ``Map<String, X>``) and the spec types each allows.

String->string, Integer/Long->integer, Number->number or integer, Boolean->boolean, Object/X object/Map->object,
Array->array, AnyType->anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
