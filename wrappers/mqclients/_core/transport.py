"""The one request loop: validate, build, sign, send, retry, log, map errors.

``SyncTransport`` and ``AsyncTransport`` differ only in I/O and sleeping; every decision is in the pure helpers
here and in ``retry``. Retries sit above signing: each attempt builds a fresh request and runs the auth flow again,
so a signer stamps a fresh date and signature on every attempt.

Every call has one deadline (``deadline``): it bounds each socket operation, each back-off sleep and the reading
of each body. The loop runs the auth flow itself (as ``httpx`` would) so that every request the flow makes (a login,
a public key, a renewed token) is sent the same way as the operation's own: within the deadline, its body read
with the size cap, its failures typed and retried by the same rules.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncGenerator, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from . import errors, validate
from .auth import BodyFieldAuth, fill_body_fields, mark_body_fields
from .body import DEFAULT_MAX_RESPONSE_BYTES, aread_body, json_or_none, read_body
from .deadline import Deadline, bound_client_io, call_deadline
from .operation import ErrorShape, Operation, dotted_get
from .options import DEFAULT_TIMEOUT, LONG_POLL_MARGIN_SECONDS, RequestOptions, RetryPolicy, as_timeout
from .redact import redact_headers, redact_url, scrub, scrub_value, secrets_in_body
from .retry import RetryState
from .wire import Wire

logger = logging.getLogger("mqclients")


@dataclass(frozen=True)
class TransportConfig:
    """What a client instance sends every request with.

    ``timeout``: a number of seconds is each call's whole budget; an ``httpx.Timeout`` sets per-phase timeouts and
    the call's budget is then ``retry.total_deadline``. ``max_response_bytes`` caps each answer's decoded body.
    """

    base_url: str
    auth: httpx.Auth | None = field(default=None, repr=False)
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)
    timeout: float | httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    error_shape: ErrorShape = field(default_factory=ErrorShape)
    # Base URLs of the API's named hosts, for operations that declare ``x-host``.
    hosts: Mapping[str, str] = field(default_factory=dict)
    # Vendor error code -> exception class, for APIs whose codes mean more than their HTTP status.
    error_classes: Mapping[str, type[errors.APIError]] = field(default_factory=dict)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES


def check_request(op: Operation, kwargs: Mapping[str, Any], path_values: Mapping[str, Any]) -> None:
    """Raise ``ValidationError`` for a documented rule the request breaks, before anything is sent."""
    validate.check_params(path_values, op.param_schemas)
    params = kwargs.get("params")
    if isinstance(params, Mapping):
        validate.check_params(params, op.param_schemas)
    if op.body_schema is not None:
        body = kwargs.get("json", kwargs.get("data"))
        if body is not None:
            location = op.envelope_params
            if location is None:
                validate.check(body, op.body_schema, "")
            else:  # the envelope around the arguments is the client's own (the spec's constants): not re-checked
                validate.check(body[location], op.body_schema["properties"][location], location)


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
    op: Operation, kwargs: Mapping[str, Any], options: RequestOptions, default: float | httpx.Timeout
) -> httpx.Timeout:
    """The call's per-phase timeouts; for a long poll, a read timeout longer than the wait it asks the server for."""
    configured = options.timeout if options.timeout is not None else default
    timeout = as_timeout(configured, DEFAULT_TIMEOUT)
    wait = _long_poll_wait(op, kwargs)
    if wait is not None and (timeout.read is None or timeout.read < wait + LONG_POLL_MARGIN_SECONDS):
        timeout = httpx.Timeout(
            connect=timeout.connect, read=wait + LONG_POLL_MARGIN_SECONDS, write=timeout.write, pool=timeout.pool
        )
    return timeout


def deadline_for(
    op: Operation, kwargs: Mapping[str, Any], options: RequestOptions, config: TransportConfig
) -> Deadline:
    """The deadline of a call starting now: its budget (a long poll's wait added to it) and per-phase timeouts."""
    configured = options.timeout if options.timeout is not None else config.timeout
    start = call_deadline(configured, config.retry.total_deadline, _long_poll_wait(op, kwargs) or 0.0)
    return Deadline(start.at, effective_timeout(op, kwargs, options, config.timeout))


