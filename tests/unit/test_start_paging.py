"""The ``start`` paging engine (Huawei's task lists: ``start`` numbers the first item, from 1, and a string total),
its pagers sync and async, resuming from a token, and its guard against a server that ignores ``start``."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from mqclients._core.errors import PaginationError, ResponseDecodeError
from mqclients._core.operation import Pagination
from mqclients._core.options import RequestOptions
from mqclients._core.pagination import AsyncPager, SyncPager, next_request_params

from .helpers import async_transport, kwargs, op, sync_transport

START = Pagination(style="start", items="tasks", start_param="start", limit_param="limit", total="task_count")
NO_TOTAL = Pagination(style="start", items="tasks", start_param="start", limit_param="limit")
FROM_ZERO = Pagination(style="start", items="tasks", start_param="start", first=0, total="task_count")


def test_start_counts_items_from_first_and_advances_by_the_items_received() -> None:
    assert next_request_params(START, {}, {"task_count": "7"}, 3) == {"start": 4}  # no start sent: the first page
    assert next_request_params(START, {"start": 4}, {"task_count": "7"}, 3) == {"start": 7}
    assert next_request_params(START, {"start": "4"}, {"task_count": "7"}, 3) == {"start": 7}  # a string-typed start
    assert next_request_params(FROM_ZERO, {}, {"task_count": 7}, 3) == {"start": 3}


def test_start_stops_at_the_total_even_when_the_total_is_a_string() -> None:
    assert next_request_params(START, {"start": 7}, {"task_count": "7"}, 1) is None  # items 7..7 of 7: done
    assert next_request_params(START, {"start": 4}, {"task_count": "6"}, 3) is None
    assert next_request_params(FROM_ZERO, {"start": 3}, {"task_count": 6}, 3) is None


def test_start_without_a_total_goes_on_until_an_empty_page() -> None:
    assert next_request_params(NO_TOTAL, {"start": 1}, {}, 3) == {"start": 4}
    assert next_request_params(NO_TOTAL, {"start": 4}, {}, 0) is None


def test_a_start_below_the_first_number_reads_from_the_first_item() -> None:
    # start=0 on a list numbered from 1 answers from item 1: the next page starts after what was received
    assert next_request_params(START, {"start": 0}, {"task_count": "7"}, 3) == {"start": 4}


class TaskServer:
    """A task list of ``total`` tasks numbered from 1, paged by start/limit, with the count as a string."""

    def __init__(self, total: int, *, honour_start: bool = True) -> None:
        self.total = total
        self.honour_start = honour_start
        self.starts: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        query = parse_qs(request.url.query.decode())
        start = query.get("start", [None])[0]
        limit = int(query.get("limit", ["10"])[0])
        self.starts.append(start)
        first = max(int(start or 1), 1) if self.honour_start else 1
        tasks = [{"id": f"task-{n}"} for n in range(first, min(first + limit, self.total + 1))]
        return httpx.Response(200, json={"task_count": str(self.total), "tasks": tasks})


def _sync_pager(handler: Any, params: Mapping[str, Any], decl: Pagination = START) -> SyncPager[str, Any]:
    transport = sync_transport(handler)
    operation = op("GET", pagination=decl)
    return SyncPager(
        decl,
        kwargs(params=dict(params)),
        lambda kw: transport.send(operation, kw, RequestOptions()),
        lambda body: body,
        lambda item: str(item["id"]),
    )


def _async_items(handler: Any, params: Mapping[str, Any]) -> list[str]:
    async def walk() -> list[str]:
        transport = async_transport(handler)
        operation = op("GET", pagination=START)

        async def fetch(kw: Mapping[str, Any]) -> httpx.Response:
            return await transport.send(operation, kw, RequestOptions())

        pager: AsyncPager[str, Any] = AsyncPager(
            START, kwargs(params=dict(params)), fetch, lambda body: body, lambda item: str(item["id"])
        )
        try:
            return [item async for item in pager]
        finally:
            await transport.aclose()

    return asyncio.run(walk())


def test_the_sync_pager_walks_every_task_once_and_stops_at_the_count() -> None:
    server = TaskServer(7)
    assert list(_sync_pager(server, {"limit": 3})) == [f"task-{n}" for n in range(1, 8)]
    assert server.starts == [None, "4", "7"]  # the count is known: no request for an empty page


def test_the_async_pager_walks_the_same_pages() -> None:
    server = TaskServer(7)
    assert _async_items(server, {"limit": 3}) == [f"task-{n}" for n in range(1, 8)]
    assert server.starts == [None, "4", "7"]


def test_a_walk_can_begin_at_a_start_the_caller_gives() -> None:
    server = TaskServer(7)
    assert list(_sync_pager(server, {"limit": 3, "start": 5})) == ["task-5", "task-6", "task-7"]
    assert server.starts == ["5"]


def test_by_page_tokens_resume_after_their_page() -> None:
    pages = list(_sync_pager(TaskServer(7), {"limit": 3}).by_page())
    assert [[*p.items] for p in pages] == [["task-1", "task-2", "task-3"], ["task-4", "task-5", "task-6"], ["task-7"]]
    assert pages[-1].continuation_token is None
    resumed_server = TaskServer(7)
    resumed = list(_sync_pager(resumed_server, {"limit": 3}).by_page(pages[0].continuation_token))
    assert [p.items[0] for p in resumed] == ["task-4", "task-7"]
    assert resumed_server.starts == ["4", "7"]


def test_a_server_that_ignores_start_after_a_full_page_raises_instead_of_repeating_items() -> None:
    server = TaskServer(7, honour_start=False)
    with pytest.raises(PaginationError, match="page already read"):
        list(_sync_pager(server, {"limit": 3}))
    assert server.starts == [None, "4"]  # stopped at the first repeat


def test_a_server_that_repeats_a_short_page_ends_the_list_without_duplicates() -> None:
    server = TaskServer(2, honour_start=False)  # no count: only the repeat tells the end
    pager = _sync_pager(lambda request: _without_count(server(request)), {"limit": 3}, NO_TOTAL)
    assert list(pager) == ["task-1", "task-2"]
    assert server.starts == [None, "3"]


def test_a_count_that_is_not_a_number_is_a_decode_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"task_count": "many", "tasks": [{"id": "task-1"}]})

    with pytest.raises(ResponseDecodeError, match="list page does not match"):
        list(_sync_pager(handler, {"limit": 3}))


def _without_count(response: httpx.Response) -> httpx.Response:
    body = response.json()
    body.pop("task_count")
    return httpx.Response(200, json=body)
