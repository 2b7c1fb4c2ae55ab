"""The facade base every generated client stands on (decoding, options, lifecycle, guards), endpoint and region
checks, and the error classes' texts and mapping."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from mqclients._core import errors
from mqclients._core.endpoints import HUAWEI_REGION, TENCENT_REGION, check_endpoint, check_location, check_region
from mqclients._core.facade import (
    AsyncFacade,
    SpecConfig,
    SyncFacade,
    decode,
    decoder,
    is_no_result,
    list_of,
    parse_body,
)
from mqclients._core.operation import ErrorShape, Operation, Pagination
from mqclients._core.options import RequestOptions
from mqclients._core.transport import TransportConfig
from mqclients._core.version import USER_AGENT

OP = Operation(name="get_thing", method="GET", path="/t", idempotent=True, expected_statuses=frozenset({200}))
SHAPED = OP._replace(response_schema={"type": "object", "required": ["id"]})


def test_decode_checks_the_shape_then_parses_and_names_the_operation() -> None:
    assert decode(SHAPED, {"id": 1}, lambda d: d["id"]) == 1
    with pytest.raises(errors.ResponseDecodeError, match=r"^get_thing: id: required, missing") as caught:
        decode(SHAPED, {}, lambda d: d)
    assert isinstance(caught.value.__cause__, errors.ResponseDecodeError)
    assert decode(OP, {"result": {"x": 1}}, lambda d: d["x"], "result") == 1
    with pytest.raises(errors.ResponseDecodeError, match=r"^get_thing: result: required, missing from the response"):
        decode(OP, {"other": 1}, lambda d: d, "result")
    with pytest.raises(errors.ResponseDecodeError, match=r"^get_thing: result: required"):
        decode(OP, [1], lambda d: d, "result")


@pytest.mark.parametrize("failure", [ValueError("v"), KeyError("k"), TypeError("t"), AttributeError("a")])
def test_a_parser_failure_is_a_decode_error_with_its_cause(failure: Exception) -> None:
    def parse(data: Any) -> Any:
        raise failure

    with pytest.raises(
        errors.ResponseDecodeError, match=f"get_thing: the body does not match the spec \\({type(failure).__name__}"
    ):
        decoder(OP, parse)({})
    with pytest.raises(errors.ResponseDecodeError) as caught:
        parse_body(OP, httpx.Response(200, json={}), parse)
    assert caught.value.__cause__ is failure


def test_list_of_parses_each_item_of_an_array_only() -> None:
    assert list_of(int)(["1", "2"]) == [1, 2]
    with pytest.raises(TypeError, match="expected a JSON array, got dict"):
        list_of(int)({})


def test_no_result_codes_are_read_from_the_envelope() -> None:
    shape = ErrorShape(code="code", success_codes=(0,))
    quiet = Operation(name="r", method="POST", path="/", idempotent=False, expected_statuses=frozenset({200}),
                      no_result_codes=frozenset({7000}))  # fmt: skip
    assert is_no_result(quiet, httpx.Response(200, json={"code": 7000}), shape)
    assert not is_no_result(quiet, httpx.Response(200, json={"code": 0}), shape)
    assert not is_no_result(OP, httpx.Response(200, json={"code": 7000}), shape)


class Client(SyncFacade):
    _spec_config = SpecConfig(client_params=("project_id",), error_classes={"E1": "not_found"})


class AsyncClient(AsyncFacade):
    _spec_config = SpecConfig(client_params=("project_id",))


def _config(**extra: Any) -> TransportConfig:
    return TransportConfig(base_url="http://127.0.0.1:9", **extra)


def _echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"ua": request.headers["user-agent"], "x": request.headers.get("x-extra")})


@pytest.mark.parametrize("missing", [None, ""])
def test_a_client_parameter_the_spec_requires_must_be_given(missing: str | None) -> None:
    with pytest.raises(errors.MQClientError, match="project_id: required by this API; pass it to the constructor"):
        Client(_config(), {"project_id": missing}, http_transport=httpx.MockTransport(_echo))
    client = Client(_config(), {"project_id": "p"}, http_transport=httpx.MockTransport(_echo))
    assert client._client_param("project_id") == "p"
    with pytest.raises(errors.MQClientError, match="this client has no value for 'region'"):
        client._client_param("region")


def test_the_spec_config_is_applied_and_the_repr_shows_only_the_endpoint() -> None:
    client = Client(_config(headers={"X-Secret": "s"}), {"project_id": "p"}, http_transport=httpx.MockTransport(_echo))
    assert client._config.error_classes == {"E1": errors.NotFoundError}
    assert repr(client) == "Client(endpoint='http://127.0.0.1:9')"


def test_the_user_agent_is_sent_and_a_caller_header_can_replace_it() -> None:
    with Client(_config(), {"project_id": "p"}, http_transport=httpx.MockTransport(_echo)) as client:
        assert client._send(OP, {"method": "GET", "url": "/t"}, RequestOptions()).json()["ua"] == USER_AGENT
    mine = Client(_config(headers={"User-Agent": "mine/1"}), {"project_id": "p"},
                  http_transport=httpx.MockTransport(_echo))  # fmt: skip
    assert mine._send(OP, {"method": "GET", "url": "/t"}, RequestOptions()).json()["ua"] == "mine/1"


def test_options_are_built_only_when_something_is_overridden() -> None:
    client = Client(_config(), {"project_id": "p"}, http_transport=httpx.MockTransport(_echo))
    assert client._options(None, None, None) is client._defaults
    assert client._options(None, None, {}) is client._defaults
    tuned = client.with_options(timeout=5.0, max_retries=1, extra_headers={"X-Extra": "1"}, max_response_bytes=10)
    assert tuned._defaults == RequestOptions(5.0, 1, {"X-Extra": "1"}, 10)
    assert tuned._transport is client._transport
    assert client._defaults == RequestOptions()
    again = tuned._options(None, None, {"X-More": "2"})
    assert again == RequestOptions(5.0, 1, {"X-Extra": "1", "X-More": "2"}, 10)
    assert tuned._options(3.0, 0, None) == RequestOptions(3.0, 0, {"X-Extra": "1"}, 10)
    assert tuned.with_options(timeout=1.0)._defaults.max_response_bytes == 10


def test_a_transport_of_the_wrong_kind_is_refused() -> None:
    async def async_handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    with pytest.raises(errors.MQClientError, match=r"a sync client needs an httpx\.BaseTransport"):
        Client(_config(), {"project_id": "p"}, http_transport=httpx.AsyncHTTPTransport())
    with pytest.raises(errors.MQClientError, match=r"an async client needs an httpx\.AsyncBaseTransport"):
        AsyncClient(_config(), {"project_id": "p"}, http_transport=httpx.HTTPTransport())


# An offset-paged operation over two one-row pages, for both facades.
_PAGED = OP._replace(
    name="list", pagination=Pagination(style="offset", items="rows", offset_param="offset", total="total")
)
_PAGED_KWARGS = {"method": "GET", "url": "/t", "params": {}}


def _two_pages(request: httpx.Request) -> httpx.Response:
    offset = int(request.url.params.get("offset", 0))
    return httpx.Response(200, json={"rows": [offset], "total": 2})


async def test_the_async_facade_sends_pages_and_closes() -> None:
    async with AsyncClient(_config(), {"project_id": "p"}, http_transport=httpx.MockTransport(_two_pages)) as client:
        pager = client._paginate(_PAGED, _PAGED_KWARGS, RequestOptions(), {}, lambda b: b, int)
        assert [n async for n in pager] == [0, 1]
    assert client._transport.http.is_closed


def test_the_sync_facade_pages_and_closes() -> None:
    with Client(_config(), {"project_id": "p"}, http_transport=httpx.MockTransport(_two_pages)) as client:
        pager = client._paginate(_PAGED, _PAGED_KWARGS, RequestOptions(), {}, lambda b: b, int)
        assert list(pager) == [0, 1]
    assert client._transport.http.is_closed


# -- endpoints and regions -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("region", ["cn-north-4", "ap-southeast-1", "eu-west-101", "my-kualalumpur-1"])
def test_huawei_region_names(region: str) -> None:
    assert check_region(region, HUAWEI_REGION) == region


@pytest.mark.parametrize("region", ["cn north 4", "cn-north", "cn-north-1234", "CN-north-4", "", 4])
def test_bad_huawei_region_names_are_refused_with_examples(region: Any) -> None:
    with pytest.raises(errors.ValidationError, match="is not a Huawei Cloud region name \\(like 'cn-north-4'"):
        check_region(region, HUAWEI_REGION, field="where")


def test_tencent_region_names() -> None:
    for region in ("gz", "shjr", "ap-guangzhou", "ap-shanghai-fsi"):
        assert check_region(region, TENCENT_REGION) == region
    with pytest.raises(errors.ValidationError, match=r"^region: 'toolongname' is not a Tencent Cloud region"):
        check_region("toolongname", TENCENT_REGION)


@pytest.mark.parametrize(
    ("endpoint", "rule"),
    [
        ("", "must be a URL such as"),
        ("   ", "must be a URL such as"),
        (None, "must be a URL such as"),
        ("http://a b", "must not contain spaces"),
        ("http://host:port", "is not a URL"),
        ("https://user:pw@host", "must not carry credentials"),
        ("https://user@host", "must not carry credentials"),
        ("host.example.com", "needs a scheme, http:// or https://"),
        ("ftp://host", "needs a scheme"),
        ("https://", "has no host"),
        ("https://host/?a=1", "must have no query or fragment"),
        ("https://host/#top", "must have no query or fragment"),
    ],
)
def test_bad_endpoints_are_refused(endpoint: Any, rule: str) -> None:
    with pytest.raises(errors.ValidationError, match=rule) as caught:
        check_endpoint(endpoint, field="url")
    assert caught.value.field == "url"
    assert "pw" not in str(caught.value)


def test_endpoints_lose_their_trailing_slash_and_locations_are_checked_when_given() -> None:
    assert check_endpoint("https://host:8443/base/") == "https://host:8443/base"
    assert check_endpoint("http://127.0.0.1:8888") == "http://127.0.0.1:8888"
    assert check_location(None, None, HUAWEI_REGION) == (None, None)
    assert check_location("https://h/", "cn-north-4", HUAWEI_REGION) == ("https://h", "cn-north-4")
    with pytest.raises(errors.ValidationError, match=r"^region"):
        check_location(None, "bad region", HUAWEI_REGION)


# -- error classes -------------------------------------------------------------------------------------------------


def test_api_error_text_has_status_operation_code_message_and_request_id() -> None:
    full = errors.APIError("it broke", status_code=400, error_code="E1", request_id="r-1", operation="op")
    assert str(full) == "HTTP 400 op [E1]: it broke (request id r-1)"
    assert str(errors.APIError("", status_code=500)) == "HTTP 500"
    assert str(errors.APIError("m", status_code=404, operation="op")) == "HTTP 404 op: m"


@pytest.mark.parametrize(
    ("status", "cls"),
    [(499, errors.APIError), (500, errors.ServerError), (599, errors.ServerError), (401, errors.AuthenticationError),
     (403, errors.PermissionDeniedError), (200, errors.APIError)],
)  # fmt: skip
def test_status_classes_at_their_edges(status: int, cls: type[errors.APIError]) -> None:
    assert errors.error_class_for_status(status) is cls


def test_error_categories_map_vendor_codes_to_classes() -> None:
    mapping = errors.error_classes_for({"A": "bad_request", "B": "server", "C": "rate_limit", "D": "conflict",
                                        "E": "authentication", "F": "permission_denied", "G": "not_found"})  # fmt: skip
    assert mapping == {"A": errors.BadRequestError, "B": errors.ServerError, "C": errors.RateLimitError,
                       "D": errors.ConflictError, "E": errors.AuthenticationError,
                       "F": errors.PermissionDeniedError, "G": errors.NotFoundError}  # fmt: skip
    with pytest.raises(KeyError):
        errors.error_classes_for({"X": "mystery"})


def test_validation_error_names_field_and_rule() -> None:
    error = errors.ValidationError("queue_name", "is required")
    assert (error.field, error.rule, str(error)) == ("queue_name", "is required", "queue_name: is required")
    assert isinstance(error, ValueError)
