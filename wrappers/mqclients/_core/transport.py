"""The one request loop: validate, build, sign, send, retry, log, map errors.

``SyncTransport`` and ``AsyncTransport`` differ only in I/O and sleeping; every decision is in the pure helpers
here and in ``retry``. Retries sit above signing: each attempt builds a fresh request and ``httpx`` runs the auth
flow again, so a signer stamps a fresh date and signature on every attempt.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from . import errors, validate
from .operation import ErrorShape, Operation, dotted_get
from .options import DEFAULT_TIMEOUT, LONG_POLL_MARGIN_SECONDS, RequestOptions, RetryPolicy, as_timeout
from .redact import redact_headers, redact_url
from .retry import RetryState

logger = logging.getLogger("mqclients")


@dataclass(frozen=True)
class TransportConfig:
    """What a client instance sends every request with."""

    base_url: str
    auth: httpx.Auth | None = field(default=None, repr=False)
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    error_shape: ErrorShape = field(default_factory=ErrorShape)
    # Base URLs of the API's named hosts, for operations that declare ``x-host``.
    hosts: Mapping[str, str] = field(default_factory=dict)
    # Vendor error code -> exception class, for APIs whose codes mean more than their HTTP status.
    error_classes: Mapping[str, type[errors.APIError]] = field(default_factory=dict)


def check_request(op: Operation, kwargs: Mapping[str, Any], path_values: Mapping[str, Any]) -> None:
    """Raise ``ValidationError`` for a documented rule the request breaks, before anything is sent."""
    validate.check_params(path_values, op.param_schemas)
    params = kwargs.get("params")
    if isinstance(params, Mapping):
        validate.check_params(params, op.param_schemas)
    if op.body_schema is not None:
        body = kwargs.get("json", kwargs.get("data"))
        if body is not None:
            validate.check(body, op.body_schema, "")


def _long_poll_wait(op: Operation, kwargs: Mapping[str, Any]) -> float | None:
    if op.long_poll is None:
        return None
    source = kwargs.get("params") if op.long_poll.location == "query" else kwargs.get("json", kwargs.get("data"))
    value = source.get(op.long_poll.param) if isinstance(source, Mapping) else None
    try:
        return float(value) if value is not None else op.long_poll.default
    except (TypeError, ValueError):
        return op.long_poll.default


def effective_timeout(
    op: Operation, kwargs: Mapping[str, Any], options: RequestOptions, default: httpx.Timeout
) -> httpx.Timeout:
    """The call's timeout; for a long poll, a read timeout longer than the wait it asks the server for."""
    timeout = as_timeout(options.timeout, default)
    wait = _long_poll_wait(op, kwargs)
    if wait is not None and (timeout.read is None or timeout.read < wait + LONG_POLL_MARGIN_SECONDS):
        timeout = httpx.Timeout(
            connect=timeout.connect, read=wait + LONG_POLL_MARGIN_SECONDS, write=timeout.write, pool=timeout.pool
        )
    return timeout


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    op: Operation,
    kwargs: Mapping[str, Any],
    options: RequestOptions,
    config: TransportConfig,
) -> httpx.Request:
    """A fresh ``httpx.Request`` from the generated endpoint's kwargs plus the call's overrides."""
    headers = dict(kwargs.get("headers") or {})
    headers.update(options.extra_headers)
    timeout = effective_timeout(op, kwargs, options, config.timeout)
    url = kwargs["url"]
    if op.host is not None and op.host in config.hosts:
        url = config.hosts[op.host].rstrip("/") + url
    data = kwargs.get("data")
    if data is not None and op.form_array_start is not None:
        data = indexed_form(data, op.form_array_start)
    params = kwargs.get("params")
    if isinstance(params, Mapping):
        params = validate.integral_params(params, op.param_schemas)
    return http.build_request(
        method=kwargs["method"],
        url=url,
        params=params,
        json=validate.integral(kwargs.get("json"), op.body_schema),
        data=data,
        content=kwargs.get("content"),
        files=kwargs.get("files"),
        headers=headers,
        timeout=timeout,
    )


def indexed_form(data: Mapping[str, Any], start: int) -> dict[str, Any]:
    """A form body with each list value spread over indexed keys: ``{"tag": [a, b]}`` -> ``tag.0=a&tag.1=b``."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, (list, tuple)):
            for index, item in enumerate(value, start):
                flat[f"{key}.{index}"] = item
        else:
            flat[key] = value
    return flat


def envelope_code(response: httpx.Response, shape: ErrorShape) -> int | None:
    """The envelope's result code of an API that reports errors inside HTTP 200 bodies (else None)."""
    if shape.success_codes is None or not response.content:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    code = dotted_get(body, shape.code)
    try:
        return None if code is None else int(code)
    except (TypeError, ValueError):
        return None


def _decode_body(response: httpx.Response) -> Mapping[str, Any] | str | None:
    if not response.content:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return response.text[:2000]
    return body if isinstance(body, Mapping) else json.dumps(body)[:2000]


