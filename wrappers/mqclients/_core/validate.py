"""Client-side checks of the documented rules, before any network I/O.

Codegen copies each operation's parameter and body schemas (``$ref``s resolved) out of the spec; this module
checks a request against them and raises ``ValidationError`` naming the field and the rule. ``RULE_KEYWORDS`` lists
every JSON Schema keyword it implements; ``DOC_KEYWORDS`` those that state no rule. A test walks every spec and
fails on a keyword in neither list, so a spec cannot use a rule the client silently ignores.

``check_shape`` is the response side: a success body's JSON types and required fields (``ResponseDecodeError``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from .errors import ResponseDecodeError, ValidationError

# Every keyword ``check`` implements.
RULE_KEYWORDS = frozenset(
    {
        "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minLength", "maxLength", "pattern", "minItems", "maxItems", "required", "properties", "items",
        "additionalProperties", "minProperties", "maxProperties", "propertyNames",
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
    }
)  # fmt: skip
# Keywords that document and state no rule the client checks ($ref is resolved by codegen before this module).
DOC_KEYWORDS = frozenset(
    # x-secret states no rule either: it says how a value is shown (masked), not what it may be
    {
        "description",
        "examples",
        "example",
        "default",
        "format",
        "title",
        "$ref",
        "x-doc-errata",
        "x-any-json",
        "x-secret",
    }
)

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
    """Raise ``ValidationError`` for the first rule of ``schema`` that ``value`` breaks.

    The rules run in a fixed order: type, const, enum, the rules of the value's kind (number, string, array,
    object), then the combinators. Each schema is read once into a checker (``_rules``) that keeps only the rules
    it states, since this runs on every call: schemas are the operations' constants, never changed once checked.
    """
    remembered = _RULES.get(id(schema))  # ``_rules`` written out: this runs on every call
    if remembered is None or remembered[0] is not schema:
        remembered = _remember_rules(schema)
    remembered[1](value, field)


_Rules = Any  # Callable[[Any, str], None]; ``Any`` keeps the compiled closures cheap to annotate
_RULES: dict[int, tuple[Mapping[str, Any], _Rules]] = {}
# A bound on the schemas remembered: more than every operation of every API, so only schemas built call by call
# (in tests) ever reach it, and then the memory is released rather than grown.
_MAX_REMEMBERED = 4096
# The classes that pass a ``type`` at once (subclasses and whole floats for ``integer`` go the long way): those of
# ``_TYPES``, but a plain ``dict`` for objects (an abstract ``Mapping`` check is the slow one).
_EXACT_CLASSES: dict[str, tuple[type, ...]] = {**_TYPES, "object": (dict,)}
_NUMBER_KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
_STRING_KEYWORDS = ("minLength", "maxLength", "pattern")
_ARRAY_KEYWORDS = ("minItems", "maxItems", "items")
_OBJECT_KEYWORDS = (
    "required", "properties", "minProperties", "maxProperties", "propertyNames", "additionalProperties",
)  # fmt: skip
_COMBINED_KEYWORDS = ("allOf", "anyOf", "oneOf", "not", "if")


def _rules(schema: Mapping[str, Any]) -> _Rules:
    remembered = _RULES.get(id(schema))
    if remembered is None or remembered[0] is not schema:
        remembered = _remember_rules(schema)
    return remembered[1]


def _remember_rules(schema: Mapping[str, Any]) -> tuple[Mapping[str, Any], _Rules]:
    remembered = (schema, _compile_rules(schema))  # keeps the schema alive, so its id stays its own
    if len(_RULES) >= _MAX_REMEMBERED:
        _RULES.clear()
    _RULES[id(schema)] = remembered
    return remembered


def _compile_rules(schema: Mapping[str, Any]) -> _Rules:
    """``check`` for one schema, with the rules it does not state left out and the common cases inline."""
    expected = schema.get("type")
    allowed = [] if expected is None else [expected] if isinstance(expected, str) else list(expected)
    # The classes that pass the type rule at once; other values go the long way (``_type_ok``).
    exact = None if expected is None else frozenset(cls for name in allowed for cls in _EXACT_CLASSES.get(name, ()))
    wanted = " or ".join(allowed)
    has_const = "const" in schema
    const = schema.get("const")
    enum = schema.get("enum")
    number = any(k in schema for k in _NUMBER_KEYWORDS)
    string = any(k in schema for k in _STRING_KEYWORDS)
    min_length, max_length, pattern = schema.get("minLength"), schema.get("maxLength"), schema.get("pattern")
    array = any(k in schema for k in _ARRAY_KEYWORDS)
    check_object = _object_rules(schema) if any(k in schema for k in _OBJECT_KEYWORDS) else None
    combined = any(k in schema for k in _COMBINED_KEYWORDS)

    def run(value: Any, field: str) -> None:
        cls = type(value)
        if exact is not None and cls not in exact and not any(_type_ok(value, t) for t in allowed):
            raise ValidationError(field, f"must be of type {wanted}, got {cls.__name__}")
        if has_const and value != const:
            raise ValidationError(field, f"must be {const!r}")
        if enum is not None and value not in enum:
            raise ValidationError(field, f"must be one of {', '.join(repr(v) for v in enum)}")
        if cls is str:
            if string:
                if min_length is not None and len(value) < min_length:
                    raise ValidationError(field, f"must be at least {min_length} characters long")
                if max_length is not None and len(value) > max_length:
                    raise ValidationError(field, f"must be at most {max_length} characters long")
                if pattern is not None and not _compiled(pattern).search(value):
                    raise ValidationError(field, f"must match the pattern {pattern}")
        elif cls is dict:
            if check_object is not None:
                check_object(value, field)
        elif cls is int or cls is float:
            if number:
                _check_number(value, schema, field)
        elif cls is bool:
            pass
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            if number:
                _check_number(value, schema, field)
        elif isinstance(value, str):
            if string:
                _check_string(value, schema, field)
        elif isinstance(value, (list, tuple)):
            if array:
                _check_array(value, schema, field)
        elif isinstance(value, Mapping) and check_object is not None:
            check_object(value, field)
        if combined:
            _check_combined(value, schema, field)

    return run


def _passes(value: Any, schema: Mapping[str, Any], field: str) -> bool:
    try:
        check(value, schema, field)
    except ValidationError:
        return False
    return True


def _check_combined(value: Any, schema: Mapping[str, Any], field: str) -> None:
    """allOf, anyOf, oneOf, not, and if/then/else."""
    for sub in schema.get("allOf", ()):
        check(value, sub, field)
    if "anyOf" in schema and not any(_passes(value, sub, field) for sub in schema["anyOf"]):
        raise ValidationError(field or "body", "must match at least one of the allowed forms (anyOf)")
    if "oneOf" in schema:
        matched = sum(_passes(value, sub, field) for sub in schema["oneOf"])
        if matched != 1:
            raise ValidationError(
                field or "body", f"must match exactly one of the allowed forms (oneOf), matched {matched}"
            )
    if "not" in schema and _passes(value, schema["not"], field):
        raise ValidationError(field or "body", "is a form the spec forbids (not)")
    if "if" in schema:
        condition = schema["if"]
        branch = schema.get("then") if _passes(value, condition, field) else schema.get("else")
        if branch is not None:
            try:
                check(value, branch, field)
            except ValidationError as exc:
                raise ValidationError(exc.field, f"{exc.rule} (when {_describe(condition)})") from None


def _describe(condition: Mapping[str, Any]) -> str:
    """A short reading of an ``if`` schema: ``redrive_policy is 'enable'``."""
    parts = []
    for name, sub in (condition.get("properties") or {}).items():
        if isinstance(sub, Mapping) and "const" in sub:
            parts.append(f"{name} is {sub['const']!r}")
        elif isinstance(sub, Mapping) and "enum" in sub:
            parts.append(f"{name} is one of {', '.join(repr(v) for v in sub['enum'])}")
    if not parts and condition.get("required"):
        parts.append(f"{', '.join(condition['required'])} given")
    return " and ".join(parts) or "the schema's condition holds"


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


def _object_rules(schema: Mapping[str, Any]) -> _Rules:
    """The object rules of ``schema``: required, properties, min/maxProperties, propertyNames,
    additionalProperties, in that order."""
    required = tuple(schema.get("required", ()))
    properties = schema.get("properties", {})
    # Every property schema is a mapping (a boolean schema, ``true``/``false``, is not supported by any check).
    props = [(name, _rules(sub)) for name, sub in properties.items()]
    min_properties = schema.get("minProperties")
    max_properties = schema.get("maxProperties")
    names = schema.get("propertyNames")
    key_rules = names if isinstance(names, Mapping) else None
    extra = schema.get("additionalProperties")

    def check_object(value: Mapping[str, Any], field: str) -> None:
        prefix = f"{field}." if field else ""
        for name in required:
            if name not in value:
                raise ValidationError(prefix + name, "is required")
        for name, rules in props:
            item = value.get(name)
            if item is not None:
                rules(item, prefix + name)
        if min_properties is not None and len(value) < min_properties:
            raise ValidationError(field or "body", f"must have at least {min_properties} entries")
        if max_properties is not None and len(value) > max_properties:
            raise ValidationError(field or "body", f"must have at most {max_properties} entries")
        if key_rules is not None:
            for name in value:
                check(str(name), key_rules, f"{prefix}{name} (a key)")
        if extra is False:
            unknown = [name for name in value if name not in properties]
            if unknown:
                first = sorted(str(name) for name in unknown)[0]
                raise ValidationError(prefix + first, "is not a field the spec allows here")
        elif isinstance(extra, Mapping):
            for name, item in value.items():
                if name not in properties and item is not None:
                    check(item, extra, prefix + str(name))

    return check_object


def integral(value: Any, schema: Mapping[str, Any] | None) -> Any:
    """``value`` with every whole float where ``schema`` says ``integer`` turned into an int (``300.0`` -> ``300``).

    ``check`` accepts a whole float as an integer (JSON Schema does), but servers need not: Zaqar refuses
    ``"ttl": 300.0`` with 400. Sending it as ``300`` keeps the promise the check made. Other values are returned
    as they are (the same object when nothing changes). Each schema is read once (``_integral_converter``): only
    the places where it says ``integer`` are looked at.
    """
    if schema is None:
        return value
    convert = _integral_converter(schema)
    return value if convert is None else convert(value)


_Convert = Any  # Callable[[Any], Any]
_CONVERTERS: dict[int, tuple[Mapping[str, Any], _Convert | None]] = {}


def _integral_converter(schema: Mapping[str, Any]) -> _Convert | None:
    remembered = _CONVERTERS.get(id(schema))
    if remembered is not None and remembered[0] is schema:
        return remembered[1]
    convert = _compile_integral(schema)
    if len(_CONVERTERS) >= _MAX_REMEMBERED:
        _CONVERTERS.clear()
    _CONVERTERS[id(schema)] = (schema, convert)  # keeps the schema alive, so its id stays its own
    return convert


def _compile_integral(schema: Mapping[str, Any]) -> _Convert | None:
    """``integral`` for one schema; None when no place in it says ``integer`` (every value passes unchanged)."""
    says_integer = _says_integer(schema)
    properties = schema.get("properties")
    props: dict[str, _Convert] = {}
    if isinstance(properties, Mapping):
        props = {k: c for k, sub in properties.items() if isinstance(sub, Mapping) and (c := _integral_converter(sub))}
    items_schema = schema.get("items")
    items = _integral_converter(items_schema) if isinstance(items_schema, Mapping) else None
    if not (says_integer or props or items):
        return None

    def convert(value: Any) -> Any:
        if isinstance(value, float):
            return int(value) if says_integer and value.is_integer() else value
        if props and (type(value) is dict or isinstance(value, Mapping)):
            converted = {k: new for k, c in props.items() if k in value and (new := c(value[k])) is not value[k]}
            if not converted:
                return value
            return {k: converted.get(k, v) for k, v in value.items()}
        if items is not None and isinstance(value, (list, tuple)):
            new_items = [items(item) for item in value]
            return new_items if any(a is not b for a, b in zip(new_items, value, strict=True)) else value
        return value

    return convert


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


def check_shape(value: Any, schema: Mapping[str, Any], field: str = "") -> None:
    """Raise ``ResponseDecodeError`` where a success body's JSON types or required fields differ from the spec.

    Only ``type``, ``required``, ``properties``, ``items``, ``additionalProperties`` and ``allOf`` are read (what a
    model needs to be built truthfully); fields the spec does not know are accepted, and ``null`` stands for an
    absent optional field (servers send both). The schema is compiled once into nested checks (it runs on every
    response, so its cost is per call).
    """
    cached = _COMPILED.get(id(schema))
    if cached is None or cached[0] is not schema:
        cached = _remember_shape(schema)
    checker = cached[1]
    if checker is None:
        return
    try:
        checker(value)
    except _ShapeMismatch as exc:
        where = field + "".join(reversed(exc.path))
        where = where.removeprefix(".") or "body"
        raise ResponseDecodeError(f"{where}: {exc.problem}") from None


class _ShapeMismatch(Exception):
    """Raised inside compiled shape checks; collects the path on the way out, the message is built once."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        self.path: list[str] = []


