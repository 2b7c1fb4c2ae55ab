"""Our Huawei AK/SK signer against the official one (``huaweicloudsdkcore.signer.signer.Signer``) as an oracle.

Each case goes through a real ``httpx.Client`` with ``HuaweiAKSKAuth`` and a ``MockTransport`` that captures what
would go on the wire. The same request is handed to the official signer the way the official SDK builds it:

- ``SdkRequest(method, schema, host, resource_path, uri, query_params, header_params, body)`` with
  ``resource_path`` = the path httpx sends (percent-encoded, as the SDK's own ``quote(param, safe='')`` paths are),
  ``query_params`` = the raw, un-encoded ``(key, value)`` tuples the test generated (not read back from the wire, so
  our decoding of httpx's query is checked too), ``body`` = the exact bytes sent;
- ``header_params`` = the headers httpx built before auth, less the transport-level ones (``Content-Length``,
  ``Connection``, ``Accept-Encoding``) that in the SDK's world ``requests`` adds after signing; ``X-Project-Id`` and
  ``X-Security-Token`` added as ``BasicCredentials``/``Credentials.sign_request`` add them (a separate test checks
  that the full credentials path gives the same result), and ``X-Sdk-Date`` pinned to the time our clock returns
  (the official signer uses an ``X-Sdk-Date`` it finds instead of the current time);
- a ``content-type`` header spelt in another case is handed over as ``Content-Type``: the official signer looks the
  header up case-sensitively when deciding on ``UNSIGNED-PAYLOAD`` and ours does not (see huawei.py's docstring).

Then the Authorization, the wire query and every signed header's wire bytes must be equal.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

import httpx
import pytest

pytest.importorskip(
    "huaweicloudsdkcore",
    reason="huaweicloudsdkcore (the official Huawei Cloud signer, the oracle of these tests) is not installed",
)
pytest.importorskip("hypothesis", reason="hypothesis (generates the requests of the property test) is not installed")
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import Signer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mqclients._signing.huawei import HuaweiAKSKAuth, HuaweiCredentials

AK = "HPUAEXAMPLEAK0000001"
SK = "ExampleSecretKey0123456789abcdefghijklmn"
PROJECT_ID = "0a1b2c3d4e5f"
SECURITY_TOKEN = "gQpjbi1ub3J0aC00ixB+Example/Token=="  # base64-like, as STS tokens are
TRANSPORT_HEADERS = frozenset({"content-length", "connection", "accept-encoding"})
EXAMPLES = 1200


@dataclass
class Case:
    method: str = "GET"
    url: str = "https://dms.cn-north-4.myhuaweicloud.com/v2/p/instances"
    query: list[tuple[str, str]] = field(default_factory=list)
    query_in_url: bool = False  # True: the query is written into the URL (%20 for spaces), else httpx ``params``
    headers: list[tuple[str, str]] = field(default_factory=list)
    content: bytes | None = None
    json_body: object = None
    use_json: bool = False
    project_id: str | None = None
    security_token: str | None = None
    moment: datetime = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def _official(case: Case, sent: httpx.Request, before_auth: httpx.Request, *, via_credentials: bool) -> SdkRequest:
    header_params: dict[str, str] = {}
    for raw_name, raw_value in before_auth.headers.raw:
        name = raw_name.decode("latin-1")
        if name.lower() in TRANSPORT_HEADERS:
            continue
        if name.lower() == "content-type":
            name = "Content-Type"
        header_params[name] = raw_value.decode("utf-8")
    header_params["X-Sdk-Date"] = case.moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    credentials = BasicCredentials(AK, SK, case.project_id)
    if case.security_token is not None:
        credentials = credentials.with_security_token(case.security_token)
    path = sent.url.raw_path.partition(b"?")[0].decode("ascii")
    request = SdkRequest(
        method=case.method,
        schema=sent.url.scheme,
        host=sent.url.netloc.decode("ascii"),
        resource_path=path,
        uri=path,
        query_params=list(case.query),
        header_params=header_params,
        body=before_auth.content,
    )
    if via_credentials:  # the SDK's own path: BasicCredentials -> Credentials -> Signer
        return credentials.sign_request(request)
    if case.project_id:  # what BasicCredentials.sign_request adds
        header_params["X-Project-Id"] = case.project_id
    if case.security_token is not None:  # what Credentials.sign_request adds
        header_params["X-Security-Token"] = case.security_token
    return Signer(credentials).sign(request)


def _ours(case: Case) -> tuple[httpx.Request, httpx.Request]:
    """(the request as sent, a copy of the request as httpx built it before auth)."""
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(200)

    url = case.url
    params: list[tuple[str, str | int | float | bool | None]] | None = list(case.query)
    if case.query_in_url and case.query:
        url += "?" + "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in case.query)
        params = None
    auth = HuaweiAKSKAuth(
        HuaweiCredentials(AK, SK, security_token=case.security_token, project_id=case.project_id),
        clock=lambda: case.moment,
    )
    headers = [(name.encode("latin-1"), value.encode("utf-8")) for name, value in case.headers]
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        if case.use_json:
            request = client.build_request(case.method, url, params=params, headers=headers, json=case.json_body)
        else:
            request = client.build_request(case.method, url, params=params, headers=headers, content=case.content)
        before = httpx.Request(request.method, request.url, headers=request.headers.raw, content=request.content)
        client.send(request, auth=auth)
    assert len(captured) == 1
    return captured[0], before


def check_against_oracle(case: Case, *, via_credentials: bool = False) -> None:
    sent, before = _ours(case)
    official = _official(case, sent, before, via_credentials=via_credentials)
    assert sent.headers["Authorization"] == official.header_params["Authorization"]
    official_query = official.uri.partition("?")[2]
    assert sent.url.query.decode("ascii") == official_query
    wire = {name.decode("latin-1").lower(): value for name, value in sent.headers.raw}
    for name, value in official.header_params.items():
        if "_" not in name:  # the official signer sends (trimmed) values of signed headers as UTF-8 bytes
            assert wire[name.lower()] == value.encode("latin-1"), name
    assert sent.content == before.content


# ---------------------------------------------------------------------------------------------------- edge cases


EDGE_CASES = {
    "lowercase method": Case(method="get"),
    "explicit port": Case(url="https://dms.cn-north-4.myhuaweicloud.com:8443/v2/p/instances"),
    "default port dropped": Case(url="https://dms.cn-north-4.myhuaweicloud.com:443/v2/p"),
    "plain http and IP": Case(url="http://127.0.0.1:8080/v1.0/p/queues/"),
    "root path": Case(url="https://h.example.com/"),
    "encoded path characters": Case(url="https://h.example.com/v2/a%2Fb/%252F/%20x%3A%40/~%7E/%c3%a9/"),
    "raw reserved in path": Case(url="https://h.example.com/v2/:@!$&'()*+,;=/x"),
    "double slash": Case(url="https://h.example.com/v2//x"),
    "non-ASCII and repeated query keys": Case(
        query=[("z", "1"), ("é", "2"), ("A", "3"), ("b", "4"), ("k", "10"), ("k", "9"), ("k", "9")]
    ),
    "query needing escapes": Case(query=[("a b", "c d"), ("p", "1+2"), ("q", "é&=?#"), ("t", "~-._"), ("e", "")]),
    "query in the URL": Case(query=[("a b", "c+d"), ("x", "")], query_in_url=True),
    "padded header values": Case(
        headers=[("X-Custom", "  a  b \t"), ("x-lower", "\u00a0nbsp\u3000"), ("X_Under", " u ")]
    ),
    "odd header casing": Case(headers=[("X-ODD-case", "v"), ("accept", "application/json"), ("uSeR-aGeNt", "ua")]),
    "text/plain body": Case(method="POST", headers=[("Content-Type", "text/plain")], content=b"hello"),
    "octet-stream body": Case(method="PUT", headers=[("Content-Type", "application/octet-stream")], content=b"\0\xff"),
    "non-JSON content type, empty body": Case(headers=[("Content-Type", "text/plain")], content=b""),
    "padded JSON content type": Case(method="POST", headers=[("Content-Type", " application/json")], content=b"{}"),
    "upper-case JSON content type": Case(method="POST", headers=[("Content-Type", "APPLICATION/JSON")], content=b"1"),
    "bson": Case(method="POST", headers=[("Content-Type", "application/bson")], content=b"\x05\0\0\0\0"),
    "lower-case content-type": Case(method="POST", headers=[("content-type", "text/plain")], content=b"x"),
    "httpx json": Case(method="POST", use_json=True, json_body={"name": "tópic", "n": [1, 2]}),
    "sdk-style json": Case(
        method="POST",
        headers=[("Content-Type", "application/json;charset=UTF-8")],
        content=json.dumps({"name": "tópic", "queue_num": 8}).encode(),
    ),
    "project id and security token": Case(project_id=PROJECT_ID, security_token=SECURITY_TOKEN),
    "caller's own content hash header": Case(
        method="POST", headers=[("X-Sdk-Content-Sha256", " UNSIGNED-PAYLOAD ")], content=b"{}"
    ),
    "clock in another time zone": Case(moment=datetime(2032, 1, 1, 7, 59, 59, tzinfo=timezone(timedelta(hours=8)))),
}


@pytest.mark.parametrize("case", list(EDGE_CASES.values()), ids=list(EDGE_CASES))
def test_edge_cases_match_official_signer(case: Case) -> None:
    check_against_oracle(case)


@pytest.mark.parametrize("case", list(EDGE_CASES.values()), ids=list(EDGE_CASES))
def test_edge_cases_match_official_credentials_path(case: Case) -> None:
    check_against_oracle(case, via_credentials=True)


def test_published_vector_through_the_oracle() -> None:
    """The official signer itself still gives the reference's first vector (so the oracle is the one we think)."""
    path = "/v2/0a1b2c3d4e5f/instances/11111111-2222-3333-4444-555555555555/topics"
    request = SdkRequest(
        method="GET",
        schema="https",
        host="rocketmq.cn-north-4.myhuaweicloud.com",
        resource_path=path,
        uri=path,
        query_params=[("offset", 0), ("limit", 10)],
        header_params={
            "Content-Type": "application/json",
            "X-Project-Id": PROJECT_ID,
            "X-Sdk-Date": "20240102T030405Z",
        },
        body=b"",
    )
    Signer(BasicCredentials(AK, SK)).sign(request)
    assert request.header_params["Authorization"].endswith(
        "Signature=7a0209c0cd4ec5a3599c35f19c554fba26424a8b281c46c7da4ba67bff3a345e"
    )