def error_for_response(op: Operation, response: httpx.Response, config: TransportConfig) -> errors.APIError:
    """The typed exception for an answer outside the operation's expected statuses."""
    body = _decode_body(response)
    shape = config.error_shape
    code = dotted_get(body, shape.code) if isinstance(body, Mapping) else None
    message = dotted_get(body, shape.message) if isinstance(body, Mapping) else None
    request_id = dotted_get(body, shape.request_id) if isinstance(body, Mapping) else None
    if request_id is None and shape.request_id_header:
        request_id = response.headers.get(shape.request_id_header)
    if message is None:
        message = body if isinstance(body, str) else (response.reason_phrase or "")
    code_text = None if code is None else str(code)
    cls = config.error_classes.get(code_text or "") or errors.error_class_for_status(response.status_code)
    return cls(
        str(message),
        status_code=response.status_code,
        error_code=code_text,
        request_id=None if request_id is None else str(request_id),
        operation=op.name,
        body=body,
    )


def transport_error(op: Operation, exc: httpx.TransportError, request: httpx.Request) -> errors.MQClientError:
    """Our exception for an httpx transport failure, without the request's secrets."""
    where = f"{op.name}: {request.method} {redact_url(str(request.url))}"
    if isinstance(exc, httpx.TimeoutException):
        return errors.TimeoutError(f"{where} timed out ({type(exc).__name__})")
    return errors.ConnectionError(f"{where} failed: {type(exc).__name__}")


def _log_response(op: Operation, response: httpx.Response, attempt: int, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        logger.debug(
            "%s %s %s -> %s in %.1f ms (attempt %d) headers=%s",
            op.name,
            request.method,
            redact_url(str(request.url)),
            response.status_code,
            (time.perf_counter() - started) * 1000,
            attempt,
            redact_headers(request.headers),
        )


def _log_retry(op: Operation, reason: str, delay: float, attempt: int) -> None:
    logger.debug("%s: retrying in %.2f s after %s (retry %d)", op.name, delay, reason, attempt)


async def _async_sleep(delay: float) -> None:
    # asyncio is imported here, not at module level: it costs ~30 ms to import and sync users never need it.
    import asyncio

    await asyncio.sleep(delay)


def _finish(op: Operation, response: httpx.Response, config: TransportConfig) -> httpx.Response:
    if response.status_code not in op.expected_statuses:
        raise error_for_response(op, response, config)
    code = envelope_code(response, config.error_shape)
    success = config.error_shape.success_codes or ()
    if code is None or code in success or code in op.no_result_codes:
        return response
    raise error_for_response(op, response, config)


class SyncTransport:
    """Sends requests for a sync client over one ``httpx.Client`` (connection reuse across calls)."""

    def __init__(self, config: TransportConfig, http: httpx.Client) -> None:
        self.config = config
        self.http = http

    def send(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        path_values: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        check_request(op, kwargs, path_values or {})
        state = RetryState(
            self.config.retry.with_max_retries(options.max_retries), op.idempotent, not_transient=op.not_transient
        )
        while True:
            request = build_request(self.http, op, kwargs, options, self.config)
            started = time.perf_counter()
            try:
                response = self.http.send(request, auth=self.config.auth or httpx.USE_CLIENT_DEFAULT)
            except httpx.TransportError as exc:
                delay = state.after_exception(exc)
                if delay is None:
                    raise transport_error(op, exc, request) from None
                _log_retry(op, type(exc).__name__, delay, state.attempt)
                time.sleep(delay)
                continue
            _log_response(op, response, state.attempt + 1, started)
            delay = state.after_response(response)
            if delay is None:
                return _finish(op, response, self.config)
            response.close()
            _log_retry(op, f"HTTP {response.status_code}", delay, state.attempt)
            time.sleep(delay)

    def close(self) -> None:
        self.http.close()


class AsyncTransport:
    """Sends requests for an async client over one ``httpx.AsyncClient``."""

    def __init__(self, config: TransportConfig, http: httpx.AsyncClient) -> None:
        self.config = config
        self.http = http

    async def send(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        path_values: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        check_request(op, kwargs, path_values or {})
        state = RetryState(
            self.config.retry.with_max_retries(options.max_retries), op.idempotent, not_transient=op.not_transient
        )
        while True:
            request = build_request(self.http, op, kwargs, options, self.config)
            started = time.perf_counter()
            try:
                response = await self.http.send(request, auth=self.config.auth or httpx.USE_CLIENT_DEFAULT)
            except httpx.TransportError as exc:
                delay = state.after_exception(exc)
                if delay is None:
                    raise transport_error(op, exc, request) from None
                _log_retry(op, type(exc).__name__, delay, state.attempt)
                await _async_sleep(delay)
                continue
            _log_response(op, response, state.attempt + 1, started)
            delay = state.after_response(response)
            if delay is None:
                return _finish(op, response, self.config)
            await response.aclose()
            _log_retry(op, f"HTTP {response.status_code}", delay, state.attempt)
            await _async_sleep(delay)

    async def aclose(self) -> None:
        await self.http.aclose()