def build_request(
    wire: Wire, op: Operation, kwargs: Mapping[str, Any], options: RequestOptions, config: TransportConfig
) -> httpx.Request:
    """A fresh ``httpx.Request`` from the generated endpoint's kwargs plus the call's overrides, with the client's
    base URL and headers (as ``httpx.Client.build_request`` would merge them)."""
    given = kwargs.get("headers")
    if options.extra_headers:
        given = {**(given or {}), **options.extra_headers}
    url = kwargs["url"]
    if op.host is not None and op.host in config.hosts:
        url = config.hosts[op.host].rstrip("/") + url
    data = kwargs.get("data")
    if data is not None and op.form_array_start is not None:
        data = indexed_form(data, op.form_array_start)
    params = kwargs.get("params")
    if isinstance(params, Mapping):
        params = validate.integral_params(params, op.param_schemas)
    body = validate.integral(kwargs.get("json"), op.body_schema)
    # Client-owned body fields (a session token) are written here, before the one encoding of the body.
    owned = fill_body_fields(op, body, config.auth.body_fields()) if isinstance(config.auth, BodyFieldAuth) else None
    request = httpx.Request(
        kwargs["method"],
        wire.url(url, params),
        json=body if owned is None else owned.body,
        data=data,
        content=kwargs.get("content"),
        files=kwargs.get("files"),
        headers=wire.headers(given or {}),
    )
    for name in op.unsent_headers:
        request.headers.pop(name, None)
    return request if owned is None else mark_body_fields(request, owned)


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


_ENVELOPE_CODE = "mqclients.envelope_code"


def envelope_code(response: httpx.Response, shape: ErrorShape) -> int | None:
    """The envelope's result code of an API that reports errors inside HTTP 200 bodies (else None).

    Read once per response (the retry decision, the error check and the no-result check each ask): it is kept on
    the response with the path it was read at."""
    if shape.success_codes is None:
        return None
    remembered = response.extensions.get(_ENVELOPE_CODE)
    if remembered is not None and remembered[0] == shape.code:
        return remembered[1]  # type: ignore[no-any-return]
    code = dotted_get(json_or_none(response), shape.code)
    try:
        result = None if code is None else int(code)
    except (TypeError, ValueError, OverflowError):
        result = None
    response.extensions[_ENVELOPE_CODE] = (shape.code, result)
    return result


def is_rate_limited(response: httpx.Response, config: TransportConfig) -> bool:
    """Whether an envelope answer carries the vendor's rate-limit code (``x-error-classes`` category rate_limit)."""
    code = envelope_code(response, config.error_shape)
    return code is not None and config.error_classes.get(str(code)) is errors.RateLimitError


def _decode_body(response: httpx.Response) -> Mapping[str, Any] | str | None:
    if not response.content:
        return None
    body = json_or_none(response)
    if body is None:
        return response.text[:2000]
    return body if isinstance(body, Mapping) else repr(body)[:2000]


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
    secrets = secrets_in_body(response.request.content, op.secret_fields) if op.secret_fields else []
    if secrets:  # a server that echoes an x-secret value it was sent ("cannot connect to redis://:pw@...")
        message, body = scrub(str(message), secrets), scrub_value(body, secrets)
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


_LOGIN = "mqclients.login"


def login_request(request: httpx.Request) -> httpx.Request:
    """Mark a request an auth flow makes before the operation's own (a login, a key fetch): its failure means the
    operation was not sent, so the whole attempt may be retried whatever the operation; a transient status on it
    (429, 502, 503, 504, ``retry_statuses``) retries the attempt instead of reaching the flow."""
    request.extensions[_LOGIN] = True
    return request


def _is_login(request: httpx.Request) -> bool:
    return request.extensions.get(_LOGIN) is True


# Failures inside an auth flow that pass through as they are: our own errors and httpx's.
_AUTH_PASSES = (errors.MQClientError, httpx.HTTPError)


def auth_failure(op: Operation, exc: Exception | None) -> errors.SigningError:
    """A failure inside an auth flow (a signer, a login) that is not ours or httpx's, as a ``SigningError``; the
    caller chains the original as its cause (its text is a library's, a JSON or key parser's, never a credential).
    ``None``: the flow ended without sending any request."""
    if exc is None:
        return errors.SigningError(f"{op.name}: the auth flow sent no request")
    return errors.SigningError(f"{op.name}: authenticating the request failed ({type(exc).__name__})")


def safe_cause(exc: httpx.HTTPError) -> BaseException:
    """The exception to chain as ``__cause__``. httpx's own texts name the failure, not the request, except the
    h11 errors about a request we could not write (an illegal header value is quoted): those are replaced by a copy
    of the same type without the text."""
    if isinstance(exc, httpx.LocalProtocolError):
        return type(exc)("the request could not be written (details withheld: they may quote a header value)")
    return exc


def http_failure(op: Operation, exc: httpx.HTTPError, request: httpx.Request) -> errors.MQClientError:
    """Our exception for any ``httpx`` failure."""
    if isinstance(exc, httpx.TransportError):
        return transport_error(op, exc, request)
    where = f"{op.name}: {request.method} {redact_url(str(request.url))}"
    if isinstance(exc, httpx.DecodingError):
        return errors.ResponseDecodeError(f"{where}: the answer could not be decoded ({type(exc).__name__})")
    return errors.ConnectionError(f"{where} failed: {type(exc).__name__}")


