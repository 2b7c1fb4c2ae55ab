"""Error mapping in one place, and secrets kept out of logs, reprs and exception texts."""

from __future__ import annotations

import logging

import httpx
import pytest

from mqclients._core import errors
from mqclients._core.auth import TokenHeaderAuth
from mqclients._core.operation import ErrorShape
from mqclients._core.options import RequestOptions
from mqclients._core.redact import REDACTED, redact_form, redact_headers, redact_url, scrub
from mqclients.zaqar import Zaqar

from .helpers import Recorder, kwargs, op, sync_transport

SECRET = "gAAAAABsecret-token-value-1234567890"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (503, errors.ServerError),
        (418, errors.APIError),
    ],
)
def test_status_maps_to_its_error_class_with_code_message_and_request_id(status: int, cls: type) -> None:
    body = {"code": "E42", "message": "it broke"}
    handler = Recorder(httpx.Response(status, json=body, headers={"x-request-id": "req-1"}))
    with pytest.raises(errors.APIError) as caught:
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions(max_retries=0))
    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.error_code, error.message, error.request_id) == (
        status,
        "E42",
        "it broke",
        "req-1",
    )
    assert error.operation == "test_get"
    assert error.body == body
    assert "E42" in str(error)
    assert "req-1" in str(error)


def test_vendor_error_codes_can_pick_a_more_precise_class() -> None:
    class QueueMissing(errors.NotFoundError):
        pass

    handler = Recorder(httpx.Response(400, json={"code": "10240001", "message": "no queue"}))
    transport = sync_transport(handler, error_classes={"10240001": QueueMissing})
    with pytest.raises(QueueMissing):
        transport.send(op("GET"), kwargs(), RequestOptions())


def test_nested_error_fields_and_non_json_bodies() -> None:
    shape = ErrorShape(code="error.code", message="error.detail", request_id="meta.rid")
    nested = Recorder(httpx.Response(400, json={"error": {"code": 7, "detail": "bad"}, "meta": {"rid": "r9"}}))
    with pytest.raises(errors.BadRequestError) as caught:
        sync_transport(nested, error_shape=shape).send(op("GET"), kwargs(), RequestOptions())
    assert (caught.value.error_code, caught.value.message, caught.value.request_id) == ("7", "bad", "r9")

    html = Recorder(httpx.Response(502, text="<html>Bad Gateway</html>"))
    with pytest.raises(errors.ServerError) as gateway:
        sync_transport(html).send(op("GET"), kwargs(), RequestOptions(max_retries=0))
    assert gateway.value.message == "<html>Bad Gateway</html>"
    assert gateway.value.error_code is None


def test_an_unexpected_success_status_is_an_error_too() -> None:
    handler = Recorder(httpx.Response(202))
    with pytest.raises(errors.APIError) as caught:
        sync_transport(handler).send(op("GET", expected=(200,)), kwargs(), RequestOptions())
    assert caught.value.status_code == 202


def test_redaction_helpers() -> None:
    assert redact_headers({"X-Auth-Token": SECRET, "Accept": "a"}) == {"X-Auth-Token": REDACTED, "Accept": "a"}
    assert redact_headers({"authorization": "SDK-HMAC-SHA256 Access=ak, Signature=ff"})["authorization"] == REDACTED
    url = redact_url(f"http://user:pw@h/p?Signature={SECRET}&a=1&temp_url_sig=x")
    assert SECRET not in url
    assert "pw" not in url
    assert "a=1" in url
    assert SECRET not in redact_form(f"Action=SendMessage&Signature={SECRET}&SecretId=AKID")
    assert scrub(f"token {SECRET} here", [SECRET]) == f"token {REDACTED} here"


def test_debug_logs_never_show_a_token(caplog: pytest.LogCaptureFixture) -> None:
    handler = Recorder(httpx.Response(503), httpx.Response(200, json={}))
    transport = sync_transport(handler, auth=TokenHeaderAuth(SECRET))
    with caplog.at_level(logging.DEBUG, logger="mqclients"):
        transport.send(op("GET"), kwargs(params={"Signature": SECRET, "q": "1"}), RequestOptions())
    text = caplog.text
    assert "test_get" in text
    assert "retrying" in text
    assert "x-auth-token" in text.lower()  # the header is listed ...
    assert SECRET not in text  # ... but never its value, nor a signature in the URL
    assert handler.requests[-1].headers["X-Auth-Token"] == SECRET  # while the wire carries it


def test_transport_error_texts_have_no_secrets() -> None:
    handler = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(errors.ConnectionError) as caught:
        sync_transport(handler, auth=TokenHeaderAuth(SECRET)).send(
            op("GET"), kwargs(params={"Signature": SECRET}), RequestOptions(max_retries=0)
        )
    assert SECRET not in str(caught.value)
    assert "test_get" in str(caught.value)


def test_client_and_auth_reprs_have_no_secrets() -> None:
    client = Zaqar("http://127.0.0.1:9", project_id="p", token=SECRET)
    try:
        assert SECRET not in repr(client)
        assert SECRET not in repr(client._config)
        assert SECRET not in repr(TokenHeaderAuth(SECRET))
    finally:
        client.close()
