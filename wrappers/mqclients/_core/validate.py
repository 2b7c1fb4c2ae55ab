"""Client-side checks of the documented rules, before any network I/O.

Codegen copies each operation's parameter and body schemas (``$ref``s resolved) out of the spec; this module
checks a request against them and raises ``ValidationError`` naming the field and the rule. It covers the JSON
Schema keywords the specs use for rules: type, enum, const, minimum/maximum (and exclusive), minLength/maxLength,
pattern, minItems/maxItems, required, properties, items. Anything else is documentation, not a rule here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from .errors import ValidationError

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
    "null": (type(None),),
}


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _type_ok(value: object, expected: str) -> bool:
    if expected in ("integer", "number") and isinstance(value, bool):
        return False
    if expected == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(expected, (object,)))


def check(value: Any, schema: Mapping[str, Any], field: str) -> None:
    """Raise ``ValidationError`` for the first rule of ``schema`` that ``value`` breaks."""
    expected = schema.get("type")
    if expected is not None:
        allowed = [expected] if isinstance(expected, str) else list(expected)
        if not any(_type_ok(value, t) for t in allowed):
            raise ValidationError(field, f"must be of type {' or '.join(allowed)}, got {type(value).__name__}")
    if "const" in schema and value != schema["const"]:
        raise ValidationError(field, f"must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise ValidationError(field, f"must be one of {', '.join(repr(v) for v in schema['enum'])}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_number(value, schema, field)
    elif isinstance(value, str):
        _check_string(value, schema, field)
    elif isinstance(value, (list, tuple)):
        _check_array(value, schema, field)
    elif isinstance(value, Mapping):
        _check_object(value, schema, field)


def _check_number(value: float, schema: Mapping[str, Any], field: str) -> None:
    if "minimum" in schema and value < schema["minimum"]:
        raise ValidationError(field, f"must be at least {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        raise ValidationError(field, f"must be at most {schema['maximum']}")
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        raise ValidationError(field, f"must be greater than {schema['exclusiveMinimum']}")
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        raise ValidationError(field, f"must be less than {schema['exclusiveMaximum']}")


def _check_string(value: str, schema: Mapping[str, Any], field: str) -> None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise ValidationError(field, f"must be at least {schema['minLength']} characters long")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise ValidationError(field, f"must be at most {schema['maxLength']} characters long")
    if "pattern" in schema and not _compiled(schema["pattern"]).search(value):
        raise ValidationError(field, f"must match the pattern {schema['pattern']}")


def _check_array(value: Sequence[Any], schema: Mapping[str, Any], field: str) -> None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        raise ValidationError(field, f"must have at least {schema['minItems']} items")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        raise ValidationError(field, f"must have at most {schema['maxItems']} items")
    items = schema.get("items")
    if isinstance(items, Mapping):
        for index, item in enumerate(value):
            check(item, items, f"{field}[{index}]")


def _check_object(value: Mapping[str, Any], schema: Mapping[str, Any], field: str) -> None:
    prefix = f"{field}." if field else ""
    for name in schema.get("required", ()):
        if name not in value:
            raise ValidationError(prefix + name, "is required")
    properties = schema.get("properties", {})
    for name, sub in properties.items():
        if name in value and value[name] is not None:
            check(value[name], sub, prefix + name)


def integral(value: Any, schema: Mapping[str, Any] | None) -> Any:
    """``value`` with every whole float where ``schema`` says ``integer`` turned into an int (``300.0`` -> ``300``).

    ``check`` accepts a whole float as an integer (JSON Schema does), but servers need not: Zaqar refuses
    ``"ttl": 300.0`` with 400. Sending it as ``300`` keeps the promise the check made. Other values are returned
    as they are (the same object when nothing changes).
    """
    if schema is None:
        return value
    if isinstance(value, float) and value.is_integer() and _says_integer(schema):
        return int(value)
    if isinstance(value, Mapping) and isinstance(schema.get("properties"), Mapping):
        properties = schema["properties"]
        changed = {k: integral(v, properties[k]) if k in properties else v for k, v in value.items()}
        return changed if any(changed[k] is not value[k] for k in value) else value
    if isinstance(value, (list, tuple)) and isinstance(schema.get("items"), Mapping):
        items = [integral(item, schema["items"]) for item in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    return value


def integral_params(values: Mapping[str, Any], schemas: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any]:
    """Each named parameter through ``integral``: ``limit=5.0`` travels as ``5``, not ``5.0``."""
    if not any(isinstance(v, float) for v in values.values()):
        return values
    return {name: integral(value, schemas.get(name)) for name, value in values.items()}


def _says_integer(schema: Mapping[str, Any]) -> bool:
    expected = schema.get("type")
    return expected == "integer" or (isinstance(expected, list) and "integer" in expected and "number" not in expected)


def check_params(values: Mapping[str, Any], schemas: Mapping[str, Mapping[str, Any]]) -> None:
    """Check each named parameter that is present against its schema.

    Path and query values travel as text: a number given for a parameter the spec types as a string is checked
    as the text it will be sent as (a pager's next ``offset``, say, where the spec says ``string``).
    """
    for name, schema in schemas.items():
        value = values.get(name)
        if value is None:
            continue
        if schema.get("type") == "string" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        check(value, schema, name)
