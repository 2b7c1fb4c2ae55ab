"""The SDK coverage check: every official SDK method mapped by an operation's x-sdk-name, or a listed gap."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.sdk_inventory import build, dumps, find_inventory
from codegen.spec_coverage.cli import COVERAGE_DIR, DEFAULT_SPEC, run_sdk
from codegen.spec_coverage.sdk import SdkDeliberate, check_sdk, compare_sdk

INVENTORY: dict[str, Any] = {
    "package": "sdk",
    "version": "1",
    "methods": {
        "show_thing": {"method": "GET", "path": "/v2/{project_id}/things/{thing}", "params": {"thing": "path"}},
        "list_things": {
            "method": "GET",
            "path": "/v2/{project_id}/things",
            "params": {"limit": "query", "offset": "query"},
        },
        "delete_thing": {"method": "DELETE", "path": "/v2/{project_id}/things/{thing}", "params": {"thing": "path"}},
        "make_thing": {"method": "POST", "path": "/v2/{project_id}/things", "params": {}},
    },
    "models": {},
}


def _op(op_id: str, sdk_name: str, *params: tuple[str, str]) -> dict[str, Any]:
    listed = [
        {"name": name, "in": where, "required": where == "path", "schema": {"type": "string"}} for name, where in params
    ]
    return {"operationId": op_id, "x-sdk-name": sdk_name, "parameters": listed, "responses": {}}


SPEC: dict[str, Any] = {
    "paths": {
        # {thing_id} here, {thing} in the SDK: the same parameter by position, mapped.
        "/v2/{project_id}/things/{thing_id}": {
            "get": _op("get_thing", "show_thing", ("project_id", "path"), ("thing_id", "path")),
            # Names the right method on the wrong request line.
            "put": _op("put_thing", "make_thing", ("project_id", "path"), ("thing_id", "path")),
        },
        # Mapped, but the SDK's offset parameter is missing.
        "/v2/{project_id}/things": {"get": _op("list_things", "list_things", ("limit", "query"))},
        "/v2/{project_id}/old": {"post": _op("old", "gone_in_this_version")},
    }
}


def test_every_kind_of_gap_is_found() -> None:
    mapped, gaps = compare_sdk(SPEC, INVENTORY)
    assert sorted(mapped) == ["list_things", "show_thing"]
    found = {(gap.kind, gap.method) for gap in gaps}
    assert found == {
        ("unmapped", "delete_thing"),
        ("request-line", "make_thing"),
        ("params", "list_things"),
        ("unknown", "gone_in_this_version"),
    }
    params = next(gap for gap in gaps if gap.kind == "params")
    assert "'offset'" in params.detail


def test_listed_gaps_pass_and_unused_entries_are_stale() -> None:
    listed = [
        SdkDeliberate("unmapped", "delete_thing", "r"),
        SdkDeliberate("request-line", "make_thing", "r"),
        SdkDeliberate("params", "list_things", "r"),
        SdkDeliberate("unknown", "gone_in_this_version", "r"),
    ]
    assert check_sdk(SPEC, INVENTORY, listed).ok
    assert not check_sdk(SPEC, INVENTORY, listed[1:]).ok
    stale = check_sdk(SPEC, INVENTORY, [*listed, SdkDeliberate("unmapped", "show_thing", "r")])
    assert not stale.ok
    assert [entry.method for entry in stale.stale] == ["show_thing"]


@pytest.mark.slow  # whole-repository check, 1-3 s: in make test, kept out of the fast suite's budget
def test_the_rocketmq_spec_maps_all_90_methods_of_the_committed_inventory() -> None:
    inventory = find_inventory()
    assert inventory is not None
    assert inventory.name == "huaweicloudsdkrocketmq-3.1.219.yaml"
    report = run_sdk(DEFAULT_SPEC, inventory, COVERAGE_DIR / "huawei-rocketmq-sdk.yaml")
    assert report.methods == 90
    assert len(report.mapped) == 90
    assert report.ok, [str(gap) for gap in report.unexplained]
    assert not [gap for gap in report.gaps if gap.kind in ("unmapped", "request-line")]


def test_the_committed_inventory_is_what_the_installed_sdk_says() -> None:
    version, inventory = build()
    committed = find_inventory()
    assert committed is not None
    assert committed.read_text(encoding="utf-8") == dumps(version, inventory)
    # Required flags are read from the SDK's __init__: spot-check one request model both ways.
    fields = inventory["models"]["ListMessagesRequest"]
    assert fields["topic"] == ["str", True]
    assert fields["queue"] == ["str", False]
    assert inventory["methods"]["send_message"]["path"] == "/v2/{engine}/{project_id}/instances/{instance_id}/messages"


def test_official_names_map_every_sdk_method_to_methods_of_both_clients() -> None:
    from mqclients.rocketmq import OFFICIAL_NAMES, AsyncRocketMQ, RocketMQ

    _, inventory = build()
    assert set(inventory["methods"]) <= set(OFFICIAL_NAMES)
    for official, ours in OFFICIAL_NAMES.items():
        assert ours, official
        for name in ours:
            assert callable(getattr(RocketMQ, name)), (official, name)
            assert callable(getattr(AsyncRocketMQ, name)), (official, name)
            assert f"Official SDK name: ``{official}``" in (getattr(RocketMQ, name).__doc__ or "")
    assert OFFICIAL_NAMES["create_topic_or_batch_delete_topic"] == ("create_topic", "batch_delete_topics")
    assert OFFICIAL_NAMES["show_recycle_instances"] == ("list_recycled_instances",)
