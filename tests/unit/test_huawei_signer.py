"""Huawei Cloud AK/SK signer (mqclients._signing.huawei): published vectors, each step, httpx integration, credentials.

The wire checks re-verify captured requests with ``verify_wire``, an independent server-side check written from
shared/reference/huawei-signing.md with the standard library only (it does not call the module under test).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qsl, quote, unquote_to_bytes

import httpx
import pytest

from mqclients._core.errors import SigningError
from mqclients._signing import huawei
from mqclients._signing.huawei import (
    EMPTY_PAYLOAD_HASH,
    UNSIGNED_PAYLOAD,
    HuaweiAKSKAuth,
    HuaweiCredentials,
    HuaweiTokenAuth,
    authorization_header,
    canonical_header_value,
    canonical_headers,
    canonical_query,
    canonical_request,
    canonical_uri,
    format_sdk_date,
    is_signed_header,
    needs_unsigned_payload,
    parse_query,
    payload_hash,
    sign,
    signature,
    signed_headers,
    string_to_sign,
)

AK = "HPUAEXAMPLEAK0000001"
SK = "ExampleSecretKey0123456789abcdefghijklmn"
PROJECT_ID = "0a1b2c3d4e5f"
TOKEN = "gQpjbi1ub3J0aC00ixB+SecretSecurityToken=="
MOMENT = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
HOST = "rocketmq.cn-north-4.myhuaweicloud.com"
TOPICS = "/v2/0a1b2c3d4e5f/instances/11111111-2222-3333-4444-555555555555/topics"
VECTOR_1 = (
    "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;host;x-project-id;x-sdk-date, "
    "Signature=7a0209c0cd4ec5a3599c35f19c554fba26424a8b281c46c7da4ba67bff3a345e"
)
VECTOR_2_BODY = b'{"name":"topic-demo","brokers":["broker-0"],"queue_num":8,"permission":"all"}'
VECTOR_2 = (
    "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;host;x-sdk-date, "
    "Signature=577ab84001a46b02893da0ade0a1d2b27f007063fffdf482ef4d17a1f116e8ee"
)


def pinned(moment: datetime = MOMENT) -> HuaweiAKSKAuth:
    return HuaweiAKSKAuth(HuaweiCredentials(AK, SK), clock=lambda: moment)


# -------------------------------------------------------------------------------------------- independent verifier


_AUTH = re.compile(r"SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})")


def verify_wire(request: httpx.Request, sk: str = SK) -> list[str]:
    """Check the request as a server would, from what is on the wire; return the signed header names."""
    match = _AUTH.fullmatch(request.headers["Authorization"])
    assert match, request.headers["Authorization"]
    names = match[2].split(";")
    path = request.url.raw_path.partition(b"?")[0]
    uri = "/".join(quote(seg, safe="~") for seg in unquote_to_bytes(path).split(b"/"))
    uri += "" if uri.endswith("/") else "/"
    query_text = request.url.query.decode("ascii")
    assert "+" not in query_text  # the signer sends the canonical query: spaces as %20
    pairs = sorted(parse_qsl(query_text, keep_blank_values=True))
    query = "&".join(f"{quote(k, safe='~')}={quote(v, safe='~')}" for k, v in pairs)
    assert query == query_text  # ... sorted, exactly as signed
    block = "".join(f"{n}:{request.headers[n].strip()}\n" for n in names)
    body = request.read()
    declared = request.headers.get("X-Sdk-Content-Sha256")
    body_hash = hashlib.sha256(body).hexdigest() if not declared or not body else declared
    canonical = "\n".join([request.method, uri, query, block, match[2], body_hash])
    to_sign = "\n".join(
        ["SDK-HMAC-SHA256", request.headers["X-Sdk-Date"], hashlib.sha256(canonical.encode()).hexdigest()]
    )
    expected = hmac.new(sk.encode(), to_sign.encode(), hashlib.sha256).hexdigest()
    assert hmac.compare_digest(expected, match[3]), "signature does not verify against the wire request"
    return names


class Capture:
    """A MockTransport handler keeping a snapshot of each request as it reached the transport."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def _keep(self, request: httpx.Request) -> httpx.Response:
        snapshot = httpx.Request(request.method, request.url, headers=request.headers.raw, content=request.content)
        self.requests.append(snapshot)
        return httpx.Response(200, json={})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._keep(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._keep(request)


# ---------------------------------------------------------------------------------------------------- published vectors


def test_vector_1_get_with_empty_body_pure() -> None:
    result = sign(
        "GET",
        TOPICS,
        "offset=0&limit=10",
        [("Content-Type", "application/json"), ("Host", HOST)],
        b"",
        credentials=HuaweiCredentials(AK, SK, project_id=PROJECT_ID),
        now=MOMENT,
    )
    assert result.query == "limit=10&offset=0"
    assert result.canonical_request.splitlines()[1].endswith("/topics/")
    assert result.authorization == VECTOR_1


def test_vector_1_through_httpx_request() -> None:
    auth = HuaweiAKSKAuth(HuaweiCredentials(AK, SK, project_id=PROJECT_ID), clock=lambda: MOMENT)
    request = httpx.Request(
        "GET", f"https://{HOST}{TOPICS}?offset=0&limit=10", headers={"Content-Type": "application/json"}
    )
    auth.sign_request(request)
    assert request.headers["Authorization"] == VECTOR_1
    assert request.headers["X-Sdk-Date"] == "20240102T030405Z"
    assert request.headers["X-Project-Id"] == PROJECT_ID
    assert request.url.query == b"limit=10&offset=0"


def test_vector_2_post_json_pure() -> None:
    assert hashlib.sha256(VECTOR_2_BODY).hexdigest() == (
        "14cae0c9c2d959cb2c4277b68a5a9fe7e32900bb3dc1fe04af74a019cd0a5a7d"
    )
    result = sign(
        "POST",
        TOPICS,
        "",
        [("Host", HOST), ("Content-Type", "application/json;charset=UTF-8")],
        VECTOR_2_BODY,
        credentials=HuaweiCredentials(AK, SK),
        now=MOMENT,
    )
    assert result.canonical_request.endswith("\n14cae0c9c2d959cb2c4277b68a5a9fe7e32900bb3dc1fe04af74a019cd0a5a7d")
    assert result.authorization == VECTOR_2


def test_vector_2_through_httpx_request() -> None:
    request = httpx.Request(
        "POST",
        f"https://{HOST}{TOPICS}",
        headers={"Content-Type": "application/json;charset=UTF-8"},
        content=VECTOR_2_BODY,
    )
    pinned().sign_request(request)
    assert request.headers["Authorization"] == VECTOR_2
    assert request.headers["Content-Length"] == str(len(VECTOR_2_BODY))  # sent, not signed


# ---------------------------------------------------------------------------------------------------- steps


def test_format_sdk_date() -> None:
    assert format_sdk_date(MOMENT) == "20240102T030405Z"
    assert format_sdk_date(datetime(2024, 1, 2, 11, 4, 5, tzinfo=timezone(timedelta(hours=8)))) == "20240102T030405Z"
    assert format_sdk_date(datetime(2024, 1, 2, 3, 4, 5, 999999)) == "20240102T030405Z"  # naive = UTC


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/v2/p/instances", "/v2/p/instances/"),
        ("/v2/x/", "/v2/x/"),
        ("/", "/"),
        ("", "/"),  # the official signer fails here; nothing sensible to sign but "/"
        ("/topics/a%2Fb", "/topics/a/b/"),  # decoded %2F splits the segment
        ("/topics/a%2fb", "/topics/a/b/"),
        ("/a%252Fb", "/a%252Fb/"),  # decoded once only
        ("/a b/é/中", "/a%20b/%C3%A9/%E4%B8%AD/"),
        ("/%c3%a9", "/%C3%A9/"),  # upper-case hex
        ("/:@!$&'()*+,;=", "/%3A%40%21%24%26%27%28%29%2A%2B%2C%3B%3D/"),
        ("/~%7E-._", "/~~-._/"),
        ("/a//b", "/a//b/"),
        ("/a%20b+c", "/a%20b%2Bc/"),  # '+' in a path is a plus
        ("/%FF/x", "/%FF/x/"),  # not UTF-8: kept byte for byte
        ("/100%", "/100%25/"),  # a stray '%' is a literal
        (b"/v2/%E4%B8%AD", "/v2/%E4%B8%AD/"),
    ],
)
def test_canonical_uri(path: str | bytes, expected: str) -> None:
    assert canonical_uri(path) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", []),
        ("a=1&&b=", [(b"a", b"1"), (b"b", b"")]),
        ("flag", [(b"flag", b"")]),
        ("a=b=c", [(b"a", b"b=c")]),
        ("q=a+b&p=1%2B2&s=%20", [(b"q", b"a b"), (b"p", b"1+2"), (b"s", b" ")]),
        ("%C3%A9=%E4%B8%AD", [("é".encode(), "中".encode())]),
        (b"k=%FF", [(b"k", b"\xff")]),
        ("=v", [(b"", b"v")]),
    ],
)
def test_parse_query(raw: str | bytes, expected: list[tuple[bytes, bytes]]) -> None:
    assert parse_query(raw) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ([], ""),
        ([("offset", "0"), ("limit", "10")], "limit=10&offset=0"),
        # raw code-point order: 'é' sorts after 'z' although '%C3...' would sort before 'A'
        ([("z", "1"), ("é", "1"), ("A", "1"), ("b", "1")], "A=1&b=1&z=1&%C3%A9=1"),
        ([("k", "9"), ("k", "10"), ("k", "9")], "k=10&k=9&k=9"),  # repeated keys kept, sorted by value
        ([("a", "")], "a="),
        ([("a b", "c d"), ("p", "1+2")], "a%20b=c%20d&p=1%2B2"),  # %20, never '+'
        ([("r", ":/?#[]@!$&'()*,;=")], "r=%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2C%3B%3D"),
        ([("t", "~-._")], "t=~-._"),
        ([(b"k", b"\xff"), (b"k", "中".encode())], "k=%E4%B8%AD&k=%FF"),
        ([("ab", "1"), ("a", "2")], "a=2&ab=1"),  # a key that is a prefix sorts first
    ],
)
def test_canonical_query(params: list[tuple[str | bytes, str | bytes]], expected: str) -> None:
    assert canonical_query(params) == expected


