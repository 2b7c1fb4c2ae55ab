"""Pagination as data plus four engines.

An operation's ``x-pagination`` declaration (``Pagination``) says where the items are and how the next request
differs from the last one. ``next_request_params`` is the only place that reads it; the pagers just fetch, parse
and loop. A pager yields items when iterated and whole pages from ``by_page()``; each page carries an opaque
``continuation_token`` to resume from later. A server that points back at a request already made never makes a
pager loop: after a short page that is the end of the list; after a full page it raises ``PaginationError``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx

from .body import json_body
from .errors import PaginationError, ResponseDecodeError, ValidationError
from .operation import Pagination, dotted_get

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

Params = dict[str, Any]


def next_request_params(decl: Pagination, sent: Mapping[str, Any], body: Any, item_count: int) -> Params | None:
    """The paging parameters of the next request, or ``None`` when the last page has been read."""
    if decl.style == "link":
        if item_count == 0:
            return None
        links = dotted_get(body, decl.links) or []
        href = next(
            (link.get("href") for link in links if isinstance(link, Mapping) and link.get("rel") == decl.rel), None
        )
        if not href:
            return None
        query = parse_qs(urlsplit(str(href)).query, keep_blank_values=True)
        taken = {name: query[name][-1] for name in decl.params if name in query}
        return taken or None
    if decl.style in ("offset", "start"):
        return _next_position(decl, sent, body, item_count)
    assert decl.token_param is not None
    token = dotted_get(body, decl.token_field)
    if token in (None, "", 0):
        return None
    return {decl.token_param: token}


def _next_position(decl: Pagination, sent: Mapping[str, Any], body: Any, item_count: int) -> Params | None:
    """Offset and start styles: where the next page begins. ``offset`` counts items from 0; ``start`` numbers them
    from ``decl.first`` (a start below it reads from the first item, so the walk goes on from there)."""
    param, first = (decl.offset_param, 0) if decl.style == "offset" else (decl.start_param, decl.first)
    assert param is not None
    if item_count == 0:
        return None
    position = max(int(sent.get(param) or first), first) + item_count
    total = dotted_get(body, decl.total)
    if total is not None and position - first >= int(total):
        return None
    return {param: position}


def apply_params(kwargs: Mapping[str, Any], decl: Pagination, params: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the endpoint kwargs with the paging parameters set where the declaration says they travel."""
    updated = dict(kwargs)
    if decl.location == "query":
        updated["params"] = {**(kwargs.get("params") or {}), **params}
        return updated
    key = "json" if "json" in kwargs else "data"
    body = dict(kwargs.get(key) or {})
    if decl.body_path is None:
        body.update(params)
    else:
        body[decl.body_path] = {**(body.get(decl.body_path) or {}), **params}
    updated[key] = body
    return updated


def sent_params(kwargs: Mapping[str, Any], decl: Pagination) -> Mapping[str, Any]:
    source = kwargs.get("params") if decl.location == "query" else kwargs.get("json", kwargs.get("data"))
    if decl.location == "body" and decl.body_path is not None:
        source = dotted_get(source, decl.body_path)
    return source if isinstance(source, Mapping) else {}


def encode_token(params: Params | None) -> str | None:
    return None if params is None else json.dumps(params, sort_keys=True, default=str)


def decode_token(token: str | None) -> Params:
    """The paging parameters in a ``continuation_token``; ``ValidationError`` (before any I/O) for a foreign one."""
    if not token:
        return {}
    rule = "not a token this client produced (pass a page's continuation_token unchanged)"
    if not isinstance(token, str):
        raise ValidationError("continuation_token", rule)
    try:
        decoded = json.loads(token)
    except (ValueError, RecursionError) as exc:
        raise ValidationError("continuation_token", rule) from exc
    if not isinstance(decoded, dict):
        raise ValidationError("continuation_token", rule)
    return decoded


@dataclass(frozen=True)
class Page(Generic[ItemT, PageT]):
    """One page: its items (parsed), the whole response model, and the token that resumes after it."""

    items: list[ItemT]
    model: PageT
    continuation_token: str | None


