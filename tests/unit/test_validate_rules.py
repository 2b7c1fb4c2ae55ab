"""Every rule keyword of the client-side validator at its boundary: the value just inside passes, the value just
outside fails with the field named and the rule stated (``mqclients._core.validate``, used by every facade method
before any I/O); and the response-shape check (``check_shape``) and the integer coercion (``integral``)."""

from __future__ import annotations

from typing import Any

import pytest

from mqclients._core.errors import ResponseDecodeError, ValidationError
from mqclients._core.validate import check, check_params, check_shape, integral, integral_params


def _rule(value: Any, schema: dict[str, Any], field: str = "f") -> str:
    with pytest.raises(ValidationError) as caught:
        check(value, schema, field)
    return f"{caught.value.field}: {caught.value.rule}"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1, "integer"), (1.0, "integer"), (1.5, "number"), ("x", "string"), (True, "boolean"), ([1], "array"),
     ((1,), "array"), ({"a": 1}, "object"), (None, "null")],
)  # fmt: skip
def test_each_type_accepts_its_values(value: Any, expected: str) -> None:
    check(value, {"type": expected}, "f")


@pytest.mark.parametrize(
    ("value", "expected", "got"),
    [(True, "integer", "bool"), (True, "number", "bool"), (1.5, "integer", "float"), ("1", "number", "str"),
     (1, "string", "int"), (1, "boolean", "int"), ("x", "array", "str"), ([1], "object", "list"),
     (0, "null", "int")],
)  # fmt: skip
def test_a_value_of_another_type_is_refused(value: Any, expected: str, got: str) -> None:
    assert _rule(value, {"type": expected}) == f"f: must be of type {expected}, got {got}"


def test_a_list_of_types_accepts_any_of_them_and_names_all() -> None:
    check(None, {"type": ["string", "null"]}, "f")
    check("x", {"type": ["string", "null"]}, "f")
    assert _rule(3, {"type": ["string", "null"]}) == "f: must be of type string or null, got int"


def test_an_unknown_type_name_accepts_anything() -> None:
    check(object(), {"type": "mystery"}, "f")


def test_const_and_enum() -> None:
    check("on", {"const": "on"}, "f")
    assert _rule("off", {"const": "on"}) == "f: must be 'on'"
    check("b", {"enum": ["a", "b"]}, "f")
    assert _rule("c", {"enum": ["a", "b"]}) == "f: must be one of 'a', 'b'"


@pytest.mark.parametrize(
    ("schema", "inside", "outside", "rule"),
    [
        ({"minimum": 1}, 1, 0, "must be at least 1"),
        ({"maximum": 10}, 10, 11, "must be at most 10"),
        ({"exclusiveMinimum": 0}, 0.5, 0, "must be greater than 0"),
        ({"exclusiveMaximum": 10}, 9.5, 10, "must be less than 10"),
        ({"minLength": 2}, "ab", "a", "must be at least 2 characters long"),
        ({"maxLength": 2}, "ab", "abc", "must be at most 2 characters long"),
        ({"pattern": "^[a-z]+$"}, "abc", "ab1", "must match the pattern ^[a-z]+$"),
        ({"minItems": 1}, [1], [], "must have at least 1 items"),
        ({"maxItems": 2}, (1, 2), (1, 2, 3), "must have at most 2 items"),
        ({"minProperties": 1}, {"a": 1}, {}, "must have at least 1 entries"),
        ({"maxProperties": 1}, {"a": 1}, {"a": 1, "b": 2}, "must have at most 1 entries"),
    ],
)
def test_each_bound_at_its_edge(schema: dict[str, Any], inside: Any, outside: Any, rule: str) -> None:
    check(inside, schema, "f")
    assert _rule(outside, schema) == f"f: {rule}"


def test_number_rules_do_not_apply_to_booleans_and_string_rules_only_to_strings() -> None:
    check(True, {"minimum": 5}, "f")
    check(12345, {"maxLength": 2}, "f")
    check("abc", {"maxItems": 1, "maxProperties": 1}, "f")


def test_pattern_is_searched_not_matched_whole() -> None:
    check("xx-abc-yy", {"pattern": "abc"}, "f")


def test_items_are_checked_with_their_index() -> None:
    check([1, 2], {"items": {"minimum": 1}}, "list")
    assert _rule([1, 0], {"items": {"minimum": 1}}, "list") == "list[1]: must be at least 1"


def test_required_fields_are_named_with_their_parent() -> None:
    check({"a": 1}, {"required": ["a"]}, "body")
    assert _rule({}, {"required": ["a"]}, "body") == "body.a: is required"
    assert _rule({}, {"required": ["a"]}, "") == "a: is required"