def test_canonical_query_of_parsed_wire_query_is_idempotent() -> None:
    once = canonical_query(parse_query("b=2&a=x+y&a=%2B&c=%E4%B8%AD"))
    assert once == "a=%2B&a=x%20y&b=2&c=%E4%B8%AD"
    assert canonical_query(parse_query(once)) == once


def test_signed_headers() -> None:
    names = ["X-Sdk-Date", "Host", "content-TYPE", "X_Under", "Content-Length", "Connection", "Accept-Encoding"]
    assert signed_headers([*names, "Accept", "Authorization"]) == [
        "accept",
        "content-type",
        "host",
        "x-sdk-date",
    ]
    assert not is_signed_header("x_custom")
    assert not is_signed_header("Transfer-Encoding")
    assert is_signed_header("User-Agent")


def test_signed_headers_rejects_a_name_twice() -> None:
    with pytest.raises(SigningError, match="'x-a' appears more than once"):
        signed_headers(["X-A", "x-a"])


def test_canonical_headers_trim_but_keep_inner_runs() -> None:
    headers = {"host": "h", "x-a": "  a  b \t", "x-b": "\u00a0nbsp\u3000", "x-empty": "   "}
    block = canonical_headers(headers, ["host", "x-a", "x-b", "x-empty"])
    assert block == "host:h\nx-a:a  b\nx-b:nbsp\nx-empty:\n"
    assert canonical_header_value(" v ") == "v"


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        (None, False),
        ("", False),
        ("application/json", False),
        ("application/json;charset=UTF-8", False),
        ("application/bson", False),
        (b"application/json", False),
        ("text/plain", True),
        ("application/octet-stream", True),
        ("application/x-www-form-urlencoded", True),
        (" application/json", True),  # tested on the untrimmed value, as the official signer does
        ("APPLICATION/JSON", True),  # and case-sensitively
    ],
)
def test_needs_unsigned_payload(content_type: str | bytes | None, expected: bool) -> None:
    assert needs_unsigned_payload(content_type) is expected