class _PagerCore(Generic[ItemT, PageT]):
    """What both pagers share: the declaration, the parsers and the loop guard."""

    def __init__(
        self,
        decl: Pagination,
        kwargs: Mapping[str, Any],
        parse_page: Callable[[Any], PageT],
        parse_item: Callable[[Any], ItemT],
    ) -> None:
        self._decl = decl
        self._kwargs = kwargs
        self._parse_page = parse_page
        self._parse_item = parse_item

    def _step(self, state: _WalkState, sent: Mapping[str, Any], response: httpx.Response) -> _Step[ItemT, PageT]:
        """Parse one response and decide what follows it, guarding against a server that does not advance."""
        body: Any = json_body(response, "list page") if response.content else {}
        try:
            return self._advance(state, sent, body)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise ResponseDecodeError(
                f"a list page does not match the spec ({type(exc).__name__}: {exc})"[:500]
            ) from exc

    def _advance(self, state: _WalkState, sent: Mapping[str, Any], body: Any) -> _Step[ItemT, PageT]:
        raw_items = dotted_get(body, self._decl.items) or []
        if not isinstance(raw_items, list):
            raise TypeError(f"{self._decl.items} is a {type(raw_items).__name__}, not a list")
        params = sent_params(sent, self._decl)
        following = next_request_params(self._decl, params, body, len(raw_items))
        next_kwargs = None if following is None else apply_params(sent, self._decl, following)
        fingerprints = [_fingerprint(item) for item in raw_items]
        if next_kwargs is not None and _fingerprint(sent_params(next_kwargs, self._decl)) in state.requests:
            # The server points back at a request already made: it cannot advance. A page shorter than the limit
            # is the end of the list (Zaqar on redis answers a marker equal to the first item with the first page
            # again); a full page means items may lie beyond what the server lets us reach: say so, do not loop.
            if _page_is_full(self._decl, params, len(raw_items)):
                raise PaginationError(
                    f"the server's next page repeats a request already made ({_fingerprint(following)}) after a full "
                    "page: stopped instead of looping; items beyond this point could not be read"
                )
            fresh = [item for item, fp in zip(raw_items, fingerprints, strict=True) if fp not in state.items]
            raw_items, following, next_kwargs = fresh, None, None
        elif self._decl.style == "start" and raw_items and _fingerprint(raw_items) in state.pages:
            # The start always advances, so a repeat shows as a page already read: a server that ignores `start`
            # answers its first page again. Same rule as above: a short page ends the list, a full one raises.
            if _page_is_full(self._decl, params, len(raw_items)):
                raise PaginationError(
                    f"the server answered a page already read for {_fingerprint(params)} after a full page: stopped "
                    "instead of looping; items beyond this point could not be read"
                )
            raw_items, fingerprints, following, next_kwargs = [], [], None, None
        state.pages.add(_fingerprint(raw_items))
        state.items.update(fingerprints)
        page = Page([self._parse_item(item) for item in raw_items], self._parse_page(body), encode_token(following))
        return _Step(page, next_kwargs)

    def _start(self, continuation_token: str | None) -> tuple[_WalkState, Mapping[str, Any]]:
        return _WalkState(), apply_params(self._kwargs, self._decl, decode_token(continuation_token))


def _fingerprint(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _page_is_full(decl: Pagination, sent: Mapping[str, Any], item_count: int) -> bool:
    """Whether a page holds as many items as were asked for (unknown limit: assume it does)."""
    limit = sent.get(decl.limit_param) if decl.limit_param else None
    try:
        return limit is None or item_count >= int(limit)
    except (TypeError, ValueError):
        return True


@dataclass
class _WalkState:
    """What one walk through the pages has seen: requests made, items and whole pages read (as fingerprints)."""

    requests: set[str] = field(default_factory=set)
    items: set[str] = field(default_factory=set)
    pages: set[str] = field(default_factory=set)

    def sending(self, kwargs: Mapping[str, Any], decl: Pagination) -> None:
        self.requests.add(_fingerprint(sent_params(kwargs, decl)))


@dataclass(frozen=True)
class _Step(Generic[ItemT, PageT]):
    page: Page[ItemT, PageT]
    next_kwargs: Mapping[str, Any] | None


class SyncPager(_PagerCore[ItemT, PageT]):
    """Iterate for items (``for q in zq.list_queues()``); ``by_page()`` for whole pages."""

    def __init__(
        self,
        decl: Pagination,
        kwargs: Mapping[str, Any],
        fetch: Callable[[Mapping[str, Any]], httpx.Response],
        parse_page: Callable[[Any], PageT],
        parse_item: Callable[[Any], ItemT],
    ) -> None:
        super().__init__(decl, kwargs, parse_page, parse_item)
        self._fetch = fetch

    def by_page(self, continuation_token: str | None = None) -> Iterator[Page[ItemT, PageT]]:
        state, kwargs = self._start(continuation_token)
        while True:
            state.sending(kwargs, self._decl)
            step = self._step(state, kwargs, self._fetch(kwargs))
            if step.page.items or len(state.requests) == 1:  # an empty page after the first only ends the list
                yield step.page
            if step.next_kwargs is None:
                return
            kwargs = step.next_kwargs

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.by_page():
            yield from page.items


class AsyncPager(_PagerCore[ItemT, PageT]):
    """``async for`` items; ``by_page()`` for whole pages."""

    def __init__(
        self,
        decl: Pagination,
        kwargs: Mapping[str, Any],
        fetch: Callable[[Mapping[str, Any]], Awaitable[httpx.Response]],
        parse_page: Callable[[Any], PageT],
        parse_item: Callable[[Any], ItemT],
    ) -> None:
        super().__init__(decl, kwargs, parse_page, parse_item)
        self._fetch = fetch

    async def by_page(self, continuation_token: str | None = None) -> AsyncIterator[Page[ItemT, PageT]]:
        state, kwargs = self._start(continuation_token)
        while True:
            state.sending(kwargs, self._decl)
            step = self._step(state, kwargs, await self._fetch(kwargs))
            if step.page.items or len(state.requests) == 1:  # an empty page after the first only ends the list
                yield step.page
            if step.next_kwargs is None:
                return
            kwargs = step.next_kwargs

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.by_page():
            for item in page.items:
                yield item
