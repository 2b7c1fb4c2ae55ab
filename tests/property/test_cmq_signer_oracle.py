"""Differential test of the CMQ legacy signer against tencentcloud-sdk-python-common's "signature v1" code.

The oracle (test-only) is the official common SDK: ``AbstractClient._format_sign_string`` builds
``reqMethod + endpoint + _requestPath + "?" + sorted k=v`` over raw values, ``Sign.sign`` the base64 HMAC. Its string
to sign agrees with the legacy CMQ SDKs' for every key without ``_``; with ``_`` it replaces ``_`` by ``.`` *before*
sorting, the CMQ SDKs after (no CMQ parameter has ``_``): generated keys have none, and the divergence is pinned by
``test_known_divergence_underscore_keys``. Deterministic (``derandomize=True``), no example database.
"""

from __future__ import annotations

import string
from functools import cache
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

pytest.importorskip("hypothesis", reason="hypothesis is not installed: pip install hypothesis")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mqclients._signing.tencent_cmq import (
    CMQAuth,
    CMQCredentials,
    SignMethod,
    compute_signature,
    sign_params,
    string_to_sign,
)

_ORACLE_MISSING = (
    "the signing oracle tencentcloud-sdk-python-common is not installed: pip install tencentcloud-sdk-python-common"
)
# An untyped package, used through its module objects (typed Any): mypy --strict needs no override for it.
tc_sign = pytest.importorskip("tencentcloud.common.sign", reason=_ORACLE_MISSING)
tc_client = pytest.importorskip("tencentcloud.common.abstract_client", reason=_ORACLE_MISSING)
tc_credential = pytest.importorskip("tencentcloud.common.credential", reason=_ORACLE_MISSING)
tc_client_profile = pytest.importorskip("tencentcloud.common.profile.client_profile", reason=_ORACLE_MISSING)
tc_http_profile = pytest.importorskip("tencentcloud.common.profile.http_profile", reason=_ORACLE_MISSING)

EXAMPLES = 1000
PATH = "/v2/index.php"
SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def oracle() -> Any:
    """One tencentcloud AbstractClient; its profile's method and endpoint are set per example."""
    http_profile = tc_http_profile.HttpProfile(reqMethod="POST", endpoint="h")
    profile = tc_client_profile.ClientProfile(signMethod="HmacSHA1", httpProfile=http_profile)
    client = tc_client.AbstractClient(tc_credential.Credential("AKIDoracle", "oracle-key"), "", profile)
    client._requestPath = PATH
    return client


def oracle_sign(method: str, host: str, params: dict[str, str], key: str, sign_method: str) -> tuple[str, str]:
    """(string to sign, signature) as the tencentcloud common SDK computes them; ``params`` without Signature."""
    client = oracle()
    client.profile.httpProfile.reqMethod = method
    client.profile.httpProfile.endpoint = host
    src = client._format_sign_string(params)
    return src, tc_sign.Sign.sign(key, src, sign_method)


# ---------------------------------------------------------------------------------------------------------------
# Strategies

RESERVED = "&=+%/?#@;:,$!*'()[]{}<>\"\\|^`~ _.-\t\r\n\x00\x7f"
values = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=30),  # any unicode but lone surrogates
    st.text(st.sampled_from(RESERVED + "aZ09éü中文😀\u2028\ufeff"), max_size=20),
    st.sampled_from(["", " ", "+", "%20", "%", "a=b&c=d", "@file", "null", "0"]),
)
# CMQ-style names: letters and digits (no "_": see the module docstring); arrays as name.N.
names = st.from_regex(r"[a-z][A-Za-z0-9]{0,15}", fullmatch=True)
secret_keys = st.text(st.sampled_from(string.ascii_letters + string.digits + "+/=-"), min_size=1, max_size=40)
tokens = st.none() | st.text(st.sampled_from(string.ascii_letters + string.digits + "+/=_-."), min_size=1, max_size=60)
hosts = st.builds(
    lambda name, port: name + port,
    st.sampled_from(
        [
            "cmq-queue-gz.api.qcloud.com",
            "cmq-topic-sh.api.tencentyun.com",
            "cmq-gz.public.tencenttdmq.com",
            "127.0.0.1",
        ]
    ),
    st.sampled_from(["", ":8080", ":9443"]),
)
sign_methods = st.sampled_from(["HmacSHA1", "HmacSHA256"])
actions = st.sampled_from(["SendMessage", "BatchSendMessage", "BatchDeleteMessage", "PublishMessage", "Subscribe"])


