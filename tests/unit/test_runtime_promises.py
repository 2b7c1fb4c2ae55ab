"""Promises of the runtime that the boundary suites left open (found by ``make mutation``): documented defaults,
immutable settings, reprs without credentials, truncation lengths, resource release, and the request loop's
resets between attempts (sync and async twins)."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import Any

import httpx
import pytest

from mqclients._core import errors, transport
from mqclients._core.auth import TokenHeaderAuth
from mqclients._core.deadline import Deadline
from mqclients._core.deadline_io import AsyncDeadlineBackend, DeadlineBackend
from mqclients._core.endpoints import HUAWEI_REGION, check_endpoint, check_region
from mqclients._core.facade import FacadeBase, SpecConfig
from mqclients._core.operation import Batch, ErrorShape, LongPoll, Pagination
from mqclients._core.options import DEFAULT_TIMEOUT, RequestOptions, RetryPolicy
from mqclients._core.pagination import AsyncPager, Page, SyncPager
from mqclients._core.retry import RetryState
from mqclients._core.transport import AsyncTransport, SyncTransport, TransportConfig
from mqclients._core.validate import check_shape, integral

from .helpers import Recorder, kwargs, op, sync_transport
from .test_transport_twins import KINDS, LoginThenSign, send


def _instances() -> list[object]:
    return [
        RetryPolicy(),
        RequestOptions(),
        Deadline(1.0, httpx.Timeout(1.0)),
        Pagination(style="token", items="x"),
        LongPoll(param="wait"),
        Batch(items="messages", max_items=10),
        ErrorShape(),
        op(),
        HUAWEI_REGION,
        SpecConfig(),
        Page([], None, None),
        TransportConfig(base_url="http://127.0.0.1:9"),
    ]


@pytest.mark.parametrize("instance", _instances(), ids=lambda i: type(i).__name__)
def test_settings_and_descriptions_are_immutable(instance: object) -> None:
    fields = getattr(instance, "_fields", None)  # a named tuple, or a frozen dataclass
    field = fields[0] if fields else dataclasses.fields(instance)[0].name  # type: ignore[arg-type]
    with pytest.raises(AttributeError):  # FrozenInstanceError is one too
        setattr(instance, field, None)


@pytest.mark.parametrize("instance", [RetryPolicy(), RequestOptions(), Deadline(1.0, httpx.Timeout(1.0)),
                                      Pagination(style="token", items="x"), LongPoll(param="w"), ErrorShape(), op(),
                                      Batch(items="m", max_items=1)],
                         ids=lambda i: type(i).__name__)  # fmt: skip
def test_per_call_values_use_slots(instance: object) -> None:
    assert not hasattr(instance, "__dict__")


def test_the_documented_retry_defaults() -> None:
    policy = RetryPolicy()
    clock = iter([0.0] * 100).__next__
    state = RetryState(policy, True, clock=clock, jitter=lambda: 1.0)
    assert state.deadline_at == 60.0
    assert [state.after_exception(httpx.ConnectError("x")) for _ in range(3)] == [0.25, 0.5, None]
    late = RetryState(policy, True, clock=clock, jitter=lambda: 1.0, attempt=0)
    late.attempt = 6
    assert late.backoff() == 8.0  # 0.25 * 2**6 = 16, capped at 8
    ok = RetryState(policy, True, clock=clock, jitter=lambda: 1.0, deadline_at=1000.0)
    request = httpx.Request("GET", "http://127.0.0.1:9/")
    assert ok.after_response(httpx.Response(503, headers={"retry-after": "60"}, request=request)) == 60.0
    capped = RetryState(policy, True, clock=clock, jitter=lambda: 1.0, deadline_at=1000.0)
    assert capped.after_response(httpx.Response(503, headers={"retry-after": "60.5"}, request=request)) is None
    assert policy.retry_statuses == frozenset({408, 429, 502, 503, 504})
    assert httpx.Timeout(30.0, connect=10.0) == DEFAULT_TIMEOUT
    assert TransportConfig(base_url="x").timeout == httpx.Timeout(30.0, connect=10.0)


def test_a_long_poll_without_a_wait_asks_for_none() -> None:
    poll = op("GET", long_poll=LongPoll(param="wait"))
    assert transport.effective_timeout(poll, kwargs(params={}), RequestOptions(), httpx.Timeout(None)).read == 10.0


def test_the_transport_config_repr_shows_neither_auth_nor_headers() -> None:
    class Plain(httpx.Auth):
        def __repr__(self) -> str:
            return "Plain(visible)"

    text = repr(TransportConfig(base_url="http://127.0.0.1:9", auth=Plain(), headers={"X-Auth-Token": "s3cr3t"}))
    assert "visible" not in text
    assert "s3cr3t" not in text
    assert "http://127.0.0.1:9" in text


def test_the_default_answer_cap_is_64_mib(sleeps: list[float]) -> None:
    declared = 64 * 1024 * 1024
    handler = Recorder(httpx.Response(200, headers={"content-length": str(declared + 1)}, content=b"{}"))
    with pytest.raises(errors.ResponseTooLargeError, match=f"declares {declared + 1} bytes, above the {declared}-byte"):
        sync_transport(handler).send(op(), kwargs(), RequestOptions())


def test_long_texts_in_messages_are_cut_at_documented_lengths() -> None:
    with pytest.raises(errors.ValidationError) as region:
        check_region("x" * 100, HUAWEI_REGION)
    assert region.value.rule.startswith(repr("x" * 100)[:60] + " is not")
    with pytest.raises(errors.ValidationError) as endpoint:
        check_endpoint("h" * 100)
    assert endpoint.value.rule.startswith(repr("h" * 100)[:80] + " needs a scheme")


@pytest.mark.parametrize("kind", KINDS)
async def test_error_bodies_are_cut_at_2000_characters(kind: str, sleeps: list[float]) -> None:
    with pytest.raises(errors.BadRequestError) as text:
        await send(kind, Recorder(httpx.Response(400, text="x" * 3000)), op(), kwargs())
    assert text.value.body == "x" * 2000
    with pytest.raises(errors.BadRequestError) as listed:
        await send(kind, Recorder(httpx.Response(400, json=list(range(1000)))), op(), kwargs())
    assert listed.value.body == repr(list(range(1000)))[:2000]


def test_a_page_decode_message_is_cut_at_500_characters() -> None:
    decl = Pagination(style="token", items="i" * 600, token_param="c", token_field="n")
    pager: SyncPager[Any, Any] = SyncPager(decl, {}, lambda kw: httpx.Response(200, json={"i" * 600: {"a": 1}}),
                                           lambda b: b, lambda i: i)  # fmt: skip
    with pytest.raises(errors.ResponseDecodeError) as caught:
        list(pager)
    assert len(str(caught.value)) == 500


@pytest.mark.parametrize("kind", KINDS)
async def test_a_blank_marker_in_the_next_link_is_sent_blank(kind: str) -> None:
    decl = Pagination(style="link", items="things", params=("marker",))
    bodies = [{"things": [1], "links": [{"rel": "next", "href": "?marker="}]}, {"things": [2], "links": []}]
    sent: list[Any] = []

    def fetch(kw: Any) -> httpx.Response:
        sent.append(kw["params"])
        return httpx.Response(200, json=bodies.pop(0))

    if kind == "sync":
        got = list(SyncPager(decl, {"params": {}}, fetch, lambda b: b, lambda i: i))
    else:

        async def afetch(kw: Any) -> httpx.Response:
            return fetch(kw)

        got = [i async for i in AsyncPager(decl, {"params": {}}, afetch, lambda b: b, lambda i: i)]
    assert got == [1, 2]
    assert sent == [{}, {"marker": ""}]


def test_continuation_tokens_do_not_depend_on_the_order_of_parameters() -> None:
    decl = Pagination(style="link", items="things", params=("marker", "limit"))
    body = {"things": [1], "links": [{"rel": "next", "href": "?marker=m&limit=5"}]}
    other = {"things": [1], "links": [{"rel": "next", "href": "?limit=5&marker=m"}]}
    tokens = []
    for answer in (body, other):

        def fetch(kw: Any, answer: Any = answer) -> httpx.Response:
            return httpx.Response(200, json=answer)

        pager: SyncPager[Any, Any] = SyncPager(decl, {"params": {}}, fetch, lambda b: b, lambda i: i)
        tokens.append(next(iter(pager.by_page())).continuation_token)
    assert tokens[0] == tokens[1] == '{"limit": "5", "marker": "m"}'


def test_a_server_that_reorders_the_parameters_it_points_back_at_is_still_caught() -> None:
    decl = Pagination(style="link", items="things", params=("marker", "limit"), limit_param="limit")
    answer = {"things": [1, 2], "links": [{"rel": "next", "href": "?limit=2&marker=m"}]}
    calls: list[Any] = []

    def fetch(kw: Any) -> httpx.Response:
        calls.append(kw)
        if len(calls) > 3:
            raise AssertionError("the pager loops")
        return httpx.Response(200, json=answer)

    pager: SyncPager[Any, Any] = SyncPager(decl, {"params": {"marker": "m", "limit": "2"}}, fetch, lambda b: b,
                                           lambda i: i)  # fmt: skip
    with pytest.raises(errors.PaginationError):
        list(pager)
    assert len(calls) == 1


def test_integral_leaves_lists_alone_without_an_items_schema() -> None:
    value = [1.0, 2.0]
    assert integral(value, {"type": "array"}) is value


def test_shape_checks_run_for_schemas_with_only_items_or_only_extra_properties() -> None:
    with pytest.raises(errors.ResponseDecodeError, match=r"^\[0\]: expected string"):
        check_shape([1], {"items": {"type": "string"}})
    with pytest.raises(errors.ResponseDecodeError, match=r"^a: expected string"):
        check_shape({"a": 1}, {"additionalProperties": {"type": "string"}})


@pytest.mark.parametrize("kind", KINDS)
async def test_an_unknown_host_name_and_a_missing_form_leave_the_request_as_it_is(
    kind: str,
    sleeps: list[float],
) -> None:
    handler = Recorder(httpx.Response(200))
    await send(kind, handler, op("GET", host="files", form_array_start=0), kwargs(params={"a": "1"}))
    assert str(handler.requests[0].url) == "http://127.0.0.1:9/things?a=1"


@pytest.mark.parametrize("kind", KINDS)
async def test_other_httpx_failures_are_typed(kind: str, sleeps: list[float]) -> None:
    with pytest.raises(errors.ResponseDecodeError, match=r"test_get: GET http://127\.0\.0\.1:9/things: the answer"):
        await send(kind, Recorder(httpx.DecodingError("bad gzip")), op(), kwargs())
    with pytest.raises(errors.ConnectionError, match="failed: TooManyRedirects"):
        await send(kind, Recorder(httpx.TooManyRedirects("loop")), op(), kwargs())


async def test_the_async_sleep_sleeps_for_the_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def fake(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr(asyncio, "sleep", fake)
    await transport._async_sleep(1.5)
    assert slept == [1.5]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_budget_spent_exactly_when_a_request_would_go_out_stops_it(
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
    sleeps: list[float],
) -> None:
    readings = iter([100.0] + [105.0] * 50)

    class Clock:
        @staticmethod
        def monotonic() -> float:
            return next(readings)

    monkeypatch.setattr("mqclients._core.deadline.time", Clock)
    handler = Recorder(httpx.Response(200))
    with pytest.raises(errors.TimeoutError, match="the call's deadline passed before the request was sent"):
        await send(kind, handler, op(), kwargs(), RequestOptions(timeout=5.0))
    assert handler.requests == []


@pytest.mark.parametrize("kind", KINDS)
async def test_each_request_carries_the_time_the_call_has_left(kind: str, sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(200))
    await send(kind, handler, op(), kwargs(), RequestOptions(timeout=httpx.Timeout(7.0)))
    timeouts = handler.requests[0].extensions["timeout"]
    assert set(timeouts) == {"connect", "read", "write", "pool"}
    assert all(0 < value <= 7.0 for value in timeouts.values())


@pytest.mark.parametrize("kind", KINDS)
async def test_the_size_cap_applies_and_each_answer_is_closed(kind: str, sleeps: list[float]) -> None:
    closed: list[bool] = []

    class Stream(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Any:
            yield b"0123456789"

        async def __aiter__(self) -> Any:
            yield b"0123456789"

        def close(self) -> None:
            closed.append(True)

        async def aclose(self) -> None:
            closed.append(True)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Stream())

    assert (await send(kind, handler, op(), kwargs())).content == b"0123456789"
    assert closed == [True]
    with pytest.raises(errors.ResponseTooLargeError):
        await send(kind, handler, op(), kwargs(), RequestOptions(max_response_bytes=3))
    assert closed == [True, True]


@pytest.mark.parametrize("kind", KINDS)
async def test_each_attempt_starts_with_no_request_sent(kind: str, sleeps: list[float]) -> None:
    script = iter(["login-ok", "refused", "login-timeout", "login-ok", "created"])

    def handler(request: httpx.Request) -> httpx.Response:
        step = next(script)
        if step == "refused":
            raise httpx.ConnectError("refused")
        if step == "login-timeout":
            raise httpx.ReadTimeout("slow login")
        if step == "login-ok":
            return httpx.Response(200, headers={"x-token": "t"})
        return httpx.Response(201)

    response = await send(kind, handler, op("POST", expected=(201,)), kwargs("POST", json={}), auth=LoginThenSign())
    assert response.status_code == 201


@pytest.mark.parametrize("kind", KINDS)
async def test_a_retry_after_a_transport_error_is_logged(
    kind: str,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="mqclients")
    await send(kind, Recorder(httpx.ConnectError("refused"), httpx.Response(200)), op(), kwargs())
    assert "test_get: retrying in 0.00 s after ConnectError (retry 1)" in caplog.text


def test_transports_put_the_deadline_backend_under_the_clients_httpx_builds() -> None:
    config = TransportConfig(base_url="http://127.0.0.1:9")
    sync = SyncTransport(config, httpx.Client())
    assert isinstance(sync.http._transport._pool._network_backend, DeadlineBackend)  # type: ignore[attr-defined]
    sync.close()
    asynchronous = AsyncTransport(config, httpx.AsyncClient())
    backend = asynchronous.http._transport._pool._network_backend  # type: ignore[attr-defined]
    assert isinstance(backend, AsyncDeadlineBackend)


def test_the_facade_base_has_no_transport_of_its_own() -> None:
    with pytest.raises(NotImplementedError):
        FacadeBase(TransportConfig(base_url="http://127.0.0.1:9"))


def test_a_token_auth_in_a_config_stays_hidden() -> None:
    config = TransportConfig(base_url="http://127.0.0.1:9", auth=TokenHeaderAuth("tok-123456"))
    assert "tok-123456" not in repr(config)


def test_a_repeated_short_page_drops_items_already_read_whatever_their_key_order() -> None:
    decl = Pagination(style="link", items="things", params=("marker",), limit_param="limit")
    pages = [
        {"things": [{"n": 1, "m": 0}], "links": [{"rel": "next", "href": "?marker=a"}]},
        {"things": [{"m": 0, "n": 1}, {"n": 3}], "links": [{"rel": "next", "href": "?marker=a"}]},
    ]

    def fetch(kw: Any) -> httpx.Response:
        return httpx.Response(200, json=pages.pop(0))

    pager: SyncPager[Any, Any] = SyncPager(decl, {"params": {"limit": 5}}, fetch, lambda b: b, lambda i: i["n"])
    assert list(pager) == [1, 3]
