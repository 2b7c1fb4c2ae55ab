"""The typed surface of the generated clients: keyword arguments, body= a model or a mapping, client-owned fields
kept out of signatures, strict decoding of success bodies, complete client-side validation, usable models."""

from __future__ import annotations

import copy
import inspect
import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml

from mqclients import errors
from mqclients._core import validate
from mqclients._core.transport import check_request
from mqclients._core.unset import UNSET
from mqclients.cmq import CMQ
from mqclients.dms import DMS, AsyncDMS
from mqclients.dms_api.models import CreateQueueRequest, Queue
from mqclients.queuemanager_api import facade as qm_facade
from mqclients.zaqar_api.models import QueueMetadata

from .helpers import Recorder

ROOT = Path(__file__).resolve().parents[2]
QUEUE = {"id": "q-1", "name": "orders", "created": 1700000000000, "queue_mode": "NORMAL"}


def dms(handler: Any) -> DMS:
    return DMS(
        endpoint="http://127.0.0.1:9", project_id="p", ak="AK", sk="SK", http_transport=httpx.MockTransport(handler)
    )


def sent_json(handler: Recorder, index: int = -1) -> Any:
    return json.loads(handler.requests[index].content)


# --- 1. keyword arguments ---------------------------------------------------------------------------------------


def test_body_fields_are_keywords_and_body_may_be_a_model_or_a_mapping() -> None:
    handler = Recorder(httpx.Response(201, json={"id": "q-1", "name": "orders"}))
    client = dms(handler)
    created = client.create_queue(name="orders", queue_mode="FIFO")
    assert created.id == "q-1"
    assert sent_json(handler) == {"name": "orders", "queue_mode": "FIFO"}  # only what was given: not given, not sent
    client.create_queue(body=CreateQueueRequest(name="orders", queue_mode="FIFO"))
    # A model sends what it was given too: the spec's defaults (redrive_policy "disable") are the server's to apply.
    assert sent_json(handler) == {"name": "orders", "queue_mode": "FIFO"}
    client.create_queue(body={"name": "orders", "queue_mode": "FIFO"})
    assert sent_json(handler) == {"name": "orders", "queue_mode": "FIFO"}


def test_keyword_and_body_forms_fail_clearly_before_any_request() -> None:
    handler = Recorder(httpx.Response(201, json={"id": "q-1", "name": "q"}))
    client = dms(handler)
    with pytest.raises(errors.ValidationError, match="not both"):
        client.create_queue(name="a", body={"name": "a"})  # type: ignore[call-overload]
    with pytest.raises(errors.ValidationError, match="name: is required"):
        client.create_queue(queue_mode="FIFO")  # type: ignore[call-overload]
    with pytest.raises(errors.ValidationError, match="queue_mode: must be one of"):
        client.create_queue(body={"name": "a", "queue_mode": "fifo"})  # a plain mapping is validated too
    assert handler.requests == []


async def test_async_methods_take_the_same_keywords() -> None:
    handler = Recorder(httpx.Response(201, json={"id": "q-1", "name": "orders"}))
    client = AsyncDMS(
        endpoint="http://127.0.0.1:9", project_id="p", ak="AK", sk="SK", http_transport=httpx.MockTransport(handler)
    )
    async with client:
        await client.create_queue(name="orders")
    assert sent_json(handler)["name"] == "orders"


def test_cmq_fills_action_itself_and_never_asks_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDenv0000000000000000000000000")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "env-secret-key-000000000000000000")
    handler = Recorder(httpx.Response(200, json={"code": 0, "message": "", "requestId": "r", "msgId": "m"}))
    cmq = CMQ(endpoint="http://127.0.0.1:9", http_transport=httpx.MockTransport(handler))
    assert cmq.send_message(queue_name="q", msg_body="hi").msg_id == "m"
    form = dict(parse_qsl(handler.requests[0].content.decode()))
    assert (form["Action"], form["queueName"], form["msgBody"]) == ("SendMessage", "q", "hi")


def _facade_methods() -> Iterator[tuple[str, str, inspect.Signature]]:
    from mqclients.cmq_api.facade import CMQOperations
    from mqclients.queuemanager_api.facade import QueueManagerOperations

    for api, cls in (("cmq", CMQOperations), ("queuemanager", QueueManagerOperations)):
        for name, method in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_") and name != "with_options":
                yield api, name, inspect.signature(method)


