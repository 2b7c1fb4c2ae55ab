"""Huawei clients' constructor conventions: region -> endpoint, credentials and project from arguments or the
environment, token auth, and clear errors for what is missing."""

from __future__ import annotations

import httpx
import pytest

from mqclients import errors
from mqclients.dms import DMS
from mqclients.rocketmq import RocketMQ

AK, SK = "HPUAUNITTESTAK000001", "unit-test-secret-key-0123456789abcdefghij"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "HUAWEICLOUD_SDK_AK",
        "HUAWEICLOUD_SDK_SK",
        "CLOUD_SDK_AK",
        "CLOUD_SDK_SK",
        "HUAWEICLOUD_SDK_PROJECT_ID",
    ):
        monkeypatch.delenv(name, raising=False)


def capture() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"queues": [], "total": 0})

    return seen, httpx.MockTransport(handler)


def test_region_makes_the_endpoint_and_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", AK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", SK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "proj-env")
    seen, transport = capture()
    DMS(region="ap-southeast-1", http_transport=transport).list_queues()
    request = seen[0]
    assert str(request.url).startswith("https://dms.ap-southeast-1.myhuaweicloud.com/v1.0/proj-env/queues")
    assert request.headers["X-Project-Id"] == "proj-env"
    assert request.headers["Authorization"].startswith(f"SDK-HMAC-SHA256 Access={AK}, SignedHeaders=")


def test_doc_sample_variables_work_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUD_SDK_AK", AK)
    monkeypatch.setenv("CLOUD_SDK_SK", SK)
    seen, transport = capture()
    DMS(endpoint="https://dms.example", project_id="p", http_transport=transport).list_queues()
    assert f"Access={AK}" in seen[0].headers["Authorization"]


def test_token_auth_sends_the_token_and_no_signature() -> None:
    seen, transport = capture()
    DMS(endpoint="https://dms.example", project_id="p", token="iam-token", http_transport=transport).list_queues()
    assert seen[0].headers["X-Auth-Token"] == "iam-token"
    assert "Authorization" not in seen[0].headers


def test_temporary_credentials_send_the_security_token() -> None:
    seen, transport = capture()
    client = DMS(
        endpoint="https://dms.example", project_id="p", ak=AK, sk=SK, security_token="sts", http_transport=transport
    )
    client.list_queues()
    assert seen[0].headers["X-Security-Token"] == "sts"
    assert "x-security-token" in seen[0].headers["Authorization"]


def test_missing_pieces_are_named() -> None:
    with pytest.raises(errors.MQClientError, match="endpoint or region"):
        DMS(project_id="p", ak=AK, sk=SK)
    with pytest.raises(errors.SigningError, match="HUAWEICLOUD_SDK_AK"):
        DMS(region="cn-north-4", project_id="p")
    with pytest.raises(errors.MQClientError, match="project_id"):
        DMS(region="cn-north-4", ak=AK, sk=SK)
    with pytest.raises(errors.MQClientError, match="not both"):
        DMS(region="cn-north-4", project_id="p", ak=AK, token="t")


def test_secrets_stay_out_of_reprs() -> None:
    client = RocketMQ(region="cn-north-4", project_id="p", ak=AK, sk=SK)
    assert SK not in repr(client)
    assert SK not in repr(client._config)
    assert SK not in repr(client._config.auth)


def test_rocketmq_fills_engine_and_project() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"instance_id": "i-1"})

    mq = RocketMQ(
        endpoint="https://dms.example", project_id="p", ak=AK, sk=SK, http_transport=httpx.MockTransport(handler)
    )
    mq.get_instance_by_engine("i-1")
    assert seen[0].url.path == "/v2/reliability/p/instances/i-1"