def test_payload_hash() -> None:
    assert payload_hash(b"") == EMPTY_PAYLOAD_HASH == hashlib.sha256(b"").hexdigest()
    assert payload_hash(b"", UNSIGNED_PAYLOAD) == EMPTY_PAYLOAD_HASH  # empty body wins over the header
    assert payload_hash(b"x", UNSIGNED_PAYLOAD) == UNSIGNED_PAYLOAD
    assert payload_hash(b"x", "") == hashlib.sha256(b"x").hexdigest()
    assert payload_hash(VECTOR_2_BODY) == "14cae0c9c2d959cb2c4277b68a5a9fe7e32900bb3dc1fe04af74a019cd0a5a7d"


def test_canonical_request_string_to_sign_signature_authorization() -> None:
    block = canonical_headers({"host": "h", "x-sdk-date": "20240102T030405Z"}, ["host", "x-sdk-date"])
    canonical = canonical_request("get", "/v2/", "a=1", block, ["host", "x-sdk-date"], EMPTY_PAYLOAD_HASH)
    assert canonical == (
        f"GET\n/v2/\na=1\nhost:h\nx-sdk-date:20240102T030405Z\n\nhost;x-sdk-date\n{EMPTY_PAYLOAD_HASH}"
    )
    to_sign = string_to_sign(canonical, "20240102T030405Z")
    assert to_sign == "SDK-HMAC-SHA256\n20240102T030405Z\n" + hashlib.sha256(canonical.encode()).hexdigest()
    sig = signature(SK, to_sign)
    assert sig == hmac.new(SK.encode(), to_sign.encode(), hashlib.sha256).hexdigest()
    assert authorization_header(AK, ["host", "x-sdk-date"], sig) == (
        f"SDK-HMAC-SHA256 Access={AK}, SignedHeaders=host;x-sdk-date, Signature={sig}"
    )