def test_properties_are_checked_when_present_and_not_null() -> None:
    schema = {"properties": {"n": {"type": "integer", "minimum": 1}}}
    check({}, schema, "")
    check({"n": None}, schema, "")
    assert _rule({"n": 0}, schema, "") == "n: must be at least 1"
    assert _rule({"n": 0}, schema, "body") == "body.n: must be at least 1"


def test_property_names_and_additional_properties() -> None:
    check({"ab": 1}, {"propertyNames": {"maxLength": 2}}, "tags")
    assert _rule({"abc": 1}, {"propertyNames": {"maxLength": 2}}, "tags") == (
        "tags.abc (a key): must be at most 2 characters long"
    )
    closed = {"properties": {"a": {}}, "additionalProperties": False}
    check({"a": 1}, closed, "")
    assert _rule({"a": 1, "z": 2, "b": 3}, closed, "") == "b: is not a field the spec allows here"
    typed = {"properties": {"a": {}}, "additionalProperties": {"type": "integer"}}
    check({"a": "x", "b": 1, "c": None}, typed, "m")
    assert _rule({"a": "x", "b": "y"}, typed, "m") == "m.b: must be of type integer, got str"


def test_all_of_checks_every_part() -> None:
    schema = {"allOf": [{"minimum": 1}, {"maximum": 3}]}
    check(2, schema, "f")
    assert _rule(4, schema) == "f: must be at most 3"
    assert _rule(0, schema) == "f: must be at least 1"


def test_any_of_needs_one_match() -> None:
    schema = {"anyOf": [{"type": "string"}, {"type": "integer"}]}
    check("x", schema, "f")
    check(1, schema, "f")
    assert _rule(1.5, schema) == "f: must match at least one of the allowed forms (anyOf)"
    assert _rule(1.5, schema, "") == "body: must match at least one of the allowed forms (anyOf)"


def test_one_of_needs_exactly_one_match() -> None:
    schema = {"oneOf": [{"type": "integer"}, {"minimum": 5}]}
    check(1, schema, "f")
    check(5.5, schema, "f")
    assert _rule(6, schema) == "f: must match exactly one of the allowed forms (oneOf), matched 2"
    assert _rule(1.5, schema, "") == "body: must match exactly one of the allowed forms (oneOf), matched 0"


def test_not_refuses_the_forbidden_form() -> None:
    check(1, {"not": {"type": "string"}}, "f")
    assert _rule("x", {"not": {"type": "string"}}) == "f: is a form the spec forbids (not)"
    assert _rule("x", {"not": {"type": "string"}}, "") == "body: is a form the spec forbids (not)"


def test_if_then_else_names_the_condition() -> None:
    schema = {
        "if": {"properties": {"mode": {"const": "on"}}, "required": ["mode"]},
        "then": {"required": ["level"]},
        "else": {"properties": {"level": {"maximum": 0}}},
    }
    check({"mode": "on", "level": 3}, schema, "")
    check({"mode": "off", "level": 0}, schema, "")
    assert _rule({"mode": "on"}, schema, "") == "level: is required (when mode is 'on')"
    assert _rule({"mode": "off", "level": 1}, schema, "") == "level: must be at most 0 (when mode is 'on')"


def test_if_without_the_taken_branch_checks_nothing() -> None:
    check({"mode": "off"}, {"if": {"properties": {"mode": {"const": "on"}}}, "then": {"required": ["x"]}}, "")
    check({"mode": "on"}, {"if": {"properties": {"mode": {"const": "on"}}}, "else": {"required": ["x"]}}, "")


@pytest.mark.parametrize(
    ("condition", "reading"),
    [
        ({"properties": {"kind": {"enum": ["a", "b"]}}}, "kind is one of 'a', 'b'"),
        ({"properties": {"a": {"const": 1}, "b": {"const": 2}}}, "a is 1 and b is 2"),
        ({"required": ["x", "y"]}, "x, y given"),
        ({"properties": {"a": {"type": "integer"}}}, "the schema's condition holds"),
    ],
)
def test_if_conditions_are_read_back(condition: dict[str, Any], reading: str) -> None:
    schema = {"if": condition, "then": {"required": ["z"]}}
    value = {"kind": "a", "a": 1, "b": 2, "x": 0, "y": 0}
    assert _rule(value, schema, "") == f"z: is required (when {reading})"


def test_params_are_checked_as_the_text_they_travel_as() -> None:
    schemas = {"offset": {"type": "string", "maxLength": 2}, "limit": {"type": "integer", "maximum": 10}}
    check_params({"offset": 12, "limit": 10, "other": "x"}, schemas)
    check_params({"offset": None, "limit": None}, schemas)
    with pytest.raises(ValidationError, match="offset: must be at most 2 characters long"):
        check_params({"offset": 123}, schemas)
    with pytest.raises(ValidationError, match="limit: must be at most 10"):
        check_params({"limit": 11}, schemas)
    with pytest.raises(ValidationError, match="offset: must be of type string, got bool"):
        check_params({"offset": True}, schemas)


