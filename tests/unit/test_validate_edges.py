"""Edges of ``mqclients._core.validate`` the rule-by-rule tests do not reach: values of subclasses (a ``StrEnum``,
an ``IntEnum``, a read-only mapping) take the same rules as plain values (in a facade call too, sync and async,
before any I/O), a schema stating every keyword of a kind still runs them all, each schema is compiled once, and the
remembered checkers and converters stay bounded."""

from __future__ import annotations

import re
from collections import OrderedDict
from enum import IntEnum, StrEnum
from types import MappingProxyType
from typing import Any

import httpx
import pytest

from mqclients._core import validate
from mqclients._core.errors import ResponseDecodeError, ValidationError
from mqclients._core.validate import check, check_shape, integral
from mqclients.dms import DMS, AsyncDMS

from .helpers import Recorder


def _rule(value: Any, schema: dict[str, Any], field: str = "f") -> str:
    with pytest.raises(ValidationError) as caught:
        check(value, schema, field)
    return f"{caught.value.field}: {caught.value.rule}"


class Mode(StrEnum):
    SHORT = "a"
    FITS = "ab"
    LONGEST = "abc"
    LONG = "abcd"
    OFF_PATTERN = "bb"


class Priority(IntEnum):
    LOW = 0
    MID = 5
    HIGH = 11


# -- values of subclasses: the same rules as plain str, int and dict ----------------------------------------------


def test_a_str_enum_member_is_held_to_the_string_rules_at_each_edge() -> None:
    schema = {"minLength": 2, "maxLength": 3, "pattern": "^a"}
    check(Mode.FITS, schema, "mode")
    check(Mode.LONGEST, schema, "mode")
    assert _rule(Mode.SHORT, schema, "mode") == "mode: must be at least 2 characters long"
    assert _rule(Mode.LONG, schema, "mode") == "mode: must be at most 3 characters long"
    assert _rule(Mode.OFF_PATTERN, schema, "mode") == "mode: must match the pattern ^a"


@pytest.mark.parametrize(
    ("schema", "member"),
    [({"maxLength": 3}, Mode.SHORT), ({"minLength": 1}, Mode.LONG), ({"pattern": "b"}, Mode.OFF_PATTERN)],
)
def test_a_str_enum_member_is_checked_by_the_one_rule_stated(schema: dict[str, Any], member: Mode) -> None:
    check(member, schema, "mode")  # a rule the schema does not state is not applied (nor looked up)


def test_an_int_enum_member_is_held_to_the_number_rules() -> None:
    schema = {"minimum": 1, "maximum": 10}
    check(Priority.MID, schema, "priority")
    assert _rule(Priority.LOW, schema, "priority") == "priority: must be at least 1"
    assert _rule(Priority.HIGH, schema, "priority") == "priority: must be at most 10"
    check(Priority.LOW, {"maxLength": 0}, "priority")  # string rules do not apply to numbers


class QueueName(StrEnum):
    ORDERS = "orders"
    SPACED = "my orders"


def _client_args(handler: Recorder) -> dict[str, Any]:
    return {"endpoint": "http://127.0.0.1:9", "project_id": "p", "ak": "AK", "sk": "SK",
            "http_transport": httpx.MockTransport(handler)}  # fmt: skip


def test_a_str_enum_argument_is_checked_before_any_io() -> None:
    handler = Recorder(httpx.Response(201, json={"id": "q-1", "name": "orders"}))
    dms = DMS(**_client_args(handler))
    with pytest.raises(ValidationError) as caught:
        dms.create_queue(name=QueueName.SPACED)
    assert (caught.value.field, caught.value.rule) == ("name", "must match the pattern ^[A-Za-z0-9_-]+$")
    assert handler.requests == []
    dms.create_queue(name=QueueName.ORDERS)
    assert handler.requests[-1].content == b'{"name":"orders"}'


