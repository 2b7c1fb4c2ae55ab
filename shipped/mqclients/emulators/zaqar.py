"""The OpenStack Zaqar v2 emulator: queues with metadata, messages, claims, pop, purge, stats, subscriptions and
pre-signed URLs, in memory, answering as the real server does on its redis store (the differential test in
tests/emulators/test_zaqar_differential.py runs one scenario against both and compares the answers).

Faithful on purpose, quirks included (each seen on zaqar-server 23.0.1 with redis):

- queues exist lazily: stats, claims and posts on a queue never created answer as for an empty queue;
- a ``marker`` naming the first queue or message is read as no marker (the store's rank 0 is falsy), so that
  page is answered again;
- ``echo`` hides a client's own messages; claimed messages are hidden unless ``include_claimed`` (which needs a
  ``marker``: without one the redis store answers 503); a non-empty list always carries a ``next`` link;
- a claim extends its messages' lifetime to the claim's end plus its grace; ``claim_count`` stays 0;
- purging messages removes only the messages no claim holds; subscribing the same subscriber again answers the
  existing subscription's id.

Authentication: ``X-Project-ID`` names the tenant and ``Client-ID`` must be a UUID; with a configured token, every
request must also carry it in ``X-Auth-Token`` (401 otherwise). No notification is ever delivered to subscribers.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urlencode

from pydantic import BaseModel, TypeAdapter, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import zaqar_models as models
from .core import Backend, Clock, Faults, admin_routes, apply_faults, read_body, unrouted_handlers

M = TypeVar("M", bound=BaseModel)
QUEUE_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
PATCH_TYPE = "application/openstack-messaging-v2.0-json-patch"
RESERVED_METADATA: dict[str, Any] = {
    "_dead_letter_queue": None,
    "_dead_letter_queue_messages_ttl": None,
    "_default_message_delay": 0,
    "_default_message_ttl": 3600,
    "_enable_encrypt_messages": False,
    "_max_claim_count": None,
    "_max_messages_post_size": 262144,
}
PATCH_OPERATIONS: TypeAdapter[list[models.QueuePatchOperation]] = TypeAdapter(models.V2QueuesQueueNamePatchRequest)
DEFAULT_CLAIM_TTL = 300
DEFAULT_GRACE = 60
DEFAULT_SUBSCRIPTION_TTL = 3600


class ZaqarError(Exception):
    def __init__(self, status: int, title: str, description: str) -> None:
        super().__init__(description)
        self.status, self.title, self.description = status, title, description


def not_found() -> ZaqarError:
    return ZaqarError(404, "Not found", "The resource could not be found.")


@dataclass
class Message:
    id: str
    body: Any
    created: float
    expires: float
    visible_at: float
    client_id: str
    claim_id: str | None = None


@dataclass
class Claim:
    id: str
    created: float
    ttl: int
    expires: float


@dataclass
class Subscription:
    id: str
    subscriber: str
    options: dict[str, Any]
    created: float
    ttl: int
    confirmed: bool = False


@dataclass
class Queue:
    name: str
    metadata: dict[str, Any] = field(default_factory=dict)
    messages: dict[str, Message] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class ZaqarBackend(Backend):
    """The emulated service's state, per project (no HTTP here)."""

    def __init__(self, *, token: str | None = None, faults: Faults | None = None, clock: Clock | None = None) -> None:
        super().__init__(faults=faults, clock=clock)
        self.token = token
        self.signing_key = secrets.token_bytes(32)
        self.projects: dict[str, dict[str, Queue]] = {}

    def reset(self) -> None:
        self.projects = {}

    # ------------------------------------------------------------------------------------------ state helpers

    def queues(self, project: str) -> dict[str, Queue]:
        return self.projects.setdefault(project, {})

    def queue(self, project: str, name: str, *, create: bool = False) -> Queue:
        """The queue; one never created is empty (and is kept when ``create``), as Zaqar's queues are lazy."""
        queues = self.queues(project)
        found = queues.get(name)
        if found is None:
            found = Queue(name)
            if create:
                queues[name] = found
        self._expire(found)
        return found

    def _expire(self, queue: Queue) -> None:
        now = self.clock.now()
        for claim in [c for c in queue.claims.values() if c.expires <= now]:
            del queue.claims[claim.id]
        for message in list(queue.messages.values()):
            if message.expires <= now:
                del queue.messages[message.id]
            elif message.claim_id is not None and message.claim_id not in queue.claims:
                message.claim_id = None
        for sub in [s for s in queue.subscriptions.values() if s.created + s.ttl <= now]:
            del queue.subscriptions[sub.id]

    def message_json(self, queue: Queue, message: Message, *, claimed_href: bool = True) -> dict[str, Any]:
        now = self.clock.now()
        href = f"/v2/queues/{queue.name}/messages/{message.id}"
        if claimed_href and message.claim_id is not None:
            href += f"?claim_id={message.claim_id}"
        return {
            "id": message.id,
            "href": href,
            "ttl": round(message.expires - message.created),
            "age": int(now - message.created),
            "body": message.body,
        }

    def metadata(self, queue: Queue) -> dict[str, Any]:
        return {**RESERVED_METADATA, **queue.metadata}

    # ------------------------------------------------------------------------------------------ queues

    def create_queue(self, project: str, name: str, metadata: dict[str, Any]) -> bool:
        queues = self.queues(project)
        if name in queues:
            return False
        queues[name] = Queue(name, dict(metadata))
        return True

    def patch_queue(self, project: str, name: str, operations: list[models.QueuePatchOperation]) -> dict[str, Any]:
        queue = self.queue(project, name)
        metadata = dict(queue.metadata)
        for operation in operations:
            key = operation.path.split("/", 2)[2]
            if operation.op == "remove":
                if key not in metadata:
                    raise ZaqarError(409, "Resource conflict", f"The metadata key {key} does not exist.")
                del metadata[key]
            elif operation.op == "replace" and key not in metadata and key not in RESERVED_METADATA:
                raise ZaqarError(409, "Resource conflict", f"The metadata key {key} does not exist.")
            else:
                metadata[key] = operation.value
        queue.metadata = metadata
        return self.metadata(queue)

    def stats(self, project: str, name: str) -> dict[str, Any]:
        queue = self.queue(project, name)
        messages = list(queue.messages.values())
        claimed = sum(1 for m in messages if m.claim_id is not None)
        answer: dict[str, Any] = {"claimed": claimed, "free": len(messages) - claimed, "total": len(messages)}
        if messages:
            for key, message in (("oldest", min(messages, key=lambda m: m.created)), ("newest", messages[-1])):
                answer[key] = {
                    "age": int(self.clock.now() - message.created),
                    "body": message.body,
                    "claim_count": 0,
                    "claim_id": message.claim_id,
                    "created": _iso(message.created),
                    "href": f"/v2/queues/{queue.name}/messages/{message.id}",
                    "ttl": round(message.expires - message.created),
                }
        return {"messages": answer}

    # ------------------------------------------------------------------------------------------ messages

    def post(self, project: str, name: str, request: models.PostMessagesRequest, client_id: str) -> list[str]:
        queue = self.queue(project, name, create=True)
        metadata = self.metadata(queue)
        now = self.clock.now()
        ids = []
        for new in request.messages:
            ttl = new.ttl if new.ttl is not None else int(metadata["_default_message_ttl"])
            delay = new.delay if new.delay is not None else int(metadata["_default_message_delay"] or 0)
            message = Message(secrets.token_hex(12), new.body, now, now + ttl, now + delay, client_id)
            queue.messages[message.id] = message
            ids.append(f"/v2/queues/{name}/messages/{message.id}")
        self.signal.notify()
        return ids

    def listed(self, queue: Queue, query: Any, client_id: str) -> list[Message]:
        now = self.clock.now()
        found = []
        first = next(iter(queue.messages), None)
        # the redis store reads the marker's rank, and rank 0 as "no marker": the first message is listed again
        after = query.marker is None or query.marker == first
        for message in queue.messages.values():
            if not after:
                after = message.id == query.marker
                continue
            if not query.echo and message.client_id == client_id:
                continue
            if message.claim_id is not None and not query.include_claimed:
                continue
            if message.visible_at > now and not query.include_delayed:
                continue
            found.append(message)
            if len(found) >= query.limit:
                break
        return found

    def claim(self, project: str, name: str, limit: int, request: models.ClaimCreate) -> tuple[Claim, list[Message]]:
        queue = self.queue(project, name)
        now = self.clock.now()
        ttl = request.ttl or DEFAULT_CLAIM_TTL
        grace = request.grace or DEFAULT_GRACE
        free = [m for m in queue.messages.values() if m.claim_id is None and m.visible_at <= now][:limit]
        claim = Claim(secrets.token_hex(12), now, ttl, now + ttl)
        if free:
            queue.claims[claim.id] = claim
        for message in free:
            message.claim_id = claim.id
            message.expires = max(message.expires, claim.expires + grace)
        return claim, free

    def claim_messages(self, queue: Queue, claim: Claim) -> list[Message]:
        return [m for m in queue.messages.values() if m.claim_id == claim.id]

    def found_claim(self, project: str, name: str, claim_id: str) -> tuple[Queue, Claim]:
        queue = self.queue(project, name)
        claim = queue.claims.get(claim_id)
        if claim is None:
            raise not_found()
        return queue, claim

    def delete_message(self, project: str, name: str, message_id: str, claim_id: str | None) -> None:
        queue = self.queue(project, name)
        message = queue.messages.get(message_id)
        if message is None:
            return
        if message.claim_id is not None and message.claim_id != claim_id:
            raise ZaqarError(
                403, "Unable to delete", "This message is claimed; it cannot be deleted without a valid claim ID."
            )
        del queue.messages[message_id]

    def pop(self, project: str, name: str, count: int) -> list[dict[str, Any]]:
        queue = self.queue(project, name)
        now = self.clock.now()
        chosen = [m for m in queue.messages.values() if m.claim_id is None and m.visible_at <= now][:count]
        claim_id = secrets.token_hex(12)
        answer = []
        for message in chosen:
            del queue.messages[message.id]
            answer.append(
                {
                    "id": message.id,
                    "ttl": round(message.expires - message.created),
                    "age": int(now - message.created),
                    "body": message.body,
                    "claim_count": 0,
                    "claim_id": claim_id,
                }
            )
        return answer

    # ------------------------------------------------------------------------------------------ subscriptions

    def subscribe(self, project: str, name: str, request: models.SubscriptionCreate) -> str:
        queue = self.queue(project, name)
        for existing in queue.subscriptions.values():
            if existing.subscriber == request.subscriber:
                return existing.id
        options = {} if request.options is None else request.options.model_dump(exclude_none=True, by_alias=True)
        ttl = request.ttl or DEFAULT_SUBSCRIPTION_TTL
        subscription = Subscription(secrets.token_hex(12), request.subscriber, options, self.clock.now(), ttl)
        queue.subscriptions[subscription.id] = subscription
        return subscription.id

    def subscription(self, project: str, name: str, subscription_id: str) -> Subscription:
        found = self.queue(project, name).subscriptions.get(subscription_id)
        if found is None:
            raise not_found()
        return found

    def subscription_json(self, queue_name: str, sub: Subscription) -> dict[str, Any]:
        return {
            "id": sub.id,
            "source": queue_name,
            "subscriber": sub.subscriber,
            "ttl": sub.ttl,
            "age": int(self.clock.now() - sub.created),
            "options": sub.options,
            "confirmed": sub.confirmed,
        }

    def share(self, project: str, name: str, request: models.PreSignedUrlRequest) -> dict[str, Any]:
        paths = sorted(f"/v2/queues/{name}/{p}" for p in (request.paths or ["messages"]))
        methods = sorted(request.methods or ["GET", "HEAD", "OPTIONS"])
        expires = request.expires or _iso(self.clock.now() + 86400)
        text = "\n".join([project, expires, ",".join(methods), ",".join(paths)])
        signature = hmac.new(self.signing_key, text.encode(), hashlib.sha256).hexdigest()
        return {"paths": paths, "methods": methods, "expires": expires, "project": project, "signature": signature}


