"""The ten calls of the fault matrix: for each of the five clients one read and one write, with the canary
credentials they are built with and the answers a healthy server would give them.

This is the only file of the suite that knows the clients' method signatures: when a facade changes, change it here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.faults.fault_server import LOGIN_TOKEN

# Canary secrets: none of them may ever appear in an error, a repr or a log line.
AK = "AKCANARY0000000000001"
SK = "SKCANARY-secret-0123456789abcdef"
CMQ_SECRET_ID = "AKIDCANARY000000000002"
CMQ_SECRET_KEY = "CMQSKCANARY-secret-fedcba9876543210"
ZAQAR_TOKEN = "ZQTOKEN-canary-0a1b2c3d4e5f"
QM_PASSWORD = "QMPASSWORD-canary-9z8y7x"
CANARIES = (AK, SK, CMQ_SECRET_ID, CMQ_SECRET_KEY, ZAQAR_TOKEN, QM_PASSWORD, LOGIN_TOKEN)

PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
TIMEOUT = 2.0
MAX_RETRIES = 2


@dataclass(frozen=True)
class Call:
    """One operation of one client, as the matrix drives it."""

    api: str
    op: str
    write: bool  # not idempotent: never replayed once its body may have been processed
    success: tuple[int, Any]  # status and JSON body of a healthy answer
    missing_fields: Any  # a JSON object lacking fields; decodes to an error only where the spec requires them
    requires_fields: bool
    wrong_types: Any  # well-formed, required fields present, but of the wrong JSON types
    envelope_error: Any = None  # an error inside an HTTP 200 envelope (CMQ, queueManager)
    rate_limit_envelope: Any = None  # the vendor's rate-limit code inside an HTTP 200 envelope
    takes_model: bool = False  # the method takes a request model (the "plain dict" cell applies)
    not_transient: frozenset[int] = frozenset()  # statuses the spec declares lasting (x-not-transient): not retried

    @property
    def name(self) -> str:
        return f"{self.api}.{self.op}"


def _rpc(result: dict[str, Any]) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": 1, "result": result}


CALLS = (
    Call(
        "zaqar", "get_queue_stats", False, (200, {"messages": {"free": 1, "claimed": 0, "total": 1}}),
        missing_fields={}, requires_fields=True,
        wrong_types={"messages": {"free": "one", "claimed": "none", "total": "one"}},
        not_transient=frozenset({503}),  # the redis store's 503 for an expired claim lasts until zaqar-gc runs
    ),
    Call(
        "zaqar", "post_messages", True, (201, {"resources": ["/v2/queues/jobs/messages/5c6939a8"]}),
        missing_fields={}, requires_fields=True, wrong_types={"resources": "not-a-list"}, takes_model=True,
    ),
    Call(
        "dms", "get_queue", False, (200, {"id": "q-1", "name": "orders"}),
        missing_fields={"description": "x"}, requires_fields=True, wrong_types={"id": 17, "name": ["orders"]},
    ),
    Call(
        "dms", "create_queue", True, (201, {"id": "q-1", "name": "orders"}),
        missing_fields={"description": "x"}, requires_fields=True, wrong_types={"id": 17, "name": ["orders"]},
        takes_model=True,
    ),
    Call(
        "rocketmq", "get_instance", False, (200, {"instance_id": "i-1", "name": "rmq"}),
        missing_fields={}, requires_fields=False, wrong_types={"instance_id": 5, "name": {"a": 1}},
    ),
    Call(
        "rocketmq", "create_topic", True, (200, {"id": "t-1"}),
        missing_fields={}, requires_fields=False, wrong_types={"id": ["t-1"]}, takes_model=True,
    ),
    Call(
        "cmq", "get_queue_attributes", False, (200, {"code": 0, "message": "", "requestId": "r-1", "maxMsgHeapNum": 9}),
        missing_fields={"maxMsgHeapNum": 9}, requires_fields=True,
        wrong_types={"code": 0, "message": 5, "requestId": ["r-1"], "maxMsgHeapNum": "nine"},
        envelope_error={"code": 4000, "message": "(10110)invalid queueName", "requestId": "r-2"},
        rate_limit_envelope={"code": 4420, "message": "too many requests", "requestId": "r-3"},
        takes_model=True,
    ),
    Call(
        "cmq", "send_message", True, (200, {"code": 0, "message": "", "requestId": "r-1", "msgId": "m-1"}),
        missing_fields={"msgId": "m-1"}, requires_fields=True,
        wrong_types={"code": 0, "message": 5, "requestId": ["r-1"], "msgId": 7},
        envelope_error={"code": 4000, "message": "(10110)invalid queueName", "requestId": "r-2"},
        rate_limit_envelope={"code": 4420, "message": "too many requests", "requestId": "r-3"},
        takes_model=True,
    ),
    Call(
        "queuemanager", "size", False, (200, _rpc({"code": 0, "size": 3})),
        missing_fields=_rpc({"size": 3}), requires_fields=True, wrong_types=_rpc({"code": 0, "size": "three"}),
        envelope_error=_rpc({"code": -32602, "message": "invalid params"}), takes_model=True,
    ),
    Call(
        "queuemanager", "add", True, (200, _rpc({"code": 0, "message": "ok"})),
        missing_fields=_rpc({"message": "ok"}), requires_fields=True,
        wrong_types=_rpc({"code": "zero", "message": 42}),
        envelope_error=_rpc({"code": -32602, "message": "invalid params"}), takes_model=True,
    ),
)  # fmt: skip


def make_client(api: str, url: str, mode: str, timeout: float = TIMEOUT) -> Any:
    """A client of ``api`` on ``url`` (``mode``: sync or async) with the canary credentials and a ``timeout``
    budget per call."""
    common: dict[str, Any] = {"timeout": timeout, "max_retries": MAX_RETRIES}
    if api == "zaqar":
        from mqclients.zaqar import AsyncZaqar, Zaqar

        return (Zaqar if mode == "sync" else AsyncZaqar)(url, project_id="p1", token=ZAQAR_TOKEN, **common)
    if api == "dms":
        from mqclients.dms import DMS, AsyncDMS

        return (DMS if mode == "sync" else AsyncDMS)(endpoint=url, project_id=PROJECT, ak=AK, sk=SK, **common)
    if api == "rocketmq":
        from mqclients.rocketmq import AsyncRocketMQ, RocketMQ

        rocketmq = RocketMQ if mode == "sync" else AsyncRocketMQ
        return rocketmq(endpoint=url, project_id=PROJECT, ak=AK, sk=SK, **common)
    if api == "cmq":
        from mqclients.cmq import CMQ, AsyncCMQ

        cmq = CMQ if mode == "sync" else AsyncCMQ
        return cmq(endpoint=url, secret_id=CMQ_SECRET_ID, secret_key=CMQ_SECRET_KEY, **common)
    from mqclients.queuemanager import AsyncQueueManager, QueueManager

    queuemanager = QueueManager if mode == "sync" else AsyncQueueManager
    return queuemanager(url, username="app", password=QM_PASSWORD, heartbeat_interval=0, **common)


def invoke(call: Call, client: Any, *, body: str = "keywords") -> Any:
    """Start ``call`` on ``client``: the result, or an awaitable of it for an async client.

    ``body``: ``keywords`` passes the request's fields as keyword arguments (the usual way), ``mapping`` passes them
    as a plain ``dict`` in ``body=``, ``wrong_type`` passes a value of the wrong type in ``body=``.
    """
    name = call.name
    if name == "zaqar.get_queue_stats":
        return client.get_queue_stats("jobs")
    if name == "dms.get_queue":
        return client.get_queue("q-1")
    if name == "rocketmq.get_instance":
        return client.get_instance("i-1")
    fields = dict(REQUEST_FIELDS[name])
    kwargs: dict[str, Any] = fields
    if body == "mapping":  # a plain mapping is spelled as on the wire
        wire_names = WIRE_NAMES if call.api == "cmq" else {}
        kwargs = {"body": {wire_names.get(key, key): value for key, value in fields.items()}}
    elif body == "wrong_type":
        kwargs = {"body": 42}
    if name == "zaqar.post_messages":
        return client.post_messages("jobs", **kwargs)
    if name == "rocketmq.create_topic":
        return client.create_topic("i-1", **kwargs)
    method = name.split(".", 1)[1]
    return getattr(client, method)(**kwargs)


# CMQ's keyword names that differ from the wire's (its parameters are camelCase there).
WIRE_NAMES = {"queue_name": "queueName", "msg_body": "msgBody"}

# The fields of each write's (and each body-carrying read's) request, as keyword arguments or a plain mapping.
REQUEST_FIELDS: dict[str, dict[str, Any]] = {
    "zaqar.post_messages": {"messages": [{"body": {"n": 1}, "ttl": 300}]},
    "dms.create_queue": {"name": "orders"},
    "rocketmq.create_topic": {"name": "orders", "brokers": ["broker-0"], "queue_num": 3},
    "cmq.get_queue_attributes": {"queue_name": "q1"},
    "cmq.send_message": {"queue_name": "q1", "msg_body": "hello"},
    "queuemanager.size": {"queue_name": "jobs"},
    "queuemanager.add": {"queue_name": "jobs", "element": "hello"},
}
