"""The field-level SDK check: every mapped operation's parameters, body and response fields against the committed
SDK inventory. One test per kind of difference, each on a broken copy of the real spec (in memory; the command-line
test writes it to a temp dir). Those read the 9,000-line spec, so they are marked slow; the small-inventory tests at
the end are not."""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.sdk_inventory import find_inventory
from codegen.spec_coverage.cli import COVERAGE_DIR, DEFAULT_SPEC, main
from codegen.spec_coverage.sdk import SdkDeliberate, SdkReport, check_sdk, load_inventory, load_sdk_exceptions
from codegen.spec_coverage.sdk_fields import compare_fields, sdk_fields
from codegen.specs import read_yaml

SDK_EXCEPTIONS = COVERAGE_DIR / "huawei-rocketmq-sdk.yaml"


def _inventory_path() -> Path:
    found = find_inventory()
    assert found is not None
    return found


@functools.cache
def _real() -> tuple[dict[str, Any], dict[str, Any]]:
    spec = read_yaml(DEFAULT_SPEC)
    assert isinstance(spec, dict)
    return spec, load_inventory(_inventory_path())


def _check(change: Callable[[dict[str, Any]], None] | None = None, exceptions: Path = SDK_EXCEPTIONS) -> SdkReport:
    spec, inventory = _real()
    broken = copy.deepcopy(spec)
    if change is not None:
        change(broken)
    return check_sdk(broken, inventory, load_sdk_exceptions(exceptions))