@pytest.mark.parametrize(("api", "name", "signature"), list(_facade_methods()), ids=lambda v: str(v)[:40])
def test_client_owned_fields_never_appear_in_a_signature(api: str, name: str, signature: inspect.Signature) -> None:
    owned = {"action"} if api == "cmq" else {"token", "jsonrpc", "method", "id"}
    assert not owned & set(signature.parameters), f"{api}.{name} asks for {owned & set(signature.parameters)}"


def test_nested_values_may_be_models_or_plain_mappings() -> None:
    from mqclients.dms_api.models import NewMessage

    handler = Recorder(httpx.Response(200, json={}))
    client = dms(handler)
    plain: Any = {"body": {"n": 2}, "attributes": {"a": "b"}}  # typed as models; plain mappings are converted too
    client.send_messages("q-1", messages=[NewMessage(body={"n": 1}), plain])
    assert sent_json(handler) == {"messages": [{"body": {"n": 1}}, {"body": {"n": 2}, "attributes": {"a": "b"}}]}


def test_queuemanager_methods_take_their_params_as_keywords() -> None:
    params = inspect.signature(qm_facade.QueueManagerOperations.size).parameters
    assert params["queue_name"].kind is inspect.Parameter.KEYWORD_ONLY
    kwargs = qm_facade.OPERATIONS["size"]
    assert kwargs.envelope_fields == {"jsonrpc": "2.0", "id": 1, "method": "qm.size"}


# --- 3. strict decoding -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ({"id": 12345, "name": "orders"}, r"get_queue: id: expected string, got integer"),
        ({"id": "q-1", "name": ["orders"]}, r"get_queue: name: expected string, got array"),
        ({"id": "q-1", "name": "o", "created": "yesterday"}, r"get_queue: created: expected integer, got string"),
        ({"name": "orders"}, r"get_queue: id: required, missing"),
        ([QUEUE], r"get_queue: body: expected object, got array"),
    ],
)
def test_a_success_body_that_breaks_the_spec_raises_response_decode_error(answer: Any, message: str) -> None:
    client = dms(Recorder(httpx.Response(200, json=answer)))
    with pytest.raises(errors.ResponseDecodeError, match=message):
        client.get_queue("q-1")


def test_unknown_extra_fields_are_accepted_and_kept() -> None:
    queue = dms(Recorder(httpx.Response(200, json={**QUEUE, "brand_new": 1}))).get_queue("q-1")
    assert isinstance(queue, Queue)
    assert queue.name == "orders"
    assert queue["brand_new"] == 1


def test_a_body_that_is_not_json_raises_response_decode_error_with_the_cause() -> None:
    with pytest.raises(errors.ResponseDecodeError, match="not valid JSON") as caught:
        dms(Recorder(httpx.Response(200, content=b"<html>"))).get_queue("q-1")
    assert isinstance(caught.value.__cause__, ValueError)


def test_nested_paths_are_named() -> None:
    with pytest.raises(errors.ResponseDecodeError, match=r"queues\[1\]\.id: expected string"):
        dms(Recorder(httpx.Response(200, json={"queues": [QUEUE, {**QUEUE, "id": 7}]}))).list_queues()


# --- 4. complete client-side validation --------------------------------------------------------------------------


def _schema_keywords(schema: Any, found: set[str]) -> None:
    if isinstance(schema, bool):
        # a boolean schema (true/false) where a schema object is expected: the validator takes mappings only
        # (additionalProperties: false is a keyword's value, read below, not a schema)
        found.add("<boolean schema>")
    if not isinstance(schema, dict):
        return
    found.update(schema)
    for sub in (schema.get("properties") or {}).values():
        _schema_keywords(sub, found)
    if not isinstance(schema.get("additionalProperties"), bool):
        _schema_keywords(schema.get("additionalProperties"), found)
    for key in ("items", "propertyNames", "not", "if", "then", "else"):
        _schema_keywords(schema.get(key), found)
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            _schema_keywords(sub, found)


