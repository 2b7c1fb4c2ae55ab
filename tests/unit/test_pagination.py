"""The three paging engines, the pagers built on them, and their guard against servers that do not advance."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from mqclients._core.errors import PaginationError
from mqclients._core.operation import Pagination
from mqclients._core.options import RequestOptions
from mqclients._core.pagination import AsyncPager, SyncPager, next_request_params

from .helpers import async_transport, kwargs, op, sync_transport

LINK = Pagination(style="link", items="things", params=("marker",), limit_param="limit")
OFFSET = Pagination(style="offset", items="data.rows", offset_param="offset", limit_param="limit", total="data.total")
TOKEN = Pagination(style="token", items="list", token_param="cursor", token_field="next_cursor", location="body")


def test_link_style_takes_only_the_declared_params_from_the_next_href() -> None:
    body = {"things": [1, 2], "links": [{"rel": "next", "href": "/v2/things?marker=b&limit=2&include_delayed=true"}]}
    assert next_request_params(LINK, {"limit": 2}, body, 2) == {"marker": "b"}


def test_link_style_ends_on_an_empty_page_or_without_a_next_link() -> None:
    assert next_request_params(LINK, {}, {"things": [], "links": [{"rel": "next", "href": "?marker=x"}]}, 0) is None
    assert next_request_params(LINK, {}, {"things": [1], "links": []}, 1) is None
    assert next_request_params(LINK, {}, {"things": [1], "links": [{"rel": "prev", "href": "?marker=a"}]}, 1) is None


def test_offset_style_advances_by_the_items_received_and_stops_at_total() -> None:
    assert next_request_params(OFFSET, {"offset": 0, "limit": 10}, {"data": {"total": 25}}, 10) == {"offset": 10}
    assert next_request_params(OFFSET, {"offset": 20, "limit": 10}, {"data": {"total": 25}}, 5) is None
    # no total in the body: go on until an empty page
    no_total = Pagination(style="offset", items="rows", offset_param="offset")
    assert next_request_params(no_total, {"offset": 3}, {"rows": [1]}, 1) == {"offset": 4}
    assert next_request_params(no_total, {"offset": 4}, {"rows": []}, 0) is None


def test_token_style_sends_the_cursor_until_it_is_empty() -> None:
    assert next_request_params(TOKEN, {}, {"list": [], "next_cursor": "abc"}, 0) == {"cursor": "abc"}
    assert next_request_params(TOKEN, {}, {"list": [1], "next_cursor": ""}, 1) is None
    assert next_request_params(TOKEN, {}, {"list": [1]}, 1) is None


class OffsetServer:
    """A list API of ``total`` rows paged by offset/limit, answering ``{"data": {"rows": [...], "total": N}}``."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.offsets: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        query = parse_qs(request.url.query.decode())
        offset, limit = int(query.get("offset", ["0"])[0]), int(query["limit"][0])
        self.offsets.append(offset)
        rows = [{"n": n} for n in range(offset, min(offset + limit, self.total))]
        return httpx.Response(200, json={"data": {"rows": rows, "total": self.total}})


def _sync_pager(handler: Any, decl: Pagination, params: Mapping[str, Any]) -> SyncPager[int, dict[str, Any]]:
    transport = sync_transport(handler)
    operation = op("GET", pagination=decl)
    return SyncPager(
        decl,
        kwargs(params=dict(params)),
        lambda kw: transport.send(operation, kw, RequestOptions()),
        lambda body: body,
        lambda item: int(item["n"]) if isinstance(item, dict) else int(item),
    )


def test_offset_pager_walks_every_page_once() -> None:
    server = OffsetServer(23)
    pager = _sync_pager(server, OFFSET, {"limit": 10})
    assert list(pager) == list(range(23))
    assert server.offsets == [0, 10, 20]  # total known: no extra empty request


