"""Reading bodies at their limits (the size cap exactly, the declared length, the deadline, decode-once) and turning
a facade call's arguments into a request (``to_wire``, ``body_from``, ``request_kwargs``)."""

from __future__ import annotations

import datetime
import gzip
import time
from typing import Any

import httpx
import pytest

from mqclients._core.body import aread_body, json_body, json_or_none, read_body
from mqclients._core.deadline import Deadline
from mqclients._core.errors import ResponseDecodeError, ResponseTooLargeError, TimeoutError, ValidationError
from mqclients._core.operation import Operation
from mqclients._core.request import body_from, request_kwargs, to_wire
from mqclients._core.unset import UNSET

KINDS = ["sync", "async"]


def _later() -> Deadline:
    return Deadline(time.monotonic() + 60, httpx.Timeout(5.0))


def _streamed(chunks: list[bytes], headers: dict[str, str] | None = None, *, kind: str) -> httpx.Response:
    class Sync(httpx.SyncByteStream):
        def __iter__(self) -> Any:
            yield from chunks

    class Async(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            for chunk in chunks:
                yield chunk

    return httpx.Response(200, headers=headers or {}, stream=Sync() if kind == "sync" else Async())


async def _read(response: httpx.Response, limit: int, deadline: Deadline, kind: str) -> None:
    if kind == "sync":
        read_body(response, limit, deadline, "op")
    else:
        await aread_body(response, limit, deadline, "op")


@pytest.mark.parametrize("kind", KINDS)
async def test_a_body_of_exactly_the_cap_is_read_and_one_byte_more_is_refused(kind: str) -> None:
    response = _streamed([b"ab", b"cd"], kind=kind)
    await _read(response, 4, _later(), kind)
    assert response.content == b"abcd"
    with pytest.raises(ResponseTooLargeError, match="op: the answer passed the 4-byte cap"):
        await _read(_streamed([b"ab", b"cde"], kind=kind), 4, _later(), kind)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_declared_length_over_the_cap_is_refused_before_reading(kind: str) -> None:
    with pytest.raises(ResponseTooLargeError, match="op: the answer declares 5 bytes, above the 4-byte cap"):
        await _read(_streamed([b"x"], {"content-length": " 5"}, kind=kind), 4, _later(), kind)
    exact = _streamed([b"abcd"], {"content-length": "4"}, kind=kind)
    await _read(exact, 4, _later(), kind)
    odd = _streamed([b"ab"], {"content-length": "lots"}, kind=kind)
    await _read(odd, 4, _later(), kind)
    assert odd.content == b"ab"


@pytest.mark.parametrize("kind", KINDS)
async def test_a_spent_deadline_stops_the_reading(kind: str) -> None:
    spent = Deadline(time.monotonic() - 1, httpx.Timeout(5.0))
    with pytest.raises(TimeoutError, match="op: the call's deadline passed while reading the answer"):
        await _read(_streamed([b"ab"], kind=kind), 100, spent, kind)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_body_that_does_not_decompress_is_a_decode_error(kind: str) -> None:
    response = _streamed([b"not gzip"], {"content-encoding": "gzip"}, kind=kind)
    with pytest.raises(ResponseDecodeError, match="op: the answer's content encoding could not be decoded") as c:
        await _read(response, 100, _later(), kind)
    assert isinstance(c.value.__cause__, httpx.DecodingError)
    packed = _streamed([gzip.compress(b"hello")], {"content-encoding": "gzip"}, kind=kind)
    await _read(packed, 5, _later(), kind)
    assert packed.content == b"hello"


def test_json_is_decoded_once_and_failures_say_why() -> None:
    response = httpx.Response(200, content=b'{"a": 1}')
    first = json_body(response, "op")
    assert first == {"a": 1}
    assert json_body(response, "op") is first
    assert json_or_none(response) is first
    with pytest.raises(ResponseDecodeError, match="op: HTTP 502 body is not valid JSON"):
        json_body(httpx.Response(502, content=b"<html>"), "op")
    with pytest.raises(ResponseDecodeError, match="op: HTTP 200 body is nested too deeply"):
        json_body(httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000), "op")
    assert json_or_none(httpx.Response(200, content=b"<html>")) is None
    assert json_or_none(httpx.Response(200, content=b"")) is None
    assert json_body(httpx.Response(200, content=b"null"), "op") is None


# -- request building ----------------------------------------------------------------------------------------------


class Model:
    def to_dict(self) -> dict[str, Any]:
        return {"from": "model"}


def test_to_wire_converts_models_dates_and_nested_values_and_drops_unset() -> None:
    value = {
        "m": Model(),
        "when": datetime.date(2024, 5, 6),
        "at": datetime.time(7, 8, 9),
        "stamp": datetime.datetime(2024, 5, 6, 7, 8, 9),
        "list": (1, [Model()]),
        "gone": UNSET,
        3: "key made text",
    }
    assert to_wire(value) == {
        "m": {"from": "model"},
        "when": "2024-05-06",
        "at": "07:08:09",
        "stamp": "2024-05-06T07:08:09",
        "list": [1, [{"from": "model"}]],
        "3": "key made text",
    }
    assert to_wire(5) == 5


