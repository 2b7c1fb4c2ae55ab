"""Every response body is decoded once per call, and a request body is encoded once: counted per API.

Every JSON decode in the process (``json.loads``, ``Response.json()``, a decoder of our own) goes through
``json.JSONDecoder.decode``; every encode through ``json.JSONEncoder.encode``. Both are wrapped with counters while
one call runs against ``httpx.MockTransport``: the success path (envelope code checked, model parsed), the error
path (typed error built from the body) and, for queueManager, the session token written into the request body
as it is built (never decoded from an encoded body and encoded again).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from mqclients._core import errors
from mqclients.cmq import CMQ
from mqclients.dms import DMS
from mqclients.queuemanager import TOKEN_INVALID, QueueManager
from mqclients.rocketmq import RocketMQ
from mqclients.zaqar import Zaqar

BASE = "http://127.0.0.1:9"
PROJECT = "0123456789abcdef0123456789abcdef"
AK, SK = "HPUADECODECOUNT00001", "decode-count-secret-key-0123456789"


class Counts:
    def __init__(self) -> None:
        self.decodes = 0
        self.encodes = 0


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> Counts:
    seen = Counts()
    decode, encode = json.JSONDecoder.decode, json.JSONEncoder.encode

    def counting_decode(self: json.JSONDecoder, s: str, *args: Any, **kwargs: Any) -> Any:
        seen.decodes += 1
        return decode(self, s, *args, **kwargs)

    def counting_encode(self: json.JSONEncoder, o: Any) -> str:
        seen.encodes += 1
        return encode(self, o)

    monkeypatch.setattr(json.JSONDecoder, "decode", counting_decode)
    monkeypatch.setattr(json.JSONEncoder, "encode", counting_encode)
    return seen


def answering(status: int, body: object) -> Callable[[httpx.Request], httpx.Response]:
    # ``content=`` bytes prepared outside the counted call: the mock server's own encoding is not the client's.
    content = json.dumps(body).encode()
    return lambda request: httpx.Response(status, content=content, headers={"Content-Type": "application/json"})


def count(
    counts: Counts, call: Callable[[], object], server: QueueManagerServer | None = None
) -> tuple[int, int, object]:
    """The client's decodes and encodes during ``call`` (a scripted server's own taken out), and its result or the
    exception it raised."""
    counts.decodes = counts.encodes = 0
    if server is not None:
        server.decodes = server.encodes = 0
    try:
        outcome: object = call()
    except errors.MQClientError as exc:
        outcome = exc
    if server is None:
        return counts.decodes, counts.encodes, outcome
    return counts.decodes - server.decodes, counts.encodes - server.encodes, outcome


QUEUE = {"id": "q-1", "name": "orders", "created": 1495701557000, "queue_mode": "NORMAL", "group_count": 1}
DMS_ERROR = {"error_code": "DMS.10040001", "error_msg": "queue not found"}
INSTANCE = {"instance_id": "i-1", "name": "mq", "engine": "reliability", "status": "RUNNING"}
ZAQAR_QUEUE = {"_default_message_ttl": 3600, "_max_messages_post_size": 262144}
ZAQAR_ERROR = {"title": "Not found", "description": "Queue does not exist"}
CMQ_OK = {"code": 0, "message": "", "requestId": "r-1", "msgId": "m-1"}
CMQ_ERROR = {"code": 4000, "message": "invalid parameter", "requestId": "r-2"}


@pytest.mark.parametrize("ok", [True, False], ids=["success", "error"])
def test_dms_get_queue_decodes_its_answer_once(counts: Counts, ok: bool) -> None:
    answer = answering(200, QUEUE) if ok else answering(404, DMS_ERROR)
    with DMS(endpoint=BASE, project_id=PROJECT, ak=AK, sk=SK, http_transport=httpx.MockTransport(answer)) as dms:
        decodes, encodes, outcome = count(counts, lambda: dms.get_queue("q-1"))
    assert decodes == 1
    assert encodes == 0  # a GET has no body
    if ok:
        assert outcome.to_dict()["name"] == "orders"  # type: ignore[attr-defined]
    else:
        assert isinstance(outcome, errors.NotFoundError)
        assert outcome.error_code == "DMS.10040001"


@pytest.mark.parametrize("ok", [True, False], ids=["success", "error"])
def test_rocketmq_get_instance_decodes_its_answer_once(counts: Counts, ok: bool) -> None:
    answer = answering(200, INSTANCE) if ok else answering(404, {"error_code": "DMS.00404", "error_msg": "no"})
    transport = httpx.MockTransport(answer)
    with RocketMQ(endpoint=BASE, project_id=PROJECT, ak=AK, sk=SK, http_transport=transport) as mq:
        decodes, _, outcome = count(counts, lambda: mq.get_instance("i-1"))
    assert decodes == 1
    assert isinstance(outcome, errors.NotFoundError) != ok


@pytest.mark.parametrize("ok", [True, False], ids=["success", "error"])
def test_zaqar_get_queue_decodes_its_answer_once(counts: Counts, ok: bool) -> None:
    answer = answering(200, ZAQAR_QUEUE) if ok else answering(404, ZAQAR_ERROR)
    with Zaqar(BASE, project_id="p", http_transport=httpx.MockTransport(answer)) as zaqar:
        decodes, encodes, outcome = count(counts, lambda: zaqar.get_queue("orders"))
    assert (decodes, encodes) == (1, 0)
    if not ok:
        assert isinstance(outcome, errors.NotFoundError)
        assert outcome.message == "Queue does not exist"


def test_cmq_reads_the_envelope_code_once_per_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    # The success check, the rate-limit check and the no-result check each ask for the code: it is read from the
    # decoded body once and kept on the response.
    from mqclients._core import transport
    from mqclients._core.operation import dotted_get

    paths: list[str] = []
    real = dotted_get

    def counting(data: Any, path: str) -> Any:
        paths.append(path)
        return real(data, path)

    monkeypatch.setattr(transport, "dotted_get", counting)
    with CMQ(
        endpoint=BASE,
        secret_id="AKIDdecode",
        secret_key="key",
        http_transport=httpx.MockTransport(answering(200, CMQ_OK)),
    ) as cmq:
        assert cmq.send_message(queue_name="orders", msg_body="hi").to_dict()["msgId"] == "m-1"
        assert paths.count("code") == 1
        paths.clear()
        cmq.send_message(queue_name="orders", msg_body="again")  # a new answer: read again, once
        assert paths.count("code") == 1


@pytest.mark.parametrize("ok", [True, False], ids=["success", "envelope-error"])
def test_cmq_send_message_decodes_its_envelope_once(counts: Counts, ok: bool) -> None:
    # The envelope's code is read (for success, for the rate-limit check and for the typed error) from one decode.
    answer = answering(200, CMQ_OK if ok else CMQ_ERROR)
    with CMQ(
        endpoint=BASE, secret_id="AKIDdecode", secret_key="key", http_transport=httpx.MockTransport(answer)
    ) as cmq:
        decodes, encodes, outcome = count(counts, lambda: cmq.send_message(queue_name="orders", msg_body="hi"))
    assert (decodes, encodes) == (1, 0)  # a form body: no JSON encoding
    if ok:
        assert outcome.to_dict()["msgId"] == "m-1"  # type: ignore[attr-defined]
    else:
        assert isinstance(outcome, errors.BadRequestError)
        assert outcome.request_id == "r-2"


class QueueManagerServer:
    """A scripted queueManager: a login challenge with a real RSA key, ``qm.auth`` handing out numbered tokens,
    and a ``qm.size`` that answers ``size_result`` (or refuses a token it was told to treat as expired)."""

    def __init__(self) -> None:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        public = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
        pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        self.challenge = json.dumps({"public_key": pem.decode("ascii"), "challenge": "c"}).encode()
        self.logins = 0
        self.expired: set[str] = set()
        self.size_result: dict[str, Any] = {"code": 0, "size": 3}
        self.sent_tokens: list[str | None] = []
        self.encoded_bodies: list[bytes] = []
        self.decodes = self.encodes = 0  # the server's own, subtracted from the counts by the tests

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/login-challenge":
            return httpx.Response(200, content=self.challenge)
        self.encoded_bodies.append(request.content)
        body = json.loads(request.content)
        self.decodes += 1
        if body["method"] == "qm.auth":
            self.logins += 1
            result: dict[str, Any] = {"code": 0, "token": f"token-{self.logins}", "expires_in": 300}
        else:
            token = body["params"].get("token")
            self.sent_tokens.append(token)
            result = {"code": TOKEN_INVALID, "message": "expired"} if token in self.expired else self.size_result
        self.encodes += 1
        return httpx.Response(200, content=json.dumps({"jsonrpc": "2.0", "id": 1, "result": result}).encode())


@pytest.fixture
def qm_server() -> Iterator[tuple[QueueManagerServer, QueueManager]]:
    server = QueueManagerServer()
    qm = QueueManager(
        BASE, username="u", password="p", heartbeat_interval=0, http_transport=httpx.MockTransport(server)
    )
    try:
        yield server, qm
    finally:
        qm.session.token = None  # no logout call to script
        qm.close()


def test_queuemanager_size_decodes_once_and_encodes_its_body_once(
    counts: Counts, qm_server: tuple[QueueManagerServer, QueueManager]
) -> None:
    server, qm = qm_server
    # First call: a login (challenge, qm.auth), then the call: the client decodes each of the 3 answers once, and
    # encodes the call's body (built before there was a token), the login payload, the qm.auth body, and the
    # call's body again with the new token.
    decodes, encodes, outcome = count(counts, lambda: qm.size(queue_name="q"), server)
    assert outcome.to_dict() == {"code": 0, "size": 3}  # type: ignore[attr-defined]
    assert (decodes, encodes) == (3, 4)
    # Then every call: one answer decoded, one body encoded, the token written in as the body was built.
    decodes, encodes, outcome = count(counts, lambda: qm.size(queue_name="q"), server)
    assert (decodes, encodes) == (1, 1)
    assert server.sent_tokens == ["token-1", "token-1"]
    assert json.loads(server.encoded_bodies[-1]) == {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "qm.size",
        "params": {"queue_name": "q", "token": "token-1"},
    }


def test_queuemanager_envelope_error_is_decoded_once(
    counts: Counts, qm_server: tuple[QueueManagerServer, QueueManager]
) -> None:
    server, qm = qm_server
    qm.size(queue_name="q")  # logged in
    server.size_result = {"code": 1111600003, "message": "no such queue"}
    decodes, encodes, outcome = count(counts, lambda: qm.size(queue_name="missing"), server)
    assert (decodes, encodes) == (1, 1)
    assert isinstance(outcome, errors.NotFoundError)
    assert outcome.error_code == "1111600003"


def test_queuemanager_expired_token_logs_in_again_and_only_that_request_is_encoded_anew(
    counts: Counts, qm_server: tuple[QueueManagerServer, QueueManager]
) -> None:
    server, qm = qm_server
    qm.size(queue_name="q")
    server.expired.add("token-1")
    decodes, encodes, outcome = count(counts, lambda: qm.size(queue_name="q"), server)
    assert outcome.to_dict() == {"code": 0, "size": 3}  # type: ignore[attr-defined]
    assert server.sent_tokens[-2:] == ["token-1", "token-2"]
    # Decodes: the refusal, the challenge, qm.auth's answer, the call's second answer (4). Encodes: the call, the
    # login payload, qm.auth, the call with the new token (4): only the refused request is encoded anew.
    assert (decodes, encodes) == (4, 4)