def test_string_to_sign_hashes_utf8() -> None:
    assert string_to_sign("é", "d").endswith(hashlib.sha256("é".encode()).hexdigest())


# ---------------------------------------------------------------------------------------------------- sign()


def test_sign_adds_credentials_headers_and_unsigned_payload() -> None:
    result = sign(
        "PUT",
        "/v1.0/p/queues/q",
        "",
        [(b"Host", b"dms.example.com:8443"), (b"content-type", b"text/plain"), (b"X-Project-Id", b"stale")],
        b"payload",
        credentials=HuaweiCredentials(AK, SK, security_token=TOKEN, project_id=PROJECT_ID),
        now=MOMENT,
    )
    sent = dict(result.headers)
    assert sent[b"X-Project-Id"] == PROJECT_ID.encode()
    assert b"stale" not in sent.values()
    assert sent[b"X-Security-Token"] == TOKEN.encode()
    assert sent[b"X-Sdk-Content-Sha256"] == b"UNSIGNED-PAYLOAD"
    assert result.signed_headers == (
        "content-type",
        "host",
        "x-project-id",
        "x-sdk-content-sha256",
        "x-sdk-date",
        "x-security-token",
    )
    assert result.canonical_request.endswith("\nUNSIGNED-PAYLOAD")
    assert "host:dms.example.com:8443\n" in result.canonical_request


