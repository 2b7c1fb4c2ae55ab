"""Pins of the signers that mutation testing found unchecked: the wall-clock ``X-Sdk-Date`` from the first request
on (whatever second it is), a streamed body read before signing, immutable credentials and results, and no secret
in a ``SigningResult`` repr."""

from __future__ import annotations

import dataclasses
import time
import types
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from mqclients._signing import huawei
from mqclients._signing.huawei import HuaweiAKSKAuth, HuaweiCredentials, payload_hash, sign
from mqclients._signing.tencent_cmq import CMQCredentials

CREDS = HuaweiCredentials("AKEXAMPLE", "sk-example-secret", security_token="sts-token-secret")


def _wall_clock_at(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    fake = types.SimpleNamespace(time=lambda: seconds, strftime=time.strftime, gmtime=time.gmtime)
    monkeypatch.setattr(huawei, "time", fake)


@pytest.mark.parametrize(("seconds", "sdk_date"), [(1.0, "19700101T000001Z"), (-2.0, "19691231T235958Z")])
def test_the_first_request_gets_the_wall_clock_date_whatever_second_it_is(
    monkeypatch: pytest.MonkeyPatch, seconds: float, sdk_date: str
) -> None:
    _wall_clock_at(monkeypatch, seconds)
    request = httpx.Request("GET", "https://dms.example/v2/p/instances")
    result = HuaweiAKSKAuth(CREDS).sign_request(request)
    assert result.sdk_date == sdk_date
    assert request.headers["X-Sdk-Date"] == sdk_date


def test_a_streamed_body_is_read_and_signed_over_its_bytes() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    def chunks() -> Iterator[bytes]:
        yield b'{"name":'
        yield b'"q1"}'

    with httpx.Client(transport=httpx.MockTransport(handler), auth=HuaweiAKSKAuth(CREDS)) as http:
        http.post("https://dms.example/v2/p/queues", content=chunks(), headers={"Content-Type": "application/json"})
    request = seen[0]
    assert request.content == b'{"name":"q1"}'
    expected = sign(
        "POST",
        request.url.raw_path.split(b"?")[0],
        request.url.query,
        [(k, v) for k, v in request.headers.raw if k.lower() not in (b"authorization", b"x-sdk-date")],
        b'{"name":"q1"}',
        credentials=CREDS,
        now=huawei_date(request.headers["X-Sdk-Date"]),
    )
    assert request.headers["Authorization"] == expected.authorization
    assert payload_hash(b'{"name":"q1"}') in expected.canonical_request


def huawei_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def test_credentials_and_signing_results_are_immutable_and_results_hide_their_secrets() -> None:
    result = sign(
        "GET",
        "/v2/p/queues",
        "",
        [("Host", "dms.example")],
        b"",
        credentials=CREDS,
        now=huawei_date("20240102T030405Z"),
    )
    for instance, name in ((CREDS, "sk"), (result, "authorization")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(instance, name, "x")
    text = repr(result)
    assert "sts-token-secret" not in text
    assert "Signature=" not in text
    for hidden in ("authorization=", "canonical_request=", " headers="):
        assert hidden not in text
    cmq = CMQCredentials("AKIDEXAMPLE", "cmq-secret-key", token="cmq-token")
    with pytest.raises(dataclasses.FrozenInstanceError):
        cmq.secret_key = "other"  # type: ignore[misc]
    assert not hasattr(cmq, "__dict__")  # slots: a key pair carries no per-instance dict