@st.composite
def action_params(draw: st.DrawFn) -> dict[str, str]:
    params = {"Action": draw(actions)}
    for name in draw(st.lists(names, max_size=6, unique=True)):
        params[name] = draw(values)
    # arrays: msgBody.N always, with 0..20 items so that indices past 10 are common; plus an arbitrary one
    for base in ("msgBody", draw(names)):
        start = draw(st.sampled_from([0, 1]))
        for i in range(start, start + draw(st.integers(0, 20))):
            params[f"{base}.{i}"] = draw(values)
    return params


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "params": draw(action_params()),
        "credentials": CMQCredentials(
            "AKID" + draw(st.from_regex(r"[A-Za-z0-9]{8,32}", fullmatch=True)), draw(secret_keys), draw(tokens)
        ),
        "sign_method": draw(sign_methods),
        "host": draw(hosts),
        "timestamp": draw(st.integers(0, 2**32)),
        "nonce": draw(st.integers(1, 2**63 - 1)),
        "request_client": draw(st.sampled_from([None, "mqclients_python", "SDK_Python_1.3"])),
    }


# ---------------------------------------------------------------------------------------------------------------
# Properties


@SETTINGS
@given(case=cases(), method=st.sampled_from(["POST", "GET"]))
def test_string_to_sign_and_signature_agree_with_oracle(case: dict[str, Any], method: str) -> None:
    credentials: CMQCredentials = case["credentials"]
    sign_method: SignMethod = case["sign_method"]
    signed = sign_params(
        case["params"],
        credentials,
        method=method,
        host=case["host"],
        path=PATH,
        sign_method=sign_method,
        timestamp=case["timestamp"],
        nonce=case["nonce"],
        request_client=case["request_client"],
    )
    unsigned = {k: v for k, v in signed.items() if k != "Signature"}
    ours = string_to_sign(method, case["host"], PATH, unsigned)
    src, signature = oracle_sign(method, case["host"], unsigned, credentials.secret_key, sign_method)
    assert ours == src
    assert signed["Signature"] == signature
    assert compute_signature(credentials.secret_key, src, sign_method) == signature


@SETTINGS
@given(case=cases())
def test_signed_httpx_request_agrees_with_oracle(case: dict[str, Any]) -> None:
    """End to end: the body httpx would send carries the oracle's signature over that very body."""
    credentials: CMQCredentials = case["credentials"]
    auth = CMQAuth(
        credentials,
        sign_method=case["sign_method"],
        request_client=case["request_client"],
        clock=lambda: case["timestamp"],
        nonce=lambda: case["nonce"],
    )
    request = httpx.Request("POST", f"http://{case['host']}{PATH}", data=case["params"])
    sent = next(auth.sync_auth_flow(request))

    pairs = parse_qsl(sent.content.decode("ascii"), keep_blank_values=True, strict_parsing=True)
    params = dict(pairs)
    assert len(params) == len(pairs)
    assert sent.headers["Content-Length"] == str(len(sent.content))
    signature = params.pop("Signature")
    # everything the caller put in is sent unchanged, next to the common params
    assert {k: params[k] for k in case["params"]} == case["params"]
    expected_common = {"Timestamp", "Nonce", "SecretId", "SignatureMethod"}
    expected_common |= {"Token"} if credentials.token is not None else set()
    expected_common |= {"RequestClient"} if case["request_client"] else set()
    assert set(params) - set(case["params"]) == expected_common
    _, oracle_signature = oracle_sign("POST", sent.headers["Host"], params, credentials.secret_key, case["sign_method"])
    assert signature == oracle_signature


def test_known_divergence_underscore_keys() -> None:
    """Keys with "_": the CMQ SDKs sort first then write "_" as "."; the oracle replaces first then sorts."""
    params = {"a_b": "1", "a.c": "2"}
    src, _ = oracle_sign("POST", "h", params, "k", "HmacSHA1")
    assert src == f"POSTh{PATH}?a.b=1&a.c=2"
    assert string_to_sign("POST", "h", PATH, params) == f"POSTh{PATH}?a.c=2&a.b=1"


def test_oracle_reproduces_the_published_example() -> None:
    """The oracle itself is checked against the DOC:5906 vector, so agreement with it means something."""
    params = {
        "Action": "SendMessage",
        "Nonce": "2889712707386595659",
        "RequestClient": "SDK_Python_1.3",
        "SecretId": "AKIDPcYDclDJCn8D0Xypa4f3pKYUCVYLn3zT",
        "SignatureMethod": "HmacSHA1",
        "Timestamp": "1534154812",
        "clientRequestId": "1231231231",
        "delaySeconds": "0",
        "msgBody": "msg",
        "queueName": "test1",
    }
    _, signature = oracle_sign(
        "POST", "cmq-queue-gz.api.tencentyun.com", params, "pPgfLipfEXZ7VcRzhAMIyPaU7UbQyFFx", "HmacSHA1"
    )
    assert signature == "C16WEtEXsD5v5tnaUMLAbZewXhI="
