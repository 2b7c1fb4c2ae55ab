"""The queueManager reference server over raw JSON-RPC (httpx only, not the mqclients client).

Each server runs as a subprocess on a free loopback port with its own data directory and a users file made with
the server's ``--add-user``; it is stopped by its PID.
"""

from __future__ import annotations

import json
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import psycopg
import pytest
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from codegen.specs import resolve
from mqclients.servers.queuemanager import local
from mqclients.servers.queuemanager.local import LocalQueueManager
from tests.support.stores import StoreFor

ROOT = Path(__file__).resolve().parents[2]
USERS = {"alice": "alice-secret-1", "bob": "b0b's pässword"}
TOKEN_ERROR = 1111600006


def _spec_validators() -> dict[str, tuple[jsonschema.Draft202012Validator, jsonschema.Draft202012Validator]]:
    """Per wire method: validators of its request and response schemas in specs/queuemanager.yaml."""
    doc = yaml.safe_load((ROOT / "specs" / "queuemanager.yaml").read_text(encoding="utf-8"))
    found = {}
    for path, item in doc["paths"].items():
        op = item["post"]
        request = op["requestBody"]["content"]["application/json"]["schema"]
        response = op["responses"]["200"]["content"]["application/json"]["schema"]
        found[path.split("#", 1)[1]] = (
            jsonschema.Draft202012Validator(resolve(doc, request)),
            jsonschema.Draft202012Validator(resolve(doc, response)),
        )
    found["qm.destory_queue"] = found["qm.destroy_queue"]
    return found


SPEC = _spec_validators()


class RawSession(local.RawSession):
    """Raw JSON-RPC calls whose requests and answers must match the spec: every answer its response schema, and
    every request that the server ran (it answered a result) its request schema."""

    def send(self, body: dict[str, Any]) -> dict[str, Any]:
        answer = super().send(body)
        validators = SPEC.get(str(body.get("method")))
        if validators is not None:
            for error in validators[1].iter_errors(answer):
                raise AssertionError(f"{body['method']}: the answer breaks the spec: {error.message}: {answer}")
            if "result" in answer:
                for error in validators[0].iter_errors(body):
                    raise AssertionError(f"{body['method']}: ran a request the spec refuses: {error.message}")
        return answer


def test_the_spec_declares_every_method_the_server_serves() -> None:
    from mqclients.servers.queuemanager.app import METHODS

    assert set(SPEC) == set(METHODS)
    assert len(METHODS) == 21  # 19 methods of the document, its misspelling of one, and qm.logout


