"""The sync and async pagers side by side, on scripted servers: every rule of the three paging styles at its edge,
the repeated-request guard, the empty-first-page rule, tokens that resume, and bodies that do not match the spec."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from mqclients._core.errors import PaginationError, ResponseDecodeError, ValidationError
from mqclients._core.operation import Pagination
from mqclients._core.pagination import AsyncPager, Page, SyncPager

LINK = Pagination(style="link", items="things", params=("marker",), limit_param="limit")
OFFSET = Pagination(style="offset", items="rows", offset_param="offset", limit_param="limit", total="total")
TOKEN = Pagination(style="token", items="list", token_param="cursor", token_field="next", location="body")
RPC = Pagination(
    style="offset", items="rows", offset_param="offset", total="total", location="body", body_path="params"
)

KINDS = ["sync", "async"]


class Script:
    """Answers each request with the next scripted body and records what was sent."""

    def __init__(self, *bodies: Any) -> None:
        self.bodies = list(bodies)
        self.sent: list[Mapping[str, Any]] = []

    def __call__(self, kwargs: Mapping[str, Any]) -> httpx.Response:
        self.sent.append(kwargs)
        body = self.bodies.pop(0)
        if isinstance(body, httpx.Response):
            return body
        return httpx.Response(200, json=body)


async def pages(
    kind: str, decl: Pagination, script: Script, kwargs: Mapping[str, Any], token: str | None = None
) -> list[Page[Any, Any]]:
    def parse_item(item: Any) -> Any:
        return item["n"] if isinstance(item, dict) else item

    if kind == "sync":
        return list(SyncPager(decl, kwargs, script, lambda body: body, parse_item).by_page(token))

    async def fetch(kw: Mapping[str, Any]) -> httpx.Response:
        return script(kw)

    return [page async for page in AsyncPager(decl, kwargs, fetch, lambda body: body, parse_item).by_page(token)]


async def items(kind: str, decl: Pagination, script: Script, kwargs: Mapping[str, Any]) -> list[Any]:
    return [item for page in await pages(kind, decl, script, kwargs) for item in page.items]


def _rows(*numbers: int, total: int | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"rows": [{"n": n} for n in numbers]}
    if total is not None:
        body["total"] = total
    return body


@pytest.mark.parametrize("kind", KINDS)
async def test_offset_stops_exactly_at_total(kind: str) -> None:
    script = Script(_rows(0, 1, total=4), _rows(2, 3, total=4))
    assert await items(kind, OFFSET, script, {"params": {"limit": 2}}) == [0, 1, 2, 3]
    assert [kw["params"].get("offset") for kw in script.sent] == [None, 2]


@pytest.mark.parametrize("kind", KINDS)
async def test_offset_continues_while_below_total_and_counts_from_the_offset_sent(kind: str) -> None:
    script = Script(_rows(5, 6, total=8), _rows(7, total=8))
    assert await items(kind, OFFSET, script, {"params": {"limit": 2, "offset": 5}}) == [5, 6, 7]
    assert [kw["params"]["offset"] for kw in script.sent] == [5, 7]


@pytest.mark.parametrize("kind", KINDS)
async def test_offset_without_total_ends_at_an_empty_page_which_is_not_yielded(kind: str) -> None:
    script = Script(_rows(0, 1), _rows())
    got = await pages(kind, OFFSET, script, {"params": {"limit": 2}})
    assert [page.items for page in got] == [[0, 1]]
    assert len(script.sent) == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_an_empty_first_page_is_yielded_once(kind: str) -> None:
    script = Script(_rows(total=0))
    got = await pages(kind, OFFSET, script, {"params": {}})
    assert len(got) == 1
    assert got[0].items == []
    assert got[0].continuation_token is None
    assert got[0].model == {"rows": [], "total": 0}


@pytest.mark.parametrize("kind", KINDS)
async def test_an_empty_body_is_an_empty_page(kind: str) -> None:
    script = Script(httpx.Response(200))
    got = await pages(kind, OFFSET, script, {"params": {}})
    assert [(page.items, page.model) for page in got] == [([], {})]


@pytest.mark.parametrize("kind", KINDS)
async def test_link_takes_the_declared_params_of_the_next_rel_only(kind: str) -> None:
    first = {
        "things": [{"n": 1}],
        "links": ["junk", {"rel": "prev", "href": "?marker=back"}, {"rel": "next", "href": "/t?marker=m1&x=9"}],
    }
    script = Script(first, {"things": [{"n": 2}], "links": [{"rel": "next", "href": ""}]})
    assert await items(kind, LINK, script, {"params": {"limit": 1}}) == [1, 2]
    assert script.sent[1]["params"] == {"limit": 1, "marker": "m1"}


@pytest.mark.parametrize("kind", KINDS)
async def test_link_stops_at_an_empty_page_even_with_a_next_link(kind: str) -> None:
    script = Script({"things": [], "links": [{"rel": "next", "href": "?marker=z"}]})
    got = await pages(kind, LINK, script, {"params": {}})
    assert [page.items for page in got] == [[]]
    assert len(script.sent) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("end", [None, "", 0])
async def test_token_ends_at_an_empty_cursor_and_travels_in_the_body(kind: str, end: Any) -> None:
    script = Script({"list": [1], "next": "c2"}, {"list": [], "next": "c3"}, {"list": [3], "next": end})
    assert await items(kind, TOKEN, script, {"json": {"filter": "x"}}) == [1, 3]
    assert [kw["json"] for kw in script.sent] == [{"filter": "x"}, {"filter": "x", "cursor": "c2"},
                                                   {"filter": "x", "cursor": "c3"}]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
async def test_paging_params_in_a_form_body_and_under_an_envelope_field(kind: str) -> None:
    form = Pagination(style="offset", items="rows", offset_param="offset", total="total", location="body")
    script = Script(_rows(0, total=2), _rows(1, total=2))
    assert await items(kind, form, script, {"data": {"a": "1"}}) == [0, 1]
    assert script.sent[1]["data"] == {"a": "1", "offset": 1}
    script = Script(_rows(0, total=2), _rows(1, total=2))
    assert await items(kind, RPC, script, {"json": {"method": "list", "params": {"q": 1}}}) == [0, 1]
    assert script.sent[1]["json"] == {"method": "list", "params": {"q": 1, "offset": 1}}
    script = Script(_rows(0, total=2), _rows(1, total=2))
    assert await items(kind, RPC, script, {"json": {"method": "list"}}) == [0, 1]
    assert script.sent[1]["json"] == {"method": "list", "params": {"offset": 1}}


def _marker_loop(first: list[int], again: list[int]) -> Script:
    """A link server whose second page points back at the first request (no marker)."""
    return Script(
        {"things": [{"n": n} for n in first], "links": [{"rel": "next", "href": "?marker=a"}]},
        {"things": [{"n": n} for n in again], "links": [{"rel": "next", "href": "?marker=a"}]},
    )


@pytest.mark.parametrize("kind", KINDS)
async def test_a_repeated_request_after_a_short_page_ends_the_list_without_duplicates(kind: str) -> None:
    script = _marker_loop([1, 2], [2, 3])
    assert await items(kind, LINK, script, {"params": {"limit": 5}}) == [1, 2, 3]
    assert len(script.sent) == 2


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("limit", [2, 1, None, "many"])
async def test_a_repeated_request_after_a_full_page_raises(kind: str, limit: Any) -> None:
    script = _marker_loop([1, 2], [3, 4])
    params = {} if limit is None else {"limit": limit}
    with pytest.raises(PaginationError, match="repeats a request already made"):
        await items(kind, LINK, script, {"params": params})
    assert len(script.sent) == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_a_continuation_token_resumes_where_the_page_left_off(kind: str) -> None:
    walked = Script(_rows(0, 1, total=5), _rows(2, 3, total=5), _rows(4, total=5))
    got = await pages(kind, OFFSET, walked, {"params": {"limit": 2}})
    assert got[-1].continuation_token is None
    assert json.loads(got[0].continuation_token or "") == {"offset": 2}
    script = Script(_rows(4, total=5))
    resumed = await pages(kind, OFFSET, script, {"params": {"limit": 2}}, got[1].continuation_token)
    assert [page.items for page in resumed] == [[4]]
    assert script.sent[0]["params"] == {"limit": 2, "offset": 4}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("token", ["not json", "[1]", "[[[[", 5])
async def test_a_foreign_continuation_token_is_refused_before_any_request(kind: str, token: Any) -> None:
    script = Script()
    with pytest.raises(ValidationError, match="continuation_token: not a token this client produced"):
        await pages(kind, OFFSET, script, {"params": {}}, token)
    assert script.sent == []


@pytest.mark.parametrize("kind", KINDS)
async def test_an_empty_token_starts_from_the_beginning(kind: str) -> None:
    script = Script(_rows(0, total=1))
    assert [p.items for p in await pages(kind, OFFSET, script, {"params": {"limit": 1}}, "")] == [[0]]
    assert script.sent[0]["params"] == {"limit": 1}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("body", "problem"),
    [({"rows": {"n": 1}}, "TypeError: rows is a dict, not a list"), ({"rows": [{"n": 1}], "total": "x"}, "ValueError")],
)
async def test_a_page_that_does_not_match_the_spec_is_a_decode_error(kind: str, body: Any, problem: str) -> None:
    with pytest.raises(ResponseDecodeError, match=f"a list page does not match the spec \\({problem}"):
        await items(kind, OFFSET, Script(body), {"params": {}})


@pytest.mark.parametrize("kind", KINDS)
async def test_items_iterate_across_pages(kind: str) -> None:
    script = Script(_rows(0, 1, total=3), _rows(2, total=3))
    if kind == "sync":
        got = list(SyncPager(OFFSET, {"params": {}}, script, lambda b: b, lambda i: i["n"]))
    else:

        async def fetch(kw: Mapping[str, Any]) -> httpx.Response:
            return script(kw)

        got = [n async for n in AsyncPager(OFFSET, {"params": {}}, fetch, lambda b: b, lambda i: i["n"])]
    assert got == [0, 1, 2]
