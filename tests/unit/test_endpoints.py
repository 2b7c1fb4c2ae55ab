"""Regions and endpoints are checked when a client is built: a clear ValidationError, before any I/O."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mqclients._core.endpoints import HUAWEI_REGION, TENCENT_REGION, check_endpoint, check_region
from mqclients.cmq import CMQ, AsyncCMQ
from mqclients.dms import DMS, AsyncDMS
from mqclients.errors import ValidationError
from mqclients.queuemanager import AsyncQueueManager, QueueManager
from mqclients.rocketmq import AsyncRocketMQ, RocketMQ
from mqclients.zaqar import AsyncZaqar, Zaqar

HUAWEI: dict[str, Any] = {
    "ak": "AK0000000000000000001",
    "sk": "huawei-test-secret",
    "project_id": "0123456789abcdef0123456789abcdef",
}
TENCENT: dict[str, Any] = {"secret_id": "AKIDtest", "secret_key": "tencent-test-secret"}


@pytest.mark.parametrize("region", ["cn-north-4", "cn-north-1", "ap-southeast-1", "eu-west-101", "my-kualalumpur-1"])
def test_huawei_region_names_accepted(region: str) -> None:
    assert check_region(region, HUAWEI_REGION) == region
    with DMS(region=region, **HUAWEI) as dms:
        assert str(dms._transport.config.base_url) == f"https://dms.{region}.myhuaweicloud.com"


@pytest.mark.parametrize(
    "region", ["cn north 4", "cn-north", "CN-NORTH-4", "cn-north-4.example.com", "north-4", "cn-north-4/", ""]
)
def test_huawei_region_names_refused(region: str) -> None:
    for client in (DMS, AsyncDMS, RocketMQ, AsyncRocketMQ):
        with pytest.raises(ValidationError) as caught:
            client(region=region, **HUAWEI)
        assert caught.value.field == "region"
        assert "is not a Huawei Cloud region name (like 'cn-north-4'" in caught.value.rule


@pytest.mark.parametrize("region", ["gz", "sh", "bj", "shjr", "sgp", "ap-guangzhou", "ap-shanghai-fsi"])
def test_tencent_region_names_accepted(region: str) -> None:
    assert check_region(region, TENCENT_REGION) == region
    with CMQ(region=region, **TENCENT) as cmq:
        assert str(cmq._transport.config.base_url) == f"https://cmq-queue-{region}.api.qcloud.com"


@pytest.mark.parametrize("region", ["g z", "GZ", "gz.", "ap_guangzhou", "gz/evil", "cn-north-4"])
def test_tencent_region_names_refused(region: str) -> None:
    for client in (CMQ, AsyncCMQ):
        with pytest.raises(ValidationError, match=r"^region: .* is not a Tencent Cloud region name"):
            client(region=region, **TENCENT)


def _builders() -> dict[str, Callable[[str], Any]]:
    return {
        "DMS": lambda e: DMS(endpoint=e, **HUAWEI),
        "AsyncDMS": lambda e: AsyncDMS(endpoint=e, **HUAWEI),
        "RocketMQ": lambda e: RocketMQ(endpoint=e, **HUAWEI),
        "CMQ": lambda e: CMQ(endpoint=e, **TENCENT),
        "AsyncCMQ": lambda e: AsyncCMQ(endpoint=e, **TENCENT),
        "Zaqar": lambda e: Zaqar(e, project_id="p"),
        "AsyncZaqar": lambda e: AsyncZaqar(e, project_id="p"),
        "QueueManager": lambda e: QueueManager(e, username="u", password="queue-test-password"),
        "AsyncQueueManager": lambda e: AsyncQueueManager(e, username="u", password="queue-test-password"),
    }


@pytest.mark.parametrize(
    ("endpoint", "rule"),
    [
        ("dms.cn-north-4.myhuaweicloud.com", "needs a scheme, http:// or https://"),
        ("127.0.0.1:8888", "needs a scheme, http:// or https://"),
        ("ftp://host", "needs a scheme, http:// or https://"),
        ("https://", "has no host"),
        ("http:///v2", "has no host"),
        ("https://host name", "must not contain spaces"),
        ("https://host:port", "is not a URL"),
        ("https://host/?x=1", "must have no query or fragment"),
    ],
)
def test_bad_endpoints_refused_by_every_client(endpoint: str, rule: str) -> None:
    for name, build in _builders().items():
        with pytest.raises(ValidationError) as caught:
            build(endpoint)
        assert caught.value.field == "endpoint", name
        assert rule in caught.value.rule, (name, caught.value.rule)


def test_endpoint_with_credentials_is_refused_without_echoing_them() -> None:
    with pytest.raises(ValidationError) as caught:
        check_endpoint("https://admin:hunter2-secret@host")
    assert "hunter2-secret" not in str(caught.value)
    assert "must not carry credentials" in caught.value.rule


def test_good_endpoints_are_kept_without_trailing_slash() -> None:
    assert check_endpoint("https://dms.example.com/") == "https://dms.example.com"
    assert check_endpoint("http://127.0.0.1:8888") == "http://127.0.0.1:8888"
    assert check_endpoint("http://[::1]:8888/root/") == "http://[::1]:8888/root"
    with pytest.raises(ValidationError, match="must be a URL"):
        check_endpoint("")


def test_validation_happens_before_any_io() -> None:
    calls: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json={})

    with pytest.raises(ValidationError):
        Zaqar("127.0.0.1:8888", project_id="p", http_transport=httpx.MockTransport(record))
    with pytest.raises(ValidationError):
        DMS(region="cn north 4", http_transport=httpx.MockTransport(record), **HUAWEI)
    assert calls == []
