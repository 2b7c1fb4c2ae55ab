"""Base classes of the generated facades: what a generated method calls, and the client's lifecycle.

A generated method only describes its call: it builds the endpoint kwargs with the generated ``_get_kwargs``,
then hands them here with its ``Operation``. Everything else (validation, retries, errors, paging, parsing)
happens in this module and in ``transport``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from .body import json_body
from .errors import MQClientError, ResponseDecodeError
from .operation import ErrorShape, Operation
from .options import RequestOptions
from .pagination import AsyncPager, SyncPager
from .transport import AsyncTransport, SyncTransport, TransportConfig, envelope_code

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


def parse_body(op: Operation, response: httpx.Response, parse: Callable[[Any], T], path: str | None = None) -> T:
    """The response body (or its field ``path``, in an RPC envelope) parsed by a generated model's ``from_dict``."""
    body = json_body(response, op.name)
    try:
        return parse(body[path] if path is not None else body)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ResponseDecodeError(
            f"{op.name}: HTTP {response.status_code} body does not match the spec ({type(exc).__name__}: {exc})"
        ) from exc


def is_no_result(op: Operation, response: httpx.Response, shape: ErrorShape) -> bool:
    """Whether an envelope answer means "nothing to return" for this operation (``x-no-result-codes``)."""
    if not op.no_result_codes:
        return False
    return envelope_code(response, shape) in op.no_result_codes


def list_of(parse_item: Callable[[Any], T]) -> Callable[[Any], list[T]]:
    """A parser for a top-level JSON array of items."""

    def parse(data: Any) -> list[T]:
        if not isinstance(data, list):
            raise TypeError(f"expected a JSON array, got {type(data).__name__}")
        return [parse_item(item) for item in data]

    return parse


class _FacadeBase:
    """State shared by the sync and async facades: config, client-filled parameters, default options."""

    def __init__(self, config: TransportConfig, client_params: Mapping[str, Any] | None = None) -> None:
        self._config = config
        self._client_params: dict[str, Any] = dict(client_params or {})
        self._defaults = RequestOptions()

    def _no_result(self, op: Operation, response: httpx.Response) -> bool:
        return is_no_result(op, response, self._config.error_shape)

    def _client_param(self, name: str) -> Any:
        """A parameter the client fills in for every call (``x-client-param`` in the spec)."""
        try:
            return self._client_params[name]
        except KeyError:
            raise MQClientError(f"this client has no value for {name!r}: pass it to the constructor") from None

    def _options(
        self, timeout: float | httpx.Timeout | None, max_retries: int | None, extra_headers: Mapping[str, str] | None
    ) -> RequestOptions:
        defaults = self._defaults
        return RequestOptions(
            timeout=defaults.timeout if timeout is None else timeout,
            max_retries=defaults.max_retries if max_retries is None else max_retries,
            extra_headers={**defaults.extra_headers, **(extra_headers or {})},
            max_response_bytes=defaults.max_response_bytes,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A copy of this client, sharing its connections, whose calls default to these options.

        ``timeout``: seconds for the whole call (retries included), or an ``httpx.Timeout`` per phase;
        ``max_response_bytes``: the largest answer body (decompressed) a call accepts (default 64 MiB).
        """
        clone = copy.copy(self)
        options = self._options(timeout, max_retries, extra_headers)
        if max_response_bytes is not None:
            options = replace(options, max_response_bytes=max_response_bytes)
        clone._defaults = options
        return clone

    def __repr__(self) -> str:
        # Only the endpoint: never the auth object, headers or client parameters (they may carry secrets).
        return f"{type(self).__name__}(endpoint={self._config.base_url!r})"


class SyncFacade(_FacadeBase):
    """Base of every generated sync client."""

    def __init__(
        self,
        config: TransportConfig,
        client_params: Mapping[str, Any] | None = None,
        *,
        http_transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(config, client_params)
        http = httpx.Client(
            base_url=config.base_url, headers=dict(config.headers), timeout=config.timeout, transport=http_transport
        )
        self._transport = SyncTransport(config, http)

    def _send(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        path_values: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        return self._transport.send(op, kwargs, options, path_values)

    def _paginate(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        path_values: Mapping[str, Any],
        parse_page: Callable[[Any], PageT],
        parse_item: Callable[[Any], ItemT],
    ) -> SyncPager[ItemT, PageT]:
        assert op.pagination is not None
        return SyncPager(
            op.pagination, kwargs, lambda kw: self._send(op, kw, options, path_values), parse_page, parse_item
        )

    def close(self) -> None:
        """Close the connections. The client cannot be used afterwards."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncFacade(_FacadeBase):
    """Base of every generated async client."""

    def __init__(
        self,
        config: TransportConfig,
        client_params: Mapping[str, Any] | None = None,
        *,
        http_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(config, client_params)
        http = httpx.AsyncClient(
            base_url=config.base_url, headers=dict(config.headers), timeout=config.timeout, transport=http_transport
        )
        self._transport = AsyncTransport(config, http)

    async def _send(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        path_values: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        return await self._transport.send(op, kwargs, options, path_values)

    def _paginate(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        path_values: Mapping[str, Any],
        parse_page: Callable[[Any], PageT],
        parse_item: Callable[[Any], ItemT],
    ) -> AsyncPager[ItemT, PageT]:
        assert op.pagination is not None

        async def fetch(kw: Mapping[str, Any]) -> httpx.Response:
            return await self._send(op, kw, options, path_values)

        return AsyncPager(op.pagination, kwargs, fetch, parse_page, parse_item)

    async def aclose(self) -> None:
        """Close the connections. The client cannot be used afterwards."""
        await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
