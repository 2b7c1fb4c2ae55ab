"""Unit tests of the Tencent CMQ legacy (HmacSHA1/HmacSHA256) signer: published vectors, sorting, encoding, httpx."""

from __future__ import annotations

import asyncio
import base64
import hmac
import time
import traceback
from collections.abc import Callable, Iterator
from urllib.parse import parse_qsl

import httpx
import pytest

from mqclients._core.errors import SigningError
from mqclients._signing.tencent_cmq import (
    SIGN_METHODS,
    CMQAuth,
    CMQCredentials,
    CMQSigner,
    check_sign_method,
    common_params,
    compute_signature,
    encode_form,
    params_to_sign,
    parse_form,
    sign_params,
    string_to_sign,
)

# DOC:5906 example (unmasked values as reproduced in the reference note §2.1 V1).
DOC_KEY = "pPgfLipfEXZ7VcRzhAMIyPaU7UbQyFFx"
DOC_ID = "AKIDPcYDclDJCn8D0Xypa4f3pKYUCVYLn3zT"
DOC_HOST = "cmq-queue-gz.api.tencentyun.com"
DOC_PATH = "/v2/index.php"
DOC_TIMESTAMP = 1534154812
DOC_NONCE = 2889712707386595659
DOC_ACTION_PARAMS = {
    "Action": "SendMessage",
    "clientRequestId": "1231231231",
    "delaySeconds": "0",
    "msgBody": "msg",
    "queueName": "test1",
}
DOC_SRC = (
    "POSTcmq-queue-gz.api.tencentyun.com/v2/index.php?Action=SendMessage&Nonce=2889712707386595659"
    "&RequestClient=SDK_Python_1.3&SecretId=AKIDPcYDclDJCn8D0Xypa4f3pKYUCVYLn3zT&SignatureMethod=HmacSHA1"
    "&Timestamp=1534154812&clientRequestId=1231231231&delaySeconds=0&msgBody=msg&queueName=test1"
)
DOC_SIGNATURE = "C16WEtEXsD5v5tnaUMLAbZewXhI="

# Distinctive secrets for the redaction tests.
SECRET_KEY = "SeCrEtKeY-0123456789abcdefXYZ"
TOKEN = "ToKeN-sts-temporary-9876543210"
URL = "https://cmq-queue-gz.api.qcloud.com/v2/index.php"


def doc_credentials() -> CMQCredentials:
    return CMQCredentials(DOC_ID, DOC_KEY)


def hmac_b64(key: str, text: str, digest: str = "sha1") -> str:
    """Independent HMAC of the test side (no code shared with the signer)."""
    return base64.b64encode(hmac.new(key.encode(), text.encode(), digest).digest()).decode()


def body_params(request: httpx.Request) -> dict[str, str]:
    """Decode a sent body with the standard library alone (not with the signer's parser)."""
    pairs = parse_qsl(request.content.decode("ascii"), keep_blank_values=True, strict_parsing=True)
    params = dict(pairs)
    assert len(params) == len(pairs), "a key was sent twice"
    return params


def independent_string_to_sign(method: str, host: str, path: str, params: dict[str, str]) -> str:
    return method + host + path + "?" + "&".join(f"{k}={params[k]}" for k in sorted(params) if k != "Signature")


