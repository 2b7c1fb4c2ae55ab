"""CMQ constructor conventions: region hosts (queue vs topic), one explicit endpoint, credentials from the
environment, and a receive's read timeout above its long poll."""

from __future__ import annotations

from urllib.parse import parse_qsl

import httpx
import pytest

from mqclients import errors
from mqclients.cmq import CMQ
from mqclients.cmq_api.models import GetTopicAttributesRequest, ReceiveMessageRequest, SendMessageRequest


def recorder() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": 0, "message": "", "requestId": "r", "msgId": "m"})

    return seen, httpx.MockTransport(handler)


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDenv0000000000000000000000000")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "env-secret-key-000000000000000000")


def test_queue_and_topic_actions_go_to_their_region_hosts() -> None:
    seen, transport = recorder()
    cmq = CMQ(region="gz", http_transport=transport)
    cmq.send_message(body=SendMessageRequest(queue_name="q1", msg_body="x"))
    cmq.get_topic_attributes(body=GetTopicAttributesRequest(topic_name="t1"))
    assert [r.url.host for r in seen] == ["cmq-queue-gz.api.qcloud.com", "cmq-topic-gz.api.qcloud.com"]
    assert all(r.url.path == "/v2/index.php" for r in seen)
    assert dict(parse_qsl(seen[0].content.decode()))["SecretId"] == "AKIDenv0000000000000000000000000"


def test_one_endpoint_serves_every_action_and_secrets_stay_out_of_reprs() -> None:
    seen, transport = recorder()
    cmq = CMQ(endpoint="http://127.0.0.1:9", http_transport=transport)
    cmq.get_topic_attributes(body=GetTopicAttributesRequest(topic_name="t1"))
    assert str(seen[0].url).startswith("http://127.0.0.1:9/v2/index.php")
    assert "env-secret-key" not in repr(cmq)
    assert "env-secret-key" not in repr(cmq._config.auth)


def test_a_receive_read_timeout_exceeds_its_polling_wait() -> None:
    seen, transport = recorder()
    CMQ(region="gz", timeout=5.0, http_transport=transport).receive_message(
        body=ReceiveMessageRequest(queue_name="q1", polling_wait_seconds=25)
    )
    assert seen[0].extensions["timeout"]["read"] > 25


def test_missing_region_and_bad_sign_method_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(errors.MQClientError, match="region or endpoint"):
        CMQ()
    with pytest.raises(errors.SigningError, match="HmacSHA1, HmacSHA256"):
        CMQ(region="gz", sign_method="MD5")
    monkeypatch.delenv("TENCENTCLOUD_SECRET_KEY")
    with pytest.raises(errors.SigningError, match="TENCENTCLOUD_SECRET_KEY"):
        CMQ(region="gz")