class _Call:
    """One call's state across its attempts: deadline, retry counter, size cap, and whether the operation's own
    request has gone out in the current attempt (a login request failing before it makes any replay safe)."""

    __slots__ = ("body_sent", "deadline", "limit", "op", "retry")

    def __init__(self, op: Operation, deadline: Deadline, retry: RetryState, limit: int) -> None:
        self.op = op
        self.deadline = deadline
        self.retry = retry
        self.limit = limit
        self.body_sent = False

    def sending(self, request: httpx.Request) -> bool:
        """Note a request of the attempt going out; whether it is the operation's own. Any request not marked as a
        login counts as the operation's own (a signer may rebuild the request it was given)."""
        main = not _is_login(request)
        self.body_sent = self.body_sent or main
        return main

    @classmethod
    def start(cls, op: Operation, kwargs: Mapping[str, Any], options: RequestOptions, config: TransportConfig) -> _Call:
        deadline = deadline_for(op, kwargs, options, config)
        policy = config.retry.with_max_retries(options.max_retries)
        retry = RetryState(policy, op.idempotent, deadline_at=deadline.at, not_transient=op.not_transient)
        limit = options.max_response_bytes if options.max_response_bytes is not None else config.max_response_bytes
        if limit <= 0:
            raise errors.ValidationError("max_response_bytes", "must be a positive number of bytes")
        return cls(op, deadline, retry, limit)

    def prepare(self, request: httpx.Request) -> None:
        """Give a request about to be sent the timeouts the call has left (``TimeoutError`` when none)."""
        if self.deadline.remaining() <= 0:
            raise errors.TimeoutError(f"{self.op.name}: the call's deadline passed before the request was sent")
        request.extensions["timeout"] = self.deadline.request_timeouts()

    def retry_status(self, response: httpx.Response, config: TransportConfig, *, main: bool) -> bool:
        """Whether a login request's answer is a transient refusal to retry the whole attempt on."""
        return not main and (response.status_code in config.retry.retry_statuses or is_rate_limited(response, config))

    def after_failure(self, exc: httpx.HTTPError, request: httpx.Request) -> float:
        """The back-off before the next attempt, after an attempt failed in ``httpx``; our exception (its cause
        the failure, without a header value it may quote) when there is to be none."""
        delay = self.retry.after_exception(exc, body_sent=self.body_sent)
        if delay is None:
            raise http_failure(self.op, exc, request) from safe_cause(exc)
        _log_retry(self.op, type(exc).__name__, delay, self.retry.attempt)
        return delay

    def after_answer(self, response: httpx.Response, config: TransportConfig) -> float | None:
        """The back-off before the next attempt, after an attempt's answer; None: it is the call's answer."""
        rate_limited = is_rate_limited(response, config)
        delay = self.retry.after_response(response, body_sent=self.body_sent, rate_limited=rate_limited)
        if delay is not None:
            _log_retry(self.op, f"HTTP {response.status_code}", delay, self.retry.attempt)
        return delay

    # One step of an auth flow, sent the previous request's answer (None first: the same as next(flow)): the next
    # request, or the flow's last answer once it ends. No ``with`` around it (two calls more per step): a failure
    # in the flow is typed where it is caught, ours and httpx's passing as they are.

    def step(
        self, flow: Generator[httpx.Request, httpx.Response, None], answer: httpx.Response | None
    ) -> httpx.Request | httpx.Response:
        try:
            return flow.send(answer)  # type: ignore[arg-type]
        except StopIteration:
            if answer is None:
                raise auth_failure(self.op, None) from None
            return answer
        except _AUTH_PASSES:
            raise
        except Exception as exc:
            raise auth_failure(self.op, exc) from exc

    async def astep(
        self, flow: AsyncGenerator[httpx.Request, httpx.Response], answer: httpx.Response | None
    ) -> httpx.Request | httpx.Response:
        """``step`` for an auth flow of its own that awaits (such as a token fetch)."""
        try:
            return await flow.asend(answer)  # type: ignore[arg-type]
        except StopAsyncIteration:
            if answer is None:
                raise auth_failure(self.op, None) from None
            return answer
        except _AUTH_PASSES:
            raise
        except Exception as exc:
            raise auth_failure(self.op, exc) from exc


