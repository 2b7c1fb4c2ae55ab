"""One deadline per call, bounded bodies decoded once, typed failures: the runtime pieces of the fault suite,
checked fast (tests/faults runs the whole matrix against a loopback fault server)."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import threading
import time
from collections.abc import Generator, Iterator
from typing import Any

import httpx
import pytest

from mqclients._core import errors
from mqclients._core.body import json_body
from mqclients._core.deadline import call_deadline
from mqclients._core.operation import ErrorShape, Pagination
from mqclients._core.options import RequestOptions, RetryPolicy
from mqclients._core.pagination import SyncPager, decode_token
from mqclients._core.retry import RetryState
from mqclients._core.transport import AsyncTransport, SyncTransport, login_request

from .helpers import Recorder, config, kwargs, op, sync_transport


def test_a_number_is_the_whole_call_budget_and_a_timeout_object_sets_phases() -> None:
    assert call_deadline(2.0, 60.0).remaining() == pytest.approx(2.0, abs=0.05)
    assert call_deadline(httpx.Timeout(5.0), 60.0).remaining() == pytest.approx(60.0, abs=0.05)
    assert call_deadline(2.0, 60.0, extension=20.0).remaining() == pytest.approx(22.0, abs=0.05)
    for bad in (0, -1.0, float("inf"), float("nan")):
        with pytest.raises(errors.ValidationError, match="timeout"):
            call_deadline(bad, 60.0)


def test_each_request_gets_what_is_left_of_the_budget() -> None:
    deadline = call_deadline(httpx.Timeout(30.0, connect=0.5), 3.0)
    timeouts = deadline.request_timeouts()
    assert timeouts["connect"] == 0.5
    assert 2.5 < timeouts["read"] <= 3.0


def test_a_back_off_that_would_pass_the_deadline_is_not_taken(sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(503, headers={"Retry-After": "5"}), httpx.Response(200))
    started = time.monotonic()
    with pytest.raises(errors.ServerError):
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions(timeout=1.0))
    assert sleeps == []
    assert len(handler.requests) == 1
    assert time.monotonic() - started < 0.5


def test_retry_state_gives_up_when_the_delay_reaches_the_deadline() -> None:
    now = [0.0]
    state = RetryState(RetryPolicy(max_retries=5), True, clock=lambda: now[0], deadline_at=2.0)
    assert state.after_response(httpx.Response(503, headers={"Retry-After": "1"})) == 1.0
    now[0] = 1.5
    assert state.after_response(httpx.Response(503, headers={"Retry-After": "1"})) is None


def test_a_429_with_retry_after_is_retried_on_a_post(sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(201))
    response = sync_transport(handler).send(op("POST", expected=(201,)), kwargs("POST", json={}), RequestOptions())
    assert response.status_code == 201
    assert len(handler.requests) == 2


def test_a_429_without_retry_after_is_not_replayed_on_a_post(sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(429), httpx.Response(201))
    with pytest.raises(errors.RateLimitError):
        sync_transport(handler).send(op("POST", expected=(201,)), kwargs("POST", json={}), RequestOptions())
    assert len(handler.requests) == 1


def test_the_vendor_rate_limit_code_in_an_envelope_is_retried_on_a_post(sleeps: list[float]) -> None:
    shape = ErrorShape(code="code", message="message", success_codes=(0,))
    handler = Recorder(
        httpx.Response(200, json={"code": 4420, "message": "slow"}), httpx.Response(200, json={"code": 0})
    )
    transport = sync_transport(handler, error_shape=shape, error_classes={"4420": errors.RateLimitError})
    response = transport.send(op("POST"), kwargs("POST", json={}), RequestOptions())
    assert response.json() == {"code": 0}
    assert len(handler.requests) == 2


def test_an_answer_declared_larger_than_the_cap_is_refused() -> None:
    handler = Recorder(httpx.Response(200, content=b"x" * 2000))
    with pytest.raises(errors.ResponseTooLargeError, match="1000-byte cap"):
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions(max_response_bytes=1000))


def test_a_streamed_answer_stops_at_the_cap_without_being_read_whole() -> None:
    pulled = []

    def chunks() -> Iterator[bytes]:
        for index in range(1000):
            pulled.append(index)
            yield b"y" * 1024

    handler = Recorder(httpx.Response(200, content=chunks()))
    with pytest.raises(errors.ResponseTooLargeError):
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions(max_response_bytes=10 * 1024))
    assert len(pulled) <= 12


def test_a_body_that_is_not_gzip_is_a_decode_error_with_its_cause() -> None:
    handler = Recorder(httpx.Response(200, content=iter([b"not gzip"]), headers={"Content-Encoding": "gzip"}))
    with pytest.raises(errors.ResponseDecodeError) as caught:
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions())
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    good = Recorder(
        httpx.Response(200, content=iter([gzip.compress(b'{"a": 1}')]), headers={"Content-Encoding": "gzip"})
    )
    assert sync_transport(good).send(op("GET"), kwargs(), RequestOptions()).json() == {"a": 1}


def test_deeply_nested_json_is_a_decode_error_and_a_body_is_decoded_once() -> None:
    deep = httpx.Response(200, content=b"[" * 20000 + b"]" * 20000)
    with pytest.raises(errors.ResponseDecodeError, match="nested too deeply") as caught:
        json_body(deep, "op")
    assert isinstance(caught.value.__cause__, RecursionError)
    response = httpx.Response(200, json={"a": [1]})
    assert json_body(response, "op") is json_body(response, "op")


def test_a_foreign_continuation_token_is_a_validation_error_before_any_request() -> None:
    for token in ("not json", "[1, 2]", "[" * 5000):
        with pytest.raises(errors.ValidationError, match="continuation_token"):
            decode_token(token)
    handler = Recorder(httpx.Response(200, json={"items": []}))
    pager: SyncPager[Any, Any] = SyncPager(
        Pagination(style="token", items="items", token_param="t", token_field="next"),
        kwargs(),
        lambda kw: sync_transport(handler).send(op("GET"), kw, RequestOptions()),
        lambda body: body,
        lambda item: item,
    )
    with pytest.raises(errors.ValidationError):
        list(pager.by_page("{broken"))
    assert handler.requests == []


class LoginThenSign(httpx.Auth):
    """Logs in first (a marked login request), then sends the operation's request."""

    def __init__(self) -> None:
        self.token: str | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.token is None:
            answer = yield login_request(httpx.Request("POST", "http://127.0.0.1:9/login"))
            self.token = answer.json()["token"]
        request.headers["X-Token"] = str(self.token)
        yield request