# ---------------------------------------------------------------------------------------------------- property

_RESERVED = [*":@!$&'()*+,;=/?#[]%~-._ +", "é", "中", "😀", "\u00a0", "A", "z", "0"]
_piece = st.text(st.one_of(st.sampled_from(_RESERVED), st.characters(codec="utf-8")), max_size=8)
_query_key = st.one_of(st.sampled_from(["a", "A", "b", "k", "limit", "offset", "é", "z", "Z", ""]), _piece)
_query_value = st.one_of(st.sampled_from(["", "1", "10", "9", "true", "a b", "x+y"]), _piece)
_header_names = ["X-Custom", "X-Request-Id", "Accept", "User-Agent", "X_Under_Score", "X-Empty", "X-Trace-Id"]
_content_types = [
    "application/json",
    "application/json;charset=UTF-8",
    "application/bson",
    "text/plain",
    "application/octet-stream",
    "application/x-www-form-urlencoded",
    " application/json",
    "APPLICATION/JSON",
    "",
]
_padding = st.sampled_from(["", " ", "\t", "  \t ", "\u00a0", "\u3000 "])
_ascii_value = st.text(st.sampled_from(string.ascii_letters + string.digits + " -_.,;:=/+*()\"'"), max_size=12)
_unicode_value = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Zl", "Zp")), max_size=8)
_SUB_DELIMS = "!$&'()*+,;=:@"


