"""RocketMQ on the wire: every operation of the spec (the 65 request lines of seed 002), sync and async, against a
loopback server that checks each request against the spec and its signature against the official signer; every
paginated operation walked across several pages; documented error codes mapped to typed errors."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any, cast

import pytest
from huaweicloudsdkrocketmq.v2 import RocketMQClient

from codegen.specs import resolve
from mqclients import errors
from mqclients.rocketmq import AsyncRocketMQ, RocketMQ
from servers.spec_mock import Reply, SpecServer, serve
from servers.spec_values import synthesize
from tests.support.async_driver import sync_or_async
from tests.support.huawei_verifier import huawei_verifier
from tests.support.spec_calls import ROOT, SpecCalls

AK = "HPUAROCKETMQTESTAK01"
SK = "rocketmq-wire-secret-0123456789abcdefghij"
PROJECT = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
CALLS = SpecCalls("huawei-rocketmq.yaml", "rocketmq_api")
OFFICIAL_SDK_METHODS = [name for name in vars(RocketMQClient) if hasattr(RocketMQClient, f"_{name}_http_info")]


@pytest.fixture
def server() -> Iterator[tuple[SpecServer, str]]:
    spec_server = SpecServer(
        ROOT / "specs" / "huawei-rocketmq.yaml", verify=huawei_verifier(AK, SK, project_id=PROJECT)
    )
    with serve(spec_server) as url:
        yield spec_server, url


@pytest.fixture(params=["sync", "async"])
def mq(request: pytest.FixtureRequest, server: tuple[SpecServer, str]) -> Iterator[RocketMQ]:
    _, url = server
    options: dict[str, Any] = {"endpoint": url, "project_id": PROJECT, "ak": AK, "sk": SK, "max_retries": 0}
    with sync_or_async(request.param, lambda: RocketMQ(**options), lambda: AsyncRocketMQ(**options)) as client:
        yield cast(RocketMQ, client)


def test_the_spec_has_every_request_line_of_the_document_and_every_sdk_method() -> None:
    from_seed = {op_id: entry for op_id, entry in CALLS.ops.items() if str(entry[2].get("x-doc", "")).startswith("002")}
    lines = {(method.upper(), path.split("#")[0]) for path, method, _ in from_seed.values()}
    assert len(lines) == 65
    assert len(from_seed) == 68  # three create-or-batch-delete endpoints are two operations each
    sdk_names = {str(op.get("x-sdk-name")) for _, _, op in CALLS.ops.values() if op.get("x-sdk-name")}
    assert len(CALLS.ops) == 68 + 41  # the 41 methods of SDK 3.1.219 the seed does not document
    assert len(sdk_names & set(OFFICIAL_SDK_METHODS)) == 90


@pytest.mark.parametrize("op_id", sorted(CALLS.ops))
def test_every_operation_on_the_wire(op_id: str, mq: RocketMQ, server: tuple[SpecServer, str]) -> None:
    spec_server, _ = server
    method = getattr(mq, op_id)
    args, kwargs = CALLS.arguments(op_id, getattr(RocketMQ, op_id))
    result = method(*args, **kwargs)
    if op_id in CALLS.paginated():
        list(result)  # the documented example page parses (the paging itself: the next test)
    assert spec_server.problems == []
    assert [r.operation_id for r in spec_server.received] == [op_id] * len(spec_server.received)
    sent = spec_server.received[0]
    assert f"/{PROJECT}/" in sent.path or "{project_id}" not in CALLS.ops[op_id][0]
    if "{engine}" in CALLS.ops[op_id][0]:
        assert "/reliability/" in sent.path


def _distinct_items(op_id: str, count: int) -> list[dict[str, Any]]:
    """``count`` items valid for the operation's list, told apart by an extra field (models keep unknown ones)."""
    _, _, op = CALLS.ops[op_id]
    response = resolve(CALLS.doc, op["responses"]["200"])
    page_schema = resolve(CALLS.doc, next(iter(response["content"].values()))["schema"])
    item = synthesize(page_schema["properties"][op["x-pagination"]["items"]]["items"], every_property=True)
    return [{**item, "wire_test_index": n} for n in range(count)]