def test_whole_floats_travel_as_integers_where_the_schema_says_integer() -> None:
    ids: dict[str, Any] = {"type": "array", "items": {"type": ["integer", "null"]}}
    schema = {"properties": {"ttl": {"type": "integer"}, "ratio": {"type": "number"}, "ids": ids}}
    value = {"ttl": 300.0, "ratio": 2.0, "ids": [1.0, 2.5], "other": 1.0}
    result = integral(value, schema)
    assert result == {"ttl": 300, "ratio": 2.0, "ids": [1, 2.5], "other": 1.0}
    assert [type(result["ttl"]), type(result["ratio"]), type(result["ids"][0])] == [int, float, int]
    unchanged = {"ttl": 300, "ids": [1]}
    assert integral(unchanged, schema) is unchanged
    assert integral(unchanged["ids"], ids) is unchanged["ids"]
    assert type(integral(5.0, None)) is float
    assert type(integral(5.0, {"type": ["integer", "number"]})) is float


def test_integral_params() -> None:
    schemas = {"limit": {"type": "integer"}, "ratio": {"type": "number"}}
    same = {"limit": 5, "name": "x"}
    assert integral_params(same, schemas) is same
    result = integral_params({"limit": 5.0, "ratio": 1.0, "free": 2.0}, schemas)
    assert result == {"limit": 5, "ratio": 1.0, "free": 2.0}
    assert [type(result["limit"]), type(result["ratio"]), type(result["free"])] == [int, float, float]


# -- check_shape: the response side --------------------------------------------------------------------------------


def _shape(value: Any, schema: dict[str, Any]) -> str:
    with pytest.raises(ResponseDecodeError) as caught:
        check_shape(value, schema)
    return str(caught.value)


def test_shape_types() -> None:
    check_shape(3.0, {"type": "integer"})
    check_shape(None, {"type": ["string", "null"]})
    check_shape(True, {"type": ["boolean", "integer"]})
    assert _shape(True, {"type": "integer"}) == "body: expected integer, got boolean in the response body"
    assert _shape(3.5, {"type": "integer"}) == "body: expected integer, got number in the response body"
    assert _shape(3.5, {"type": ["integer", "null"]}) == (
        "body: expected integer or null, got number in the response body"
    )
    check_shape(3.5, {"type": ["integer", "number"]})
    assert _shape("x", {"type": "number"}) == "body: expected number, got string in the response body"
    assert _shape({}, {"type": "array"}) == "body: expected array, got object in the response body"
    assert _shape([], {"type": "object"}) == "body: expected object, got array in the response body"
    assert _shape(1, {"type": "string"}) == "body: expected string, got integer in the response body"
    assert _shape(None, {"type": "string"}) == "body: expected string, got null in the response body"


def test_shape_required_properties_items_and_extras_name_the_path() -> None:
    schema = {
        "type": "object",
        "required": ["queues"],
        "properties": {"queues": {"type": "array", "items": {"type": "object", "required": ["name"],
                                                              "properties": {"size": {"type": "integer"}}}}},
        "additionalProperties": {"type": "string"},
    }  # fmt: skip
    check_shape({"queues": [{"name": "a", "size": None}], "note": "x", "gone": None}, schema)
    assert _shape({}, schema) == "queues: required, missing from the response body"
    assert _shape({"queues": None}, schema) == "queues: required, missing from the response body"
    assert _shape({"queues": [{"name": "a"}, {}]}, schema) == (
        "queues[1].name: required, missing from the response body"
    )
    assert _shape({"queues": [{"name": "a", "size": "big"}]}, schema) == (
        "queues[0].size: expected integer, got string in the response body"
    )
    assert _shape({"queues": [], "note": 3}, schema) == "note: expected string, got integer in the response body"


def test_shape_all_of_and_the_field_prefix() -> None:
    schema = {"allOf": [{"type": "object", "required": ["a"]}, {"properties": {"b": {"type": "string"}}}]}
    check_shape({"a": 1, "b": "x"}, schema)
    with pytest.raises(ResponseDecodeError, match=r"^result\.a: required"):
        check_shape({}, schema, "result")
    with pytest.raises(ResponseDecodeError, match=r"^result\.b: expected string"):
        check_shape({"a": 1, "b": 2}, schema, "result")


def test_shape_accepts_unknown_fields_and_empty_schemas() -> None:
    check_shape({"anything": [1, {"x": None}]}, {})
    check_shape({"a": 1, "zzz": [1]}, {"type": "object", "properties": {"a": {"type": "integer"}}})
    check_shape([1, "x"], {"type": "array"})
