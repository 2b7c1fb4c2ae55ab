"""``_core.wire``: requests built from the client's defaults exactly as ``httpx.Client.build_request`` builds them,
sent to the pool the client would choose, never on a closed client, and no cookie state kept between calls."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mqclients._core.options import RequestOptions
from mqclients._core.transport import build_request
from mqclients._core.wire import Wire
from mqclients.errors import ClientClosedError, MQClientError, ValidationError
from mqclients.zaqar import AsyncZaqar, Zaqar

from .helpers import Recorder, config, kwargs, op, sync_transport

BASES = ["http://127.0.0.1:8000", "http://127.0.0.1:8000/", "http://h.example/prefix", "https://h.example/v2/", ""]
PATHS = ["/", "/v1.0/p/queues", "/v1.0/p/queues/q%2F1", "/a/b/"]
# A client given a transport builds no TLS context of its own (tens of milliseconds each).
UNUSED = httpx.MockTransport(lambda request: httpx.Response(500))


def _same(ours: httpx.Request, theirs: httpx.Request) -> None:
    assert ours.method == theirs.method
    assert str(ours.url) == str(theirs.url)
    assert ours.headers.raw == theirs.headers.raw  # names, values, case and order
    assert ours.read() == theirs.read()


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_a_path_joins_the_base_url_as_httpx_joins_it(base: str, path: str) -> None:
    with httpx.Client(base_url=base, transport=UNUSED) as http:
        wire = Wire(http)
        ours = httpx.Request("GET", wire.url(path, {"limit": 5, "q": "a b"}), headers=wire.headers({}))
        _same(ours, http.build_request("GET", path, params={"limit": 5, "q": "a b"}))


def test_an_absolute_url_is_kept_and_a_base_url_query_is_not_carried() -> None:
    with httpx.Client(base_url="http://h.example/prefix/?token=1", transport=UNUSED) as http:
        wire = Wire(http)
        assert str(wire.url("https://other.example/x")) == "https://other.example/x"
        assert str(wire.url("/v1/x")) == "http://h.example/prefix/v1/x"


_NAMES = st.sampled_from(["User-Agent", "user-agent", "ACCEPT", "Accept-Encoding", "X-Auth-Token", "Content-Type"])
_VALUES = st.text(alphabet="abcdefgh0123456789 /;=", min_size=1, max_size=12).map(str.strip).filter(bool)


@settings(max_examples=100, deadline=None)
@given(
    defaults=st.dictionaries(_NAMES, _VALUES, max_size=4),
    given_headers=st.dictionaries(_NAMES, _VALUES, max_size=4),
)
def test_headers_merge_as_httpx_merges_them(defaults: dict[str, str], given_headers: dict[str, str]) -> None:
    with httpx.Client(base_url="http://127.0.0.1:9", headers=defaults, transport=UNUSED) as http:
        wire = Wire(http)
        ours = httpx.Request("POST", wire.url("/x"), json={"a": 1}, headers=wire.headers(given_headers))
        _same(ours, http.build_request("POST", "/x", json={"a": 1}, headers=given_headers))


def test_the_request_loop_builds_what_httpx_would_build() -> None:
    """The whole of ``build_request``: the operation's kwargs, a call's extra headers, form and JSON bodies."""
    cfg = config(headers={"X-Client": "c"})
    headers = {"User-Agent": "mqclients/test", "X-Client": "c"}
    with httpx.Client(base_url=cfg.base_url, headers=headers, transport=UNUSED) as http:
        wire = Wire(http)
        options = RequestOptions(extra_headers={"x-client": "override", "X-Trace": "t"})
        cases: list[dict[str, Any]] = [
            kwargs("GET", "/things", params={"a": "1"}, headers={"Accept": "application/json"}),
            kwargs("POST", "/things", json={"name": "q", "n": 2}, headers={}),
            kwargs("POST", "/things", data={"Action": "Send", "msg": "héllo"}, headers={}),
        ]
        for case in cases:
            ours = build_request(wire, op(case["method"]), case, options, cfg)
            headers = {**case["headers"], **options.extra_headers}
            body = {key: case[key] for key in ("json", "data", "params") if key in case}
            _same(ours, http.build_request(case["method"], case["url"], headers=headers, **body))


def test_a_closed_client_refuses_calls_without_sending() -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    with Zaqar("http://127.0.0.1:9", project_id="p", http_transport=httpx.MockTransport(recorder)) as zq:
        zq.get_queue("orders")
    with pytest.raises(ClientClosedError, match="closed") as caught:
        zq.get_queue("orders")
    assert isinstance(caught.value, MQClientError)
    assert len(recorder.requests) == 1


def test_a_closed_async_client_refuses_calls_without_sending() -> None:
    recorder = Recorder(httpx.Response(200, json={}))

    async def run() -> None:
        zq = AsyncZaqar("http://127.0.0.1:9", project_id="p", http_transport=httpx.MockTransport(recorder))
        async with zq:
            await zq.get_queue("orders")
        with pytest.raises(ClientClosedError, match="closed"):
            await zq.get_queue("orders")

    asyncio.run(run())
    assert len(recorder.requests) == 1


def test_cookies_an_answer_sets_are_not_sent_back() -> None:
    """Decided: the APIs keep no state in cookies; a gateway's cookie does not ride along on later calls."""
    recorder = Recorder(httpx.Response(200, json={}, headers={"Set-Cookie": "session=abc; Path=/"}))
    with Zaqar("http://127.0.0.1:9", project_id="p", http_transport=httpx.MockTransport(recorder)) as zq:
        zq.get_queue("orders")
        zq.get_queue("orders")
    assert [request.headers.get("cookie") for request in recorder.requests] == [None, None]