_Check = Any  # Callable[[Any], None]; ``Any`` keeps the compiled closures cheap to annotate
_COMPILED: dict[int, tuple[Mapping[str, Any], _Check | None]] = {}
_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int, float),  # a float is accepted when it is integral (JSON has one number type)
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def _remember_shape(schema: Mapping[str, Any]) -> tuple[Mapping[str, Any], _Check | None]:
    cached = (schema, _compile_shape(schema))  # keeps the schema alive, so its id stays its own
    if len(_COMPILED) >= _MAX_REMEMBERED:
        _COMPILED.clear()
    _COMPILED[id(schema)] = cached
    return cached


def _type_test(schema: Mapping[str, Any]) -> tuple[tuple[type, ...], bool, bool, str]:
    """What ``schema``'s ``type`` accepts: the Python types, whether a bool is refused (a number was asked for),
    whether a float must be integral, and the names for the message."""
    expected = schema.get("type")
    allowed = [expected] if isinstance(expected, str) else list(expected or [])
    py_types: tuple[type, ...] = tuple(t for name in allowed for t in _PY_TYPES.get(name, (object,)))
    no_bool = "boolean" not in allowed and bool(set(allowed) & {"integer", "number"})
    integral = "integer" in allowed and "number" not in allowed
    return py_types, no_bool, integral, " or ".join(allowed)