async def test_a_str_enum_argument_is_checked_before_any_io_async() -> None:
    handler = Recorder(httpx.Response(201, json={"id": "q-1", "name": "orders"}))
    async with AsyncDMS(**_client_args(handler)) as dms:
        with pytest.raises(ValidationError) as caught:
            await dms.create_queue(name=QueueName.SPACED)
        assert (caught.value.field, caught.value.rule) == ("name", "must match the pattern ^[A-Za-z0-9_-]+$")
        assert handler.requests == []
        await dms.create_queue(name=QueueName.ORDERS)
    assert handler.requests[-1].content == b'{"name":"orders"}'


@pytest.mark.parametrize("wrap", [MappingProxyType, OrderedDict], ids=["MappingProxyType", "OrderedDict"])
def test_any_mapping_is_held_to_the_object_rules(wrap: Any) -> None:
    schema = {"required": ["a"], "properties": {"a": {"type": "integer", "minimum": 1}}}
    check(wrap({"a": 1}), schema, "body")
    assert _rule(wrap({}), schema, "body") == "body.a: is required"
    assert _rule(wrap({"a": 0}), schema, "body") == "body.a: must be at least 1"
    check(wrap({"a": 0}), {"type": "object"}, "body")  # no object rule stated: nothing more to check


def test_object_rules_do_not_apply_to_values_that_are_not_objects() -> None:
    check(None, {"required": ["a"], "minProperties": 1}, "f")
    check({1, 2}, {"required": ["a"], "additionalProperties": False}, "f")


# -- a schema stating every keyword of a kind runs them all ---------------------------------------------------------


def test_all_four_number_bounds_together() -> None:
    schema = {"minimum": 1, "maximum": 9, "exclusiveMinimum": 0, "exclusiveMaximum": 10}
    check(1, schema, "n")
    check(9.0, schema, "n")
    assert _rule(0, schema, "n") == "n: must be at least 1"
    assert _rule(9.5, schema, "n") == "n: must be at most 9"
    assert _rule(Priority.LOW, schema, "n") == "n: must be at least 1"


def test_all_six_object_keywords_together() -> None:
    schema = {
        "required": ["a"],
        "properties": {"a": {"type": "integer"}},
        "minProperties": 1,
        "maxProperties": 2,
        "propertyNames": {"maxLength": 3},
        "additionalProperties": False,
    }
    check({"a": 1}, schema, "body")
    assert _rule({}, schema, "body") == "body.a: is required"
    assert _rule({"a": "x"}, schema, "body") == "body.a: must be of type integer, got str"
    assert _rule({"a": 1, "b": 2}, schema, "body") == "body.b: is not a field the spec allows here"


def test_all_five_combinators_together() -> None:
    schema = {
        "allOf": [{"minimum": 0}],
        "anyOf": [{"type": "integer"}],
        "oneOf": [{"maximum": 8}],
        "not": {"const": 5},
        "if": {"const": 7},
        "then": {"minimum": 8},
    }
    check(6, schema, "n")
    assert _rule(-1, schema, "n") == "n: must be at least 0"
    assert _rule(1.5, schema, "n") == "n: must match at least one of the allowed forms (anyOf)"
    assert _rule(9, schema, "n") == "n: must match exactly one of the allowed forms (oneOf), matched 0"
    assert _rule(5, schema, "n") == "n: is a form the spec forbids (not)"
    assert _rule(7, schema, "n") == "n: must be at least 8 (when the schema's condition holds)"


# -- each schema is compiled once -------------------------------------------------------------------------------------


def _count_calls(monkeypatch: pytest.MonkeyPatch, name: str) -> list[Any]:
    """Record each schema the module function ``name`` compiles (the wrapped function still does the work)."""
    real = getattr(validate, name)
    seen: list[Any] = []

    def counting(schema: Any) -> Any:
        seen.append(schema)
        return real(schema)

    monkeypatch.setattr(validate, name, counting)
    return seen