# ---------------------------------------------------------------------------------------------------- HTTP


def _error(status: int, title: str, description: str) -> JSONResponse:
    return JSONResponse({"title": title, "description": description}, status_code=status,
                        headers={"x-openstack-request-id": f"req-{uuid.uuid4()}"})  # fmt: skip


def _parse(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors()[:5])
        raise ZaqarError(400, "Invalid API request", problems) from None


def _json(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        raise ZaqarError(400, "Malformed JSON", "Request body could not be parsed.") from None


def _query(request: Request, model: type[M], lists: tuple[str, ...] = ()) -> M:
    """The query as ``model``; ``lists`` are taken comma-separated, repeated, or both (``ids=a,b&ids=c``)."""
    data: dict[str, Any] = {}
    for key, value in request.query_params.multi_items():
        if key in lists:
            data.setdefault(key, []).extend(v for v in value.split(",") if v)
        else:
            data[key] = value
    return _parse(model, data)


def _next_link(path: str, request: Request, order: tuple[str, ...], marker: str) -> list[dict[str, str]]:
    """Zaqar's ``next`` link: the request's known parameters in the server's order, the marker replaced (or added
    last), booleans spelled ``true``."""
    params: dict[str, str] = {}
    for key in order:
        value = request.query_params.get(key)
        if value is None:
            continue
        params[key] = value.lower() if value.lower() in ("true", "false") else value
    params["marker"] = marker
    return [{"rel": "next", "href": f"{path}?{urlencode(params)}"}]


Handler = Callable[[ZaqarBackend, Request, bytes, str, str], Response]


def _queue_name(request: Request) -> str:
    name = str(request.path_params["queue_name"])
    if not QUEUE_NAME.match(name):
        raise ZaqarError(400, "Invalid queue identification", "The format of the submitted queue name is not valid.")
    return name


def _queues(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    query = _query(request, models.V2QueuesGetParametersQuery)
    everything = sorted(b.queues(project))
    # as for messages: a marker naming the first queue is read as no marker (the redis store's rank 0)
    marker = None if everything[:1] == [query.marker] else query.marker
    names = [n for n in everything if marker is None or n > marker][: query.limit]
    listed = []
    for name in names:
        entry: dict[str, Any] = {"name": name, "href": f"/v2/queues/{name}"}
        if query.detailed:
            entry["metadata"] = b.metadata(b.queue(project, name))
        listed.append(entry)
    links = _next_link("/v2/queues", request, ("marker", "limit", "detailed"), names[-1]) if names else []
    return JSONResponse({"queues": listed, "links": links})


def _queue(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    name = _queue_name(request)
    if request.method == "PUT":
        metadata = _json(body) or {}
        if not isinstance(metadata, dict):
            raise ZaqarError(400, "Invalid API request", "The queue metadata must be a JSON object.")
        return Response(status_code=201 if b.create_queue(project, name, metadata) else 204)
    if request.method == "DELETE":
        b.queues(project).pop(name, None)
        return Response(status_code=204)
    if request.method == "PATCH":
        if request.headers.get("content-type", "").split(";")[0].strip() != PATCH_TYPE:
            raise ZaqarError(415, "415 Unsupported Media Type", f"Accepted media type for PATCH: {PATCH_TYPE}.")
        try:
            operations = PATCH_OPERATIONS.validate_python(_json(body))
        except ValidationError as exc:
            raise ZaqarError(400, "Invalid API request", str(exc.errors()[0]["msg"])) from None
        return JSONResponse(b.patch_queue(project, name, operations))
    return JSONResponse(b.metadata(b.queue(project, name)))


def _stats(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    return JSONResponse(b.stats(project, _queue_name(request)))


def _purge(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    name = _queue_name(request)
    purge = _parse(models.QueuePurgeRequest, _json(body) or {"resource_types": ["messages", "subscriptions"]})
    queue = b.queue(project, name)
    if "messages" in purge.resource_types:  # the redis store keeps the messages a claim holds
        queue.messages = {k: m for k, m in queue.messages.items() if m.claim_id is not None}
    if "subscriptions" in purge.resource_types:
        queue.subscriptions = {}
    return Response(status_code=204)


def _share(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    return JSONResponse(b.share(project, _queue_name(request), _parse(models.PreSignedUrlRequest, _json(body) or {})))


def _messages(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    name = _queue_name(request)
    if request.method == "POST":
        ids = b.post(project, name, _parse(models.PostMessagesRequest, _json(body)), client)
        return JSONResponse({"resources": ids}, status_code=201)
    queue = b.queue(project, name)
    params = request.query_params
    if request.method == "DELETE":
        if "pop" in params:
            pop = _query(request, models.V2QueuesQueueNameMessagesPopDeleteParametersQuery)
            return JSONResponse({"messages": b.pop(project, name, pop.pop)})
        delete = _query(request, models.V2QueuesQueueNameMessagesIdsDeleteParametersQuery, ("ids", "claim_ids"))
        for message_id in delete.ids:
            message = queue.messages.get(message_id)
            if message is not None and (message.claim_id is None or message.claim_id in (delete.claim_ids or [])):
                del queue.messages[message_id]
        return Response(status_code=204)
    if "ids" in params:
        wanted = _query(request, models.V2QueuesQueueNameMessagesIdsGetParametersQuery, ("ids",))
        found = [b.message_json(queue, queue.messages[i]) for i in wanted.ids if i in queue.messages]
        if not found:
            raise not_found()
        return JSONResponse({"messages": found})
    query = _query(request, models.V2QueuesQueueNameMessagesGetParametersQuery)
    if query.include_claimed and query.marker is None:
        raise ZaqarError(503, "Service temporarily unavailable", "Messages could not be listed.")
    listed = b.listed(queue, query, client)
    if not listed:
        return JSONResponse({"messages": [], "links": []})
    order = ("marker", "limit", "echo", "include_claimed")
    links = _next_link(f"/v2/queues/{name}/messages", request, order, listed[-1].id)
    links[0]["href"] = links[0]["href"].replace("&marker=", "&include_delayed=true&marker=", 1)
    if query.marker is not None:  # the marker keeps its first place; include_delayed comes last
        href = links[0]["href"].replace("&include_delayed=true", "")
        links[0]["href"] = href + "&include_delayed=true"
    return JSONResponse({"messages": [b.message_json(queue, m) for m in listed], "links": links})


def _message(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    name, message_id = _queue_name(request), request.path_params["message_id"]
    if request.method == "DELETE":
        query = _query(request, models.V2QueuesQueueNameMessagesMessageIdDeleteParametersQuery)
        b.delete_message(project, name, message_id, query.claim_id)
        return Response(status_code=204)
    queue = b.queue(project, name)
    message = queue.messages.get(message_id)
    if message is None:
        raise not_found()
    return JSONResponse(b.message_json(queue, message))


def _claims(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    name = _queue_name(request)
    query = _query(request, models.V2QueuesQueueNameClaimsPostParametersQuery)
    request_body = _parse(models.ClaimCreate, _json(body) or {})
    _, messages = b.claim(project, name, query.limit or 10, request_body)
    if not messages:
        return Response(status_code=204)
    queue = b.queue(project, name)
    return JSONResponse({"messages": [b.message_json(queue, m) for m in messages]}, status_code=201)


def _claim(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    name, claim_id = _queue_name(request), request.path_params["claim_id"]
    if request.method == "DELETE":
        queue = b.queue(project, name)
        if queue.claims.pop(claim_id, None) is not None:
            for message in b.claim_messages(queue, Claim(claim_id, 0, 0, 0)):
                message.claim_id = None
        return Response(status_code=204)
    queue, claim = b.found_claim(project, name, claim_id)
    if request.method == "PATCH":
        update = _parse(models.ClaimUpdate, _json(body) or {})
        now = b.clock.now()
        claim.ttl = update.ttl or claim.ttl
        claim.created, claim.expires = now, now + claim.ttl
        grace = update.grace if update.grace is not None else DEFAULT_GRACE
        for message in b.claim_messages(queue, claim):
            message.expires = max(message.expires, claim.expires + grace)
        return Response(status_code=204)
    return JSONResponse(
        {
            "age": int(b.clock.now() - claim.created),
            "ttl": claim.ttl,
            "href": f"/v2/queues/{name}/claims/{claim.id}",
            "messages": [b.message_json(queue, m) for m in b.claim_messages(queue, claim)],
        }
    )


def _subscriptions(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    name = _queue_name(request)
    if request.method == "POST":
        subscription_id = b.subscribe(project, name, _parse(models.SubscriptionCreate, _json(body)))
        return JSONResponse({"subscription_id": subscription_id}, status_code=201)
    query = _query(request, models.V2QueuesQueueNameSubscriptionsGetParametersQuery)
    subs = sorted(b.queue(project, name).subscriptions.values(), key=lambda s: s.id)
    subs = [s for s in subs if query.marker is None or s.id > query.marker][: query.limit]
    links = _next_link(f"/v2/queues/{name}/subscriptions", request, ("marker", "limit"), subs[-1].id) if subs else []
    return JSONResponse({"subscriptions": [b.subscription_json(name, s) for s in subs], "links": links})


def _subscription(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    name, subscription_id = _queue_name(request), request.path_params["subscription_id"]
    if request.method == "DELETE":
        b.queue(project, name).subscriptions.pop(subscription_id, None)
        return Response(status_code=204)
    sub = b.subscription(project, name, subscription_id)
    if request.method == "PATCH":
        update = _parse(models.SubscriptionUpdate, _json(body) or {})
        if update.subscriber is not None:
            sub.subscriber = update.subscriber
        if update.ttl is not None:
            sub.ttl = update.ttl
        if update.options is not None:
            sub.options = update.options.model_dump(exclude_none=True, by_alias=True)
        return Response(status_code=204)
    return JSONResponse(b.subscription_json(name, sub))


def _confirm(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    sub = b.subscription(project, _queue_name(request), request.path_params["subscription_id"])
    sub.confirmed = _parse(models.SubscriptionConfirm, _json(body)).confirmed
    return Response(status_code=204)


def _ping(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    return Response(status_code=204)


def _health(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    if "admin" not in request.headers.get("x-roles", "").split(","):
        raise ZaqarError(403, "Forbidden", "The health resource needs the admin role.")
    status = {"seconds": 0.0, "ref": None, "succeeded": True}
    operations = {name: status for name in ("create_queue", "post_messages", "list_messages", "claim_messages")}
    return JSONResponse({"storage_reachable": True, "operation_status": operations})


def _versions(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    version = {
        "id": "2",
        "status": "CURRENT",
        "updated": "2014-9-24T04:06:47Z",
        "media-types": [{"base": "application/json", "type": "application/vnd.openstack.messaging-v2+json"}],
        "links": [{"href": "/v2/", "rel": "self"}],
    }
    return JSONResponse({"versions": [version]}, status_code=300)


def _home(b: ZaqarBackend, request: Request, body: bytes, project: str, client: str) -> Response:
    """A json-home document naming the v2 resources (the real one also lists every hint; this keeps the hrefs)."""
    resources = {
        "rel/queues": "/v2/queues{?marker,limit,detailed}",
        "rel/queue": "/v2/queues/{queue_name}",
        "rel/queue_stats": "/v2/queues/{queue_name}/stats",
        "rel/messages": "/v2/queues/{queue_name}/messages{?marker,limit,echo,include_claimed}",
        "rel/claim": "/v2/queues/{queue_name}/claims{?limit}",
        "rel/subscriptions": "/v2/queues/{queue_name}/subscriptions{?marker,limit}",
    }
    document = {
        rel: {"href-template": template, "hints": {"formats": {"application/json": {}}}}
        for rel, template in resources.items()
    }
    return JSONResponse({"resources": document}, media_type="application/json-home")


ROUTES: list[tuple[str, list[str], Handler]] = [
    ("/", ["GET"], _versions),
    ("/v2/", ["GET"], _home),
    ("/v2/ping", ["GET", "HEAD"], _ping),
    ("/v2/health", ["GET"], _health),
    ("/v2/queues", ["GET"], _queues),
    ("/v2/queues/{queue_name}", ["GET", "PUT", "PATCH", "DELETE"], _queue),
    ("/v2/queues/{queue_name}/stats", ["GET"], _stats),
    ("/v2/queues/{queue_name}/purge", ["POST"], _purge),
    ("/v2/queues/{queue_name}/share", ["POST"], _share),
    ("/v2/queues/{queue_name}/messages", ["GET", "POST", "DELETE"], _messages),
    ("/v2/queues/{queue_name}/messages/{message_id}", ["GET", "DELETE"], _message),
    ("/v2/queues/{queue_name}/claims", ["POST"], _claims),
    ("/v2/queues/{queue_name}/claims/{claim_id}", ["GET", "PATCH", "DELETE"], _claim),
    ("/v2/queues/{queue_name}/subscriptions", ["GET", "POST"], _subscriptions),
    ("/v2/queues/{queue_name}/subscriptions/{subscription_id}", ["GET", "PATCH", "DELETE"], _subscription),
    ("/v2/queues/{queue_name}/subscriptions/{subscription_id}/confirm", ["PUT"], _confirm),
]


def create_app(backend: ZaqarBackend) -> Starlette:
    """The Zaqar v2 ASGI app over ``backend``."""

    def endpoint(call: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def handle(request: Request) -> Response:
            body = await read_body(request)
            if body is None:
                return _error(413, "Request body too large", "The request body is too large.")
            if backend.token is not None:
                sent = request.headers.get("x-auth-token", "")
                if not hmac.compare_digest(sent.encode(), backend.token.encode()):
                    return _error(401, "Unauthorized", "The request you have made requires authentication.")
            project = request.headers.get("x-project-id", "")
            client = request.headers.get("client-id", "")
            if request.url.path != "/":
                try:
                    uuid.UUID(client)
                except ValueError:
                    return _error(400, "Malformed header", "Client-ID: must be a UUID.")
                if not project:
                    return _error(400, "Missing header", "X-Project-ID: required.")

            async def run() -> Response:
                try:
                    return call(backend, request, body, project, client)
                except ZaqarError as exc:
                    return _error(exc.status, exc.title, exc.description)

            return await apply_faults(backend, lambda: _error(503, "Service Unavailable", "Injected fault."), run)

        return handle

    routes = [Route(path, endpoint(call), methods=methods) for path, methods, call in ROUTES]
    app = Starlette(
        routes=[*admin_routes(backend), *routes],
        exception_handlers=unrouted_handlers(
            lambda status, message: _error(
                status, "Resource not found" if status == 404 else "Method not allowed", message
            )
        ),
    )
    app.state.backend = backend
    return app
