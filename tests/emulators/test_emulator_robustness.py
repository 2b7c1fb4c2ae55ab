"""Bad input never crashes an emulator: every malformed request gets the vendor's error shape with a 4xx status
(CMQ: its code in a 200 envelope), never a 500; and the admin routes (reset, clock, faults) work over HTTP."""

from __future__ import annotations

import httpx
import pytest

from mqclients._signing.huawei import HuaweiAKSKAuth, HuaweiCredentials
from mqclients._signing.tencent_cmq import CMQAuth, CMQCredentials
from mqclients.emulators.pytest_plugin import RunningEmulator

JSON = {"content-type": "application/json"}
BAD_BODIES = [b"{", b"[]", b"null", b'"text"', b"{}", b'{"name": 5}', '{"name": "\u00e9\u00e9\u00e9"}'.encode()]


def huawei_client(emulator: RunningEmulator) -> httpx.Client:
    keys = emulator.keys
    auth = HuaweiAKSKAuth(HuaweiCredentials(keys.ak, keys.sk, project_id=keys.project_id))
    return httpx.Client(base_url=f"{emulator.url}/v1.0/{keys.project_id}", auth=auth, timeout=10)


def test_dms_refuses_malformed_requests_with_its_error_body(dms_emulator: RunningEmulator) -> None:
    with huawei_client(dms_emulator) as raw:
        queue_id = raw.post("/queues", json={"name": "q"}).json()["id"]
        group_id = raw.post(f"/queues/{queue_id}/groups", json={"groups": [{"name": "g"}]}).json()["groups"][0]["id"]
        targets = ["/queues", f"/queues/{queue_id}/messages", f"/queues/{queue_id}/groups/{group_id}/ack"]
        for path in targets:
            for body in BAD_BODIES:
                answer = raw.post(path, content=body, headers=JSON)
                assert 400 <= answer.status_code < 500, (path, body, answer.text)
                assert set(answer.json()) == {"error_code", "error_msg"}
        for query in ("max_msgs=0", "time_wait=x", "ack_wait=5", "tag_type=xor", "tag=a&tag=b&tag=c&tag=d"):
            answer = raw.get(f"/queues/{queue_id}/groups/{group_id}/messages?{query}")
            assert answer.status_code == 400, query
            assert answer.json()["error_msg"]


def test_rocketmq_refuses_malformed_requests_with_its_error_body(rocketmq_emulator: RunningEmulator) -> None:
    keys = rocketmq_emulator.keys
    auth = HuaweiAKSKAuth(HuaweiCredentials(keys.ak, keys.sk, project_id=keys.project_id))
    with httpx.Client(base_url=rocketmq_emulator.url, auth=auth, timeout=10) as raw:
        for body in BAD_BODIES:
            answer = raw.post(f"/v2/reliability/{keys.project_id}/instances", content=body, headers=JSON)
            assert 400 <= answer.status_code < 500, (body, answer.text)
            assert answer.json()["error_code"].startswith("DMS.")
        assert raw.get(f"/v2/{keys.project_id}/instances?limit=0").status_code == 400
        assert raw.get(f"/v2/{keys.project_id}/instances/nope/users?offset=x").status_code in (400, 404)


def test_cmq_answers_bad_forms_with_an_error_code(cmq_emulator: RunningEmulator) -> None:
    keys = cmq_emulator.keys
    auth = CMQAuth(CMQCredentials(keys.secret_id, keys.secret_key))
    with httpx.Client(base_url=cmq_emulator.url, auth=auth, timeout=10) as raw:
        forms = [
            {"Action": "NoSuchAction"},
            {"Action": "CreateQueue"},
            {"Action": "CreateQueue", "queueName": "9starts-with-a-digit"},
            {"Action": "CreateQueue", "queueName": "q", "visibilityTimeout": "soon"},
            {"Action": "BatchReceiveMessage", "queueName": "q", "numOfMsg": "17"},
            {"Action": "Subscribe", "topicName": "t", "subscriptionName": "s", "protocol": "smtp", "endpoint": "x"},
        ]
        for form in forms:
            answer = raw.post("/v2/index.php", data=form)
            assert answer.status_code == 200
            assert answer.json()["code"] == 4000, form
    unsigned = httpx.post(f"{cmq_emulator.url}/v2/index.php", content=b"%%%", timeout=10)
    assert unsigned.status_code == 200
    assert unsigned.json()["code"] in (4000, 4100)


def test_zaqar_refuses_malformed_requests(zaqar_emulator: RunningEmulator) -> None:
    headers = {"Client-ID": "3381af92-2b9e-11e3-b191-71861300734c", "X-Project-ID": "p", **JSON}
    with httpx.Client(base_url=zaqar_emulator.url, headers=headers, timeout=10) as raw:
        for path in ("/v2/queues/q/messages", "/v2/queues/q/claims", "/v2/queues/q/subscriptions"):
            for body in BAD_BODIES:
                answer = raw.post(path, content=body)
                assert answer.status_code < 500, (path, body, answer.text)
        assert raw.get("/v2/queues?limit=100").status_code == 400
        assert raw.delete("/v2/queues/q/messages?pop=0").status_code == 400
        assert raw.get("/v2/queues/q/messages", headers={"Client-ID": "nope"}).status_code == 400


@pytest.mark.parametrize("api", ["dms", "cmq", "zaqar"])
def test_admin_routes_reset_move_the_clock_and_inject_faults(api: str, request: pytest.FixtureRequest) -> None:
    emulator: RunningEmulator = request.getfixturevalue(f"{api}_emulator")
    before = emulator.backend.clock.now()
    moved = httpx.post(f"{emulator.url}/_emulator/advance?seconds=120", timeout=10).json()["now"]
    assert moved >= before + 120
    assert httpx.post(f"{emulator.url}/_emulator/advance?seconds=-1", timeout=10).status_code == 400
    assert httpx.post(f"{emulator.url}/_emulator/faults?error_rate=1", timeout=10).status_code == 200
    assert emulator.backend.faults.should_fail()
    assert httpx.post(f"{emulator.url}/_emulator/faults?error_rate=0", timeout=10).status_code == 200
    assert not emulator.backend.faults.should_fail()
    assert httpx.post(f"{emulator.url}/_emulator/reset", timeout=10).json() == {"reset": True}


def test_unknown_paths_and_methods_answer_in_the_vendor_shape(
    dms_emulator: RunningEmulator, rocketmq_emulator: RunningEmulator, zaqar_emulator: RunningEmulator
) -> None:
    with huawei_client(dms_emulator) as raw:
        answer = raw.get("/no/such/path")
        assert answer.status_code == 404
        assert answer.json()["error_code"] == "10240406"
        assert raw.put("/queues").status_code == 405
    missing = httpx.get(f"{rocketmq_emulator.url}/v2/nothing", timeout=10)
    assert missing.status_code == 404
    assert missing.json()["error_code"] == "DMS.00404001"
    assert httpx.get(f"{zaqar_emulator.url}/v3/queues", timeout=10).json()["title"] == "Resource not found"