@pytest.mark.parametrize("op_id", CALLS.paginated())
def test_every_paginated_operation_walks_several_pages(
    op_id: str, mq: RocketMQ, server: tuple[SpecServer, str]
) -> None:
    spec_server, _ = server
    spec_server.serve_pages(op_id, _distinct_items(op_id, 7))
    args, kwargs = CALLS.arguments(op_id, getattr(RocketMQ, op_id))
    decl = CALLS.ops[op_id][2]["x-pagination"]
    limit_param = decl.get("limit_param", "limit")
    limit_schema = CALLS.parameter_schema(op_id, limit_param)
    kwargs[limit_param] = "3" if limit_schema.get("type") == "string" else 3  # as the spec types it
    items = list(getattr(mq, op_id)(*args, **kwargs))
    assert [item["wire_test_index"] for item in items] == list(range(7))
    assert len(spec_server.received) == math.ceil(7 / 3)
    # offset style counts items from 0; start style numbers them from `first` (1 for Huawei's task lists)
    position_param = decl["offset_param"] if decl["style"] == "offset" else decl["start_param"]
    first = 0 if decl["style"] == "offset" else decl.get("first", 1)
    positions = [r.query_dict()[position_param][0] for r in spec_server.received[1:]]
    assert positions == [str(first + 3), str(first + 6)]
    assert spec_server.problems == []


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "DMS.00400002", errors.BadRequestError),
        (403, "DMS.00403011", errors.PermissionDeniedError),
        (404, "DMS.00404022", errors.NotFoundError),
        (500, "DMS.00500000", errors.ServerError),
    ],
)
def test_documented_error_codes_are_typed(
    status: int, code: str, cls: type[errors.APIError], mq: RocketMQ, server: tuple[SpecServer, str]
) -> None:
    spec_server, _ = server
    spec_server.handlers["get_instance"] = lambda received: Reply(status, {"error_code": code, "error_msg": "no"})
    with pytest.raises(cls) as caught:
        mq.get_instance("inst-1")
    assert caught.value.error_code == code
    assert caught.value.status_code == status
    assert caught.value.request_id  # X-Request-Id


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        # Ranges and values the API reference pages give (issue 16 transcription): refused before any request.
        (lambda mq: mq.update_recycle_policy(retention_days=8), "retention_days", "must be at most 7"),
        (lambda mq: mq.update_recycle_policy(retention_days=0), "retention_days", "must be at least 1"),
        (
            lambda mq: mq.update_volume_expansion_config("i", auto_volume_expand_enable=True, expand_threshold=81),
            "expand_threshold",
            "must be at most 80",
        ),
        (
            lambda mq: mq.update_volume_expansion_config("i", auto_volume_expand_enable=True, expand_increment=9),
            "expand_increment",
            "must be at least 10",
        ),
        (lambda mq: list(mq.list_diagnosis_reports("i", limit=51)), "limit", "must be at most 50"),
        (lambda mq: list(mq.list_diagnosis_reports_for_rocketmq("i", offset=-1)), "offset", "must be at least 0"),
        (lambda mq: list(mq.list_consumer_group_clients_for_rocketmq("i", "g", limit=0)), "limit", "at least 1"),
        (lambda mq: list(mq.list_scheduled_tasks("i", limit=101)), "limit", "must be at most 100"),
        (lambda mq: mq.update_scheduled_task("i", "t", status=cast(Any, "RUNNING")), "status", "must be one of"),
        (lambda mq: mq.get_quotas(only_quota=cast(Any, "redis")), "onlyQuota", "must be one of"),
    ],
    ids=[
        "recycle-days-high",
        "recycle-days-low",
        "expand-threshold",
        "expand-increment",
        "diagnosis-limit",
        "diagnosis-offset",
        "clients-limit",
        "scheduled-limit",
        "scheduled-status",
        "quotas-engine",
    ],
)
def test_documented_ranges_fail_before_any_request(
    call: Any, field: str, rule: str, mq: RocketMQ, server: tuple[SpecServer, str]
) -> None:
    spec_server, _ = server
    with pytest.raises(errors.ValidationError) as caught:
        call(mq)
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert spec_server.received == []


def test_update_volume_expansion_config_answers_204_without_a_body(
    mq: RocketMQ, server: tuple[SpecServer, str]
) -> None:
    # The API reference page answers 204 and no body (the SDK's model wraps a `body` string): the method returns None.
    spec_server, _ = server
    spec_server.handlers["update_volume_expansion_config"] = lambda received: Reply(204, None)
    assert mq.update_volume_expansion_config("i", auto_volume_expand_enable=True, expand_threshold=80) is None
    assert [r.operation_id for r in spec_server.received] == ["update_volume_expansion_config"]
    assert spec_server.problems == []