def test_sign_honours_callers_content_sha256_header() -> None:
    result = sign(
        "POST",
        "/x",
        "",
        [("Host", "h"), ("Content-Type", "application/json"), ("x-sdk-content-sha256", " UNSIGNED-PAYLOAD ")],
        b"{}",
        credentials=HuaweiCredentials(AK, SK),
        now=MOMENT,
    )
    assert result.canonical_request.endswith("\nUNSIGNED-PAYLOAD")
    assert (b"x-sdk-content-sha256", b"UNSIGNED-PAYLOAD") in result.headers


def test_sign_replaces_stale_auth_headers() -> None:
    result = sign(
        "GET",
        "/",
        "",
        [("Host", "h"), ("authorization", "old"), ("x-sdk-date", "19990101T000000Z")],
        b"",
        credentials=HuaweiCredentials(AK, SK),
        now=MOMENT,
    )
    names = [name.lower() for name, _ in result.headers]
    assert names.count(b"authorization") == 1
    assert names.count(b"x-sdk-date") == 1
    assert (b"X-Sdk-Date", b"20240102T030405Z") in result.headers


def test_sign_keeps_unsigned_headers_untouched() -> None:
    result = sign(
        "GET",
        "/",
        "",
        [("Host", "h"), ("X_Trace", " raw "), ("Connection", "keep-alive")],
        b"",
        credentials=HuaweiCredentials(AK, SK),
        now=MOMENT,
    )
    assert (b"X_Trace", b" raw ") in result.headers
    assert result.signed_headers == ("host", "x-sdk-date")


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ([("Content-Type", "a/b")], "no Host header"),
        ([("Host", "h"), ("X-A", "1"), ("x-a", "2")], "appears more than once"),
        ([("Host", "h"), ("X-A", b"\xe9t\xe9")], "'X-A': value is not UTF-8"),
    ],
)
def test_sign_refuses_what_cannot_be_signed(headers: list[tuple[str, str | bytes]], message: str) -> None:
    with pytest.raises(SigningError, match=message) as caught:
        sign("GET", "/", "", headers, b"", credentials=HuaweiCredentials(AK, SK), now=MOMENT)
    assert SK not in str(caught.value)


# ---------------------------------------------------------------------------------------------------- httpx


def test_client_request_verifies_on_the_wire() -> None:
    capture = Capture()
    auth = HuaweiAKSKAuth(HuaweiCredentials(AK, SK, security_token=TOKEN, project_id=PROJECT_ID))
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        client.post(
            "https://dms.cn-north-4.myhuaweicloud.com:8443/v2/p/queues/a%2Fb/é",
            params=[("z", "1"), ("a b", "c+d"), ("é", ""), ("a b", "0")],
            json={"name": "quëue", "n": 1},
            headers={"X-Custom": "  padded  value ", "x_ignored": "1"},
        )
    (sent,) = capture.requests
    names = verify_wire(sent)
    assert names == [
        "accept",
        "content-type",
        "host",
        "user-agent",
        "x-custom",
        "x-project-id",
        "x-sdk-date",
        "x-security-token",
    ]
    assert sent.url.query == b"a%20b=0&a%20b=c%2Bd&z=1&%C3%A9="
    assert sent.headers["X-Custom"] == "padded  value"
    assert sent.headers["X-Security-Token"] == TOKEN
    assert json.loads(sent.content) == {"name": "quëue", "n": 1}


def test_signature_covers_the_exact_body_bytes_sent() -> None:
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=pinned()) as client:
        client.post("https://h.example.com/v2/x", json={"b": [1, 2], "a": "é"})
    (sent,) = capture.requests
    verify_wire(sent)
    # httpx serialises compactly and keeps UTF-8: that, not json.dumps' default form, is what is hashed
    assert sent.content == '{"b":[1,2],"a":"é"}'.encode()

    tampered = httpx.Request(sent.method, sent.url, headers=sent.headers, content=sent.content + b" ")
    with pytest.raises(AssertionError, match="does not verify"):
        verify_wire(tampered)