def test_by_page_gives_pages_and_a_token_that_resumes_after_them() -> None:
    server = OffsetServer(23)
    pages = list(_sync_pager(server, OFFSET, {"limit": 10}).by_page())
    assert [len(p.items) for p in pages] == [10, 10, 3]
    assert pages[-1].continuation_token is None
    assert pages[0].model["data"]["total"] == 23
    token = pages[0].continuation_token
    resumed = list(_sync_pager(OffsetServer(23), OFFSET, {"limit": 10}).by_page(token))
    assert [p.items[0] for p in resumed] == [10, 20]


def test_token_pager_sends_the_cursor_in_the_body() -> None:
    seen: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        import json

        body = json.loads(request.content)
        seen.append(body.get("cursor"))
        cursor = body.get("cursor") or 0
        nxt = cursor + 1 if cursor < 2 else None
        return httpx.Response(200, json={"list": [cursor], "next_cursor": nxt})

    transport = sync_transport(handler)
    operation = op("POST", idempotent=True, pagination=TOKEN)
    pager: SyncPager[int, Any] = SyncPager(
        TOKEN,
        kwargs("POST", json={"filter": "x"}),
        lambda kw: transport.send(operation, kw, RequestOptions()),
        lambda body: body,
        int,
    )
    assert list(pager) == [0, 1, 2]
    assert seen == [None, 1, 2]


def _repeating_link_server(items: list[str], limit_honoured: bool = True) -> Any:
    """A link-paged server with Zaqar-on-redis's bug: a marker equal to the first item restarts at the first."""

    def handler(request: httpx.Request) -> httpx.Response:
        query = parse_qs(request.url.query.decode())
        limit = int(query.get("limit", ["10"])[0])
        marker = query.get("marker", [None])[0]
        start = items.index(marker) if marker in items else 0
        start = start + 1 if start else 0  # the bug: rank 0 is falsy
        page = items[start : start + limit]
        links = [{"rel": "next", "href": f"/things?marker={page[-1]}&limit={limit}"}] if page else []
        return httpx.Response(200, json={"things": [{"n": i} for i in page], "links": links})

    return handler


def test_a_server_that_repeats_a_short_page_ends_the_list_without_duplicates() -> None:
    pager = _sync_pager(_repeating_link_server(["0"]), LINK, {"limit": 10})
    assert list(pager) == [0]


def test_a_server_that_repeats_a_full_page_raises_instead_of_looping() -> None:
    pager = _sync_pager(_repeating_link_server(["0", "1", "2"]), LINK, {"limit": 1})
    with pytest.raises(PaginationError, match="repeats a request"):
        list(pager)


def test_a_next_link_without_the_declared_params_ends_the_list() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"things": [{"n": 1}, {"n": 2}], "links": [{"rel": "next", "href": "?"}]})

    pager = _sync_pager(handler, LINK, {"limit": 2})
    assert list(pager) == [1, 2]


def test_a_link_server_that_sends_the_same_marker_after_new_items_raises() -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        items = [{"n": calls["n"] * 10 + i} for i in range(2)]
        return httpx.Response(200, json={"things": items, "links": [{"rel": "next", "href": "?marker=same"}]})

    pager = _sync_pager(handler, LINK, {"limit": 2})
    with pytest.raises(PaginationError):
        list(pager)
    assert calls["n"] == 2


async def test_async_pager_iterates_items_and_pages() -> None:
    server = OffsetServer(12)
    transport = async_transport(server)
    operation = op("GET", pagination=OFFSET)

    async def fetch(kw: Mapping[str, Any]) -> httpx.Response:
        return await transport.send(operation, kw, RequestOptions())

    pager: AsyncPager[int, Any] = AsyncPager(OFFSET, kwargs(params={"limit": 5}), fetch, lambda b: b, lambda i: i["n"])
    assert [n async for n in pager] == list(range(12))
    assert [len(p.items) async for p in pager.by_page()] == [5, 5, 2]