@pytest.mark.slow  # whole-repository check, 1-3 s: in make test, kept out of the fast suite's budget
def test_every_schema_keyword_the_specs_use_is_implemented_or_documentation() -> None:
    from codegen.specs import operations, resolve

    for path in sorted((ROOT / "specs").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        found: set[str] = set()
        for schema in (doc.get("components", {}).get("schemas") or {}).values():
            _schema_keywords(schema, found)
        for _, _, op in operations(doc):
            for param in op.get("parameters", []):
                _schema_keywords(resolve(doc, param).get("schema"), found)
        unknown = found - validate.RULE_KEYWORDS - validate.DOC_KEYWORDS
        assert not unknown, f"{path.name}: keywords the validator does not implement: {sorted(unknown)}"


def test_if_then_rules_are_checked() -> None:
    handler = Recorder(httpx.Response(201, json={"id": "q-1", "name": "q"}))
    with pytest.raises(errors.ValidationError) as caught:
        dms(handler).create_queue(name="q", redrive_policy="enable")
    assert caught.value.field == "max_consume_count"
    assert "when redrive_policy is 'enable'" in str(caught.value)
    assert handler.requests == []
    dms(handler).create_queue(name="q", redrive_policy="enable", max_consume_count=3)
    assert len(handler.requests) == 1


def _qm_request(op_id: str, params: dict[str, Any]) -> None:
    op = qm_facade.OPERATIONS[op_id]
    check_request(op, {"json": {**op.envelope_fields, "params": params}}, {})


@pytest.mark.parametrize(
    ("params", "field", "rule"),
    [
        ({"map": "m", "list": {}}, "params.list", "exactly one"),  # oneOf: an empty object and array both fail
        ({"map": "m", "list": []}, "params.list", "exactly one"),
        ({"map": "m", "list": {"k": "v"}, "extra": 1}, "params.extra", "not a field"),  # additionalProperties: false
        ({"map": "m", "list": [{"a": "1", "b": "2"}]}, "params.list", "exactly one"),  # maxProperties of an item
    ],
)
def test_combinators_and_object_rules_are_checked(params: dict[str, Any], field: str, rule: str) -> None:
    with pytest.raises(errors.ValidationError, match=rule) as caught:
        _qm_request("map_batch_put", params)
    assert caught.value.field == field


def test_valid_combinator_forms_pass() -> None:
    _qm_request("map_batch_put", {"map": "m", "list": {"k": "v"}})
    _qm_request("map_batch_put", {"map": "m", "list": [{"k": "v"}, {"j": "w"}]})


def test_property_names_and_not_and_any_of() -> None:
    schema = {
        "type": "object",
        "propertyNames": {"maxLength": 2},
        "properties": {"a": {"anyOf": [{"type": "integer"}, {"type": "string", "maxLength": 1}]}},
        "not": {"required": ["forbidden"]},
    }
    validate.check({"a": 5}, schema, "")
    validate.check({"a": "x"}, schema, "")
    with pytest.raises(errors.ValidationError, match="anyOf"):
        validate.check({"a": "xy"}, schema, "")
    with pytest.raises(errors.ValidationError, match="must be at most 2 characters"):
        validate.check({"abc": 1}, schema, "")
    with pytest.raises(errors.ValidationError, match="forbids"):
        validate.check({"forbidden": 1}, {"not": {"required": ["forbidden"]}}, "")


# --- 2. models users can live with ------------------------------------------------------------------------------


def test_unset_survives_copy_deepcopy_and_pickle_as_itself() -> None:
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET  # noqa: S301 (our own bytes)
    assert repr(UNSET) == "UNSET"
    assert not UNSET


def test_models_compare_equal_after_pickle_and_deepcopy_and_still_validate() -> None:
    request = CreateQueueRequest(name="orders", max_consume_count=3, redrive_policy="enable")
    for twin in (pickle.loads(pickle.dumps(request)), copy.deepcopy(request)):  # noqa: S301
        assert twin == request
        assert twin.description is None
        handler = Recorder(httpx.Response(201, json={"id": "q-1", "name": "q"}))
        dms(handler).create_queue(body=twin)
        assert sent_json(handler) == {"name": "orders", "max_consume_count": 3, "redrive_policy": "enable"}


def test_optional_response_fields_read_none_when_absent_and_none_is_not_sent() -> None:
    queue = dms(Recorder(httpx.Response(200, json={"id": "q-1", "name": "orders"}))).get_queue("q-1")
    assert (queue.description, queue.created, queue.queue_mode) == (None, None, None)
    assert queue.to_dict() == {"id": "q-1", "name": "orders"}  # absent stays absent
    assert Queue(id="q-1", name="orders", description=None) == queue
    # null for a field whose schema does not admit it stands for "absent" (strict decoding accepts it): None.
    nulled = dms(Recorder(httpx.Response(200, json={**QUEUE, "description": None}))).get_queue("q-1")
    assert nulled.description is None
    assert "description" not in nulled.to_dict()
    assert Queue.from_dict({**QUEUE, "description": "d"}).description == "d"


def test_a_keyword_given_as_none_is_not_sent_unless_its_schema_admits_null() -> None:
    from mqclients.zaqar import Zaqar

    handler = Recorder(httpx.Response(201, json={"id": "q-1", "name": "orders"}))
    dms(handler).create_queue(name="orders", description=None, queue_mode=None)
    assert sent_json(handler) == {"name": "orders"}
    with pytest.raises(errors.ValidationError, match="name: is required"):
        dms(handler).create_queue(name=None)  # type: ignore[call-overload]

    zq_handler = Recorder(httpx.Response(201))
    zq = Zaqar("http://127.0.0.1:9", project_id="p", http_transport=httpx.MockTransport(zq_handler))
    zq.create_queue("orders", dead_letter_queue=None, default_message_ttl=None)
    assert sent_json(zq_handler) == {"_dead_letter_queue": None}  # its schema admits null: None is sent as null
    zq.create_queue("orders", default_message_ttl=600)
    assert sent_json(zq_handler) == {"_default_message_ttl": 600}  # not given: not sent

    empty = Recorder(httpx.Response(204))
    zq = Zaqar("http://127.0.0.1:9", project_id="p", http_transport=httpx.MockTransport(empty))
    assert zq.create_claim("orders", ttl=None, grace=None) is None  # nothing claimable
    assert empty.requests[-1].content == b""  # an optional body with nothing given is not sent at all
    zq.create_claim("orders", ttl=60)
    assert sent_json(empty) == {"ttl": 60}


def test_no_public_signature_asks_for_unset_except_where_null_is_a_value() -> None:
    """A caller never needs ``Unset``: optional keywords default to None; only a field whose schema admits null
    keeps ``UNSET`` as its "not given" default (its type still reads ``T | None``, plus the default's type)."""
    import importlib
    import typing

    checked = 0
    for package in ("cmq", "dms", "queuemanager", "rocketmq", "zaqar"):
        facade = importlib.import_module(f"mqclients.{package}_api.facade")
        for cls in (c for c in vars(facade).values() if isinstance(c, type) and c.__name__.endswith("Operations")):
            for name, method in vars(cls).items():
                if name.startswith("_") or not callable(method):
                    continue
                overloads = typing.get_overloads(method) or [method]
                for form in overloads:
                    for param in inspect.signature(form).parameters.values():
                        checked += 1
                        if "Unset" in str(param.annotation):
                            assert param.default is UNSET, (package, name, param.name)
                            assert "None | Unset" in str(param.annotation), (package, name, param.name)
    assert checked > 1000


def _generated_models() -> Iterator[Any]:
    import importlib

    for package in ("cmq", "dms", "queuemanager", "rocketmq", "zaqar"):
        models = importlib.import_module(f"mqclients.{package}_api.models")
        for name in models.__all__:
            value = getattr(models, name)
            if isinstance(value, type) and hasattr(value, "__attrs_attrs__"):
                yield value


def test_no_public_field_of_any_model_reads_as_unset() -> None:
    """The codegen rule, checked on its output: a reader never meets ``Unset``. Only the private attribute behind
    a field whose schema admits null (``_name``) holds ``UNSET``, and its public property reads ``T | None``."""
    import attrs

    checked = tristate = 0
    for model in _generated_models():
        for field in attrs.fields(model):
            annotation = str(field.type)
            checked += 1
            if field.name.startswith("_"):
                tristate += 1
                assert field.default is UNSET, (model.__name__, field.name)
                public = getattr(model, field.alias)
                assert isinstance(public, property), (model.__name__, field.alias)
                assert "Unset" not in public.fget.__annotations__["return"], (model.__name__, field.alias)
                assert "None" in public.fget.__annotations__["return"], (model.__name__, field.alias)
            else:
                assert "Unset" not in annotation, (model.__name__, field.name, annotation)
                if field.default is None:  # optional: absent reads None
                    assert annotation.endswith("| None"), (model.__name__, field.name, annotation)
    assert checked > 1000
    assert tristate >= 10  # Zaqar's queue metadata, RocketMQ's nullable answers, ...


def test_a_field_whose_schema_admits_null_keeps_null_apart_from_absent() -> None:
    absent = QueueMetadata()
    nulled = QueueMetadata(dead_letter_queue=None)
    named = QueueMetadata(dead_letter_queue="dlq")
    assert (absent.dead_letter_queue, nulled.dead_letter_queue, named.dead_letter_queue) == (None, None, "dlq")
    assert absent.to_dict() == {}  # not given: not sent
    assert nulled.to_dict() == {"_dead_letter_queue": None}  # given as None: sent as null
    assert named.to_dict() == {"_dead_letter_queue": "dlq"}
    assert absent != nulled
    assert repr(absent) == "QueueMetadata()"
    assert repr(nulled) == "QueueMetadata(dead_letter_queue=None)"
    for model in (absent, nulled, named):
        assert QueueMetadata.from_dict(model.to_dict()) == model
        assert pickle.loads(pickle.dumps(model)) == model  # noqa: S301 (our own bytes)
        assert copy.deepcopy(model) == model
    named.dead_letter_queue = None
    assert named.to_dict() == {"_dead_letter_queue": None}
    del named.dead_letter_queue
    assert named.to_dict() == {}
    assert named == absent


def test_zaqar_reserved_metadata_keys_have_their_real_names() -> None:
    metadata = QueueMetadata.from_dict({"_default_message_ttl": 600, "_max_messages_post_size": 1024})
    assert metadata.default_message_ttl == 600
    assert metadata.to_dict()["_default_message_ttl"] == 600


# --- 7. User-Agent --------------------------------------------------------------------------------------------


def test_every_request_carries_our_user_agent() -> None:
    import sys

    from mqclients.version import __version__

    handler = Recorder(httpx.Response(200, json=QUEUE))
    dms(handler).get_queue("q-1")
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert handler.requests[0].headers["User-Agent"] == f"mqclients/{__version__} python/{python}"
    custom = DMS(
        endpoint="http://127.0.0.1:9",
        project_id="p",
        ak="AK",
        sk="SK",
        headers={"User-Agent": "mine/1"},
        http_transport=httpx.MockTransport(handler),
    )
    custom.get_queue("q-1")
    assert handler.requests[-1].headers["User-Agent"] == "mine/1"


def test_repr_shows_only_the_fields_that_are_set() -> None:
    assert repr(Queue(id="q-1", name="orders")) == "Queue(id='q-1', name='orders')"
    assert "UNSET" not in repr(Queue.from_dict(QUEUE))
    assert "object at 0x" not in repr(Queue.from_dict(QUEUE))
    assert repr(Queue.from_dict({**QUEUE, "new": 1})).endswith("additional_properties={'new': 1})")


def _examples() -> Iterator[Any]:
    for path in sorted((ROOT / "specs").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        package = doc["info"]["x-package"]
        for name, schema in (doc.get("components", {}).get("schemas") or {}).items():
            for index, example in enumerate(schema.get("examples") or []):
                if isinstance(example, dict) and schema.get("type") == "object":
                    yield pytest.param(package, name, example, id=f"{package}.{name}[{index}]")


@pytest.mark.parametrize(("package", "schema_name", "example"), list(_examples()))
def test_every_model_round_trips_through_to_dict_and_to_json(package: str, schema_name: str, example: Any) -> None:
    import importlib

    from openapi_python_client.strings import ClassName

    models = importlib.import_module(f"mqclients.{package}_api.models")
    model = getattr(models, str(ClassName(schema_name, "")))
    built = model.from_dict(example)
    assert built.to_dict() == example  # absent stays absent, null (where the schema admits it) stays null
    assert json.loads(built.to_json()) == built.to_dict()
    assert model.from_dict(built.to_dict()) == built
    assert pickle.loads(pickle.dumps(built)) == built  # noqa: S301 (our own bytes)
    assert copy.deepcopy(built) == built
    assert "object at 0x" not in repr(built)
