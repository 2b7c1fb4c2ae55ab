"""Base classes of the generated facades: what a generated method calls, and the client's lifecycle.

A generated method only describes its call: its values sorted by where they travel (``request.request_kwargs``),
handed here with its ``Operation``. Everything else (validation, retries, errors, paging, parsing) happens in this
module and in ``transport``. What the spec says about the API as a whole (error shape and codes, server URL,
hosts, client parameters) arrives as the generated class's ``SpecConfig``, applied to every instance here, so a
per-API constructor only adds what the spec cannot say (credentials, endpoint choice).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple, Self, TypeVar

import httpx

from .body import ACCEPTED_ENCODINGS, json_body
from .errors import MQClientError, ResponseDecodeError, error_classes_for
from .operation import ErrorShape, Operation
from .options import RequestOptions
from .transport import AsyncTransport, SyncTransport, TransportConfig, envelope_code
from .validate import check_shape
from .version import USER_AGENT

if TYPE_CHECKING:
    # Loaded by the first list call, not by ``import mqclients.<api>`` (import time is part of the budget).
    from .pagination import AsyncPager, SyncPager

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


def decode(op: Operation, data: Any, parse: Callable[[Any], T], path: str | None = None) -> T:
    """A decoded success body (or its field ``path``, in an RPC envelope) as the model ``parse`` builds.

    The body is first checked against the spec's shape for it (``Operation.response_schema``): a field of the
    wrong JSON type or a missing required field raises ``ResponseDecodeError`` naming the field path and the
    expected type, instead of a model that lies about its contents. Unknown extra fields are accepted.
    """
    try:
        if path is not None:
            if not isinstance(data, Mapping) or path not in data:
                raise ResponseDecodeError(f"{path}: required, missing from the response body")
            data = data[path]
        if op.response_schema is not None:
            check_shape(data, op.response_schema)
        return parse(data)
    except ResponseDecodeError as exc:
        raise ResponseDecodeError(f"{op.name}: {exc}") from exc
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ResponseDecodeError(f"{op.name}: the body does not match the spec ({type(exc).__name__}: {exc})") from exc


def decoder(op: Operation, parse: Callable[[Any], T], path: str | None = None) -> Callable[[Any], T]:
    """``decode`` for one operation, as a one-argument parser (for pagers)."""
    return lambda data: decode(op, data, parse, path)


def parse_body(op: Operation, response: httpx.Response, parse: Callable[[Any], T], path: str | None = None) -> T:
    """The response's JSON body, decoded once, checked and parsed (see ``decode``)."""
    return decode(op, json_body(response, op.name), parse, path)


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


class LazyModels:
    """A generated package's models by name, each imported on first use and kept as a plain attribute after.

    A generated method names its model class on every call; an ``import`` statement in the method would run the
    import machinery on each of them (about 1 µs, even with the module loaded), and one at module level would load
    every model with the client (import time is budgeted too).
    """

    def __init__(self, package: str) -> None:
        self._package = package

    def __getattr__(self, name: str) -> Any:
        from importlib import import_module

        value = getattr(import_module(self._package), name)
        setattr(self, name, value)
        return value


class SpecConfig(NamedTuple):
    """What a generated facade takes from its spec for every client instance (a named tuple, as ``Operation``:
    cheap to define at import time)."""

    error_shape: ErrorShape = ErrorShape()
    # vendor error code -> category name (``x-error-classes``)
    error_classes: Mapping[str, str] = MappingProxyType({})
    # the first server URL, a template such as ``https://dms.{region}.myhuaweicloud.com``
    server_url: str = ""
    # named host templates (``x-hosts``)
    hosts: Mapping[str, str] = MappingProxyType({})
    # the ``x-client-param`` names a constructor must give a value for
    client_params: tuple[str, ...] = ()
    # header name -> the client parameter it carries (an ``x-client-param`` header): sent by the HTTP client with
    # every request (set once, not passed by each call); an operation that does not take it lists it as unsent
    client_headers: Mapping[str, str] = MappingProxyType({})


HttpTransport = httpx.BaseTransport | httpx.AsyncBaseTransport


def client_headers(config: TransportConfig) -> dict[str, str]:
    """The headers of every request: our ``User-Agent`` and the encodings the body reader decodes (boundedly),
    then the caller's (which may replace them)."""
    return {"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPTED_ENCODINGS, **config.headers}


class FacadeBase:
    """State shared by the sync and async facades: config, client-filled parameters, default options.

    One constructor serves both: per-API clients call it with ``http_transport`` of either kind, and each facade
    checks that it got the kind it sends through.
    """

    _spec_config: SpecConfig = SpecConfig()

    def __init__(
        self,
        config: TransportConfig,
        client_params: Mapping[str, Any] | None = None,
        *,
        http_transport: HttpTransport | None = None,
    ) -> None:
        spec = self._spec_config
        self._client_params: dict[str, Any] = dict(client_params or {})
        missing = [name for name in spec.client_params if self._client_params.get(name) in (None, "")]
        if missing:
            raise MQClientError(f"{', '.join(missing)}: required by this API; pass it to the constructor")
        # The client's own headers go over the caller's, as a call's header parameters would.
        own = {header: str(self._client_params[name]) for header, name in spec.client_headers.items()}
        self._config = dataclasses.replace(
            config,
            error_shape=spec.error_shape,
            error_classes=error_classes_for(spec.error_classes),
            headers={**config.headers, **own},
        )
        self._defaults = RequestOptions()
        self._open(self._config, http_transport)

    def _open(self, config: TransportConfig, http_transport: HttpTransport | None) -> None:
        raise NotImplementedError

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
        if timeout is None and max_retries is None and not extra_headers:
            return defaults  # the common call: nothing overridden, nothing to build
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


class SyncFacade(FacadeBase):
    """Base of every generated sync client."""

    def _open(self, config: TransportConfig, http_transport: HttpTransport | None) -> None:
        if http_transport is not None and not isinstance(http_transport, httpx.BaseTransport):
            raise MQClientError("http_transport: a sync client needs an httpx.BaseTransport")
        http = httpx.Client(
            base_url=config.base_url, headers=client_headers(config), timeout=config.timeout, transport=http_transport
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
        from .pagination import SyncPager

        assert op.pagination is not None
        return SyncPager(
            op.pagination,
            kwargs,
            lambda kw: self._send(op, kw, options, path_values),
            parse_page,
            parse_item,
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


class AsyncFacade(FacadeBase):
    """Base of every generated async client."""

    def _open(self, config: TransportConfig, http_transport: HttpTransport | None) -> None:
        if http_transport is not None and not isinstance(http_transport, httpx.AsyncBaseTransport):
            raise MQClientError("http_transport: an async client needs an httpx.AsyncBaseTransport")
        http = httpx.AsyncClient(
            base_url=config.base_url, headers=client_headers(config), timeout=config.timeout, transport=http_transport
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
        from .pagination import AsyncPager

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