def test_body_from_keyword_fields_sends_only_what_was_given() -> None:
    fields = {"name": "q", "ttl": UNSET}
    assert body_from(None, fields, {"name": "name"}) == {"name": "q"}
    assert body_from(None, fields, {}, fixed={"Action": "Send"}) == {"Action": "Send", "name": "q"}
    assert body_from(None, {"x": UNSET}, {}, optional=True) is None
    assert body_from(None, {"x": UNSET}, {}) == {}
    with pytest.raises(ValidationError, match="queue_name: is required"):
        body_from(None, {"name": UNSET}, {"name": "queue_name"})


def test_body_from_a_mapping_or_model_keeps_the_client_owned_fields() -> None:
    assert body_from({"name": "q", "Action": "Other"}, {}, {}, fixed={"Action": "Send"}) == {
        "name": "q",
        "Action": "Send",
    }
    assert body_from(Model(), {"x": UNSET}, {"name": "name"}) == {"from": "model"}
    assert body_from([1, 2], {}, {}, fixed={"Action": "Send"}) == [1, 2]
    with pytest.raises(ValidationError, match=r"body: pass either body= or the keyword fields \(a, b\), not both"):
        body_from({"name": "q"}, {"b": 1, "a": 2, "c": UNSET}, {})


def _operation(**extra: Any) -> Operation:
    return Operation(name="op", method="POST", path="/q/{queue}/m", idempotent=False,
                     expected_statuses=frozenset({200}), **extra)  # fmt: skip


def test_request_kwargs_quote_path_values_and_drop_absent_query_and_header_values() -> None:
    built = request_kwargs(
        _operation(),
        path={"queue": "a/b c"},
        query={"limit": 5, "marker": None, "skip": UNSET, "zero": 0},
        headers={"X-A": 1, "X-B": None, "X-C": UNSET},
    )
    assert built == {
        "method": "POST",
        "url": "/q/a%2Fb%20c/m",
        "params": {"limit": 5, "zero": 0},
        "headers": {"X-A": "1"},
    }
    assert request_kwargs(_operation(), body={"a": 1}) == {"method": "POST", "url": "/q/{queue}/m", "headers": {}}


def test_request_kwargs_place_the_body_by_its_encoding_with_its_media_type() -> None:
    as_json = request_kwargs(_operation(body_encoding="json", content_type="application/x+json"), body={"a": 1})
    assert (as_json["json"], as_json["headers"]) == ({"a": 1}, {"Content-Type": "application/x+json"})
    as_form = request_kwargs(_operation(body_encoding="form"), body={"a": "1"})
    assert (as_form["data"], as_form["headers"]) == ({"a": "1"}, {})
    assert "json" not in request_kwargs(_operation(body_encoding="json"), body=None)


def test_the_declared_media_type_goes_out_once_and_also_with_an_empty_body() -> None:
    form = _operation(body_encoding="form", content_type="application/x-www-form-urlencoded")
    # a non-empty body: httpx labels it itself, so the operation adds no header of its own (no duplicate)
    filled = request_kwargs(form, body={"a": "1"})
    assert filled["headers"] == {}
    assert httpx.Request(**filled).headers.get_list("Content-Type") == ["application/x-www-form-urlencoded"]
    # an empty form: httpx sends no Content-Type at all, so the operation's declared one is set
    empty = request_kwargs(form, body={})
    assert empty["headers"] == {"Content-Type": "application/x-www-form-urlencoded"}
    assert httpx.Request(**empty).headers.get_list("Content-Type") == ["application/x-www-form-urlencoded"]


def test_request_kwargs_wrap_the_body_in_the_rpc_envelope() -> None:
    rpc = _operation(body_encoding="json", envelope_params="params", envelope_fields={"jsonrpc": "2.0", "method": "m"})
    assert request_kwargs(rpc, body={"q": 1})["json"] == {"jsonrpc": "2.0", "method": "m", "params": {"q": 1}}
    assert request_kwargs(rpc)["json"] == {"jsonrpc": "2.0", "method": "m", "params": {}}


class SpentNow:
    """A deadline with exactly nothing left."""

    def remaining(self) -> float:
        return 0.0


@pytest.mark.parametrize("kind", KINDS)
async def test_a_deadline_with_exactly_nothing_left_stops_the_reading(kind: str) -> None:
    with pytest.raises(TimeoutError, match="deadline passed while reading"):
        await _read(_streamed([b"ab"], kind=kind), 100, SpentNow(), kind)  # type: ignore[arg-type]