def test_streaming_body_is_read_and_signed() -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"a":'
        yield b"1}"

    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=pinned()) as client:
        client.post("https://h.example.com/v2/x", content=chunks(), headers={"Content-Type": "application/json"})
    (sent,) = capture.requests
    verify_wire(sent)
    assert sent.content == b'{"a":1}'
    assert "X-Sdk-Content-Sha256" not in sent.headers


def test_non_json_body_is_sent_unsigned_payload() -> None:
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=pinned()) as client:
        client.put("https://h.example.com/v2/x", content=b"\x00\xff", headers={"content-type": "application/x-bin"})
    (sent,) = capture.requests
    assert sent.headers["X-Sdk-Content-Sha256"] == "UNSIGNED-PAYLOAD"
    assert "x-sdk-content-sha256" in verify_wire(sent)


@pytest.mark.asyncio
async def test_async_client_signs_and_verifies() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"msg":'
        yield '"héllo"}'.encode()

    capture = Capture()
    auth = HuaweiAKSKAuth(HuaweiCredentials(AK, SK, project_id=PROJECT_ID))
    transport = httpx.MockTransport(capture.handle_async)
    async with httpx.AsyncClient(transport=transport, auth=auth) as client:
        await client.post(
            "https://h.example.com/v2/p/q/messages",
            params={"wait": "30 s"},
            content=chunks(),
            headers={"Content-Type": "application/json"},
        )
        await client.get("https://h.example.com/v2/p/q", params={"limit": 10, "offset": 0})
    first, second = capture.requests
    verify_wire(first)
    verify_wire(second)
    assert first.content == '{"msg":"héllo"}'.encode()
    assert first.url.query == b"wait=30%20s"
    assert second.url.query == b"limit=10&offset=0"


def test_every_attempt_is_signed_afresh() -> None:
    ticks = iter([MOMENT, MOMENT + timedelta(seconds=7)])
    auth = HuaweiAKSKAuth(HuaweiCredentials(AK, SK), clock=lambda: next(ticks))
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture)) as client:
        request = client.build_request("POST", "https://h.example.com/v2/x?b=1&a=2", json={"a": 1})
        client.send(request, auth=auth)  # first attempt
        client.send(request, auth=auth)  # a retry resending the same request object
    first, second = capture.requests
    assert first.headers["X-Sdk-Date"] == "20240102T030405Z"
    assert second.headers["X-Sdk-Date"] == "20240102T030412Z"
    assert first.headers["Authorization"] != second.headers["Authorization"]
    for sent in (first, second):
        verify_wire(sent)
        assert [k.lower() for k, _ in sent.headers.raw].count(b"authorization") == 1