def test_check_compiles_a_schema_once_and_reuses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "_RULES", {})
    compiled = _count_calls(monkeypatch, "_compile_rules")
    sub = {"type": "integer", "minimum": 1}
    schema = {"properties": {"n": sub}}
    check({"n": 1}, schema, "")
    check({"n": 2}, schema, "")
    assert _rule({"n": 0}, schema, "") == "n: must be at least 1"
    assert compiled == [schema, sub]


def test_a_field_schema_shared_by_two_objects_is_compiled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "_RULES", {})
    compiled = _count_calls(monkeypatch, "_compile_rules")
    sub = {"type": "integer", "minimum": 1}
    first = {"properties": {"n": sub}}
    second = {"properties": {"m": sub}}
    check({"n": 1}, first, "")
    assert _rule({"m": 0}, second, "") == "m: must be at least 1"
    assert compiled == [first, sub, second]  # the second object found the field's checker remembered


def test_integral_compiles_a_schema_once_and_reuses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "_CONVERTERS", {})
    compiled = _count_calls(monkeypatch, "_compile_integral")
    sub = {"type": "integer"}
    schema = {"properties": {"ttl": sub}}
    assert integral({"ttl": 1.0}, schema) == {"ttl": 1}
    assert integral({"ttl": 2.0}, schema) == {"ttl": 2}
    assert compiled == [schema, sub]


def test_check_shape_compiles_a_schema_once_and_reuses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "_COMPILED", {})
    compiled = _count_calls(monkeypatch, "_compile_shape")
    sub = {"type": "object", "required": ["k"]}  # a field of its own shape (a scalar one is checked inline)
    schema = {"type": "object", "properties": {"n": sub, "m": {"type": "integer"}}}
    check_shape({"n": {"k": 1}, "m": 1}, schema)
    check_shape({"n": {"k": 2}}, schema)
    with pytest.raises(ResponseDecodeError, match=r"^n: expected object"):
        check_shape({"n": "x"}, schema)
    with pytest.raises(ResponseDecodeError, match=r"^m: expected integer"):
        check_shape({"m": "x"}, schema)
    assert compiled == [schema, sub]


# -- the remembered checkers and converters stay bounded -----------------------------------------------------------


def test_remembered_checkers_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "_RULES", {})
    for n in range(4096):  # operations' schemas are far fewer; schemas built call by call must not grow it for ever
        check(n, {"minimum": n}, "f")
    assert len(validate._RULES) == 4096
    # the 4,097th schema: what was remembered is released, and the new one is remembered (and checked) as usual
    assert _rule(0, {"minimum": 1}) == "f: must be at least 1"
    assert len(validate._RULES) == 1


def test_remembered_integer_converters_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "_CONVERTERS", {})
    for n in range(4096):
        assert type(integral(float(n), {"type": "integer", "minimum": n})) is int
    assert len(validate._CONVERTERS) == 4096
    assert integral(3.0, {"type": "integer"}) == 3
    assert len(validate._CONVERTERS) == 1


def test_remembered_answer_checkers_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "_COMPILED", {})
    for n in range(4096):
        check_shape({"n": n}, {"type": "object", "properties": {"n": {"type": "integer"}}})
    assert len(validate._COMPILED) == 4096  # the top-level schemas (their properties are compiled into them)
    with pytest.raises(ResponseDecodeError, match=r"^n: expected integer"):
        check_shape({"n": "x"}, {"type": "object", "properties": {"n": {"type": "integer"}}})
    assert len(validate._COMPILED) == 1


# -- integral: any mapping, and arrays without an items schema -----------------------------------------------------


def test_integral_converts_inside_any_mapping() -> None:
    result = integral(MappingProxyType({"ttl": 300.0, "note": "x"}), {"properties": {"ttl": {"type": "integer"}}})
    assert result == {"ttl": 300, "note": "x"}
    assert type(result["ttl"]) is int


def test_integral_leaves_an_array_alone_when_no_items_schema_says_integer() -> None:
    values = [1.0, 2.0]
    assert integral(values, {"type": ["integer", "array"]}) is values
    assert integral(values, {"properties": {"n": {"type": "integer"}}}) is values


