"""RocketMQ's task lists page by ``start`` (the number of the first task, counting from 1) and ``limit``, with the
count as a string (background tasks) or an integer (scheduled tasks): walked across several pages, sync and async,
through the spec-checking server with the official signer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest

from mqclients import errors
from mqclients.rocketmq import AsyncRocketMQ, RocketMQ
from servers.spec_mock import Received, Reply, SpecServer, serve
from tests.support.async_driver import sync_or_async
from tests.support.huawei_verifier import huawei_verifier
from tests.support.spec_calls import ROOT

AK = "HPUAROCKETMQTESTAK02"
SK = "rocketmq-task-paging-secret-0123456789ab"
PROJECT = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
INSTANCE = "11111111-2222-3333-4444-555555555555"
TASK_LISTS = ["list_background_tasks", "list_scheduled_tasks"]


@pytest.fixture
def server() -> Iterator[tuple[SpecServer, str]]:
    spec_server = SpecServer(
        ROOT / "specs" / "huawei-rocketmq.yaml", verify=huawei_verifier(AK, SK, project_id=PROJECT)
    )
    with serve(spec_server) as url:
        yield spec_server, url
    assert spec_server.problems == []  # every page request matched the spec and the official signature


@pytest.fixture(params=["sync", "async"])
def mq(request: pytest.FixtureRequest, server: tuple[SpecServer, str]) -> Iterator[RocketMQ]:
    _, url = server
    options: dict[str, Any] = {"endpoint": url, "project_id": PROJECT, "ak": AK, "sk": SK, "max_retries": 0}
    with sync_or_async(request.param, lambda: RocketMQ(**options), lambda: AsyncRocketMQ(**options)) as client:
        yield cast(RocketMQ, client)


def _tasks(count: int) -> list[dict[str, Any]]:
    return [{"id": f"task-{n}", "name": "restartInstance", "status": "SUCCESS"} for n in range(1, count + 1)]


def _starts(spec_server: SpecServer) -> list[str | None]:
    return [r.query_dict().get("start", [None])[0] for r in spec_server.received]


@pytest.mark.parametrize("op_id", TASK_LISTS)
def test_a_task_list_walks_every_page_by_start(op_id: str, mq: RocketMQ, server: tuple[SpecServer, str]) -> None:
    spec_server, _ = server
    spec_server.serve_pages(op_id, _tasks(8))
    listed = list(getattr(mq, op_id)(INSTANCE, limit=3, begin_time="20260101000000"))
    assert [task.id for task in listed] == [f"task-{n}" for n in range(1, 9)]
    assert _starts(spec_server) == [None, "4", "7"]  # numbered from 1; the count ends the walk, no empty page
    assert {r.query_dict()["begin_time"][0] for r in spec_server.received} == {"20260101000000"}  # kept on each page


@pytest.mark.parametrize("op_id", TASK_LISTS)
def test_a_page_token_resumes_the_walk_after_its_page(op_id: str, mq: RocketMQ, server: tuple[SpecServer, str]) -> None:
    spec_server, _ = server
    spec_server.serve_pages(op_id, _tasks(5))
    pages = list(getattr(mq, op_id)(INSTANCE, limit=2).by_page())
    assert [[task.id for task in page.items] for page in pages] == [
        ["task-1", "task-2"],
        ["task-3", "task-4"],
        ["task-5"],
    ]
    token = pages[0].continuation_token
    spec_server.received.clear()
    resumed = list(getattr(mq, op_id)(INSTANCE, limit=2).by_page(token))
    assert [task.id for page in resumed for task in page.items] == ["task-3", "task-4", "task-5"]
    assert _starts(spec_server) == ["3", "5"]


@pytest.mark.parametrize("op_id", TASK_LISTS)
def test_a_server_that_ignores_start_raises_instead_of_repeating_tasks(
    op_id: str, mq: RocketMQ, server: tuple[SpecServer, str]
) -> None:
    spec_server, _ = server
    count_field = "task_count" if op_id == "list_background_tasks" else "job_count"
    items_field = "tasks" if op_id == "list_background_tasks" else "jobs"

    def first_page_always(received: Received) -> Reply:
        return Reply(200, {count_field: "9" if count_field == "task_count" else 9, items_field: _tasks(3)})

    spec_server.handlers[op_id] = first_page_always
    with pytest.raises(errors.PaginationError, match="page already read"):
        list(getattr(mq, op_id)(INSTANCE, limit=3))
    assert _starts(spec_server) == [None, "4"]


def test_a_scheduled_task_start_that_is_not_digits_fails_before_any_io(
    mq: RocketMQ, server: tuple[SpecServer, str]
) -> None:
    spec_server, _ = server
    with pytest.raises(errors.ValidationError, match="start"):
        list(mq.list_scheduled_tasks(INSTANCE, start="first"))
    assert spec_server.received == []
