"""The ASGI app: JSON-RPC 2.0 at ``POST /rpc`` and the RSA public key at ``GET /public-key``.

Each request is read with a size limit and a time limit, parsed, checked as a JSON-RPC request, its ``params``
validated against the method's ``*Params`` model (generated from specs/queuemanager.yaml, validated strictly: no
type coercion, no nulls, no unknown fields), its token checked, and its method run. A refused request answers a
JSON-RPC ``error``; a call that ran answers ``result`` with its ``code``. Nothing a client sends answers HTTP 500.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import math
import sqlite3
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import codes, models
from .codes import QMError
from .security import Sessions, Users, decrypt_password, load_or_create_key, public_key_pem
from .store import MAX_IN_FLIGHT, Store

logger = logging.getLogger("servers.queuemanager")

T = TypeVar("T")
Fields = dict[str, Any]
RequestId = int | str | None
MAX_PROBLEMS_IN_MESSAGE = 5
MAX_PROBLEMS_IN_DATA = 20


@dataclass(frozen=True)
class Config:
    """How the server runs; ``python -m servers.queuemanager`` fills it from its options."""

    data_dir: Path
    users_file: Path
    token_ttl: float = 300.0
    ack_deadline: float = 30.0
    max_body: int = 1 << 20
    body_timeout: float = 10.0
    max_in_flight: int = MAX_IN_FLIGHT
    port: int | None = None  # only for the "listening on" line


class RpcFailure(Exception):
    """A refused request: answered as a JSON-RPC ``error`` (HTTP ``status``, 200 unless the body was refused)."""

    def __init__(self, code: int, message: str, data: Any = None, *, status: int = 200) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data
        self.status = status


def invalid_params(problems: list[Fields]) -> RpcFailure:
    shown = "; ".join(f"{p['field']}: {p['message']}" for p in problems[:MAX_PROBLEMS_IN_MESSAGE])
    more = len(problems) - MAX_PROBLEMS_IN_MESSAGE
    if more > 0:
        shown += f"; and {more} more"
    return RpcFailure(codes.INVALID_PARAMS, f"invalid params: {shown}", problems[:MAX_PROBLEMS_IN_DATA])


def _field(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "params"


def _unusable_values(params: dict[str, Any]) -> Iterator[Fields]:
    """Nulls (no parameter is nullable) and text that is not valid Unicode (lone surrogates), keys included."""
    stack: list[tuple[str, Any]] = [("", params)]
    while stack:
        field, value = stack.pop()
        if value is None:
            yield {"field": field, "rule": "not_null", "message": "null is not allowed (leave the field out)"}
        elif isinstance(value, str):
            if _has_surrogate(value):
                yield {"field": field, "rule": "unicode", "message": "the string holds a lone surrogate"}
        elif isinstance(value, dict):
            for key, item in value.items():
                if _has_surrogate(key):
                    yield {"field": field or "params", "rule": "unicode", "message": "a key holds a lone surrogate"}
                else:
                    stack.append((f"{field}.{key}" if field else key, item))
        elif isinstance(value, list):
            stack.extend((f"{field}[{index}]", item) for index, item in enumerate(value))


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def validate(model: type[BaseModel], params: Any) -> Any:
    """``params`` as an instance of ``model``, or an invalid-params failure naming each field and rule."""
    if not isinstance(params, dict):
        raise RpcFailure(codes.INVALID_PARAMS, "invalid params: params must be an object (parameters by name)")
    problems = list(_unusable_values(params))
    if problems:
        raise invalid_params(problems)
    try:
        return model.model_validate(params, strict=True)
    except ValidationError as exc:
        raise invalid_params(
            [
                {"field": _field(tuple(e["loc"])), "rule": e["type"], "message": e["msg"]}
                for e in exc.errors(include_url=False, include_context=False, include_input=False)
            ]
        ) from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


Handler = Callable[["QueueManagerServer", Any], Awaitable[Fields]]


@dataclass(frozen=True)
class Method:
    params: type[BaseModel]
    handler: Handler
    authenticated: bool = True


class QueueManagerServer:
    """The server's state (store, users, key, sessions) and its ASGI app (``app()``)."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.key = load_or_create_key(config.data_dir)
        self.public_pem = public_key_pem(self.key)
        self.users = Users(config.users_file)
        self.sessions = Sessions(config.token_ttl)
        self.store = Store(
            config.data_dir / "queuemanager.sqlite3",
            ack_deadline=config.ack_deadline,
            max_in_flight=config.max_in_flight,
        )
        # One thread runs every store call: calls are serialized, each in its own transaction.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qm-store")

    @property
    def token_lifetime(self) -> int:
        return max(1, math.ceil(self.config.token_ttl))

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/rpc", self.rpc, methods=["POST"]),
                Route("/public-key", self.public_key, methods=["GET"]),
            ],
            lifespan=self.lifespan,
        )

    async def db(self, call: Callable[..., T], *args: Any) -> T:
        """Run a store call on the store's thread."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, functools.partial(call, *args))

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        await self.db(self.store.open)
        sweeper = asyncio.create_task(self._sweep_forever())
        where = f"http://127.0.0.1:{self.config.port}" if self.config.port is not None else "loopback"
        print(f"queueManager listening on {where} (data in {self.config.data_dir})", file=sys.stderr, flush=True)
        try:
            yield
        finally:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
            await self.db(self.store.close)
            self._executor.shutdown(wait=True)

    async def _sweep_forever(self) -> None:
        """Put elements past their ack deadline back in their queues; forget expired sessions."""
        interval = min(1.0, max(0.05, self.config.ack_deadline / 4))
        while True:
            await asyncio.sleep(interval)
            try:
                await self.db(self.store.sweep)
            except sqlite3.Error:
                logger.exception("sweep failed")
            self.sessions.purge()

    # -- HTTP ------------------------------------------------------------------------------------------------

    async def public_key(self, request: Request) -> Response:
        return Response(self.public_pem, media_type="application/x-pem-file")

    async def rpc(self, request: Request) -> Response:
        try:
            return await self._answer(request)
        except Exception:  # a bug: still a JSON-RPC answer, never an HTTP 500
            logger.exception("internal error")
            return self._error(None, RpcFailure(codes.INTERNAL_ERROR, "internal error"))

    async def _answer(self, request: Request) -> Response:
        try:
            body = await self._read_body(request)
        except RpcFailure as failure:
            return self._error(None, failure, close=True)
        try:
            message = json.loads(body, parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as exc:
            return self._error(None, RpcFailure(codes.PARSE_ERROR, f"parse error: {exc}"[:300]))
        if isinstance(message, list):
            refusal = RpcFailure(codes.INVALID_REQUEST, "invalid request: batch requests are not supported")
            return self._error(None, refusal)
        if not isinstance(message, dict):
            return self._error(None, RpcFailure(codes.INVALID_REQUEST, "invalid request: not a JSON object"))
        request_id = message.get("id")
        if (
            isinstance(request_id, bool)
            or not isinstance(request_id, int | str | None)
            or (isinstance(request_id, str) and _has_surrogate(request_id))
        ):
            refusal = RpcFailure(codes.INVALID_REQUEST, "invalid request: id must be an integer, a string or null")
            return self._error(None, refusal)
        # A notification (no id) gets no answer, unless the request itself is not one (JSON-RPC 2.0, section 4.1).
        notification = "id" not in message
        try:
            result = await self._call(message)
        except RpcFailure as failure:
            if notification and failure.code != codes.INVALID_REQUEST:
                return Response(status_code=204)
            return self._error(request_id, failure)
        except Exception:
            logger.exception("internal error")
            if notification:
                return Response(status_code=204)
            return self._error(request_id, RpcFailure(codes.INTERNAL_ERROR, "internal error"))
        if notification:
            return Response(status_code=204)
        return JSONResponse({"jsonrpc": "2.0", "id": request_id, "result": result})

    async def _read_body(self, request: Request) -> bytes:
        """The body, refused (without reading the rest) once it is over the limit or too slow to arrive."""
        limit = self.config.max_body
        too_large = RpcFailure(
            codes.INVALID_REQUEST,
            f"invalid request: body too large: more than {limit} bytes",
            {"max_bytes": limit},
            status=413,
        )
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        body = bytearray()
        try:
            with anyio.fail_after(self.config.body_timeout):
                async for chunk in request.stream():
                    body += chunk
                    if len(body) > limit:
                        raise too_large
        except TimeoutError:
            raise RpcFailure(
                codes.INVALID_REQUEST,
                f"invalid request: body not received within {self.config.body_timeout:g} seconds",
                status=408,
            ) from None
        except ClientDisconnect:
            raise RpcFailure(codes.INVALID_REQUEST, "invalid request: the client went away", status=400) from None
        return bytes(body)

    @staticmethod
    def _error(request_id: RequestId, failure: RpcFailure, *, close: bool = False) -> Response:
        error: Fields = {"code": failure.code, "message": failure.message}
        if failure.data is not None:
            error["data"] = failure.data
        headers = {"Connection": "close"} if close else None
        return JSONResponse(
            {"jsonrpc": "2.0", "id": request_id, "error": error}, status_code=failure.status, headers=headers
        )

    # -- JSON-RPC --------------------------------------------------------------------------------------------

    async def _call(self, message: dict[str, Any]) -> Fields:
        if message.get("jsonrpc") != "2.0":
            raise RpcFailure(codes.INVALID_REQUEST, 'invalid request: jsonrpc must be "2.0"')
        name = message.get("method")
        if not isinstance(name, str):
            raise RpcFailure(codes.INVALID_REQUEST, "invalid request: method must be a string")
        method = METHODS.get(name)
        if method is None:
            raise RpcFailure(codes.METHOD_NOT_FOUND, f"method not found: {name[:100]!r}")
        params = validate(method.params, message.get("params", {}))
        if method.authenticated and self.sessions.user(getattr(params, "token", None)) is None:
            return {"code": codes.INVALID_TOKEN, "message": "invalid or expired token: call qm.auth again"}
        try:
            fields = await method.handler(self, params)
        except QMError as exc:
            return {"code": exc.code, "message": exc.message}
        except sqlite3.Error:
            logger.exception("storage failure in %s", name)
            return {"code": codes.FAILURE, "message": "internal failure of the server's storage"}
        return {"code": codes.OK, **fields}


# -- the methods -------------------------------------------------------------------------------------------------


async def _auth(server: QueueManagerServer, p: models.AuthParams) -> Fields:
    password = await anyio.to_thread.run_sync(decrypt_password, server.key, p.password)
    if password is None:
        raise QMError(
            codes.WRONG_CREDENTIALS,
            "the password does not decrypt with the server's key: encrypt it with the key at GET /public-key "
            "(RSA-OAEP with SHA-256) and send it in base64",
        )
    if not await anyio.to_thread.run_sync(server.users.check, p.username, password):
        raise QMError(codes.WRONG_CREDENTIALS, "wrong username or password")
    return {"token": server.sessions.open(p.username), "expires_in": server.token_lifetime}


async def _heart_beat(server: QueueManagerServer, p: models.HeartBeatParams) -> Fields:
    if not server.sessions.renew(p.token):
        raise QMError(codes.INVALID_TOKEN, "invalid or expired token: call qm.auth again")
    return {"expires_in": server.token_lifetime}


async def _new_queue(server: QueueManagerServer, p: models.NewQueueParams) -> Fields:
    await server.db(server.store.new_queue, p.queue_name)
    return {}


async def _add(server: QueueManagerServer, p: models.AddParams) -> Fields:
    await server.db(server.store.add, p.queue_name, [p.element])
    return {}


async def _add_all(server: QueueManagerServer, p: models.AddAllParams) -> Fields:
    await server.db(server.store.add, p.queue_name, list(p.elements))
    return {}


async def _poll(server: QueueManagerServer, p: models.PollParams) -> Fields:
    taken = await server.db(server.store.take, p.queue_name, 1)
    if not taken:
        raise QMError(codes.QUEUE_EMPTY, f"queue {p.queue_name!r} is empty")
    return {"element": taken[0].element, "message_id": taken[0].message_id}


async def _pull_elements(server: QueueManagerServer, p: models.PullElementsParams) -> Fields:
    taken = await server.db(server.store.take, p.queue_name, p.number)
    return {
        "element_info": [{"element": t.element, "message_id": t.message_id} for t in taken],
        "number": len(taken),
    }


async def _ack(server: QueueManagerServer, p: models.AckParams) -> Fields:
    await server.db(server.store.ack, p.message_id, p.ack_type == 1)
    return {}


async def _size(server: QueueManagerServer, p: models.SizeParams) -> Fields:
    return {"size": await server.db(server.store.size, p.queue_name)}


async def _is_empty(server: QueueManagerServer, p: models.IsEmptyParams) -> Fields:
    return {"empty": await server.db(server.store.size, p.queue_name) == 0}


async def _destroy_queue(server: QueueManagerServer, p: models.DestroyQueueParams) -> Fields:
    await server.db(server.store.destroy_queue, p.queue_name, p.force)
    return {}


async def _get_uncheck_num(server: QueueManagerServer, p: models.GetUncheckNumParams) -> Fields:
    return {"ack_num": await server.db(server.store.in_flight, p.queue_name)}


async def _map_put(server: QueueManagerServer, p: models.MapPutParams) -> Fields:
    await server.db(server.store.map_put, p.map, [(p.key, p.value)])
    return {}


async def _map_remove(server: QueueManagerServer, p: models.MapRemoveParams) -> Fields:
    await server.db(server.store.map_remove, p.map, p.key)
    return {}


async def _map_get(server: QueueManagerServer, p: models.MapGetParams) -> Fields:
    value = await server.db(server.store.map_get, p.map, p.key)
    return {} if value is None else {"value": value}


async def _map_get_all(server: QueueManagerServer, p: models.MapGetAllParams) -> Fields:
    pairs = await server.db(server.store.map_page, p.map, 0, None)
    return {"map": dict(pairs)} if pairs else {}


async def _map_destroy(server: QueueManagerServer, p: models.MapDestroyParams) -> Fields:
    await server.db(server.store.map_destroy, p.map)
    return {}


async def _map_get_list(server: QueueManagerServer, p: models.MapGetListParams) -> Fields:
    pairs = await server.db(server.store.map_page, p.map, p.offset, p.size)
    return {"offset": p.offset, "size": len(pairs), "list": [{"key": k, "value": v} for k, v in pairs]}


MAX_BATCH_PAIRS = 1000


def batch_pairs(p: models.MapBatchPutParams) -> list[tuple[str, str]]:
    """``list`` as pairs: an object, or an array of one-pair objects; the rules the model cannot say."""
    problems: list[Fields] = []
    if isinstance(p.list, dict):
        pairs = list(p.list.items())
    else:
        pairs = []
        for index, item in enumerate(p.list):
            if len(item) != 1:
                problems.append(
                    {"field": f"list[{index}]", "rule": "one_pair", "message": "each object must hold one pair"}
                )
            pairs.extend(item.items())
    if not 1 <= len(pairs) <= MAX_BATCH_PAIRS:
        message = f"1 to {MAX_BATCH_PAIRS} pairs are needed, got {len(pairs)}"
        problems.append({"field": "list", "rule": "pair_count", "message": message})
    if p.size is not None and p.size != len(pairs):
        message = f"size is {p.size} but list holds {len(pairs)} pairs"
        problems.append({"field": "size", "rule": "matches_list", "message": message})
    if problems:
        raise invalid_params(problems)
    return pairs


async def _map_batch_put(server: QueueManagerServer, p: models.MapBatchPutParams) -> Fields:
    await server.db(server.store.map_put, p.map, batch_pairs(p))
    return {}


_DESTROY = Method(models.DestroyQueueParams, _destroy_queue)
METHODS: dict[str, Method] = {
    "qm.auth": Method(models.AuthParams, _auth, authenticated=False),
    "qm.heart_beat": Method(models.HeartBeatParams, _heart_beat),
    "qm.new_queue": Method(models.NewQueueParams, _new_queue),
    "qm.add": Method(models.AddParams, _add),
    "qm.add_all": Method(models.AddAllParams, _add_all),
    "qm.poll": Method(models.PollParams, _poll),
    "qm.pull_elements": Method(models.PullElementsParams, _pull_elements),
    "qm.ack": Method(models.AckParams, _ack),
    "qm.size": Method(models.SizeParams, _size),
    "qm.is_empty": Method(models.IsEmptyParams, _is_empty),
    "qm.destroy_queue": _DESTROY,
    "qm.destory_queue": _DESTROY,  # the document's spelling
    "qm.get_uncheck_num": Method(models.GetUncheckNumParams, _get_uncheck_num),
    "qm.map_put": Method(models.MapPutParams, _map_put),
    "qm.map_remove": Method(models.MapRemoveParams, _map_remove),
    "qm.map_get": Method(models.MapGetParams, _map_get),
    "qm.map_get_all": Method(models.MapGetAllParams, _map_get_all),
    "qm.map_destroy": Method(models.MapDestroyParams, _map_destroy),
    "qm.map_get_list": Method(models.MapGetListParams, _map_get_list),
    "qm.map_batch_put": Method(models.MapBatchPutParams, _map_batch_put),
}