def test_every_response_knows_its_request() -> None:
    """A transport's answer need not name its request (``MockTransport``'s do not): the wire sets it, so error
    mapping and logging can read it."""
    transport = sync_transport(Recorder(httpx.Response(500, json={"message": "boom"})))
    request = transport.http.build_request("GET", "/things")
    response = transport.wire.send(request)
    assert response.request is request


def test_mounted_transports_are_chosen_by_url() -> None:
    """With mounts (the proxies the environment names, or the caller's), each request goes where the client's
    own choice would send it."""
    proxied = Recorder(httpx.Response(200, json={"via": "proxy"}))
    direct = Recorder(httpx.Response(200, json={"via": "direct"}))
    mounts = {"http://proxied.example": httpx.MockTransport(proxied)}
    with httpx.Client(transport=httpx.MockTransport(direct), mounts=mounts) as http:
        wire = Wire(http)
        assert wire.send(httpx.Request("GET", "http://proxied.example/x")).read() == b'{"via":"proxy"}'
        assert wire.send(httpx.Request("GET", "http://other.example/x")).read() == b'{"via":"direct"}'
    assert len(proxied.requests) == len(direct.requests) == 1


@pytest.mark.parametrize("header", [{"X-Note": "café"}, {"X-Nöte": "v"}])
def test_a_header_that_is_not_ascii_is_refused_by_name_before_sending(header: dict[str, str]) -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    zq = Zaqar("http://127.0.0.1:9", project_id="p", http_transport=httpx.MockTransport(recorder))
    with zq, pytest.raises(ValidationError, match="ASCII") as caught:
        zq.get_queue("orders", extra_headers=header)
    assert caught.value.field == next(iter(header))
    assert recorder.requests == []


def test_a_url_is_parsed_once_per_distinct_url_and_query() -> None:
    with httpx.Client(base_url="http://127.0.0.1:9", transport=UNUSED) as http:
        wire = Wire(http)
        first = wire.url("/q/orders", {"limit": 5})
        assert wire.url("/q/orders", {"limit": 5}) is first
        assert wire.url("/q/orders") is wire.url("/q/orders")
        assert wire.url("/q/orders") is not first
        assert str(wire.url("/q/orders", {})) == "http://127.0.0.1:9/q/orders"  # no empty "?"
        # equal keys of another type are another query: True == 1, but they are sent as "true" and "1"
        assert str(wire.url("/q", {"a": True})) == "http://127.0.0.1:9/q?a=true"
        assert str(wire.url("/q", {"a": 1})) == "http://127.0.0.1:9/q?a=1"
        assert str(wire.url("/q", {"a": 1.0})) == "http://127.0.0.1:9/q?a=1.0"


def test_a_query_that_cannot_be_remembered_is_parsed_every_time() -> None:
    with httpx.Client(base_url="http://127.0.0.1:9", transport=UNUSED) as http:
        wire = Wire(http)
        listed = wire.url("/q", {"tag": ["a", "b"]})
        assert str(listed) == "http://127.0.0.1:9/q?tag=a&tag=b"
        assert wire.url("/q", {"tag": ["a", "b"]}) is not listed
        pairs = wire.url("/q", [("tag", "a"), ("tag", "b")])
        assert str(pairs) == str(listed)


def test_the_parsed_urls_kept_are_bounded_at_1024() -> None:
    with httpx.Client(base_url="http://127.0.0.1:9", transport=UNUSED) as http:
        wire = Wire(http)
        urls = [wire.url(f"/q/{index}") for index in range(1024)]
        assert wire.url("/q/0") is urls[0]  # all kept
        assert wire.url("/q/1024") is wire.url("/q/1024")  # one more: starts again
        assert wire.url("/q/0") is not urls[0]
        assert str(wire.url("/q/0")) == str(urls[0])
