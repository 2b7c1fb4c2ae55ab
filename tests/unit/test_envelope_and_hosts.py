"""Runtime features for RPC-style APIs: errors inside HTTP 200 envelopes, "nothing to return" codes, named hosts,
indexed form arrays. Declared in the spec, read from the Operation; no API named here."""

from __future__ import annotations

from urllib.parse import parse_qsl

import httpx
import pytest

from mqclients._core import errors
from mqclients._core.facade import is_no_result
from mqclients._core.operation import ErrorShape
from mqclients._core.options import RequestOptions
from mqclients._core.transport import indexed_form

from .helpers import Recorder, kwargs, op, sync_transport

ENVELOPE = ErrorShape(code="code", message="message", request_id="requestId", success_codes=(0,))


def test_a_non_zero_envelope_code_raises_even_with_http_200() -> None:
    handler = Recorder(httpx.Response(200, json={"code": 4440, "message": "queue does not exist", "requestId": "r-1"}))
    transport = sync_transport(
        handler, error_shape=ENVELOPE, error_classes=errors.error_classes_for({"4440": "not_found"})
    )
    with pytest.raises(errors.NotFoundError) as caught:
        transport.send(op("POST", idempotent=True), kwargs("POST", data={"a": "1"}), RequestOptions())
    assert (caught.value.status_code, caught.value.error_code, caught.value.request_id) == (200, "4440", "r-1")
    assert caught.value.message == "queue does not exist"


def test_an_unmapped_envelope_code_is_a_plain_api_error() -> None:
    handler = Recorder(httpx.Response(200, json={"code": 9999, "message": "odd", "requestId": "r"}))
    with pytest.raises(errors.APIError) as caught:
        sync_transport(handler, error_shape=ENVELOPE).send(op("POST"), kwargs("POST", data={}), RequestOptions())
    assert type(caught.value) is errors.APIError


def test_success_and_no_result_codes_pass_through() -> None:
    ok = Recorder(httpx.Response(200, json={"code": 0, "message": "", "requestId": "r", "msgId": "m"}))
    assert sync_transport(ok, error_shape=ENVELOPE).send(op("POST"), kwargs("POST", data={}), RequestOptions())
    empty = httpx.Response(200, json={"code": 7000, "message": "(10200)no message", "requestId": "r"})
    receive = op("POST", no_result_codes=frozenset({7000}))
    response = sync_transport(Recorder(empty), error_shape=ENVELOPE).send(
        receive, kwargs("POST", data={}), RequestOptions()
    )
    assert is_no_result(receive, response, ENVELOPE)
    assert not is_no_result(op("POST"), response, ENVELOPE)
    with pytest.raises(errors.APIError):  # the same code on an operation that does not declare it: an error
        sync_transport(Recorder(empty), error_shape=ENVELOPE).send(
            op("POST"), kwargs("POST", data={}), RequestOptions()
        )


def test_operations_go_to_their_named_host() -> None:
    handler = Recorder(httpx.Response(200, json={}))
    transport = sync_transport(handler, hosts={"topic": "http://topic.example:8080", "queue": "http://queue.example"})
    transport.send(op("POST", host="topic"), kwargs("POST", url="/v2/index.php#Publish", data={}), RequestOptions())
    transport.send(op("POST", host="queue"), kwargs("POST", url="/v2/index.php#Send", data={}), RequestOptions())
    transport.send(op("POST"), kwargs("POST", url="/v2/index.php", data={}), RequestOptions())
    on_the_wire = [f"{r.url.scheme}://{r.url.netloc.decode()}{r.url.raw_path.decode()}" for r in handler.requests]
    assert on_the_wire == [  # the #fragment of the spec's path key is never sent
        "http://topic.example:8080/v2/index.php",
        "http://queue.example/v2/index.php",
        "http://127.0.0.1:9/v2/index.php",
    ]


def test_form_arrays_travel_as_indexed_keys() -> None:
    assert indexed_form({"msgBody": ["a", "b"], "queueName": "q"}, 0) == {
        "msgBody.0": "a",
        "msgBody.1": "b",
        "queueName": "q",
    }
    assert indexed_form({"tag": ["x"]}, 1) == {"tag.1": "x"}
    handler = Recorder(httpx.Response(200, json={}))
    sync_transport(handler).send(
        op("POST", form_array_start=0), kwargs("POST", data={"msgBody": [f"m{i}" for i in range(12)]}), RequestOptions()
    )
    sent = parse_qsl(handler.requests[0].content.decode())
    assert sent == [(f"msgBody.{i}", f"m{i}") for i in range(12)]