def test_default_clock_is_now() -> None:
    request = httpx.Request("GET", "https://h.example.com/")
    before = datetime.now(UTC).replace(microsecond=0)
    HuaweiAKSKAuth(HuaweiCredentials(AK, SK)).sign_request(request)
    stamped = datetime.strptime(request.headers["X-Sdk-Date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert before <= stamped <= datetime.now(UTC)


def test_default_clock_date_follows_the_wall_clock_second_by_second(monkeypatch: pytest.MonkeyPatch) -> None:
    # X-Sdk-Date is formatted once a second: each new second of time.time() must give a new date.
    now = [MOMENT.timestamp() + 0.2]
    monkeypatch.setattr(time, "time", lambda: now[0])
    auth = HuaweiAKSKAuth(HuaweiCredentials(AK, SK))
    dates = []
    for step in (0.0, 0.5, 0.4, 3600.0):
        now[0] += step
        request = httpx.Request("GET", "https://h.example.com/")
        auth.sign_request(request)
        verify_wire(request)
        dates.append(request.headers["X-Sdk-Date"])
    assert dates == ["20240102T030405Z", "20240102T030405Z", "20240102T030406Z", "20240102T040406Z"]


def test_requests_with_the_same_headers_share_work_but_each_value_is_signed() -> None:
    auth = pinned()
    signed = []
    for value in ("one", "one", "two", "  two  "):
        request = httpx.Request("GET", "https://h.example.com/x", headers={"X-Custom": value})
        auth.sign_request(request)
        verify_wire(request)
        signed.append(request.headers["Authorization"])
    assert signed[0] == signed[1]
    assert signed[1] != signed[2]
    assert signed[2] == signed[3]  # a signed value is sent and signed trimmed


def test_unread_body_raises_signing_error() -> None:
    def chunks() -> Iterator[bytes]:
        yield b"x"

    request = httpx.Request("POST", "https://h.example.com/", content=chunks())
    with pytest.raises(SigningError, match="must be read"):
        pinned().sign_request(request)


def test_missing_host_header_is_added_from_the_url() -> None:
    request = httpx.Request("GET", "https://h.example.com:8443/x")
    del request.headers["Host"]
    pinned().sign_request(request)
    assert request.headers["Host"] == "h.example.com:8443"
    verify_wire(request)


# ---------------------------------------------------------------------------------------------------- token auth


def test_token_auth_sets_token_and_project() -> None:
    capture = Capture()
    auth = HuaweiTokenAuth(TOKEN, project_id=PROJECT_ID)
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        client.get("https://h.example.com/v1.0/p/queues", headers={"X-Auth-Token": "stale"})
    (sent,) = capture.requests
    assert sent.headers.get_list("X-Auth-Token") == [TOKEN]
    assert sent.headers["X-Project-Id"] == PROJECT_ID
    assert "Authorization" not in sent.headers


@pytest.mark.asyncio
async def test_token_auth_async_without_project() -> None:
    capture = Capture()
    transport = httpx.MockTransport(capture.handle_async)
    async with httpx.AsyncClient(transport=transport, auth=HuaweiTokenAuth(TOKEN)) as client:
        await client.get("https://h.example.com/v1.0/p/queues")
    (sent,) = capture.requests
    assert sent.headers["X-Auth-Token"] == TOKEN
    assert "X-Project-Id" not in sent.headers


@pytest.mark.parametrize("token", ["", " padded ", "line\nbreak", "tökén"])
def test_token_auth_rejects_unsendable_tokens_without_echoing_them(token: str) -> None:
    with pytest.raises(SigningError, match=r"^token: ") as caught:
        HuaweiTokenAuth(token)
    if token.strip():
        assert token.strip() not in str(caught.value)


# ---------------------------------------------------------------------------------------------------- credentials


def test_credentials_from_huaweicloud_env() -> None:
    env = {
        "HUAWEICLOUD_SDK_AK": AK,
        "HUAWEICLOUD_SDK_SK": SK,
        "HUAWEICLOUD_SDK_PROJECT_ID": PROJECT_ID,
        "HUAWEICLOUD_SDK_SECURITY_TOKEN": TOKEN,
        "CLOUD_SDK_AK": "OTHERAK",
        "CLOUD_SDK_SK": "other-sk",
    }
    assert HuaweiCredentials.from_env(env) == HuaweiCredentials(AK, SK, security_token=TOKEN, project_id=PROJECT_ID)


def test_credentials_from_doc_sample_env() -> None:
    env = {"CLOUD_SDK_AK": AK, "CLOUD_SDK_SK": SK, "HUAWEICLOUD_SDK_AK": ""}  # empty counts as unset
    assert HuaweiCredentials.from_env(env) == HuaweiCredentials(AK, SK)


def test_credentials_from_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "HUAWEICLOUD_SDK_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CLOUD_SDK_AK", AK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", SK)
    assert HuaweiCredentials.from_env() == HuaweiCredentials(AK, SK)


def test_arguments_win_over_env() -> None:
    env = {"HUAWEICLOUD_SDK_AK": "ENVAK", "HUAWEICLOUD_SDK_SK": "env-sk", "HUAWEICLOUD_SDK_PROJECT_ID": "envproj"}
    assert HuaweiCredentials.resolve(AK, environ=env) == HuaweiCredentials(AK, "env-sk", project_id="envproj")
    assert HuaweiCredentials.resolve(AK, SK, project_id=PROJECT_ID, environ=env) == HuaweiCredentials(
        AK, SK, project_id=PROJECT_ID
    )


def test_missing_ak_and_sk_name_the_variables() -> None:
    with pytest.raises(SigningError) as caught:
        HuaweiCredentials.from_env({})
    text = str(caught.value)
    for name in ("HUAWEICLOUD_SDK_AK", "CLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "CLOUD_SDK_SK"):
        assert name in text


def test_missing_sk_only() -> None:
    with pytest.raises(SigningError, match="no Huawei Cloud SK") as caught:
        HuaweiCredentials.from_env({"HUAWEICLOUD_SDK_AK": AK})
    assert "HUAWEICLOUD_SDK_SK, CLOUD_SDK_SK" in str(caught.value)
    assert "AK (" not in str(caught.value)


def test_bad_env_value_names_the_variable_not_the_value() -> None:
    with pytest.raises(SigningError, match=r"^CLOUD_SDK_SK: must not have leading or trailing whitespace$"):
        HuaweiCredentials.from_env({"CLOUD_SDK_AK": AK, "CLOUD_SDK_SK": SK + "\n"})
    with pytest.raises(SigningError, match=r"^HUAWEICLOUD_SDK_AK: "):
        HuaweiCredentials.from_env({"HUAWEICLOUD_SDK_AK": "A K", "HUAWEICLOUD_SDK_SK": SK})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ak": "", "sk": SK}, "^ak: must not be empty"),
        ({"ak": "AK,X", "sk": SK}, "^ak: must not contain"),
        ({"ak": AK, "sk": ""}, "^sk: must not be empty"),
        ({"ak": AK, "sk": f" {SK}"}, "^sk: must not have"),
        ({"ak": AK, "sk": SK, "security_token": f"{TOKEN}\r\nX-Evil: 1"}, "^security_token: must be printable"),
        ({"ak": AK, "sk": SK, "project_id": ""}, "^project_id: must not be empty"),
    ],
)
def test_invalid_credentials(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(SigningError, match=message) as caught:
        HuaweiCredentials(**kwargs)
    assert SK not in str(caught.value)
    assert TOKEN not in str(caught.value)


# ---------------------------------------------------------------------------------------------------- redaction


def test_secrets_never_in_repr_or_str() -> None:
    credentials = HuaweiCredentials(AK, SK, security_token=TOKEN, project_id=PROJECT_ID)
    request = httpx.Request("GET", "https://h.example.com/")
    auth = HuaweiAKSKAuth(credentials, clock=lambda: MOMENT)
    result = auth.sign_request(request)
    signature_hex = request.headers["Authorization"].rsplit("=", 1)[1]
    token_auth = HuaweiTokenAuth(TOKEN, project_id=PROJECT_ID)
    texts = [repr(credentials), str(credentials), repr(auth), str(auth), repr(result), repr(token_auth)]
    for text in texts:
        assert SK not in text
        assert TOKEN not in text
        assert signature_hex not in text
    assert repr(credentials) == (
        f"HuaweiCredentials(ak='{AK}', sk='[REDACTED]', security_token='[REDACTED]', project_id='{PROJECT_ID}')"
    )
    assert "security_token=None" in repr(HuaweiCredentials(AK, SK))
    assert "'[REDACTED]'" in repr(token_auth)


def test_public_names_are_exported() -> None:
    for name in huawei.__all__:
        assert hasattr(huawei, name), name