def _only_type(schema: Mapping[str, Any]) -> bool:
    """Whether ``schema``'s shape is its ``type`` alone (a scalar field: checked inline by its parent, not by a
    function call of its own, as every response checks one per field)."""
    return not (
        schema.get("allOf")
        or schema.get("required")
        or schema.get("properties")
        or isinstance(schema.get("additionalProperties"), Mapping)
        or isinstance(schema.get("items"), Mapping)
    )


def _compile_shape(schema: Mapping[str, Any]) -> _Check | None:
    """A function checking one value against ``schema``'s shape, or None when the schema checks nothing."""
    py_types, no_bool, integral, wanted = _type_test(schema)
    parts = [c for c in (_compile_shape(sub) for sub in schema.get("allOf", ())) if c is not None]
    required = tuple(schema.get("required", ()))
    # (name, None, type test) for a field whose shape is its type alone, (name, checker, unused test) for any other
    props: list[tuple[str, _Check | None, tuple[type, ...], bool, bool, str]] = []
    for name, sub in (schema.get("properties") or {}).items():
        test = _type_test(sub)
        if _only_type(sub):
            if test[0]:
                props.append((name, None, *test))
        elif (c := _compile_shape(sub)) is not None:
            props.append((name, c, *test))
    extra_schema = schema.get("additionalProperties")
    extra = _compile_shape(extra_schema) if isinstance(extra_schema, Mapping) else None
    known = frozenset(schema.get("properties") or ())
    items_schema = schema.get("items")
    items = _compile_shape(items_schema) if isinstance(items_schema, Mapping) else None
    if not (py_types or parts or required or props or extra or items):
        return None

    def check(value: Any) -> None:
        if py_types and (
            not isinstance(value, py_types)
            or (no_bool and value.__class__ is bool)
            or (integral and value.__class__ is float and not value.is_integer())
        ):
            raise _ShapeMismatch(f"expected {wanted}, got {_json_type(value)} in the response body")
        for part in parts:
            part(value)
        if value.__class__ is dict:
            for name in required:
                if value.get(name) is None:
                    mismatch = _ShapeMismatch("required, missing from the response body")
                    mismatch.path.append(f".{name}")
                    raise mismatch
            for name, sub, item_types, item_no_bool, item_integral, item_wanted in props:
                item = value.get(name)
                if item is None:
                    continue
                if sub is None:
                    if (
                        not isinstance(item, item_types)
                        or (item_no_bool and item.__class__ is bool)
                        or (item_integral and item.__class__ is float and not item.is_integer())
                    ):
                        mismatch = _ShapeMismatch(
                            f"expected {item_wanted}, got {_json_type(item)} in the response body"
                        )
                        mismatch.path.append(f".{name}")
                        raise mismatch
                    continue
                try:
                    sub(item)
                except _ShapeMismatch as exc:
                    exc.path.append(f".{name}")
                    raise
            if extra is not None:
                for name, item in value.items():
                    if name not in known and item is not None:
                        try:
                            extra(item)
                        except _ShapeMismatch as exc:
                            exc.path.append(f".{name}")
                            raise
        elif items is not None and value.__class__ is list:
            for index, item in enumerate(value):
                try:
                    items(item)
                except _ShapeMismatch as exc:
                    exc.path.append(f"[{index}]")
                    raise

    return check


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