def _unexplained(change: Callable[[dict[str, Any]], None]) -> set[tuple[str, str, str]]:
    return {(gap.kind, gap.method, gap.field) for gap in _check(change).fields_unexplained}


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def _operation(spec: dict[str, Any], op_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                return op
    raise AssertionError(op_id)


@pytest.mark.slow
def test_the_real_spec_has_no_undocumented_field_difference() -> None:
    report = _check()
    assert report.fields_unexplained == []
    assert report.stale_fields == []
    assert report.operations_compared == 90
    assert report.fields_compared > 1000  # every parameter, body and response field of 90 operations
    assert report.ok


@pytest.mark.slow
def test_a_field_the_spec_lacks_is_missing() -> None:
    def drop(spec: dict[str, Any]) -> None:
        del _schemas(spec)["SendMessageResponse"]["properties"]["broker_name"]

    assert _unexplained(drop) == {("field-missing", "send_message", "response:broker_name")}


@pytest.mark.slow
def test_a_field_the_sdk_lacks_is_extra() -> None:
    def add(spec: dict[str, Any]) -> None:
        _schemas(spec)["ShowRocketMqScalePreCheckInfoResponse"]["properties"]["level"] = {
            "type": "string",
            "description": "not in the SDK",
        }

    assert _unexplained(add) == {("field-extra", "show_rocket_mq_scale_pre_check_info", "response:level")}


@pytest.mark.slow
def test_a_nested_field_is_named_by_its_path() -> None:
    def rename(spec: dict[str, Any]) -> None:
        properties = _schemas(spec)["InstanceResumeResult"]["properties"]
        properties["errmsg"] = properties.pop("error_msg")

    assert _unexplained(rename) == {
        ("field-missing", "restore_recycle_instance", "response:results[].error_msg"),
        ("field-extra", "restore_recycle_instance", "response:results[].errmsg"),
    }


@pytest.mark.slow
def test_another_json_type_is_a_type_difference() -> None:
    def retype(spec: dict[str, Any]) -> None:
        _schemas(spec)["ShowRocketMqScalePreCheckInfoResponse"]["properties"]["success"]["type"] = "string"

    assert _unexplained(retype) == {("field-type", "show_rocket_mq_scale_pre_check_info", "response:success")}


@pytest.mark.slow
def test_a_query_parameter_of_another_type_is_a_type_difference() -> None:
    def retype(spec: dict[str, Any]) -> None:
        for param in _operation(spec, "list_diagnosis_reports")["parameters"]:
            if param.get("name") == "limit":
                param["schema"] = {"type": "string"}

    assert _unexplained(retype) == {("field-type", "list_diagnosis_reports", "query:limit")}


@pytest.mark.slow
def test_a_request_field_required_on_one_side_only_is_a_required_difference() -> None:
    def relax(spec: dict[str, Any]) -> None:
        del _schemas(spec)["DiagnosisReq"]["required"]

    assert _unexplained(relax) == {
        ("field-required", "create_diagnosis_task", "body:group_name"),
        ("field-required", "create_diagnosis_task_for_rocket_mq", "body:group_name"),
    }


@pytest.mark.slow
def test_an_errata_line_naming_the_field_and_the_sdk_documents_the_difference() -> None:
    def retype_and_say_so(spec: dict[str, Any]) -> None:
        _schemas(spec)["ShowRocketMqScalePreCheckInfoResponse"]["properties"]["success"]["type"] = "string"
        _operation(spec, "get_scale_pre_check")["x-doc-errata"] = [
            "`success`: the page answers a string here, the SDK a bool; the spec follows the page."
        ]

    report = _check(retype_and_say_so)
    assert report.fields_unexplained == []
    reasons = [reason for gap, reason in report.fields_explained if gap.field == "response:success"]
    assert reasons
    assert reasons[0].startswith("x-doc-errata: `success`")


@pytest.mark.slow
def test_an_entry_that_names_no_difference_is_stale(tmp_path: Path) -> None:
    listed = SDK_EXCEPTIONS.read_text(encoding="utf-8")
    extra = (
        '\n- kind: field-extra\n  method: show_quotas\n  fields:\n  - "response:nothing"\n'
        "  reason: an entry that matches no difference\n"
    )
    exceptions = tmp_path / "huawei-rocketmq-sdk.yaml"
    exceptions.write_text(listed + extra, encoding="utf-8")
    report = _check(exceptions=exceptions)
    assert [(entry.method, name) for entry, name in report.stale_fields] == [("show_quotas", "response:nothing")]
    assert not report.ok


def test_a_field_entry_must_name_its_fields(tmp_path: Path) -> None:
    exceptions = tmp_path / "sdk.yaml"
    exceptions.write_text("- {kind: field-extra, method: show_quotas, reason: no fields named}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="fields"):
        load_sdk_exceptions(exceptions)


@pytest.mark.slow
def test_make_check_fails_on_an_undocumented_difference_and_prints_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def drop(spec: dict[str, Any]) -> None:
        del _schemas(spec)["ShowRocketMqScalePreCheckInfoResponse"]["properties"]["risk"]

    spec = copy.deepcopy(_real()[0])
    drop(spec)
    broken = tmp_path / DEFAULT_SPEC.name  # the real name: the seed check reads its coverage file by stem
    broken.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    argv = ["-q", "--sdk-inventory", str(_inventory_path())]
    assert main([*argv, "--spec", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "field-missing show_rocket_mq_scale_pre_check_info response:risk" in out
    assert "1 not documented" in out
    assert main([*argv, "--spec", str(DEFAULT_SPEC)]) == 0
    summary = [line for line in capsys.readouterr().out.splitlines() if "fields against the SDK" in line]
    assert len(summary) == 1
    assert summary[0].startswith("RocketMQ fields against the SDK: 90 operations, ")
    assert "fields compared, " in summary[0]
    assert summary[0].endswith(" documented differences")


# --- the comparison itself, on a small inventory -------------------------------------------------------------------

INVENTORY: dict[str, Any] = {
    "package": "sdk",
    "version": "1",
    "methods": {
        "make_things": {
            "method": "POST",
            "path": "/v2/{project_id}/things/{thing}",
            "params": {"thing": "path", "dry_run": "query", "X-Trace": "header"},
            "body": "list[Thing]",
            "request": "MakeThingsRequest",
            "response": "MakeThingsResponse",
        },
    },
    "models": {
        "MakeThingsRequest": {"thing": ["str", True], "dry_run": ["bool", False], "X-Trace": ["str", False]},
        "Thing": {"name": ["str", True], "size": ["float", False], "labels": ["dict(str, Label)", False]},
        "Label": {"value": ["str", False]},
        "MakeThingsResponse": {"body": ["list[Made]", False]},
        "Made": {"id": ["int", False], "extra": ["object", False]},
    },
}


def test_sdk_models_become_named_fields() -> None:
    found = {name: (item.type, item.required) for name, item in sdk_fields(INVENTORY, "make_things").items()}
    assert found == {
        "path:thing": ("string", True),
        "query:dry_run": ("boolean", False),
        "header:X-Trace": ("string", False),
        "body:[]": ("array", False),  # a body that is itself an array
        "body:[].name": ("string", True),
        "body:[].size": ("number", False),
        "body:[].labels": ("object", False),
        "body:[].labels{}.value": ("string", False),  # a map's values
        "response:[]": ("array", False),  # the SDK wraps a non-object answer in `body`
        "response:[].id": ("integer", False),
        "response:[].extra": ("any", False),
    }


def _thing_op(op_id: str, *, required: list[str], size_type: str = "integer") -> dict[str, Any]:
    thing = {
        "type": "object",
        "required": required,
        "properties": {
            "name": {"type": "string"},
            "size": {"type": size_type},
            "labels": {"type": "object", "additionalProperties": {"type": "object", "properties": {"value": {}}}},
        },
    }
    made = {"type": "object", "properties": {"id": {"type": "integer"}, "extra": {}}}
    return {
        "operationId": op_id,
        "x-sdk-name": "make_things",
        "parameters": [
            {"name": "project_id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "dry_run", "in": "query", "schema": {"type": "boolean"}},
            {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
        ],
        "requestBody": {"content": {"application/json": {"schema": {"type": "array", "items": thing}}}},
        "responses": {"201": {"content": {"application/json": {"schema": {"type": "array", "items": made}}}}},
    }


def test_a_matching_operation_has_no_difference_and_integer_reads_the_sdks_float() -> None:
    # {thing_id} is the SDK's {thing} by position; integer `size` is the narrower reading of the SDK's float.
    spec = {"paths": {"/v2/{project_id}/things/{thing_id}": {"post": _thing_op("make", required=["name"])}}}
    compared, gaps = compare_fields(spec, INVENTORY)
    assert gaps == []
    assert compared == 11


def test_an_endpoint_split_in_two_answers_as_the_union_of_both() -> None:
    # name required in one half only: the union does not require it, the SDK does.
    spec = {
        "paths": {
            "/v2/{project_id}/things/{thing_id}": {"post": _thing_op("make", required=["name"])},
            "/v2/{project_id}/things/{thing_id}#other": {"post": _thing_op("make_other", required=[])},
        }
    }
    _, gaps = compare_fields(spec, INVENTORY)
    assert [(gap.kind, gap.field, gap.operations) for gap in gaps] == [
        ("field-required", "body:[].name", "make, make_other")
    ]


def test_listed_field_entries_explain_only_the_fields_they_name() -> None:
    spec = {
        "paths": {"/v2/{project_id}/things/{thing_id}": {"post": _thing_op("make", required=[], size_type="string")}}
    }
    inventory = dict(INVENTORY, methods=dict(INVENTORY["methods"]))
    listed = [SdkDeliberate("field-required", "make_things", "r", ("body:[].name",))]
    report = check_sdk(spec, inventory, listed)
    assert [(gap.kind, gap.field) for gap in report.fields_unexplained] == [("field-type", "body:[].size")]
    assert [gap.field for gap, _ in report.fields_explained] == ["body:[].name"]