class Capture:
    """A MockTransport handler keeping every request it is sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"code": 0, "message": "", "requestId": "r-1"})


def pinned_auth(
    credentials: CMQCredentials | None = None, *, sign_method: str = "HmacSHA1", request_client: str | None = None
) -> CMQAuth:
    return CMQAuth(
        credentials or doc_credentials(),
        sign_method=sign_method,
        request_client=request_client,
        clock=lambda: DOC_TIMESTAMP,
        nonce=lambda: DOC_NONCE,
    )


def counter(start: int) -> Callable[[], int]:
    values: Iterator[int] = iter(range(start, start + 1000))
    return lambda: next(values)


# ---------------------------------------------------------------------------------------------------------------
# Published vectors


def test_published_example_string_to_sign_byte_for_byte() -> None:
    params = params_to_sign(
        DOC_ACTION_PARAMS,
        doc_credentials(),
        sign_method="HmacSHA1",
        timestamp=DOC_TIMESTAMP,
        nonce=DOC_NONCE,
        request_client="SDK_Python_1.3",
    )
    assert string_to_sign("POST", DOC_HOST, DOC_PATH, params) == DOC_SRC
    assert compute_signature(DOC_KEY, DOC_SRC, "HmacSHA1") == DOC_SIGNATURE


def test_published_example_sign_params_and_form_body() -> None:
    signed = sign_params(
        DOC_ACTION_PARAMS,
        doc_credentials(),
        method="POST",
        host=DOC_HOST,
        path=DOC_PATH,
        timestamp=DOC_TIMESTAMP,
        nonce=DOC_NONCE,
        request_client="SDK_Python_1.3",
    )
    assert signed["Signature"] == DOC_SIGNATURE
    assert b"&Signature=C16WEtEXsD5v5tnaUMLAbZewXhI%3D" in encode_form(signed)


def test_published_example_through_httpx() -> None:
    capture = Capture()
    with httpx.Client(
        transport=httpx.MockTransport(capture), auth=pinned_auth(request_client="SDK_Python_1.3")
    ) as client:
        client.post(f"http://{DOC_HOST}{DOC_PATH}", data=DOC_ACTION_PARAMS)
    (sent,) = capture.requests
    params = body_params(sent)
    assert params["Signature"] == DOC_SIGNATURE
    assert b"Signature=C16WEtEXsD5v5tnaUMLAbZewXhI%3D" in sent.content
    assert independent_string_to_sign("POST", DOC_HOST, DOC_PATH, params) == DOC_SRC
    assert sent.headers["Content-Length"] == str(len(sent.content))
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_generic_v1_signature_example() -> None:
    # TencentCloud API 3.0 "signature v1" doc: same algorithm, GET, path "/", an array key InstanceIds.0.
    params = {
        "Action": "DescribeInstances",
        "InstanceIds.0": "ins-09dx96dg",
        "Limit": "20",
        "Nonce": "11886",
        "Offset": "0",
        "Region": "ap-guangzhou",
        "SecretId": "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
        "Timestamp": "1465185768",
        "Version": "2017-03-12",
    }
    src = string_to_sign("get", "cvm.tencentcloudapi.com", "/", params)
    assert src == (
        "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886"
        "&Offset=0&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768"
        "&Version=2017-03-12"
    )
    assert compute_signature("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", src, "HmacSHA1") == "EliP9YW3pW28FpsEdkXt/+WcGeI="


# ---------------------------------------------------------------------------------------------------------------
# The string to sign


def test_array_params_sort_as_text_not_as_numbers() -> None:
    params = {f"msgBody.{i}": f"m{i}" for i in range(12)}
    params["queueName"] = "q"
    src = string_to_sign("POST", "h", "/v2/index.php", params)
    order = [pair.split("=")[0] for pair in src.split("?", 1)[1].split("&")]
    assert order == [
        "msgBody.0",
        "msgBody.1",
        "msgBody.10",
        "msgBody.11",
        "msgBody.2",
        "msgBody.3",
        "msgBody.4",
        "msgBody.5",
        "msgBody.6",
        "msgBody.7",
        "msgBody.8",
        "msgBody.9",
        "queueName",
    ]


def test_upper_case_common_params_sort_before_lower_case_action_params() -> None:
    params = params_to_sign(
        {"queueName": "q", "Action": "SendMessage", "msgBody": "x"},
        doc_credentials(),
        sign_method="HmacSHA256",
        timestamp=1,
        nonce=2,
        request_client="rc",
    )
    src = string_to_sign("POST", "h", "/p", params)
    assert src == (
        f"POSTh/p?Action=SendMessage&Nonce=2&RequestClient=rc&SecretId={DOC_ID}&SignatureMethod=HmacSHA256"
        "&Timestamp=1&msgBody=x&queueName=q"
    )


def test_values_are_signed_raw_and_sent_encoded() -> None:
    value = "héllo 中文 😀 a&b=c+d%20/e?f#g@h;i\r\n"
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=pinned_auth()) as client:
        client.post(URL, data={"Action": "SendMessage", "queueName": "q", "msgBody": value})
    (sent,) = capture.requests
    assert "中".encode() not in sent.content  # percent-encoded on the wire
    assert b"msgBody=h%C3%A9llo+%E4%B8%AD%E6%96%87+%F0%9F%98%80+a%26b%3Dc%2Bd%2520%2Fe%3Ff%23g%40h%3Bi%0D%0A" in (
        sent.content
    )
    params = body_params(sent)
    assert params["msgBody"] == value
    src = independent_string_to_sign("POST", "cmq-queue-gz.api.qcloud.com", "/v2/index.php", params)
    assert f"&msgBody={value}&" in src  # raw in the signed text
    assert params["Signature"] == hmac_b64(DOC_KEY, src)


def test_empty_values_are_signed() -> None:
    assert string_to_sign("POST", "h", "/p", {"b": "", "a": "1"}) == "POSTh/p?a=1&b="


def test_signature_param_is_left_out_of_the_string_to_sign() -> None:
    assert string_to_sign("POST", "h", "/p", {"a": "1", "Signature": "old"}) == "POSTh/p?a=1"


def test_underscore_in_keys_is_written_as_dot_in_the_signed_text_only() -> None:
    # Legacy CMQ SDKs (PY Sign.make, JV CMQClient.call) sort the keys as sent, then write "_" as ".".
    # tencentcloud-sdk-python-common replaces first, then sorts ("a.b=1&a.c=2" here): a known divergence
    # that only keys with "_" can show; no CMQ parameter has one.
    assert string_to_sign("POST", "h", "/p", {"a_b": "1", "a.c": "2"}) == "POSTh/p?a.c=2&a.b=1"
    body = encode_form({"a_b": "1"})
    assert body == b"a_b=1"


def test_both_sign_methods() -> None:
    assert compute_signature(DOC_KEY, DOC_SRC, "HmacSHA1") == hmac_b64(DOC_KEY, DOC_SRC, "sha1")
    assert compute_signature(DOC_KEY, DOC_SRC, "HmacSHA256") == hmac_b64(DOC_KEY, DOC_SRC, "sha256")
    assert len(base64.b64decode(compute_signature(DOC_KEY, DOC_SRC, "HmacSHA256"))) == 32
    assert SIGN_METHODS == ("HmacSHA1", "HmacSHA256")


@pytest.mark.parametrize("sign_method", ["HmacSHA1", "HmacSHA256"])
def test_sign_method_is_sent_and_used(sign_method: str) -> None:
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=pinned_auth(sign_method=sign_method)) as client:
        client.post(URL, data={"Action": "ListQueue"})
    params = body_params(capture.requests[0])
    assert params["SignatureMethod"] == sign_method
    digest = "sha1" if sign_method == "HmacSHA1" else "sha256"
    src = independent_string_to_sign("POST", "cmq-queue-gz.api.qcloud.com", "/v2/index.php", params)
    assert params["Signature"] == hmac_b64(DOC_KEY, src, digest)


@pytest.mark.parametrize("bad", ["sha1", "hmacsha1", "HmacSHA512", "", "HMAC-SHA256"])
def test_unknown_sign_method_is_refused_naming_the_allowed_ones(bad: str) -> None:
    for attempt in (
        lambda: check_sign_method(bad),
        lambda: CMQSigner(doc_credentials(), sign_method=bad),
        lambda: CMQAuth(doc_credentials(), sign_method=bad),
        lambda: compute_signature(DOC_KEY, "x", bad),  # type: ignore[arg-type]
    ):
        with pytest.raises(SigningError, match="HmacSHA1, HmacSHA256"):
            attempt()


# ---------------------------------------------------------------------------------------------------------------
# Common params and token


def test_common_params_without_token() -> None:
    params = common_params(doc_credentials(), sign_method="HmacSHA1", timestamp=10, nonce=20)
    assert params == {
        "Timestamp": "10",
        "Nonce": "20",
        "SecretId": DOC_ID,
        "SignatureMethod": "HmacSHA1",
        "RequestClient": "mqclients_python",
    }


def test_request_client_can_be_left_out() -> None:
    params = common_params(doc_credentials(), sign_method="HmacSHA1", timestamp=10, nonce=20, request_client=None)
    assert "RequestClient" not in params


def test_token_is_sent_and_signed() -> None:
    credentials = CMQCredentials(DOC_ID, DOC_KEY, token=TOKEN)
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=pinned_auth(credentials)) as client:
        client.post(URL, data={"Action": "ReceiveMessage", "queueName": "q"})
    params = body_params(capture.requests[0])
    assert params["Token"] == TOKEN
    src = independent_string_to_sign("POST", "cmq-queue-gz.api.qcloud.com", "/v2/index.php", params)
    assert f"&Token={TOKEN}&" in src
    assert params["Signature"] == hmac_b64(DOC_KEY, src)


@pytest.mark.parametrize("nonce", [0, -1])
def test_nonce_must_be_positive(nonce: int) -> None:
    with pytest.raises(SigningError, match="Nonce"):
        common_params(doc_credentials(), sign_method="HmacSHA1", timestamp=1, nonce=nonce)


def test_default_clock_and_nonce() -> None:
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=CMQAuth(doc_credentials())) as client:
        before = int(time.time())
        client.post(URL, data={"Action": "ListQueue"})
        client.post(URL, data={"Action": "ListQueue"})
        after = int(time.time())
    first, second = (body_params(r) for r in capture.requests)
    assert before <= int(first["Timestamp"]) <= after
    assert 1 <= int(first["Nonce"]) < 2**63
    assert first["Nonce"] != second["Nonce"]


# ---------------------------------------------------------------------------------------------------------------
# httpx integration


def test_signature_sent_is_computed_over_what_was_sent() -> None:
    capture = Capture()
    data = {"Action": "BatchSendMessage", "queueName": "q1", "delaySeconds": "5"}
    data.update({f"msgBody.{i}": f"body {i} ü&" for i in range(1, 13)})
    auth = CMQAuth(doc_credentials(), sign_method="HmacSHA256", clock=lambda: 1700000000.9, nonce=lambda: 42)
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        client.post("http://cmq-queue-gz.api.tencentyun.com:8080/v2/index.php", data=data)
    (sent,) = capture.requests
    params = body_params(sent)
    assert {k: params[k] for k in data} == data
    assert params["Timestamp"] == "1700000000"
    assert params["Nonce"] == "42"
    assert sent.headers["Host"] == "cmq-queue-gz.api.tencentyun.com:8080"
    src = independent_string_to_sign("POST", sent.headers["Host"], sent.url.path, params)
    assert src.startswith("POSTcmq-queue-gz.api.tencentyun.com:8080/v2/index.php?Action=BatchSendMessage&")
    assert params["Signature"] == hmac_b64(DOC_KEY, src, "sha256")
    assert int(sent.headers["Content-Length"]) == len(sent.content)


def test_the_host_header_sent_is_the_host_signed() -> None:
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=pinned_auth()) as client:
        client.post(
            "http://127.0.0.1:9000/v2/index.php",
            data={"Action": "ListQueue"},
            headers={"Host": "cmq-queue-gz.api.tencentyun.com"},
        )
    (sent,) = capture.requests
    params = body_params(sent)
    src = independent_string_to_sign("POST", "cmq-queue-gz.api.tencentyun.com", "/v2/index.php", params)
    assert params["Signature"] == hmac_b64(DOC_KEY, src)


def test_every_attempt_is_signed_afresh() -> None:
    capture = Capture()
    clock = iter([1000.0, 1005.0, 1010.0])
    auth = CMQAuth(doc_credentials(), clock=lambda: next(clock), nonce=counter(7))
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        original = client.build_request("POST", URL, data={"Action": "SendMessage", "queueName": "q", "msgBody": "m"})
        first = client.send(original)
        client.send(original)  # a retry loop re-sending the same request
        client.send(first.request)  # re-signing an already signed request replaces the old common params
    sent = [body_params(r) for r in capture.requests]
    assert [p["Timestamp"] for p in sent] == ["1000", "1005", "1010"]
    assert [p["Nonce"] for p in sent] == ["7", "8", "9"]
    for request, params in zip(capture.requests, sent, strict=True):
        assert set(params) == {
            "Action",
            "queueName",
            "msgBody",
            "Timestamp",
            "Nonce",
            "SecretId",
            "SignatureMethod",
            "RequestClient",
            "Signature",
        }
        src = independent_string_to_sign("POST", request.headers["Host"], "/v2/index.php", params)
        assert params["Signature"] == hmac_b64(DOC_KEY, src)
    assert b"Signature" not in original.content  # the caller's request is left unsigned


def test_async_client() -> None:
    capture = Capture()

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(capture), auth=pinned_auth()) as client:
            await client.post(f"http://{DOC_HOST}{DOC_PATH}", data=DOC_ACTION_PARAMS)

    asyncio.run(main())
    # pinned_auth() sends no RequestClient here, so the signature differs from the published one: recompute it.
    params = body_params(capture.requests[0])
    assert "RequestClient" not in params
    src = independent_string_to_sign("POST", DOC_HOST, DOC_PATH, params)
    assert params["Signature"] == hmac_b64(DOC_KEY, src)


def test_async_client_reproduces_the_published_example() -> None:
    capture = Capture()

    async def main() -> None:
        auth = pinned_auth(request_client="SDK_Python_1.3")
        async with httpx.AsyncClient(transport=httpx.MockTransport(capture), auth=auth) as client:
            await client.post(f"http://{DOC_HOST}{DOC_PATH}", data=DOC_ACTION_PARAMS)

    asyncio.run(main())
    assert body_params(capture.requests[0])["Signature"] == DOC_SIGNATURE


def test_streamed_form_body_is_read_signed_and_given_a_content_length() -> None:
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=pinned_auth()) as client:
        client.post(
            URL,
            content=iter([b"Action=ListQueue&", b"limit=10"]),
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        )
    (sent,) = capture.requests
    assert "Transfer-Encoding" not in sent.headers
    assert sent.headers["Content-Length"] == str(len(sent.content))
    params = body_params(sent)
    assert params["limit"] == "10"
    src = independent_string_to_sign("POST", "cmq-queue-gz.api.qcloud.com", "/v2/index.php", params)
    assert params["Signature"] == hmac_b64(DOC_KEY, src)


def test_auth_needs_the_request_body() -> None:
    assert CMQAuth.requires_request_body is True


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: httpx.Request("GET", URL, params={"Action": "ListQueue"}), "POST"),
        (lambda: httpx.Request("POST", URL, json={"Action": "ListQueue"}), "application/x-www-form-urlencoded"),
        (lambda: httpx.Request("POST", URL, content=b"Action=ListQueue"), "absent"),
        (lambda: httpx.Request("POST", URL + "?Action=ListQueue", data={"queueName": "q"}), "query string"),
        (lambda: httpx.Request("POST", URL, data={"msgBody": ["a", "b"]}), "repeats parameter 'msgBody'"),
        (
            lambda: httpx.Request(
                "POST",
                URL,
                content=b"Action=ListQueue&msgBody=%FF",
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            ),
            "not valid UTF-8 form encoding",
        ),
        (
            lambda: httpx.Request(
                "POST",
                URL,
                content=b"Action=ListQueue&Token",
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            ),
            "not valid UTF-8 form encoding",
        ),
    ],
)
def test_requests_that_cannot_be_signed(build: Callable[[], httpx.Request], message: str) -> None:
    signer = CMQSigner(doc_credentials())
    with pytest.raises(SigningError, match=message):
        signer.sign_request(build())


def test_parse_and_encode_form_round_trip() -> None:
    params = {"a": "x y", "b": "", "c": "é&=+"}
    assert parse_form(encode_form(params)) == params
    assert encode_form([("a", "x y")]) == b"a=x+y"
    assert parse_form(b"") == {}


# ---------------------------------------------------------------------------------------------------------------
# Credentials


def test_credentials_from_env() -> None:
    env = {
        "TENCENTCLOUD_SECRET_ID": DOC_ID,
        "TENCENTCLOUD_SECRET_KEY": SECRET_KEY,
        "TENCENTCLOUD_SESSION_TOKEN": TOKEN,
    }
    assert CMQCredentials.from_env(env) == CMQCredentials(DOC_ID, SECRET_KEY, TOKEN)
    del env["TENCENTCLOUD_SESSION_TOKEN"]
    assert CMQCredentials.from_env(env).token is None


def test_credentials_from_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", DOC_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", DOC_KEY)
    monkeypatch.delenv("TENCENTCLOUD_SESSION_TOKEN", raising=False)
    assert CMQSigner().credentials == doc_credentials()
    assert CMQAuth().signer.credentials == doc_credentials()


def test_arguments_win_and_a_session_token_is_not_paired_with_argument_keys() -> None:
    env = {"TENCENTCLOUD_SECRET_ID": "env-id", "TENCENTCLOUD_SECRET_KEY": "env-key", "TENCENTCLOUD_SESSION_TOKEN": "t"}
    assert CMQCredentials.resolve(DOC_ID, DOC_KEY, environ=env) == CMQCredentials(DOC_ID, DOC_KEY)
    assert CMQCredentials.resolve(DOC_ID, DOC_KEY, "tok", environ=env).token == "tok"
    assert CMQCredentials.resolve(secret_key=DOC_KEY, environ=env) == CMQCredentials("env-id", DOC_KEY)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({}, ["TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"]),
        ({"TENCENTCLOUD_SECRET_ID": "id"}, ["TENCENTCLOUD_SECRET_KEY"]),
        ({"TENCENTCLOUD_SECRET_KEY": SECRET_KEY}, ["TENCENTCLOUD_SECRET_ID"]),
        ({"TENCENTCLOUD_SECRET_ID": "", "TENCENTCLOUD_SECRET_KEY": ""}, ["TENCENTCLOUD_SECRET_ID"]),
    ],
)
def test_missing_credentials_name_the_variables_looked_at(env: dict[str, str], named: list[str]) -> None:
    with pytest.raises(SigningError) as caught:
        CMQCredentials.from_env(env)
    for name in named:
        assert name in str(caught.value)
    assert SECRET_KEY not in str(caught.value)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("", SECRET_KEY, None), "secret_id"),
        (("id", "", None), "secret_key"),
        (("id", f" {SECRET_KEY}", None), "secret_key"),
        (("id", SECRET_KEY, f"{TOKEN}\n"), "token"),
        (("id", SECRET_KEY, ""), "token"),
    ],
)
def test_malformed_credentials(args: tuple[str, str, str | None], field: str) -> None:
    with pytest.raises(SigningError, match=field) as caught:
        CMQCredentials(*args)
    assert SECRET_KEY not in str(caught.value)
    assert TOKEN not in str(caught.value)


def test_secrets_never_appear_in_reprs_or_error_texts() -> None:
    credentials = CMQCredentials("AKIDpublicid", SECRET_KEY, TOKEN)
    auth = CMQAuth(credentials, sign_method="HmacSHA256", clock=lambda: 1, nonce=lambda: 1)
    texts = [repr(credentials), str(credentials), repr(auth), str(auth), repr(auth.signer), str(auth.signer)]
    assert "AKIDpublicid" in repr(credentials)
    assert "<redacted>" in repr(credentials)

    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        client.post(URL, data={"Action": "ListQueue"})
    signature = body_params(capture.requests[0])["Signature"]

    failing = [
        # a previously signed body (carrying token and signature) that the signer then refuses
        httpx.Request("POST", URL, content=capture.requests[0].content + b"&bad", headers=capture.requests[0].headers),
        httpx.Request(
            "POST",
            URL,
            content=capture.requests[0].content + b"&Token=%FF",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        httpx.Request(
            "POST",
            URL,
            content=capture.requests[0].content + b"&Action=x",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        httpx.Request("GET", URL, params=body_params(capture.requests[0])),
    ]
    for request in failing:
        with pytest.raises(SigningError) as caught:
            auth.signer.sign_request(request)
        texts += [str(caught.value), repr(caught.value), "".join(traceback.format_exception(caught.value))]
    bad_credentials: list[Callable[[], object]] = [
        lambda: CMQCredentials("id", f"{SECRET_KEY} "),
        lambda: CMQCredentials("id", SECRET_KEY, f" {TOKEN}"),
    ]
    for bad in bad_credentials:
        with pytest.raises(SigningError) as caught:
            bad()
        texts += [str(caught.value), repr(caught.value), "".join(traceback.format_exception(caught.value))]

    for text in texts:
        assert SECRET_KEY not in text
        assert TOKEN not in text
        assert signature not in text