def test_a_failed_login_request_retries_even_a_non_idempotent_call(sleeps: list[float]) -> None:
    handler = Recorder(
        httpx.ReadError("reset"), httpx.Response(503), httpx.Response(200, json={"token": "t"}), httpx.Response(201)
    )
    transport = sync_transport(handler, auth=LoginThenSign(), retry=RetryPolicy(max_retries=3, backoff_base=0.0))
    response = transport.send(op("POST", expected=(201,)), kwargs("POST", json={}), RequestOptions())
    assert response.status_code == 201
    assert [r.url.path for r in handler.requests] == ["/login", "/login", "/login", "/things"]


class Broken(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise ValueError("Could not deserialize key data")
        yield request


def test_an_auth_flow_failing_with_a_foreign_exception_is_a_signing_error_with_its_cause() -> None:
    with pytest.raises(errors.SigningError) as caught:
        sync_transport(Recorder(httpx.Response(200)), auth=Broken()).send(op("GET"), kwargs(), RequestOptions())
    assert isinstance(caught.value.__cause__, ValueError)


@pytest.fixture
def dripping_server() -> Iterator[str]:
    """A loopback server that answers one byte every 0.1 s (status line and headers included)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)
    stop = threading.Event()

    def serve() -> None:
        try:
            connection, _ = listener.accept()
        except OSError:
            return
        with connection:
            connection.recv(65536)
            answer = b'HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n{"a": "0123456789"}'
            for byte in answer:
                if stop.wait(0.1):
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    listener.close()
    thread.join(timeout=5)


@pytest.mark.server
def test_a_dripping_answer_ends_by_the_deadline_sync(dripping_server: str) -> None:
    cfg = config(base_url=dripping_server)
    transport = SyncTransport(cfg, httpx.Client(base_url=dripping_server))
    started = time.monotonic()
    with pytest.raises(errors.TimeoutError) as caught:
        transport.send(op("GET"), kwargs(), RequestOptions(timeout=0.6, max_retries=0))
    assert time.monotonic() - started < 0.6 + 0.3
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    transport.close()


@pytest.mark.server
async def test_a_dripping_answer_ends_by_the_deadline_async(dripping_server: str) -> None:
    cfg = config(base_url=dripping_server)
    transport = AsyncTransport(cfg, httpx.AsyncClient(base_url=dripping_server))
    started = time.monotonic()
    with pytest.raises(errors.TimeoutError):
        await asyncio.wait_for(transport.send(op("GET"), kwargs(), RequestOptions(timeout=0.6, max_retries=0)), 5)
    assert time.monotonic() - started < 0.6 + 0.3
    await transport.aclose()


def test_the_deadline_backend_sits_under_every_client_httpx_builds() -> None:
    from mqclients._core.deadline import bound_client_io

    with httpx.Client() as client:
        assert bound_client_io(client)
        assert bound_client_io(client)  # wrapping twice leaves one wrapper
        assert type(client._transport._pool._network_backend).__name__ == "DeadlineBackend"  # type: ignore[attr-defined]
    assert not bound_client_io(httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200))))


async def test_the_async_deadline_backend_sits_under_async_clients() -> None:
    from mqclients._core.deadline import bound_client_io

    async with httpx.AsyncClient() as client:
        assert bound_client_io(client)
        backend = client._transport._pool._network_backend  # type: ignore[attr-defined]
        assert type(backend).__name__ == "AsyncDeadlineBackend"


def test_a_long_poll_adds_its_wait_to_the_call_budget() -> None:
    from mqclients._core.operation import LongPoll
    from mqclients._core.transport import deadline_for

    polling = op("GET", long_poll=LongPoll(param="wait", location="query", default=5))
    asked = deadline_for(polling, {"params": {"wait": 20}}, RequestOptions(timeout=2.0), config())
    assert asked.remaining() == pytest.approx(22.0, abs=0.05)
    assert asked.request_timeouts()["read"] == pytest.approx(22.0, abs=0.05)  # wait + margin, cut to the budget
    plain = deadline_for(op("GET"), {"params": {"wait": 20}}, RequestOptions(timeout=2.0), config())
    assert plain.remaining() == pytest.approx(2.0, abs=0.05)


def test_a_cause_that_could_quote_a_header_is_not_chained_verbatim() -> None:
    secret = "Bearer leaked-token-0123"
    handler = Recorder(httpx.LocalProtocolError(f"Illegal header value {secret!r}"))
    with pytest.raises(errors.ConnectionError) as caught:
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions(max_retries=0))
    assert isinstance(caught.value.__cause__, httpx.LocalProtocolError)
    import traceback

    assert secret not in "".join(traceback.format_exception(caught.value))


def test_queuemanager_login_requests_are_retried_and_a_bad_challenge_key_fails_typed(sleeps: list[float]) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from mqclients.queuemanager import QueueManager

    pem = (
        rsa.generate_private_key(public_exponent=65537, key_size=2048)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )
    challenges = [
        httpx.Response(503),  # a transient refusal of a login request: the attempt is retried, even for qm.add
        httpx.Response(200, json={"public_key": "<html>gateway</html>", "challenge": "c1"}),
        httpx.Response(200, json={"public_key": pem, "challenge": "c2"}),
    ]
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/login-challenge":
            seen.append("challenge")
            return challenges.pop(0)
        method = json.loads(request.content)["method"]
        seen.append(method)
        result = {"code": 0, "token": "t1"} if method == "qm.auth" else {"code": 0}
        return httpx.Response(200, json={"jsonrpc": "2.0", "id": 1, "result": result})

    transport = httpx.MockTransport(handler)
    with QueueManager(
        "http://127.0.0.1:9", username="u", password="p", heartbeat_interval=0, http_transport=transport
    ) as qm:
        with pytest.raises(errors.ResponseDecodeError, match="not PEM") as caught:
            qm.add(queue_name="q", element="e")
        assert isinstance(caught.value.__cause__, ValueError)  # cryptography's parse error, chained
        assert qm.add(queue_name="q", element="e").code == 0
    assert seen == ["challenge", "challenge", "challenge", "qm.auth", "qm.add", "qm.logout"]
    assert len(sleeps) == 1