class SyncTransport:
    """Sends requests for a sync client over one ``httpx.Client`` (connection reuse across calls)."""

    def __init__(self, config: TransportConfig, http: httpx.Client) -> None:
        self.config = config
        self.http = http
        self.wire = Wire(http)
        bound_client_io(http)

    def send(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        path_values: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        check_request(op, kwargs, path_values or {})
        call = _Call.start(op, kwargs, options, self.config)
        with call.deadline.active():
            while True:
                request = build_request(self.wire, op, kwargs, options, self.config)
                call.body_sent = False
                try:
                    response = self._attempt(call, request)
                except httpx.HTTPError as exc:
                    time.sleep(call.after_failure(exc, request))
                    continue
                delay = call.after_answer(response, self.config)
                if delay is None:
                    return _finish(op, response, self.config)
                time.sleep(delay)

    def _attempt(self, call: _Call, request: httpx.Request) -> httpx.Response:
        """One attempt: the auth flow's requests (the operation's own among them), each sent and read in full."""
        auth = self.config.auth
        if auth is None:  # no flow to run: the request goes out as built
            call.sending(request)
            return self._exchange(call, request)
        flow = sync_flow(auth, request)
        answer = None
        while True:
            outgoing = call.step(flow, answer)
            if isinstance(outgoing, httpx.Response):
                return outgoing
            main = call.sending(outgoing)
            answer = self._exchange(call, outgoing)
            if call.retry_status(answer, self.config, main=main):
                return answer

    def _exchange(self, call: _Call, request: httpx.Request) -> httpx.Response:
        call.prepare(request)
        started = time.perf_counter()
        response = self.wire.send(request)
        try:
            read_body(response, call.limit, call.deadline, call.op.name)
        finally:
            response.close()
        _log_response(call.op, response, call.retry.attempt + 1, started)
        return response

    def close(self) -> None:
        self.http.close()


class AsyncTransport:
    """Sends requests for an async client over one ``httpx.AsyncClient``."""

    def __init__(self, config: TransportConfig, http: httpx.AsyncClient) -> None:
        self.config = config
        self.http = http
        self.wire = Wire(http)
        bound_client_io(http)

    async def send(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        path_values: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        check_request(op, kwargs, path_values or {})
        call = _Call.start(op, kwargs, options, self.config)
        with call.deadline.active():
            while True:
                request = build_request(self.wire, op, kwargs, options, self.config)
                call.body_sent = False
                try:
                    response = await self._attempt(call, request)
                except httpx.HTTPError as exc:
                    await _async_sleep(call.after_failure(exc, request))
                    continue
                delay = call.after_answer(response, self.config)
                if delay is None:
                    return _finish(op, response, self.config)
                await _async_sleep(delay)

    async def _attempt(self, call: _Call, request: httpx.Request) -> httpx.Response:
        """One attempt: the auth flow's requests (the operation's own among them), each sent and read in full."""
        auth = self.config.auth
        if auth is None:  # no flow to run: the request goes out as built
            call.sending(request)
            return await self._exchange(call, request)
        if type(auth).async_auth_flow is not httpx.Auth.async_auth_flow:
            return await self._run_async_flow(call, auth.async_auth_flow(request))
        # httpx's default async flow only drives the auth's own (sync) ``auth_flow``: driven here, without it.
        if auth.requires_request_body:
            await request.aread()
        flow = auth.auth_flow(request)
        answer = None
        while True:
            outgoing = call.step(flow, answer)
            if isinstance(outgoing, httpx.Response):
                return outgoing
            main = call.sending(outgoing)
            answer = await self._exchange(call, outgoing)
            if call.retry_status(answer, self.config, main=main):
                return answer

    async def _run_async_flow(self, call: _Call, flow: AsyncGenerator[httpx.Request, httpx.Response]) -> httpx.Response:
        """``_attempt`` for an auth with an async flow of its own (one that awaits, such as a token fetch)."""
        answer = None
        while True:
            outgoing = await call.astep(flow, answer)
            if isinstance(outgoing, httpx.Response):
                return outgoing
            main = call.sending(outgoing)
            answer = await self._exchange(call, outgoing)
            if call.retry_status(answer, self.config, main=main):
                return answer

    async def _exchange(self, call: _Call, request: httpx.Request) -> httpx.Response:
        call.prepare(request)
        started = time.perf_counter()
        response = await self.wire.asend(request)
        try:
            await aread_body(response, call.limit, call.deadline, call.op.name)
        finally:
            await response.aclose()
        _log_response(call.op, response, call.retry.attempt + 1, started)
        return response

    async def aclose(self) -> None:
        await self.http.aclose()


def sync_flow(auth: httpx.Auth, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
    """The auth's flow for a sync client, as one generator. httpx's default ``sync_auth_flow`` only wraps the auth's
    own ``auth_flow`` in a second generator (reading the request body first when the auth asks, done here; the
    answers it is sent are read in full already), so that one is called directly unless a subclass replaced it."""
    if type(auth).sync_auth_flow is not httpx.Auth.sync_auth_flow:
        return auth.sync_auth_flow(request)
    if auth.requires_request_body:
        request.read()
    return auth.auth_flow(request)