def _add_user_cli(users: Path | str, name: str, password: str, *grants: str) -> None:
    """Add a user the way an operator does: the server's --add-user, password on stdin, to a users file or (a
    ``postgresql://`` URL) to a PostgreSQL store's database; by default granted every queue and map."""
    grants = grants or ("--grant-queue", "*", "--grant-map", "*")
    where = ["--users", str(users)] if isinstance(users, Path) else ["--store", users]
    subprocess.run(
        [sys.executable, "-m", "mqclients.servers.queuemanager", *where, "--add-user", name, *grants],
        input=f"{password}\n".encode(),
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def users_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("qm-users") / "users.json"
    for name, password in USERS.items():
        _add_user_cli(path, name, password)
    return path


StartServer = Callable[..., LocalQueueManager]


@pytest.fixture(scope="module")
def start_server(
    tmp_path_factory: pytest.TempPathFactory, users_file: Path, store_for: StoreFor
) -> Iterator[StartServer]:
    """Start servers (each on a free port, with a fresh data dir and store unless a data dir is given: then the same
    store again); all stopped by PID at the end. The module runs once per store (``store_kind``)."""
    started: list[LocalQueueManager] = []

    def start(*, data_dir: Path | None = None, **options: Any) -> LocalQueueManager:
        options.setdefault("users_file", users_file)
        data_dir = data_dir or tmp_path_factory.mktemp("qm-data")
        server = local.start(data_dir, store=store_for(data_dir), **options)
        started.append(server)
        return server

    yield start
    for server in started:
        local.stop(server)


@pytest.fixture(scope="module")
def server_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("qm-log") / "server.log"


@pytest.fixture(scope="module")
def server(start_server: StartServer, server_log: Path) -> LocalQueueManager:
    return start_server(log=server_log)


@pytest.fixture
def qm(server: LocalQueueManager) -> Iterator[RawSession]:
    with RawSession(server.url) as session:
        session.login("alice", USERS["alice"])
        yield session


def _queue(request: pytest.FixtureRequest) -> str:
    """A queue name of this test's own."""
    return f"q.{request.node.name}"[:120].replace("[", "-").replace("]", "")


# -- happy paths -------------------------------------------------------------------------------------------------


def test_public_key_is_served_as_pem(server: LocalQueueManager) -> None:
    response = httpx.get(f"{server.url}/public-key")
    assert response.status_code == 200
    key = serialization.load_pem_public_key(response.content)
    assert isinstance(key, rsa.RSAPublicKey)
    assert key.key_size == 3072
    private = server.data_dir / "private_key.pem"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_auth_and_heart_beat(server: LocalQueueManager) -> None:
    with RawSession(server.url) as session, RawSession(server.url) as other:
        token = session.login("bob", USERS["bob"])  # a non-ASCII password survives RSA-OAEP and scrypt
        assert len(token) >= 40
        assert session.ok("qm.heart_beat") == {"code": 0, "expires_in": 300}
        assert other.login("bob", USERS["bob"]) != token  # every login opens its own session


def test_every_queue_method(qm: RawSession, request: pytest.FixtureRequest) -> None:
    queue = _queue(request)
    assert qm.ok("qm.new_queue", queue_name=queue) == {"code": 0}
    assert qm.ok("qm.is_empty", queue_name=queue) == {"code": 0, "empty": True}
    assert qm.ok("qm.add", queue_name=queue, element="first") == {"code": 0}
    assert qm.ok("qm.add_all", queue_name=queue, elements=["second", "", "fourth ✓"]) == {"code": 0}
    assert qm.ok("qm.size", queue_name=queue) == {"code": 0, "size": 4}
    assert qm.ok("qm.is_empty", queue_name=queue)["empty"] is False

    polled = qm.ok("qm.poll", queue_name=queue)
    assert polled["element"] == "first"
    assert isinstance(polled["message_id"], int)
    pulled = qm.ok("qm.pull_elements", queue_name=queue, number=10)
    assert pulled["number"] == 3
    assert [e["element"] for e in pulled["element_info"]] == ["second", "", "fourth ✓"]
    ids = [polled["message_id"], *(e["message_id"] for e in pulled["element_info"])]
    assert ids == sorted(ids)
    assert len(set(ids)) == 4

    assert qm.ok("qm.size", queue_name=queue)["size"] == 0  # in flight: not counted
    assert qm.ok("qm.is_empty", queue_name=queue)["empty"] is True
    assert qm.ok("qm.get_uncheck_num", queue_name=queue) == {"code": 0, "ack_num": 4}
    for message_id in ids:
        assert qm.ok("qm.ack", message_id=message_id, ack_type=0) == {"code": 0}
    assert qm.ok("qm.get_uncheck_num", queue_name=queue)["ack_num"] == 0
    assert qm.ok("qm.pull_elements", queue_name=queue, number=5) == {"code": 0, "element_info": [], "number": 0}
    assert qm.ok("qm.destroy_queue", queue_name=queue) == {"code": 0}
    assert qm.result("qm.size", queue_name=queue)["code"] == 1111600003


def test_every_map_method(qm: RawSession, request: pytest.FixtureRequest) -> None:
    name = _queue(request)
    assert qm.ok("qm.map_get_all", map=name) == {"code": 0}  # a map that does not exist: no `map`
    assert qm.ok("qm.map_put", map=name, key="colour", value="blue") == {"code": 0}
    assert qm.ok("qm.map_put", map=name, key="colour", value="green") == {"code": 0}
    assert qm.ok("qm.map_get", map=name, key="colour") == {"code": 0, "value": "green"}
    assert qm.ok("qm.map_get", map=name, key="missing") == {"code": 0}
    assert qm.ok("qm.map_batch_put", map=name, size=2, list={"size": "L", "shape": "round"}) == {"code": 0}
    assert qm.ok("qm.map_batch_put", map=name, list=[{"a": "1"}, {"b": "2"}, {"a": "3"}]) == {"code": 0}
    everything = {"a": "3", "b": "2", "colour": "green", "shape": "round", "size": "L"}
    assert qm.ok("qm.map_get_all", map=name) == {"code": 0, "map": everything}
    page = qm.ok("qm.map_get_list", map=name, offset=1, size=2)
    assert page == {
        "code": 0,
        "offset": 1,
        "size": 2,
        "list": [{"key": "b", "value": "2"}, {"key": "colour", "value": "green"}],
    }
    assert qm.ok("qm.map_remove", map=name, key="colour") == {"code": 0}
    assert qm.ok("qm.map_remove", map=name, key="colour") == {"code": 0}  # removing twice is not an error
    assert "colour" not in qm.ok("qm.map_get_all", map=name)["map"]
    assert qm.ok("qm.map_destroy", map=name) == {"code": 0}
    assert qm.ok("qm.map_get_all", map=name) == {"code": 0}
    assert qm.ok("qm.map_get_list", map=name) == {"code": 0, "offset": 0, "size": 0, "list": []}


def test_map_paging_walks_every_key_once_in_order(qm: RawSession, request: pytest.FixtureRequest) -> None:
    name = _queue(request)
    keys = [f"k{i:03d}" for i in range(60)] + ["Z", "é", "日本"]
    qm.ok("qm.map_batch_put", map=name, list={k: f"v-{k}" for k in keys})
    seen: list[str] = []
    offset, pages = 0, 0
    while True:
        page = qm.ok("qm.map_get_list", map=name, offset=offset, size=10)
        assert page["offset"] == offset
        assert page["size"] == len(page["list"])
        seen += [entry["key"] for entry in page["list"]]
        assert all(entry["value"] == f"v-{entry['key']}" for entry in page["list"])
        pages += 1
        offset += page["size"]
        if page["size"] < 10:
            break
    assert seen == sorted(keys)  # code point order
    assert pages == 7  # six full pages, then one of three
    assert qm.ok("qm.map_get_list", map=name, offset=1000, size=10)["list"] == []


def test_result_codes_of_queue_methods(qm: RawSession, request: pytest.FixtureRequest) -> None:
    queue = _queue(request)
    missing = f"{queue}.missing"
    assert qm.result("qm.add", queue_name=missing, element="x")["code"] == 1111600003
    assert qm.result("qm.poll", queue_name=missing)["code"] == 1111600003
    assert qm.result("qm.is_empty", queue_name=missing)["code"] == 1111600003
    qm.ok("qm.new_queue", queue_name=queue)
    again = qm.result("qm.new_queue", queue_name=queue)
    assert again["code"] == 1111600002
    assert queue in again["message"]
    empty = qm.result("qm.poll", queue_name=queue)
    assert empty == {"code": 1111600005, "message": f"queue {queue!r} is empty"}
    assert qm.result("qm.ack", message_id=2**62)["code"] == 1111600009

    qm.ok("qm.add", queue_name=queue, element="keep me")
    refused = qm.result("qm.destroy_queue", queue_name=queue)
    assert refused["code"] == 1111600008
    assert "force" in refused["message"]
    assert qm.ok("qm.size", queue_name=queue)["size"] == 1  # nothing changed
    message_id = qm.ok("qm.poll", queue_name=queue)["message_id"]
    assert qm.result("qm.destroy_queue", queue_name=queue)["code"] == 1111600008  # in flight counts too
    assert qm.ok("qm.destroy_queue", queue_name=queue, force=True) == {"code": 0}
    assert qm.result("qm.ack", message_id=message_id)["code"] == 1111600009


def test_destory_queue_alias(qm: RawSession, request: pytest.FixtureRequest) -> None:
    queue = _queue(request)
    qm.ok("qm.new_queue", queue_name=queue)
    qm.ok("qm.add", queue_name=queue, element="x")
    assert qm.result("qm.destory_queue", queue_name=queue)["code"] == 1111600008
    assert qm.ok("qm.destory_queue", queue_name=queue, force=True) == {"code": 0}
    assert qm.result("qm.size", queue_name=queue)["code"] == 1111600003


def test_ack_type_1_puts_the_element_back_at_the_tail(qm: RawSession, request: pytest.FixtureRequest) -> None:
    queue = _queue(request)
    qm.ok("qm.new_queue", queue_name=queue)
    qm.ok("qm.add_all", queue_name=queue, elements=["a", "b", "c"])
    first = qm.ok("qm.poll", queue_name=queue)
    assert first["element"] == "a"
    assert qm.ok("qm.ack", message_id=first["message_id"], ack_type=1) == {"code": 0}
    assert qm.ok("qm.size", queue_name=queue)["size"] == 3
    assert qm.ok("qm.get_uncheck_num", queue_name=queue)["ack_num"] == 0
    order = [qm.ok("qm.poll", queue_name=queue) for _ in range(3)]
    assert [o["element"] for o in order] == ["b", "c", "a"]
    assert order[2]["message_id"] == first["message_id"]  # delivered again under the same id
    for o in order:
        qm.ok("qm.ack", message_id=o["message_id"])
    assert qm.result("qm.ack", message_id=first["message_id"])["code"] == 1111600009  # acknowledged once only


def test_invalid_credentials(server: LocalQueueManager) -> None:
    with RawSession(server.url) as session:
        encrypted = server.encrypted("wrong password")
        for username, password in (("alice", encrypted), ("nobody", encrypted), ("alice", "bm90IGEgY2lwaGVydGV4dA==")):
            answer = session.call("qm.auth", {"username": username, "password": password}, with_token=False)
            assert answer["result"]["code"] == 1111600007, answer
        session.login("alice", USERS["alice"])


def test_notification_runs_and_gets_no_answer(qm: RawSession, request: pytest.FixtureRequest) -> None:
    queue = _queue(request)
    qm.ok("qm.new_queue", queue_name=queue)
    params: dict[str, Any] = {"token": qm.token, "queue_name": queue, "element": "n"}
    body: dict[str, Any] = {"jsonrpc": "2.0", "method": "qm.add", "params": params}
    response = qm.http.post("/rpc", json=body)
    assert (response.status_code, response.content) == (204, b"")
    assert qm.ok("qm.size", queue_name=queue)["size"] == 1
    # a notification that fails gets no answer either; one that is not valid JSON-RPC does
    failing = {**body, "params": {**params, "element": 5}}
    assert qm.http.post("/rpc", json=failing).status_code == 204
    unknown = {**body, "method": "qm.nothing"}
    assert qm.http.post("/rpc", json=unknown).status_code == 204
    assert qm.http.post("/rpc", json={**body, "jsonrpc": "1.0"}).json()["error"]["code"] == -32600
    assert qm.ok("qm.size", queue_name=queue)["size"] == 1


# -- time: ack deadlines and token lifetimes ---------------------------------------------------------------------


def test_redelivery_after_a_missed_ack_deadline(start_server: StartServer) -> None:
    server = start_server(ack_deadline=1)
    with RawSession(server.url) as qm:
        qm.login("alice", USERS["alice"])
        qm.ok("qm.new_queue", queue_name="late")
        qm.ok("qm.add_all", queue_name="late", elements=["x", "y"])
        taken = qm.ok("qm.poll", queue_name="late")
        assert taken["element"] == "x"
        assert qm.ok("qm.get_uncheck_num", queue_name="late")["ack_num"] == 1
        assert qm.ok("qm.size", queue_name="late")["size"] == 1
        time.sleep(1.3)
        assert qm.ok("qm.get_uncheck_num", queue_name="late")["ack_num"] == 0
        assert qm.ok("qm.size", queue_name="late")["size"] == 2
        again = [qm.ok("qm.poll", queue_name="late") for _ in range(2)]
        assert [a["element"] for a in again] == ["y", "x"]  # back at the tail
        assert again[1]["message_id"] == taken["message_id"]
        assert qm.ok("qm.ack", message_id=taken["message_id"]) == {"code": 0}
        assert qm.result("qm.ack", message_id=taken["message_id"])["code"] == 1111600009
        assert qm.ok("qm.ack", message_id=again[0]["message_id"], ack_type=0) == {"code": 0}
        assert qm.ok("qm.size", queue_name="late")["size"] == 0
        assert qm.ok("qm.get_uncheck_num", queue_name="late")["ack_num"] == 0


def test_token_expiry_and_heart_beat_renewal(start_server: StartServer) -> None:
    server = start_server(token_ttl=2)
    with RawSession(server.url) as qm:
        qm.login("alice", USERS["alice"])
        assert qm.ok("qm.heart_beat")["expires_in"] == 2
        for _ in range(2):  # 2.4 s in all, longer than the lifetime: the heart beats keep it alive
            time.sleep(1.2)
            assert qm.ok("qm.heart_beat") == {"code": 0, "expires_in": 2}
        qm.ok("qm.map_put", map="m", key="k", value="v")
        time.sleep(2.3)
        assert qm.result("qm.map_get", map="m", key="k")["code"] == TOKEN_ERROR
        assert qm.result("qm.heart_beat")["code"] == TOKEN_ERROR  # too late to renew
        qm.login("alice", USERS["alice"])
        assert qm.ok("qm.map_get", map="m", key="k")["value"] == "v"


# -- bad input ---------------------------------------------------------------------------------------------------


def _post(server: LocalQueueManager, content: bytes, **headers: str) -> httpx.Response:
    return httpx.post(f"{server.url}/rpc", content=content, headers=headers, timeout=10)


def _envelope(method: str, params: Any, **extra: Any) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": 9, "method": method, "params": params, **extra}).encode()


def test_bad_input_gets_json_rpc_errors_and_the_server_keeps_serving(
    server: LocalQueueManager, server_log: Path, qm: RawSession, request: pytest.FixtureRequest
) -> None:
    queue = _queue(request)
    qm.ok("qm.new_queue", queue_name=queue)
    token = qm.token
    valid = {"token": token, "queue_name": queue}
    cases: list[tuple[str, bytes, int, str]] = [
        ("malformed JSON", b'{"jsonrpc": "2.0", "id": 1, "method": ', -32700, "parse error"),
        ("not UTF-8", b'{"jsonrpc": "2.0", "method": "qm.poll\xff"}', -32700, "parse error"),
        ("NaN", b'{"jsonrpc": "2.0", "id": 1, "method": "qm.pull_elements", "params": {"number": NaN}}', -32700, ""),
        ("deep nesting", b"[" * 200_000, -32700, "parse error"),
        ("empty body", b"", -32700, "parse error"),
        ("not an object", b'"qm.poll"', -32600, "not a JSON object"),
        ("a batch", b'[{"jsonrpc": "2.0", "id": 1, "method": "qm.poll"}]', -32600, "batch"),
        ("missing method", b'{"jsonrpc": "2.0", "id": 1, "params": {}}', -32600, "method"),
        ("method not a string", b'{"jsonrpc": "2.0", "id": 1, "method": 7}', -32600, "method"),
        ("wrong version", _envelope("qm.poll", valid, jsonrpc="1.0"), -32600, "jsonrpc"),
        ("id an object", _envelope("qm.poll", valid, id={"a": 1}), -32600, "id"),
        ("unknown method", _envelope("qm.peek", valid), -32601, "qm.peek"),
        ("code's name for poll", _envelope("pull", valid), -32601, "pull"),
        ("params an array", _envelope("qm.poll", [token, queue]), -32602, "object"),
        ("number a string", _envelope("qm.pull_elements", {**valid, "number": "5"}), -32602, "number"),
        ("number a float", _envelope("qm.pull_elements", {**valid, "number": 5.0}), -32602, "number"),
        ("number a bool", _envelope("qm.pull_elements", {**valid, "number": True}), -32602, "number"),
        ("number too big", _envelope("qm.pull_elements", {**valid, "number": 1001}), -32602, "1000"),
        ("number zero", _envelope("qm.pull_elements", {**valid, "number": 0}), -32602, "number"),
        ("element a number", _envelope("qm.add", {**valid, "element": 5}), -32602, "element"),
        ("element too long", _envelope("qm.add", {**valid, "element": "x" * 65537}), -32602, "element"),
        ("elements empty", _envelope("qm.add_all", {**valid, "elements": []}), -32602, "elements"),
        ("too many elements", _envelope("qm.add_all", {**valid, "elements": ["e"] * 1001}), -32602, "elements"),
        ("missing field", _envelope("qm.add", valid), -32602, "element: Field required"),
        ("unknown field", _envelope("qm.poll", {**valid, "queuename": "x"}), -32602, "queuename"),
        ("null field", _envelope("qm.destroy_queue", {**valid, "force": None}), -32602, "force"),
        ("bad queue name", _envelope("qm.poll", {**valid, "queue_name": "../etc"}), -32602, "pattern"),
        ("long queue name", _envelope("qm.poll", {**valid, "queue_name": "q" * 129}), -32602, "queue_name"),
        ("ack_type 2", _envelope("qm.ack", {"token": token, "message_id": 1, "ack_type": 2}), -32602, "ack_type"),
        ("message_id 0", _envelope("qm.ack", {"token": token, "message_id": 0}), -32602, "message_id"),
        ("huge message_id", _envelope("qm.ack", {"token": token, "message_id": 2**63}), -32602, "message_id"),
        ("offset negative", _envelope("qm.map_get_list", {"token": token, "map": "m", "offset": -1}), -32602, "offset"),
        ("page too big", _envelope("qm.map_get_list", {"token": token, "map": "m", "size": 1001}), -32602, "size"),
        ("empty key", _envelope("qm.map_put", {"token": token, "map": "m", "key": "", "value": "v"}), -32602, "key"),
        (
            "two pairs in one",
            _envelope("qm.map_batch_put", {"token": token, "map": "m", "list": [{"a": "1", "b": "2"}]}),
            -32602,
            "one pair",
        ),
        (
            "size mismatch",
            _envelope("qm.map_batch_put", {"token": token, "map": "m", "size": 3, "list": {"a": "1"}}),
            -32602,
            "size is 3",
        ),
        ("lone surrogate", b'{"jsonrpc":"2.0","id":1,"method":"qm.add","params":{"element":"\\ud800"}}', -32602, ""),
        ("surrogate in a name", b'{"jsonrpc":"2.0","id":1,"method":"qm.add","params":{"\\udc00":"x"}}', -32602, ""),
        ("surrogate in the id", b'{"jsonrpc":"2.0","id":"\\ud800","method":"qm.add","params":{}}', -32600, "id"),
        ("surrogate in the method", b'{"jsonrpc":"2.0","id":1,"method":"\\ud800","params":{}}', -32601, ""),
        ("password not base64", _envelope("qm.auth", {"username": "alice", "password": "!!"}), -32602, "password"),
    ]
    for name, body, code, text in cases:
        response = _post(server, body)
        assert response.status_code == 200, name
        answer = response.json()
        assert answer["jsonrpc"] == "2.0", name
        assert answer["error"]["code"] == code, (name, answer)
        assert text in answer["error"]["message"], (name, answer)
        assert "result" not in answer, name
    many = _post(server, _envelope("qm.add_all", {**valid, "elements": list(range(1000))})).json()["error"]
    assert len(many["data"]) == 20  # the first problems, not a megabyte of them
    assert many["message"].endswith("; and 995 more")
    invalid = _post(server, _envelope("qm.pull_elements", {**valid, "number": "5"})).json()
    assert invalid["id"] == 9
    assert invalid["error"]["data"] == [
        {"field": "number", "rule": "int_type", "message": "Input should be a valid integer"}
    ]

    # tokens: missing, forged, from another server's era — the call does not run
    for params in (
        {"queue_name": queue},
        {"token": "forged-token", "queue_name": queue},
        {"token": "", "queue_name": queue},
    ):
        body = _envelope("qm.add", {**params, "element": "should not be added"})
        answer = _post(server, body).json()
        if "error" in answer:  # an empty token breaks the schema's minLength
            assert answer["error"]["code"] == -32602
        else:
            assert answer["result"]["code"] == TOKEN_ERROR
            assert "qm.auth" in answer["result"]["message"]
    assert qm.ok("qm.size", queue_name=queue)["size"] == 0

    # oversized bodies: refused with 413 before being read, whether declared or streamed
    huge = _envelope("qm.add", {**valid, "element": "x" * (2 << 20)})
    response = _post(server, huge)
    assert response.status_code == 413
    assert response.json()["error"] == {
        "code": -32600,
        "message": "invalid request: body too large: more than 1048576 bytes",
        "data": {"max_bytes": 1048576},
    }

    def chunks() -> Iterator[bytes]:
        yield b'{"jsonrpc": "2.0", "id": 1, "method": "qm.add", "params": {"element": "'
        for _ in range(40):
            yield b"y" * 65536

    streamed = httpx.post(f"{server.url}/rpc", content=chunks(), timeout=10)
    assert streamed.status_code == 413
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(b"POST /rpc HTTP/1.1\r\nHost: qm\r\nContent-Length: 5000000000\r\n\r\n{")
        assert sock.recv(100).startswith(b"HTTP/1.1 413 ")

    # other paths and verbs are plain HTTP errors
    assert httpx.get(f"{server.url}/rpc").status_code == 405
    assert httpx.post(f"{server.url}/other", json={}).status_code == 404

    # and the server is still there, serving valid calls, with no traceback in its log
    assert server.process.poll() is None
    assert "Traceback" not in server_log.read_text(encoding="utf-8")
    assert qm.ok("qm.add", queue_name=queue, element="still serving") == {"code": 0}
    assert qm.ok("qm.poll", queue_name=queue)["element"] == "still serving"


def test_a_body_that_does_not_arrive_is_refused(start_server: StartServer) -> None:
    server = start_server(body_timeout=1)
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(b"POST /rpc HTTP/1.1\r\nHost: qm\r\nContent-Length: 100\r\n\r\n{")
        started = time.monotonic()
        head = sock.recv(200)
        assert head.startswith(b"HTTP/1.1 408 ")
        assert 0.8 < time.monotonic() - started < 4
    with RawSession(server.url) as qm:
        qm.login("alice", USERS["alice"])


# -- files and restarts ------------------------------------------------------------------------------------------


def test_state_survives_a_restart_and_sessions_only_in_postgresql(
    start_server: StartServer, tmp_path: Path, store_kind: str
) -> None:
    """SQLite keeps sessions in the server's memory (a restart ends them); PostgreSQL keeps them in the database,
    so that every replica accepts every token, and they outlive a restart."""
    data_dir = tmp_path / "data"
    first = start_server(data_dir=data_dir)
    with RawSession(first.url) as qm:
        qm.login("alice", USERS["alice"])
        qm.ok("qm.new_queue", queue_name="durable")
        qm.ok("qm.add_all", queue_name="durable", elements=["1", "2", "3"])
        taken = qm.ok("qm.poll", queue_name="durable")
        qm.ok("qm.map_put", map="durable", key="k", value="v")
        key = first.public_key()
        local.stop(first)

        second = start_server(data_dir=data_dir, port=first.port)
        assert second.public_key() == key  # the key pair is kept
        after_restart = qm.result("qm.size", queue_name="durable")["code"]
        assert after_restart == (0 if store_kind == "postgresql" else TOKEN_ERROR)
        qm.login("alice", USERS["alice"])
        assert qm.ok("qm.size", queue_name="durable")["size"] == 2
        assert qm.ok("qm.get_uncheck_num", queue_name="durable")["ack_num"] == 1  # still in flight
        assert qm.ok("qm.map_get", map="durable", key="k")["value"] == "v"
        assert qm.ok("qm.ack", message_id=taken["message_id"]) == {"code": 0}
        qm.ok("qm.new_queue", queue_name="fresh")
        qm.ok("qm.add", queue_name="fresh", element="new")
        assert qm.ok("qm.poll", queue_name="fresh")["message_id"] > taken["message_id"] + 2  # ids never reused


def test_default_admin_is_created_with_a_printed_password(
    start_server: StartServer, tmp_path: Path, store_for: StoreFor
) -> None:
    """SQLite: DATA_DIR/users.json with an admin; PostgreSQL: the admin in the database's users table (no file)."""
    data_dir = tmp_path / "data"
    log = tmp_path / "server.log"
    server = start_server(data_dir=data_dir, users_file=None, log=log)
    url = store_for(data_dir)
    users_file = data_dir / "users.json"
    line = next(text for text in log.read_text().splitlines() if "password" in text)
    password = line.split("password ", 1)[1].split(" ", 1)[0]
    if url is None:
        assert stat.S_IMODE(users_file.stat().st_mode) == 0o600
        stored = json.loads(users_file.read_text())["users"]["admin"]
        assert stored["role"] == "admin"
        assert stored["password"].startswith("scrypt$")
        assert password not in users_file.read_text()
    else:
        assert not users_file.exists()
        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT role, password_hash FROM users WHERE name = 'admin'").fetchone()
        assert row is not None
        assert row[0] == "admin"
        assert row[1].startswith("scrypt$")
        assert password not in row[1]
    with RawSession(server.url) as qm:
        qm.login("admin", password)
        # a user added while the server runs can log in at once
        _add_user_cli(users_file if url is None else url, "carol", "carol-pw")
        qm.login("carol", "carol-pw")
        qm.ok("qm.heart_beat")


def test_add_user_refuses_a_bad_name(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mqclients.servers.queuemanager",
            "--users",
            str(tmp_path / "u.json"),
            "--add-user",
            "no spaces",
        ],
        input=b"pw\n",
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2
    assert b"username" in result.stderr
    assert not (tmp_path / "u.json").exists()