def _odd_case(draw: st.DrawFn, name: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    return "".join(ch.swapcase() if flip else ch for ch, flip in zip(name, flips, strict=True))


def _encode_segment(segment: str, style: int) -> str:
    if style == 0:  # as the official SDK builds paths
        return quote(segment, safe="")
    if style == 1:  # sub-delimiters literal, as RFC 3986 allows
        return quote(segment, safe=_SUB_DELIMS)
    # raw text, only what would break the URL's structure escaped: httpx encodes the rest
    return "".join(quote(ch, safe="") if ch in "/?#%\\" or ord(ch) <= 0x20 or ord(ch) == 0x7F else ch for ch in segment)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "get", "post"]))
    host = draw(
        st.sampled_from(
            [
                "https://dms.cn-north-4.myhuaweicloud.com",
                "https://rocketmq.cn-north-4.myhuaweicloud.com:8443",
                "http://127.0.0.1:8080",
                "https://h.example.com:443",
            ]
        )
    )
    style = draw(st.integers(0, 2))
    segments = draw(st.lists(_piece, max_size=4))
    path = "/" + "/".join(_encode_segment(s, style) for s in segments)
    trailing_slash = draw(st.booleans())
    if segments and trailing_slash:
        path += "/"
    query = draw(st.lists(st.tuples(_query_key, _query_value), max_size=6))

    headers: list[tuple[str, str]] = []
    for name in draw(st.lists(st.sampled_from(_header_names), unique=True, max_size=4)):
        value = draw(st.one_of(_ascii_value, _unicode_value))
        headers.append((_odd_case(draw, name), draw(_padding) + value + draw(_padding)))
    content_type = draw(st.one_of(st.none(), st.sampled_from(_content_types)))
    if content_type is not None:
        headers.append((_odd_case(draw, "Content-Type"), content_type))

    case = Case(
        method=method,
        url=host + path,
        query=query,
        query_in_url=draw(st.booleans()),
        headers=headers,
        project_id=draw(st.sampled_from([None, PROJECT_ID])),
        security_token=draw(st.sampled_from([None, SECURITY_TOKEN])),
        moment=draw(st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31))).replace(microsecond=0, tzinfo=UTC),
    )
    body = draw(st.sampled_from(["none", "empty", "json", "httpx-json", "binary", "text"]))
    if body == "empty":
        case.content = b""
    elif body == "binary":
        case.content = draw(st.binary(max_size=48))
    elif body == "text":
        case.content = draw(_unicode_value).encode("utf-8")
    elif body in ("json", "httpx-json"):
        obj = draw(st.dictionaries(_piece, st.one_of(_piece, st.integers(), st.booleans()), max_size=3))
        if body == "httpx-json":
            case.use_json, case.json_body = True, obj
        else:
            separators = draw(st.sampled_from([(", ", ": "), (",", ":")]))
            case.content = json.dumps(obj, separators=separators, ensure_ascii=draw(st.booleans())).encode()
    return case


@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=cases())
def test_authorization_matches_official_signer(case: Case) -> None:
    check_against_oracle(case)
