"""Requests built and sent under ``httpx.Client``'s per-request machinery, straight to its connection pools.

On every request ``Client.build_request`` merges the client's defaults anew (re-joining the base URL, copying its
headers, its default query and its cookie jar), and ``Client.send`` runs an auth generator, a redirect loop, event
hooks and the cookie jar (the standard library's ``http.cookiejar`` parsing each answer for cookies). These clients
use none of it: the request loop runs the auth flow itself, redirects are never followed (httpx's default), and
the APIs keep no state in cookies. That machinery cost more per call than the whole request loop of mqclients
(about 190 µs of a 480 µs loopback call; ``bench/overhead.py``). Here the client's defaults (base URL, headers) are
read once, each distinct URL (with its query) is parsed once, each request is an ``httpx.Request`` built with them,
and it goes to the pool the client would have chosen (its own, or the proxy the environment names for the URL).
The ``httpx.Client`` still owns the pools: proxies, TLS, limits, closing.

Not kept from ``httpx.Client``: cookies (none are sent or stored), its INFO log line per request (the request loop
logs each exchange at DEBUG, redacted), and ``Response.elapsed``. The pool choice reads two attributes httpx keeps
private (``_transport``, ``_mounts``): ``httpx`` is pinned to its minor version (pyproject.toml), and
``tests/unit/test_wire.py`` compares what is built here with what httpx builds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .errors import ClientClosedError, ValidationError

HeaderPairs = tuple[tuple[bytes, bytes], ...] | list[tuple[bytes, bytes]]

# Parsed URLs kept per client: parsing one (with its query) is half the cost of building a request, and a client
# sends to few distinct URLs. Bounded: when full it starts again.
URL_CACHE_SIZE = 1024


class Wire:
    """The defaults of one ``httpx.Client`` or ``AsyncClient``, read once, and the pool each request goes to."""

    __slots__ = ("_base", "_by_name", "_headers", "_mounted", "_pool", "_urls", "http")

    def __init__(self, http: httpx.Client | httpx.AsyncClient) -> None:
        self.http = http
        # httpx keeps the base URL's path ending in "/" (its ``str`` leaves out a bare "/"); its query, if any,
        # is not kept: a relative request URL brings its own.
        base = str(http.base_url.copy_with(query=None, fragment=None))
        self._base = base if base.endswith("/") else base + "/"
        # as the client keeps them: bytes, in the case and order given
        self._headers: HeaderPairs = tuple(http.headers.raw)
        self._by_name = tuple((pair[0].lower(), pair) for pair in self._headers)
        self._pool: Any = getattr(http, "_transport", None)
        self._mounted = bool(getattr(http, "_mounts", None))
        self._urls: dict[tuple[str, tuple[tuple[str, type, Any], ...] | None], httpx.URL] = {}

    def url(self, url: str, params: Any = None) -> httpx.URL:
        """``url`` with its query ``params``, joined to the base URL as ``Client.build_request`` joins it: a path
        (starting with "/") goes under the base URL's path; an absolute URL (an ``x-hosts`` operation's) is kept.
        Parsed once per distinct URL and query (``URL_CACHE_SIZE``); a query whose values cannot be hashed (a list)
        is parsed every time."""
        full = self._base + url[1:] if url.startswith("/") else url
        if params is not None and not isinstance(params, Mapping):
            return httpx.URL(full, params=params)
        # Each value's type is part of the key: True == 1, but one is sent as "true" and the other as "1".
        query = None if params is None else tuple((name, type(value), value) for name, value in params.items())
        key = (full, query)
        try:
            return self._urls[key]
        except KeyError:
            pass
        except TypeError:  # unhashable
            return httpx.URL(full, params=params)
        parsed = httpx.URL(full) if params is None else httpx.URL(full, params=params)
        if len(self._urls) >= URL_CACHE_SIZE:
            self._urls.clear()
        self._urls[key] = parsed
        return parsed

    def headers(self, given: Mapping[str, str]) -> HeaderPairs:
        """The client's headers with ``given`` over them, as ``Client.build_request`` merges them: a given name
        (any case) replaces every default of that name, and given headers come after the defaults left."""
        if not given:
            return self._headers
        try:
            pairs = [(name.encode("ascii"), value.encode("ascii")) for name, value in given.items()]
        except UnicodeEncodeError:  # httpx would raise it while building the request, unnamed
            bad = next(name for name, value in given.items() if not (name + value).isascii())
            raise ValidationError(bad, "a header name and value must be ASCII text") from None
        replaced = {name.lower() for name, _ in pairs}
        kept = [pair for name, pair in self._by_name if name not in replaced]
        return kept + pairs

    def _pool_for(self, request: httpx.Request) -> Any:
        if self.http.is_closed:
            raise ClientClosedError("the client is closed: open a new one to make calls")
        if self._mounted:  # proxies from the environment (or the caller's mounts): the client picks by URL
            return self.http._transport_for_url(request.url)
        return self._pool

    def send(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` on a sync client's pool; the answer's body is left to be read (streamed)."""
        response: httpx.Response = self._pool_for(request).handle_request(request)
        response.request = request
        return response

    async def asend(self, request: httpx.Request) -> httpx.Response:
        """``send`` on an async client's pool."""
        response: httpx.Response = await self._pool_for(request).handle_async_request(request)
        response.request = request
        return response
