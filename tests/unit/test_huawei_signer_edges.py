"""The Huawei AK/SK signer pinned where mutation testing found its promises unchecked: the headers the signer owns
when re-signing a request with temporary credentials, the header-safety checks on values read from the environment,
the printable-ASCII bounds (space and ``~`` in, DEL and control characters out), and the headers never signed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest

from mqclients._core.errors import SigningError
from mqclients._signing.huawei import (
    HuaweiAKSKAuth,
    HuaweiCredentials,
    HuaweiTokenAuth,
    format_sdk_date,
    is_signed_header,
    sign,
)
from tests.unit.test_huawei_signer import AK, MOMENT, PROJECT_ID, SK, TOKEN, Capture, verify_wire

TEMPORARY = HuaweiCredentials(AK, SK, security_token=TOKEN, project_id=PROJECT_ID)


def _names(request: httpx.Request) -> list[bytes]:
    return [name.lower() for name, _ in request.headers.raw]


# ---------------------------------------------------------------------------------------------------- re-signing


def test_resigning_a_request_with_temporary_credentials_replaces_every_owned_header() -> None:
    # A retry re-signs the request object it already signed: the signer must take back its own headers.
    ticks = iter([MOMENT, MOMENT + timedelta(seconds=3)])
    auth = HuaweiAKSKAuth(TEMPORARY, clock=lambda: next(ticks))
    request = httpx.Request("POST", "https://h.example.com/v2/p/topics", json={"a": 1})
    first = auth.sign_request(request).authorization
    second = auth.sign_request(request)
    names = _names(request)
    for owned in (b"x-security-token", b"x-project-id", b"x-sdk-date", b"authorization"):
        assert names.count(owned) == 1, owned
    assert request.headers["X-Security-Token"] == TOKEN
    assert request.headers["X-Project-Id"] == PROJECT_ID
    assert request.headers["X-Sdk-Date"] == "20240102T030408Z"
    assert second.authorization != first
    assert verify_wire(request) == ["content-type", "host", "x-project-id", "x-sdk-date", "x-security-token"]


def test_every_retry_of_a_client_with_temporary_credentials_verifies() -> None:
    capture = Capture()
    ticks = iter([MOMENT, MOMENT + timedelta(seconds=1), MOMENT + timedelta(seconds=2)])
    auth = HuaweiAKSKAuth(TEMPORARY, clock=lambda: next(ticks))
    with httpx.Client(transport=httpx.MockTransport(capture)) as client:
        request = client.build_request("GET", "https://h.example.com/v2/p/topics?limit=1")
        for _attempt in range(3):
            client.send(request, auth=auth)
    assert len(capture.requests) == 3
    for sent in capture.requests:
        verify_wire(sent)
        assert sent.headers.get_list("X-Security-Token") == [TOKEN]
        assert sent.headers.get_list("X-Project-Id") == [PROJECT_ID]


async def test_every_async_retry_with_temporary_credentials_verifies() -> None:
    capture = Capture()
    auth = HuaweiAKSKAuth(TEMPORARY, clock=lambda: MOMENT)
    async with httpx.AsyncClient(transport=httpx.MockTransport(capture.handle_async)) as client:
        request = client.build_request("POST", "https://h.example.com/v2/p/topics", json={"n": 1})
        await client.send(request, auth=auth)
        await client.send(request, auth=auth)
    for sent in capture.requests:
        verify_wire(sent)
        assert sent.headers.get_list("X-Security-Token") == [TOKEN]


def test_a_callers_security_token_is_replaced_by_the_credentials_one() -> None:
    result = sign(
        "GET",
        "/",
        "",
        [("Host", "h"), ("x-security-token", "stale-token")],
        b"",
        credentials=TEMPORARY,
        now=MOMENT,
    )
    tokens = [value for name, value in result.headers if name.lower() == b"x-security-token"]
    assert tokens == [TOKEN.encode()]


def test_without_a_token_in_the_credentials_the_callers_headers_are_signed_as_given() -> None:
    # Only what the credentials carry is owned: a caller's own X-Security-Token / X-Project-Id stay and are signed.
    result = sign(
        "GET",
        "/",
        "",
        [("Host", "h"), ("X-Security-Token", "callers"), ("X-Project-Id", "callers-project")],
        b"",
        credentials=HuaweiCredentials(AK, SK),
        now=MOMENT,
    )
    assert (b"X-Security-Token", b"callers") in result.headers
    assert (b"X-Project-Id", b"callers-project") in result.headers
    assert result.signed_headers == ("host", "x-project-id", "x-sdk-date", "x-security-token")


def test_the_callers_headers_keep_their_order_and_the_signers_are_added_once() -> None:
    result = sign("GET", "/", "", [("Host", "h"), ("Accept", "*/*")], b"", credentials=TEMPORARY, now=MOMENT)
    names = [name for name, _ in result.headers]
    assert names[:2] == [b"Host", b"Accept"]
    assert sorted(names[2:]) == sorted([b"X-Project-Id", b"X-Security-Token", b"X-Sdk-Date", b"Authorization"])


@pytest.mark.parametrize(
    "name",
    [
        "Authorization",
        "Content-Length",
        "Connection",
        "Keep-Alive",
        "Proxy-Authorization",
        "Proxy-Connection",
        "TE",
        "Trailer",
        "Transfer-Encoding",
        "Upgrade",
        "Accept-Encoding",
        "X_Has_Underscore",
    ],
)
def test_headers_rewritten_below_the_signer_are_never_signed(name: str) -> None:
    assert not is_signed_header(name)
    assert not is_signed_header(name.lower())
    result = sign("GET", "/", "", [("Host", "h"), (name, "v")], b"", credentials=HuaweiCredentials(AK, SK), now=MOMENT)
    assert result.signed_headers == ("host", "x-sdk-date")


@pytest.mark.parametrize("name", ["Accept", "Content-Type", "User-Agent", "X-Trace-Id", "Host"])
def test_end_to_end_headers_are_signed(name: str) -> None:
    assert is_signed_header(name)


def test_signing_a_request_already_carrying_its_canonical_query_keeps_the_url() -> None:
    request = httpx.Request("GET", "https://h.example.com/v2/x?a=1&b=2")
    url_before = request.url
    HuaweiAKSKAuth(HuaweiCredentials(AK, SK), clock=lambda: MOMENT).sign_request(request)
    assert request.url is url_before
    unsorted = httpx.Request("GET", "https://h.example.com/v2/x?b=2&a=1")
    HuaweiAKSKAuth(HuaweiCredentials(AK, SK), clock=lambda: MOMENT).sign_request(unsorted)
    assert unsorted.url.query == b"a=1&b=2"
    emptied = httpx.Request("GET", "https://h.example.com/v2/x?&")
    HuaweiAKSKAuth(HuaweiCredentials(AK, SK), clock=lambda: MOMENT).sign_request(emptied)
    assert emptied.url.query == b""
    assert str(emptied.url) == "https://h.example.com/v2/x"


# ---------------------------------------------------------------------------------------------------- header safety


@pytest.mark.parametrize("bad", ["tok\x7fen", "tok\x1fen", "tok\x00en", "tok\u00e9n", "tok\u200ben", "line\nbreak"])
def test_a_security_token_outside_printable_ascii_is_refused_without_echoing_it(bad: str) -> None:
    with pytest.raises(SigningError, match=r"^security_token: must be printable ASCII") as caught:
        HuaweiCredentials(AK, SK, security_token=bad)
    assert bad not in str(caught.value)


@pytest.mark.parametrize("good", ["~tilde~", "inner space", "!#$%&'()*+,-./:;<=>?@[\\]^_`{|}"])
def test_printable_ascii_bounds_space_and_tilde_are_accepted(good: str) -> None:
    assert HuaweiCredentials(AK, SK, security_token=good, project_id=good.replace(" ", "")).security_token == good
    assert HuaweiTokenAuth(good, project_id="p~").project_id == "p~"


@pytest.mark.parametrize("bad", ["AK\x7f", "A\x1fK", "\u00c4K"])
def test_an_ak_outside_printable_ascii_is_refused(bad: str) -> None:
    with pytest.raises(SigningError, match=r"^ak: must be printable ASCII"):
        HuaweiCredentials(bad, SK)


@pytest.mark.parametrize("bad", ["A K", "A,K"])
def test_an_ak_with_a_comma_or_space_is_refused(bad: str) -> None:
    with pytest.raises(SigningError, match=r"^ak: must not contain ',' or spaces$"):
        HuaweiCredentials(bad, SK)


@pytest.mark.parametrize("label", ["security_token", "project_id"])
@pytest.mark.parametrize(("bad", "rule"), [(" x", "leading or trailing whitespace"), ("x\t", "leading or trailing")])
def test_padded_optional_credentials_are_refused(label: str, bad: str, rule: str) -> None:
    with pytest.raises(SigningError, match=rf"^{label}: must not have {rule}"):
        HuaweiCredentials(AK, SK, **{label: bad})


def test_the_token_auth_project_id_is_checked_too() -> None:
    with pytest.raises(SigningError, match=r"^project_id: must be printable ASCII"):
        HuaweiTokenAuth(TOKEN, project_id="p\x7f")
    with pytest.raises(SigningError, match=r"^project_id: must not be empty"):
        HuaweiTokenAuth(TOKEN, project_id="")


def test_an_sk_may_hold_any_inner_text() -> None:
    # The SK never goes into a header (only into the HMAC key): inner spaces and non-ASCII are its own business.
    credentials = HuaweiCredentials(AK, "s\u00e9cret key")
    result = sign("GET", "/", "", [("Host", "h")], b"", credentials=credentials, now=MOMENT)
    assert result.authorization.startswith(f"SDK-HMAC-SHA256 Access={AK}, ")


ENV = {"HUAWEICLOUD_SDK_AK": AK, "HUAWEICLOUD_SDK_SK": SK}


@pytest.mark.parametrize("variable", ["HUAWEICLOUD_SDK_SECURITY_TOKEN", "HUAWEICLOUD_SDK_PROJECT_ID"])
@pytest.mark.parametrize(
    ("bad", "rule"),
    [
        ("value\x7f", "must be printable ASCII"),
        ("val\u00fce", "must be printable ASCII"),
        (" value", "must not have leading or trailing whitespace"),
        ("value\n", "must not have leading or trailing whitespace"),
    ],
)
def test_a_bad_value_from_the_environment_names_the_variable_never_the_value(
    variable: str, bad: str, rule: str
) -> None:
    with pytest.raises(SigningError, match=rf"^{variable}: {rule}") as caught:
        HuaweiCredentials.from_env({**ENV, variable: bad})
    assert bad.strip() not in str(caught.value)


@pytest.mark.parametrize(("variable", "bad"), [("HUAWEICLOUD_SDK_AK", "AK\x7f"), ("CLOUD_SDK_AK", "A,K")])
def test_a_bad_ak_from_the_environment_names_its_variable(variable: str, bad: str) -> None:
    with pytest.raises(SigningError, match=rf"^{variable}: must"):
        HuaweiCredentials.from_env({"HUAWEICLOUD_SDK_SK": SK, variable: bad})


@pytest.mark.parametrize("variable", ["HUAWEICLOUD_SDK_SK", "CLOUD_SDK_SK"])
def test_a_padded_sk_from_the_environment_names_its_variable(variable: str) -> None:
    with pytest.raises(SigningError, match=rf"^{variable}: must not have leading or trailing whitespace$") as caught:
        HuaweiCredentials.from_env({"HUAWEICLOUD_SDK_AK": AK, variable: f"\t{SK}"})
    assert SK not in str(caught.value)


def test_arguments_are_not_overridden_nor_checked_against_the_environment() -> None:
    env = {**ENV, "HUAWEICLOUD_SDK_SECURITY_TOKEN": "bad\x7f", "HUAWEICLOUD_SDK_PROJECT_ID": " bad"}
    credentials = HuaweiCredentials.resolve(security_token=TOKEN, project_id=PROJECT_ID, environ=env)
    assert credentials == TEMPORARY


def test_empty_optional_variables_count_as_unset() -> None:
    env = {**ENV, "HUAWEICLOUD_SDK_SECURITY_TOKEN": "", "HUAWEICLOUD_SDK_PROJECT_ID": ""}
    assert HuaweiCredentials.from_env(env) == HuaweiCredentials(AK, SK)


def test_missing_ak_only_names_the_ak_variables() -> None:
    with pytest.raises(SigningError) as caught:
        HuaweiCredentials.from_env({"CLOUD_SDK_SK": SK})
    assert str(caught.value) == (
        "no Huawei Cloud AK (looked at HUAWEICLOUD_SDK_AK, CLOUD_SDK_AK): set one of the variables or pass the value"
    )


def test_missing_ak_and_sk_message() -> None:
    with pytest.raises(SigningError) as caught:
        HuaweiCredentials.from_env({"HUAWEICLOUD_SDK_AK": "", "CLOUD_SDK_SK": ""})
    assert str(caught.value) == (
        "no Huawei Cloud AK (looked at HUAWEICLOUD_SDK_AK, CLOUD_SDK_AK) and no SK (looked at HUAWEICLOUD_SDK_SK, "
        "CLOUD_SDK_SK): set one of the variables or pass the value"
    )


def test_a_clock_in_another_zone_stamps_utc() -> None:
    moment = datetime(2024, 1, 2, 4, 4, 5, tzinfo=timezone(timedelta(hours=1)))
    result = sign("GET", "/", "", [("Host", "h")], b"", credentials=HuaweiCredentials(AK, SK), now=moment)
    assert result.sdk_date == "20240102T030405Z"
    assert datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC).strftime("%Y%m%dT%H%M%SZ") == result.sdk_date


@pytest.fixture
def shanghai_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local zone set to UTC+8 (naive datetimes must still count as UTC, not as local time)."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("shanghai_local_time")
def test_a_naive_clock_is_utc_whatever_the_local_zone() -> None:
    assert time.localtime(0).tm_hour == 8  # the zone really is in force
    naive = datetime(2024, 1, 2, 3, 4, 5)
    assert format_sdk_date(naive) == "20240102T030405Z"
    aware = datetime(2024, 1, 2, 11, 4, 5, tzinfo=timezone(timedelta(hours=8)))
    assert format_sdk_date(aware) == "20240102T030405Z"


def test_a_signing_result_and_credentials_are_immutable() -> None:
    result = sign("GET", "/", "", [("Host", "h")], b"", credentials=TEMPORARY, now=MOMENT)
    with pytest.raises(AttributeError):
        result.query = "a=1"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        TEMPORARY.security_token = None  # type: ignore[misc]


def test_a_missing_host_header_is_added_first() -> None:
    # RFC 9110 section 7.2: a user agent sends Host as the first header field after the request line.
    request = httpx.Request("GET", "https://h.example.com:8443/x", headers={"Accept": "*/*"})
    del request.headers["Host"]
    HuaweiAKSKAuth(HuaweiCredentials(AK, SK), clock=lambda: MOMENT).sign_request(request)
    assert request.headers.raw[0] == (b"Host", b"h.example.com:8443")
    verify_wire(request)