# -- a field whose shape is its type alone is checked inline by its parent: the same rules as everywhere else -----

_TYPE_CASES = [
    # (type, value, the error's start or None when accepted)
    ("integer", 3, None),
    ("integer", 2.0, None),  # an integral float: JSON has one number type
    ("integer", 2.5, "expected integer, got number"),
    ("integer", True, "expected integer, got boolean"),
    ("integer", "3", "expected integer, got string"),
    ("number", 2.5, None),
    ("number", False, "expected number, got boolean"),
    ("boolean", True, None),
    ("boolean", 1, "expected boolean, got integer"),
    ("string", "x", None),
    ("string", [], "expected string, got array"),
    ("object", {}, None),
    ("array", {}, "expected array, got object"),
    (["integer", "boolean"], True, None),
    (["integer", "number"], 2.5, None),
    (["integer", "string"], 2.5, "expected integer or string, got number"),
]


@pytest.mark.parametrize(("kind", "value", "problem"), _TYPE_CASES)
@pytest.mark.parametrize("where", ["field", "item", "body"])
def test_a_type_is_checked_alike_in_a_field_an_item_and_the_body(
    kind: str | list[str], value: object, problem: str | None, where: str
) -> None:
    sub: dict[str, Any] = {"type": kind}
    cases: dict[str, tuple[dict[str, Any], object, str]] = {
        "field": ({"type": "object", "properties": {"f": sub, "g": {"type": "string"}}}, {"f": value, "g": "x"}, "f"),
        "item": ({"type": "array", "items": sub}, [value], "[0]"),
        "body": (sub, value, "body"),
    }
    schema, data, path = cases[where]
    if problem is None:
        check_shape(data, schema)
    else:
        with pytest.raises(ResponseDecodeError, match=rf"^{re.escape(path)}: {problem} in the response body$"):
            check_shape(data, schema)


def test_a_field_without_a_type_accepts_any_value_and_later_fields_are_still_checked() -> None:
    schema = {"type": "object", "properties": {"any": {"description": "free"}, "n": {"type": "integer"}}}
    check_shape({"any": [1, {"x": None}], "n": 1}, schema)
    with pytest.raises(ResponseDecodeError, match=r"^n: expected integer, got string"):
        check_shape({"any": "x", "n": "1"}, schema)


def test_an_absent_or_null_scalar_field_is_skipped_and_the_next_one_checked() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}}
    check_shape({"a": None}, schema)
    with pytest.raises(ResponseDecodeError, match=r"^b: expected integer"):
        check_shape({"a": None, "b": "x"}, schema)
    with pytest.raises(ResponseDecodeError, match=r"^b: expected integer"):
        check_shape({"b": "x"}, schema)


@pytest.mark.parametrize(
    ("sub", "value", "problem"),
    [
        ({"type": "object", "required": ["k"]}, {}, r"^f\.k: required"),
        ({"type": "object", "properties": {"k": {"type": "integer"}}}, {"k": "x"}, r"^f\.k: expected integer"),
        ({"type": "object", "additionalProperties": {"type": "integer"}}, {"z": "x"}, r"^f\.z: expected integer"),
        ({"type": "array", "items": {"type": "integer"}}, ["x"], r"^f\[0\]: expected integer"),
        ({"allOf": [{"type": "integer"}]}, "x", r"^f: expected integer"),
    ],
)
def test_a_field_with_a_shape_of_its_own_is_checked_in_full(
    sub: dict[str, object], value: object, problem: str
) -> None:
    # each keyword makes a field more than its type: it is compiled and checked in full, not inline
    with pytest.raises(ResponseDecodeError, match=problem):
        check_shape({"f": value}, {"type": "object", "properties": {"f": sub}})
    # and the fields after it still checked in their order
    with pytest.raises(ResponseDecodeError, match=r"^g: expected string"):
        check_shape({"g": 1}, {"type": "object", "properties": {"f": sub, "g": {"type": "string"}}})
