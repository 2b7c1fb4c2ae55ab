"""The request loop, sync and async side by side: back-off sleeps, retries after transport errors, Retry-After,
error mapping from bodies and headers, envelope codes, long-poll timeouts, request building, and its guards."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from mqclients._core import errors
from mqclients._core.operation import ErrorShape, LongPoll, Operation
from mqclients._core.options import RequestOptions, RetryPolicy
from mqclients._core.transport import effective_timeout, login_request

from .helpers import Recorder, async_transport, kwargs, op, sync_transport

KINDS = ["sync", "async"]


async def send(
    kind: str,
    handler: Any,
    operation: Operation,
    call: Mapping[str, Any],
    options: RequestOptions | None = None,
    **overrides: Any,
) -> httpx.Response:
    options = options or RequestOptions()
    if kind == "sync":
        return sync_transport(handler, **overrides).send(operation, call, options)
    return await async_transport(handler, **overrides).send(operation, call, options)


BACKING_OFF = RetryPolicy(max_retries=3, backoff_base=0.5, backoff_max=1.5, total_deadline=60.0)


@pytest.mark.parametrize("kind", KINDS)
async def test_back_off_doubles_up_to_its_cap_between_attempts(kind: str, sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(503), httpx.Response(503), httpx.Response(503), httpx.Response(200))
    response = await send(kind, handler, op("GET"), kwargs(), retry=BACKING_OFF)
    assert response.status_code == 200
    ceilings = [0.5, 1.0, 1.5]  # base * 2**retry, capped; jitter takes each down to no less than its half
    assert len(sleeps) == 3
    assert all(ceiling / 2 <= slept <= ceiling for slept, ceiling in zip(sleeps, ceilings, strict=True))


@pytest.mark.parametrize("kind", KINDS)
async def test_a_connect_error_is_retried_even_for_a_post(kind: str, sleeps: list[float]) -> None:
    handler = Recorder(httpx.ConnectError("refused"), httpx.Response(201))
    response = await send(kind, handler, op("POST", expected=(201,)), kwargs("POST", json={}), retry=BACKING_OFF)
    assert response.status_code == 201
    assert len(handler.requests) == 2
    assert len(sleeps) == 1
    assert 0.25 <= sleeps[0] <= 0.5


@pytest.mark.parametrize("kind", KINDS)
async def test_a_read_timeout_of_a_post_is_not_replayed(kind: str, sleeps: list[float]) -> None:
    handler = Recorder(httpx.ReadTimeout("slow"), httpx.Response(201))
    with pytest.raises(errors.TimeoutError, match=r"test_post: POST http://127\.0\.0\.1:9/things timed out") as caught:
        await send(kind, handler, op("POST", expected=(201,)), kwargs("POST", json={}))
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert (len(handler.requests), sleeps) == (1, [])


@pytest.mark.parametrize("kind", KINDS)
async def test_transport_errors_are_retried_then_typed_without_secrets(kind: str, sleeps: list[float]) -> None:
    handler = Recorder(httpx.ReadError("reset"))
    call = kwargs(params={"token": "s3cr3t-value", "q": "1"})
    with pytest.raises(errors.ConnectionError) as caught:
        await send(kind, handler, op("GET"), call)
    assert "s3cr3t-value" not in str(caught.value)
    assert str(caught.value) == "test_get: GET http://127.0.0.1:9/things?token=[REDACTED]&q=1 failed: ReadError"
    assert len(handler.requests) == 3


@pytest.mark.parametrize("kind", KINDS)
async def test_a_retry_after_is_slept_and_one_over_the_cap_is_reported_at_once(kind: str, sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(200))
    assert (await send(kind, handler, op("GET"), kwargs())).status_code == 200
    assert sleeps == [2.0]
    capped = Recorder(httpx.Response(503, headers={"Retry-After": "61"}), httpx.Response(200))
    with pytest.raises(errors.ServerError):
        await send(kind, capped, op("GET"), kwargs())
    assert len(capped.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
async def test_error_fields_come_from_the_body_or_the_request_id_header(kind: str, sleeps: list[float]) -> None:
    shape = ErrorShape(code="error.code", message="error.message", request_id="error.rid", request_id_header="x-rid")
    body = {"error": {"code": 7, "message": "broken", "rid": "body-id"}}
    with pytest.raises(errors.BadRequestError) as caught:
        await send(kind, Recorder(httpx.Response(400, json=body, headers={"x-rid": "hdr"})), op(), kwargs(),
                   error_shape=shape)  # fmt: skip
    error = caught.value
    assert (error.error_code, error.message, error.request_id, error.status_code) == ("7", "broken", "body-id", 400)
    assert error.operation == "test_get"
    assert error.body == body
    with pytest.raises(errors.NotFoundError) as missing:
        await send(kind, Recorder(httpx.Response(404, json={}, headers={"x-rid": "hdr"})), op(), kwargs(),
                   error_shape=shape)  # fmt: skip
    assert (missing.value.error_code, missing.value.request_id, missing.value.message) == (None, "hdr", "Not Found")


@pytest.mark.parametrize("kind", KINDS)
async def test_error_message_falls_back_to_a_text_body_or_a_non_object_json(kind: str, sleeps: list[float]) -> None:
    with pytest.raises(errors.ConflictError) as caught:
        await send(kind, Recorder(httpx.Response(409, text="plain words")), op(), kwargs())
    assert (caught.value.message, caught.value.body) == ("plain words", "plain words")
    with pytest.raises(errors.ConflictError) as caught:
        await send(kind, Recorder(httpx.Response(409, json=[1, 2])), op(), kwargs())
    assert caught.value.body == "[1, 2]"
    with pytest.raises(errors.ConflictError) as caught:
        await send(kind, Recorder(httpx.Response(409)), op(), kwargs())
    assert (caught.value.message, caught.value.body) == ("Conflict", None)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_vendor_code_picks_its_class_over_the_status(kind: str, sleeps: list[float]) -> None:
    classes = {"QueueGone": errors.NotFoundError}
    with pytest.raises(errors.NotFoundError):
        await send(kind, Recorder(httpx.Response(400, json={"code": "QueueGone"})), op(), kwargs(),
                   error_classes=classes)  # fmt: skip


ENVELOPE = ErrorShape(code="code", message="message", success_codes=(0,))


@pytest.mark.parametrize("kind", KINDS)
async def test_envelope_codes_success_no_result_and_error(kind: str, sleeps: list[float]) -> None:
    assert (await send(kind, Recorder(httpx.Response(200, json={"code": 0})), op(), kwargs(),
                       error_shape=ENVELOPE)).status_code == 200  # fmt: skip
    quiet = op(no_result_codes=frozenset({7000}))
    assert (await send(kind, Recorder(httpx.Response(200, json={"code": "7000"})), quiet, kwargs(),
                       error_shape=ENVELOPE)).status_code == 200  # fmt: skip
    with pytest.raises(errors.APIError) as caught:
        await send(kind, Recorder(httpx.Response(200, json={"code": 4000, "message": "bad"})), op(), kwargs(),
                   error_shape=ENVELOPE)  # fmt: skip
    assert (caught.value.error_code, caught.value.message, caught.value.status_code) == ("4000", "bad", 200)
    for odd in ("x", None, [1]):
        response = await send(kind, Recorder(httpx.Response(200, json={"code": odd})), op(), kwargs(),
                              error_shape=ENVELOPE)  # fmt: skip
        assert response.status_code == 200


@pytest.mark.parametrize("kind", KINDS)
async def test_the_vendor_rate_limit_code_is_retried_for_a_post(kind: str, sleeps: list[float]) -> None:
    limited = httpx.Response(200, json={"code": 6000, "message": "slow down"})
    handler = Recorder(limited, httpx.Response(200, json={"code": 0}))
    classes = {"6000": errors.RateLimitError}
    post = op("POST")
    assert (await send(kind, handler, post, kwargs("POST", json={}), error_shape=ENVELOPE,
                       error_classes=classes)).json() == {"code": 0}  # fmt: skip
    assert len(handler.requests) == 2
    other = Recorder(httpx.Response(200, json={"code": 6001}), httpx.Response(200, json={"code": 0}))
    with pytest.raises(errors.APIError):
        await send(kind, other, post, kwargs("POST", json={}), error_shape=ENVELOPE,
                   error_classes={"6001": errors.ConflictError})  # fmt: skip
    assert len(other.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
async def test_the_request_carries_overrides_hosts_and_indexed_forms(kind: str, sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(200))
    operation = op("POST", idempotent=True, host="files", form_array_start=1)
    call = kwargs("POST", data={"tag": ["a", "b"], "n": "1"}, headers={"X-A": "1", "X-B": "1"})
    await send(kind, handler, operation, call, RequestOptions(extra_headers={"X-B": "2"}),
               hosts={"files": "http://127.0.0.1:8/base/"})  # fmt: skip
    request = handler.requests[0]
    assert str(request.url) == "http://127.0.0.1:8/base/things"
    assert (request.headers["x-a"], request.headers["x-b"]) == ("1", "2")
    assert request.content == b"tag.1=a&tag.2=b&n=1"


@pytest.mark.parametrize("kind", KINDS)
async def test_whole_floats_travel_as_integers(kind: str, sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(200))
    operation = op("POST", idempotent=True, param_schemas={"limit": {"type": "integer"}},
                   body_schema={"properties": {"ttl": {"type": "integer"}}})  # fmt: skip
    await send(kind, handler, operation, kwargs("POST", params={"limit": 5.0}, json={"ttl": 300.0}))
    assert handler.requests[0].url.query == b"limit=5"
    assert handler.requests[0].content == b'{"ttl":300}'


@pytest.mark.parametrize("kind", KINDS)
async def test_bad_input_and_a_bad_size_cap_fail_before_any_request(kind: str, sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(200))
    operation = op("POST", idempotent=True, param_schemas={"limit": {"maximum": 5}},
                   body_schema={"required": ["name"]})  # fmt: skip
    with pytest.raises(errors.ValidationError, match="limit: must be at most 5"):
        await send(kind, handler, operation, kwargs("POST", params={"limit": 6}, json={"name": "x"}))
    with pytest.raises(errors.ValidationError, match="name: is required"):
        await send(kind, handler, operation, kwargs("POST", json={}))
    with pytest.raises(errors.ValidationError, match="max_response_bytes: must be a positive number of bytes"):
        await send(kind, handler, op(), kwargs(), RequestOptions(max_response_bytes=0))
    assert handler.requests == []
    await send(kind, handler, op(), kwargs(), RequestOptions(max_response_bytes=1))
    assert len(handler.requests) == 1


class LoginThenSign(httpx.Auth):
    """An auth flow that logs in first (a marked login request), then sends the operation's request."""

    def __init__(self) -> None:
        self.logins = 0

    def auth_flow(self, request: httpx.Request) -> Any:
        self.logins += 1
        login = yield login_request(httpx.Request("POST", "http://127.0.0.1:9/login"))
        request.headers["X-Token"] = login.headers.get("x-token", "none")
        yield request


