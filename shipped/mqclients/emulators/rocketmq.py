"""The Huawei DMS for RocketMQ management-API emulator: instances with their state transitions, topics, consumer
groups, users and their access policies, every list paginated, in memory. No broker runs: it manages metadata only.

Semantics (specs/huawei-rocketmq.yaml, seed 002 for the error codes, and the choices where they are silent):

- A new instance is ``CREATING`` and turns ``RUNNING`` :data:`CREATE_SECONDS` of emulator time later; a restart
  makes it ``RESTARTING`` for :data:`RESTART_SECONDS`. Topics, groups and users need a ``RUNNING`` instance, and
  neither a restart nor a delete is allowed while it is busy (``DMS.00400026``).
- Instance names are unique in the project (``DMS.00400060``); at most :data:`INSTANCE_QUOTA` instances
  (``DMS.00400035``). A missing instance answers 404 ``DMS.00404022``, a missing topic ``DMS.00400876``, a missing
  consumer group 404 ``DMS.10240405``; other refusals ``DMS.00400062`` (invalid request parameter).
- Users exist only on instances created with ``enable_acl``. Answers never carry a user's secret key (it is
  masked); access policies list each user's permission on a topic or group (its own entry, else its default).
- Served: instances (create, list, get, delete, restart), topics and consumer groups (create, list, get, update,
  delete, batch delete), users (create, list, get, update, delete), topic and group access policies. Other
  operations of the spec (products, zones, brokers, messages, traces, migration, tags, v1.0 paths) answer 404.
- Lists answer ``offset``/``limit`` pages with the total (and for topics and groups the quota and the offsets of
  the neighbouring pages).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import rocketmq_models as models
from .auth import HuaweiKeys, huawei_request_problem
from .core import Backend, Clock, Faults, admin_routes, apply_faults, read_body, unrouted_handlers

M = TypeVar("M", bound=BaseModel)
CREATE_SECONDS = 3.0
RESTART_SECONDS = 3.0
INSTANCE_QUOTA = 10
TOPIC_QUOTA = 2000
GROUP_QUOTA = 3000
MASKED = "******"

BAD_JSON = "DMS.00400005"
BUSY = "DMS.00400026"
NO_QUOTA = "DMS.00400035"
NAME_TAKEN = "DMS.00400060"
INVALID = "DMS.00400062"
NO_TOPIC = "DMS.00400876"
NO_INSTANCE = "DMS.00404022"
NO_GROUP = "DMS.10240405"
UNAUTHORIZED = "DMS.10240101"
FORBIDDEN = "DMS.00403007"
INTERNAL = "DMS.00500000"


class RocketMQError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass
class Instance:
    id: str
    request: models.InstanceCreateRequest
    created: float
    busy_until: float
    busy_state: str = "CREATING"
    topics: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    users: dict[str, dict[str, Any]] = field(default_factory=dict)


def _page(items: list[Any], offset: int | None, limit: int | None, default_limit: int = 10) -> list[Any]:
    start = offset or 0
    return items[start : start + (limit or default_limit)]


class RocketMQBackend(Backend):
    """The emulated management service (no HTTP here)."""

    def __init__(self, keys: HuaweiKeys, *, faults: Faults | None = None, clock: Clock | None = None) -> None:
        super().__init__(faults=faults, clock=clock)
        self.keys = keys
        self.instances: dict[str, Instance] = {}

    def reset(self) -> None:
        self.instances = {}

    def status(self, instance: Instance) -> str:
        return instance.busy_state if self.clock.now() < instance.busy_until else "RUNNING"

    def instance(self, instance_id: str) -> Instance:
        found = self.instances.get(instance_id)
        if found is None:
            raise RocketMQError(404, NO_INSTANCE, f"instance {instance_id} does not exist")
        return found

    def running(self, instance_id: str) -> Instance:
        instance = self.instance(instance_id)
        state = self.status(instance)
        if state != "RUNNING":
            raise RocketMQError(400, BUSY, f"the instance is {state}: this operation needs it RUNNING")
        return instance

    # ------------------------------------------------------------------------------------------ instances

    def create_instance(self, request: models.InstanceCreateRequest) -> dict[str, Any]:
        if any(i.request.name == request.name for i in self.instances.values()):
            raise RocketMQError(400, NAME_TAKEN, f"name: an instance named {request.name!r} exists")
        if len(self.instances) >= INSTANCE_QUOTA:
            raise RocketMQError(400, NO_QUOTA, f"the project's instance quota ({INSTANCE_QUOTA}) is used up")
        now = self.clock.now()
        instance = Instance(str(uuid.uuid4()), request, now, now + CREATE_SECONDS)
        self.instances[instance.id] = instance
        return {"instance_id": instance.id}

    def instance_json(self, instance: Instance) -> dict[str, Any]:
        r = instance.request
        created = datetime.fromtimestamp(instance.created, UTC)
        host = f"{instance.id[:8]}.rocketmq.emulator"
        return {
            "instance_id": instance.id,
            "name": r.name,
            "description": r.description or "",
            "engine": r.engine,
            "engine_version": r.engine_version,
            "status": self.status(instance),
            "type": "cluster",
            "specification": r.product_id,
            "product_id": r.product_id,
            "storage_space": r.storage_space,
            "total_storage_space": r.storage_space,
            "used_storage_space": 0,
            "storage_spec_code": r.storage_spec_code,
            "vpc_id": r.vpc_id,
            "subnet_id": r.subnet_id,
            "security_group_id": r.security_group_id,
            "available_zones": list(r.available_zones),
            "broker_num": r.broker_num,
            "node_num": r.broker_num * 2,
            "enable_acl": bool(r.enable_acl),
            "ssl_enable": bool(r.ssl_enable),
            "enable_publicip": bool(r.enable_publicip),
            "charging_mode": 1,
            "created_at": str(int(created.timestamp() * 1000)),
            "namesrv_address": f"{host}:8100",
            "broker_address": f"{host}:10100",
            "enterprise_project_id": r.enterprise_project_id or "0",
        }

    def list_instances(self, query: Any) -> dict[str, Any]:
        found = []
        for instance in self.instances.values():
            name = instance.request.name
            if query.name and (name != query.name if query.exact_match_name == "true" else query.name not in name):
                continue
            if query.instance_id and instance.id != query.instance_id:
                continue
            if query.status and self.status(instance) != query.status:
                continue
            found.append(self.instance_json(instance))
        return {"instances": _page(found, query.offset, query.limit), "instance_num": len(found)}

    def delete_instance(self, instance_id: str) -> None:
        instance = self.instance(instance_id)
        state = self.status(instance)
        if state != "RUNNING":
            raise RocketMQError(400, BUSY, f"the instance is {state}: it cannot be deleted now")
        del self.instances[instance_id]

    def restart(self, instance_id: str) -> dict[str, Any]:
        instance = self.running(instance_id)
        instance.busy_state, instance.busy_until = "RESTARTING", self.clock.now() + RESTART_SECONDS
        nodes = [f"broker-{i}" for i in range(instance.request.broker_num)]
        return {"instance_id": instance.id, "nodes": nodes, "result": "success"}

    # ------------------------------------------------------------------------------------------ topics and groups

    def create_topic(self, instance_id: str, request: models.TopicCreateRequest) -> dict[str, Any]:
        instance = self.running(instance_id)
        if request.name in instance.topics:
            raise RocketMQError(400, INVALID, f"name: a topic named {request.name!r} exists")
        if len(instance.topics) >= TOPIC_QUOTA:
            raise RocketMQError(400, NO_QUOTA, f"the instance's topic quota ({TOPIC_QUOTA}) is used up")
        queues = request.queue_num or 8
        brokers = list(request.brokers or ["broker-0"])
        instance.topics[request.name] = {
            "name": request.name,
            "total_read_queue_num": queues * len(brokers),
            "total_write_queue_num": queues * len(brokers),
            "permission": request.permission or "all",
            "message_type": request.message_type or "NORMAL",
            "brokers": [{"broker_name": b, "read_queue_num": queues, "write_queue_num": queues} for b in brokers],
        }
        return {"id": request.name}

    def topic(self, instance_id: str, name: str) -> dict[str, Any]:
        topic = self.running(instance_id).topics.get(name)
        if topic is None:
            raise RocketMQError(400, NO_TOPIC, f"topic {name} does not exist")
        return topic

    def create_group(self, instance_id: str, request: models.ConsumerGroupCreateRequest) -> dict[str, Any]:
        instance = self.running(instance_id)
        if request.name in instance.groups:
            raise RocketMQError(400, INVALID, f"name: a consumer group named {request.name!r} exists")
        if len(instance.groups) >= GROUP_QUOTA:
            raise RocketMQError(400, NO_QUOTA, f"the instance's consumer group quota ({GROUP_QUOTA}) is used up")
        instance.groups[request.name] = {
            "name": request.name,
            "enabled": True if request.enabled is None else request.enabled,
            "broadcast": bool(request.broadcast),
            "brokers": list(request.brokers or ["broker-0"]),
            "group_desc": request.group_desc or "",
            "retry_max_time": request.retry_max_time or 16,
            "consume_orderly": bool(request.consume_orderly),
            "createdAt": int(self.clock.now() * 1000),
        }
        return {"name": request.name}

    def group(self, instance_id: str, name: str) -> dict[str, Any]:
        group = self.running(instance_id).groups.get(name)
        if group is None:
            raise RocketMQError(404, NO_GROUP, f"consumer group {name} does not exist")
        return group

    @staticmethod
    def neighbours(total: int, offset: int | None, limit: int | None, quota: int) -> dict[str, Any]:
        start, size = offset or 0, limit or 10
        return {
            "total": total,
            "max": quota,
            "remaining": max(0, quota - total),
            "next_offset": start + size if start + size < total else -1,
            "previous_offset": max(0, start - size) if start else -1,
        }

    # ------------------------------------------------------------------------------------------ users and ACLs

    def acl_instance(self, instance_id: str) -> Instance:
        instance = self.running(instance_id)
        if not instance.request.enable_acl:
            raise RocketMQError(400, INVALID, "this instance was created without enable_acl: it has no users")
        return instance

    def user(self, instance_id: str, access_key: str) -> dict[str, Any]:
        user = self.acl_instance(instance_id).users.get(access_key)
        if user is None:
            raise RocketMQError(404, INVALID, f"user {access_key} does not exist")
        return user

    def save_user(self, instance_id: str, request: models.RocketMQUserRequest, *, name: str | None) -> dict[str, Any]:
        instance = self.acl_instance(instance_id)
        stored = request.model_dump(exclude_none=True)
        if name is None:
            if not request.access_key or not request.secret_key:
                raise RocketMQError(400, INVALID, "access_key, secret_key: required to create a user")
            if request.access_key in instance.users:
                raise RocketMQError(400, INVALID, f"access_key: a user {request.access_key!r} exists")
            stored.setdefault("admin", False)
            stored.setdefault("default_topic_perm", "DENY")
            stored.setdefault("default_group_perm", "DENY")
            stored.setdefault("white_remote_address", "")
            instance.users[request.access_key] = stored
            return self.public_user(stored)
        user = self.user(instance_id, name)
        stored.pop("access_key", None)
        user.update(stored)
        return self.public_user(user)

    @staticmethod
    def public_user(user: dict[str, Any]) -> dict[str, Any]:
        return {**user, "secret_key": MASKED}

    def policies(self, instance: Instance, kind: str, name: str) -> list[dict[str, Any]]:
        answer = []
        for user in instance.users.values():
            own = {p.get("name"): p.get("perm") for p in user.get(f"{kind}_perms", [])}
            perm = "PUB|SUB" if user.get("admin") else own.get(name, user.get(f"default_{kind}_perm", "DENY"))
            answer.append(
                {
                    "access_key": user["access_key"],
                    "secret_key": MASKED,
                    "white_remote_address": user.get("white_remote_address", ""),
                    "admin": bool(user.get("admin")),
                    "perm": perm,
                }
            )
        return answer


# ---------------------------------------------------------------------------------------------------- HTTP


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error_code": code, "error_msg": message}, status_code=status,
                        headers={"X-Request-Id": uuid.uuid4().hex})  # fmt: skip


def _parse(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors()[:5])
        raise RocketMQError(400, INVALID, problems) from None


def _body(model: type[M], body: bytes) -> M:
    try:
        data = json.loads(body)
    except ValueError:
        raise RocketMQError(400, BAD_JSON, "the request body is not JSON") from None
    return _parse(model, data)


def _query(request: Request, model: type[M]) -> M:
    return _parse(model, dict(request.query_params))


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


Call = Callable[[RocketMQBackend, Request, bytes], Response]


def _instances(b: RocketMQBackend, request: Request, body: bytes) -> Response:
    if request.method == "POST":
        return JSONResponse(b.create_instance(_body(models.InstanceCreateRequest, body)))
    return JSONResponse(b.list_instances(_query(request, models.V2ProjectIdInstancesGetParametersQuery)))


def _instance(b: RocketMQBackend, request: Request, body: bytes) -> Response:
    instance_id = request.path_params["instance_id"]
    if request.method == "DELETE":
        b.delete_instance(instance_id)
        return Response(status_code=204)
    return JSONResponse(b.instance_json(b.instance(instance_id)))


def _restart(b: RocketMQBackend, request: Request, body: bytes) -> Response:
    return JSONResponse(b.restart(request.path_params["instance_id"]))


def _topics(b: RocketMQBackend, request: Request, body: bytes) -> Response:
    instance_id = request.path_params["instance_id"]
    if request.method == "POST" and request.query_params.get("action") == "delete":
        names = _body(models.TopicBatchDeleteRequest, body).topics
        held_topics = b.running(instance_id).topics
        for name in names:
            held_topics.pop(name, None)
        return JSONResponse({"job_id": str(uuid.uuid4())})
    if request.method == "POST":
        return JSONResponse(b.create_topic(instance_id, _body(models.TopicCreateRequest, body)))
    query = _query(request, models.V2ProjectIdInstancesInstanceIdTopicsGetParametersQuery)
    topics = [t for _, t in sorted(b.running(instance_id).topics.items())]
    page = _page(topics, query.offset, query.limit)
    return JSONResponse({"topics": page, **b.neighbours(len(topics), query.offset, query.limit, TOPIC_QUOTA)})


def _topic(b: RocketMQBackend, request: Request, body: bytes) -> Response:
    instance_id, name = request.path_params["instance_id"], request.path_params["topic"]
    topic = b.topic(instance_id, name)
    if request.method == "DELETE":
        del b.instances[instance_id].topics[name]
        return Response(status_code=204)
    if request.method == "PUT":
        update = _body(models.TopicUpdateRequest, body)
        per_broker = max(1, len(topic["brokers"]))
        for key in ("read_queue_num", "write_queue_num"):
            value = getattr(update, key)
            if value is not None:
                topic[f"total_{key}"] = value
                for broker in topic["brokers"]:
                    broker[key] = value // per_broker
        if update.permission is not None:
            topic["permission"] = update.permission
        return Response(status_code=204)
    return JSONResponse(topic)


def _groups(b: RocketMQBackend, request: Request, body: bytes) -> Response:
    instance_id = request.path_params["instance_id"]
    if request.method == "POST" and request.query_params.get("action") == "delete":
        names = _body(models.ConsumerGroupBatchDeleteRequest, body).groups
        held_groups = b.running(instance_id).groups
        for name in names:
            held_groups.pop(name, None)
        return JSONResponse({"job_id": str(uuid.uuid4())})
    if request.method == "POST":
        return JSONResponse(b.create_group(instance_id, _body(models.ConsumerGroupCreateRequest, body)))
    query = _query(request, models.V2ProjectIdInstancesInstanceIdGroupsGetParametersQuery)
    groups = [g for name, g in sorted(b.running(instance_id).groups.items()) if not query.group or query.group in name]
    page = _page(groups, query.offset, query.limit)
    return JSONResponse({"groups": page, **b.neighbours(len(groups), query.offset, query.limit, GROUP_QUOTA)})


def _group(b: RocketMQBackend, request: Request, body: bytes) -> Response:
    instance_id, name = request.path_params["instance_id"], request.path_params["group"]
    group = b.group(instance_id, name)
    if request.method == "DELETE":
        del b.instances[instance_id].groups[name]
        return Response(status_code=204)
    if request.method == "PUT":
        update = _body(models.ConsumerGroupUpdateRequest, body)
        group.update(enabled=update.enabled, broadcast=update.broadcast, retry_max_time=update.retry_max_time)
        if update.brokers is not None:
            group["brokers"] = list(update.brokers)
        return Response(status_code=204)
    detail = {k: v for k, v in group.items() if k not in ("createdAt", "consume_orderly")}
    return JSONResponse({**detail, "permissions": ["sub"]})


def _users(b: RocketMQBackend, request: Request, body: bytes) -> Response:
    instance_id = request.path_params["instance_id"]
    if request.method == "POST":
        return JSONResponse(b.save_user(instance_id, _body(models.RocketMQUserRequest, body), name=None))
    query = _query(request, models.V2ProjectIdInstancesInstanceIdUsersGetParametersQuery)
    users = [b.public_user(u) for _, u in sorted(b.acl_instance(instance_id).users.items())]
    return JSONResponse({"users": _page(users, _int(query.offset), _int(query.limit)), "total": len(users)})


def _user(b: RocketMQBackend, request: Request, body: bytes) -> Response:
    instance_id, name = request.path_params["instance_id"], request.path_params["user_name"]
    if request.method == "PUT":
        return JSONResponse(b.save_user(instance_id, _body(models.RocketMQUserRequest, body), name=name))
    user = b.user(instance_id, name)
    if request.method == "DELETE":
        del b.instances[instance_id].users[name]
        return JSONResponse({"message": "success"})
    return JSONResponse(b.public_user(user))


def _policies(kind: str) -> Call:
    def handle(b: RocketMQBackend, request: Request, body: bytes) -> Response:
        instance_id = request.path_params["instance_id"]
        name = request.path_params["topic" if kind == "topic" else "group_id"]
        instance = b.acl_instance(instance_id)
        (b.topic if kind == "topic" else b.group)(instance_id, name)
        policies = b.policies(instance, kind, name)
        offset, limit = _int(request.query_params.get("offset")), _int(request.query_params.get("limit"))
        return JSONResponse({"policies": _page(policies, offset, limit), "total": len(policies), "name": name})

    return handle


ROUTES: list[tuple[str, list[str], Call]] = [
    ("/v2/{engine}/{project_id}/instances", ["POST"], _instances),
    ("/v2/{project_id}/instances", ["GET"], _instances),
    ("/v2/{project_id}/instances/{instance_id}", ["GET", "DELETE"], _instance),
    ("/v2/{project_id}/{engine}/instances/{instance_id}/restart", ["POST"], _restart),
    ("/v2/{project_id}/instances/{instance_id}/topics", ["GET", "POST"], _topics),
    ("/v2/{project_id}/instances/{instance_id}/topics/{topic}", ["GET", "PUT", "DELETE"], _topic),
    ("/v2/{project_id}/instances/{instance_id}/topics/{topic}/accesspolicy", ["GET"], _policies("topic")),
    ("/v2/{project_id}/instances/{instance_id}/groups", ["GET", "POST"], _groups),
    ("/v2/{project_id}/instances/{instance_id}/groups/{group}", ["GET", "PUT", "DELETE"], _group),
    ("/v2/{engine}/{project_id}/instances/{instance_id}/groups/{group_id}/accesspolicy", ["GET"], _policies("group")),
    ("/v2/{project_id}/instances/{instance_id}/users", ["GET", "POST"], _users),
    ("/v2/{project_id}/instances/{instance_id}/users/{user_name}", ["GET", "PUT", "DELETE"], _user),
]


def create_app(backend: RocketMQBackend) -> Starlette:
    """The RocketMQ management ASGI app over ``backend`` (the operations listed in :data:`ROUTES`)."""

    def endpoint(call: Call) -> Callable[[Request], Awaitable[Response]]:
        async def handle(request: Request) -> Response:
            body = await read_body(request)
            if body is None:
                return _error(400, INVALID, "the request body is too large")
            refused = huawei_request_problem(backend.keys, request.scope, request.method, body)
            if refused:
                return _error(401, UNAUTHORIZED, f"authentication failed: {refused}")
            if request.path_params["project_id"] != backend.keys.project_id:
                return _error(403, FORBIDDEN, "project_id: not the project of these credentials")

            async def run() -> Response:
                try:
                    return call(backend, request, body)
                except RocketMQError as exc:
                    return _error(exc.status, exc.code, exc.message)
                except ValueError:
                    return _error(400, INVALID, "offset, limit: must be whole numbers")

            return await apply_faults(backend, lambda: _error(500, INTERNAL, "internal error (injected fault)"), run)

        return handle

    routes = [Route(path, endpoint(call), methods=methods) for path, methods, call in ROUTES]
    app = Starlette(
        routes=[*admin_routes(backend), *routes],
        exception_handlers=unrouted_handlers(
            lambda status, message: _error(status, "DMS.00404001" if status == 404 else INVALID, message)
        ),
    )
    app.state.backend = backend
    return app