@pytest.mark.parametrize("kind", KINDS)
async def test_a_transient_refusal_of_the_login_retries_the_whole_attempt(kind: str, sleeps: list[float]) -> None:
    answers = {"count": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/login":
            answers["count"] += 1
            return httpx.Response(503) if answers["count"] == 1 else httpx.Response(200, headers={"x-token": "t"})
        return httpx.Response(201, json={"token": request.headers["x-token"]})

    auth = LoginThenSign()
    response = await send(kind, handler, op("POST", expected=(201,)), kwargs("POST", json={}), auth=auth)
    assert response.json() == {"token": "t"}
    assert auth.logins == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_an_auth_flow_that_breaks_is_a_signing_error_with_its_cause(kind: str, sleeps: list[float]) -> None:
    class Broken(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Any:
            raise KeyError("no key")
            yield request

    handler = Recorder(httpx.Response(200))
    with pytest.raises(errors.SigningError, match=r"test_get: authenticating the request failed \(KeyError\)") as c:
        await send(kind, handler, op(), kwargs(), auth=Broken())
    assert isinstance(c.value.__cause__, KeyError)
    assert handler.requests == []


class Raises(httpx.Auth):
    """An auth whose flow (``auth_flow``, which httpx's default async flow drives too) fails with ``exc``."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def auth_flow(self, request: httpx.Request) -> Any:
        raise self.exc
        yield request


class RaisesInItsAsyncFlow(Raises):
    """The same failure from an async flow of its own."""

    async def async_auth_flow(self, request: httpx.Request) -> Any:
        raise self.exc
        yield request


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("auth_class", [Raises, RaisesInItsAsyncFlow], ids=["auth_flow", "async_auth_flow"])
async def test_an_auth_flow_failure_is_typed_and_our_own_errors_pass_as_they_are(
    kind: str, auth_class: type[Raises], sleeps: list[float]
) -> None:
    handler = Recorder(httpx.Response(200))
    refused = errors.AuthenticationError("refused", status_code=401, operation="login")
    with pytest.raises(errors.AuthenticationError) as passed:
        await send(kind, handler, op(), kwargs(), auth=auth_class(refused))
    assert passed.value is refused
    with pytest.raises(errors.SigningError, match=r"^test_get: authenticating the request failed \(KeyError\)$") as c:
        await send(kind, handler, op(), kwargs(), auth=auth_class(KeyError("k")))
    assert isinstance(c.value.__cause__, KeyError)
    assert handler.requests == []


class SendsNothing(httpx.Auth):
    """A broken auth whose flow ends before it yields any request."""

    def auth_flow(self, request: httpx.Request) -> Any:
        return
        yield request


class SendsNothingAsync(SendsNothing):
    async def async_auth_flow(self, request: httpx.Request) -> Any:
        return
        yield request


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("auth", [SendsNothing(), SendsNothingAsync()], ids=["auth_flow", "async_auth_flow"])
async def test_an_auth_flow_that_sends_no_request_is_a_signing_error(
    kind: str, auth: httpx.Auth, sleeps: list[float]
) -> None:
    handler = Recorder(httpx.Response(200))
    with pytest.raises(errors.SigningError, match=r"^test_get: the auth flow sent no request$"):
        await send(kind, handler, op(), kwargs(), auth=auth)
    assert handler.requests == []


class BodyHasher(httpx.Auth):
    """An auth that signs the request body (``requires_request_body``), sending what it read as a header."""

    requires_request_body = True

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["x-body"] = request.content.decode()
        yield request


@pytest.mark.parametrize("kind", KINDS)
async def test_an_auth_that_requires_the_body_gets_a_streamed_body_read(kind: str, sleeps: list[float]) -> None:
    # The request loop drives the auth's own auth_flow (not httpx's wrapper around it): it reads the body first,
    # as the wrapper would, so a body given as chunks is there to sign.
    async def chunks() -> Any:
        for chunk in (b"ab", b"cd"):
            yield chunk

    handler = Recorder(httpx.Response(201))
    content = iter([b"ab", b"cd"]) if kind == "sync" else chunks()
    call = kwargs("POST", content=content)
    await send(kind, handler, op("POST", expected=(201,)), call, auth=BodyHasher(), retry=RetryPolicy(max_retries=0))
    assert [(r.headers["x-body"], r.content) for r in handler.requests] == [("abcd", b"abcd")]


@pytest.mark.parametrize("kind", KINDS)
async def test_each_response_is_logged_with_redacted_headers(
    kind: str, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="mqclients")
    handler = Recorder(httpx.Response(503), httpx.Response(200))
    await send(kind, handler, op(), kwargs(headers={"X-Auth-Token": "s3cr3t-token"}))
    text = caplog.text
    assert "s3cr3t-token" not in text
    assert "test_get GET http://127.0.0.1:9/things -> 503" in text
    assert "(attempt 1)" in text
    assert "(attempt 2)" in text
    assert "test_get: retrying in 0.00 s after HTTP 503 (retry 1)" in text
    assert "'x-auth-token': '[REDACTED]'" in text


def test_a_long_poll_gets_a_read_timeout_beyond_its_wait() -> None:
    body_poll = op("POST", long_poll=LongPoll(param="wait", location="body", default=5.0))
    query_poll = op("GET", long_poll=LongPoll(param="wait"))
    default = httpx.Timeout(30.0)
    assert effective_timeout(query_poll, kwargs(params={"wait": "25"}), RequestOptions(), default).read == 35.0
    assert effective_timeout(query_poll, kwargs(params={"wait": 19.5}), RequestOptions(), default).read == 30.0
    assert effective_timeout(query_poll, kwargs(params={"wait": 20}), RequestOptions(), default).read == 30.0
    assert effective_timeout(query_poll, kwargs(params={"wait": 20.5}), RequestOptions(), default).read == 30.5
    assert effective_timeout(body_poll, kwargs("POST", json={"wait": "x"}), RequestOptions(), 1.0).read == 15.0
    assert effective_timeout(body_poll, kwargs("POST", data={}), RequestOptions(), 1.0).read == 15.0
    unlimited = httpx.Timeout(None)
    assert effective_timeout(query_poll, kwargs(params={}), RequestOptions(), unlimited).read == 10.0
    assert effective_timeout(op(), kwargs(), RequestOptions(timeout=3.0), default).read == 3.0
    stretched = effective_timeout(query_poll, kwargs(params={"wait": 50}), RequestOptions(), httpx.Timeout(5.0))
    assert (stretched.connect, stretched.read, stretched.write, stretched.pool) == (5.0, 60.0, 5.0, 5.0)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_timeout_of_the_login_retries_a_post_but_one_of_the_post_itself_does_not(
    kind: str, sleeps: list[float]
) -> None:
    seen: list[str] = []

    def login_times_out_once(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/login" and seen.count("/login") == 1:
            raise httpx.ReadTimeout("slow login")
        return httpx.Response(200, headers={"x-token": "t"}) if request.url.path == "/login" else httpx.Response(201)

    post = op("POST", expected=(201,))
    response = await send(kind, login_times_out_once, post, kwargs("POST", json={}), auth=LoginThenSign())
    assert response.status_code == 201
    assert seen == ["/login", "/login", "/things"]

    seen.clear()

    def post_times_out(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/login":
            return httpx.Response(200, headers={"x-token": "t"})
        raise httpx.ReadTimeout("slow post")

    with pytest.raises(errors.TimeoutError):
        await send(kind, post_times_out, post, kwargs("POST", json={}), auth=LoginThenSign())
    assert seen == ["/login", "/things"]
