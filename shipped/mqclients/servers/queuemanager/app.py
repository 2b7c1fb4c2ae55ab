"""The ASGI app: JSON-RPC 2.0 at ``POST /rpc``, login challenges at ``GET /login-challenge``, the RSA public key at
``GET /public-key``.

Each request is read with a size limit and a time limit, parsed, checked as a JSON-RPC request, its ``params``
validated against the method's ``*Params`` model (generated from specs/queuemanager.yaml, validated strictly: no
type coercion, no nulls, no unknown fields); then the caller is authorized (a live session whose user still exists
with the same password, granted the queue or map the call names) and the method runs. A refused request answers a
JSON-RPC ``error``; a call that ran answers ``result`` with its ``code``. Nothing a client sends answers HTTP 500,
and errors are logged one line at a time, rate-limited (no traceback per request).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hmac
import json
import logging
import math
import secrets
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import anyio
from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import codes, models
from .accounts import DUMMY_HASH, Account, Accounts, UsersFileError, load_accounts, updated_account, verify_password
from .codes import QMError
from .limits import BackoffPolicy, LoginThrottle, RateLimitedLog
from .login import (
    Challenges,
    LoginRefused,
    check_time,
    decrypt_login,
    load_or_create_challenge_key,
    load_or_create_key,
    public_key_pem,
)
from .operations import (
    LOOPBACK,
    MAX_QUEUES_IN_METRICS,
    REQUEST_ID_HEADER,
    Metrics,
    request_id_from,
    request_id_var,
)
from .sessions import MemorySessionBook, Session, SessionBook, Sessions, SharedSessionBook
from .sqlite_store import MAX_IN_FLIGHT
from .store import Delivered, SharedSessionStore, StorageFailure, Store, Taker
from .stores import describe, open_store

logger = logging.getLogger("mqclients.servers.queuemanager")

T = TypeVar("T")
Fields = dict[str, Any]
RequestId = int | str | None
MAX_PROBLEMS_IN_MESSAGE = 5
MAX_PROBLEMS_IN_DATA = 20


@dataclass(frozen=True)
class Config:
    """How the server runs; ``mqclients-queuemanager`` fills it from its options (``--help`` explains each)."""

    data_dir: Path
    users_file: Path | None  # SQLite: required; PostgreSQL: users in it are added to the database when missing
    token_ttl: float = 300.0
    session_max_lifetime: float = 8 * 3600.0
    sessions_per_user: int = 256
    challenge_ttl: float = 60.0
    ack_deadline: float = 30.0
    max_body: int = 1 << 20
    body_timeout: float = 10.0
    max_in_flight: int = MAX_IN_FLIGHT
    session_in_flight: int = 1000
    max_page: int = 1000
    login_workers: int = 2
    login_queue: int = 16
    user_free_failures: int = 3
    address_free_failures: int = 20
    backoff_base: float = 1.0
    backoff_cap: float = 60.0
    url: str | None = None  # only for the "listening on" line
    store_url: str | None = None  # None: SQLite in data_dir; else see stores.open_store
    pool_size: int = 8  # PostgreSQL connections (and store threads) of this replica
    metrics: str = "loopback"  # who may read /metrics: loopback, open, off
    ready_timeout: float = 2.0  # /readyz: how long the store may take to answer


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


@dataclass(frozen=True)
class Caller:
    """Who makes a call: the client's address, and for an authenticated call its session and account."""

    address: str
    session: Session | None = None
    account: Account | None = None

    @property
    def user(self) -> Account:
        if self.account is None:
            raise RuntimeError("an authenticated method ran without an account")
        return self.account

    @property
    def live_session(self) -> Session:
        if self.session is None:
            raise RuntimeError("an authenticated method ran without a session")
        return self.session

    @property
    def taker(self) -> Taker:
        return Taker(self.live_session.username, self.live_session.id)


Handler = Callable[["QueueManagerServer", Any, Caller], Awaitable[Fields]]


@dataclass(frozen=True)
class Method:
    params: type[BaseModel]
    handler: Handler
    authenticated: bool = True
    # the params field naming the queue or map the call touches: the caller's account must be granted it
    queue_field: str | None = None
    map_field: str | None = None


class QueueManagerServer:
    """The server's state (store, accounts, keys, sessions, limits) and its ASGI app (``app()``)."""

    def __init__(self, config: Config, store: Store | None = None) -> None:
        self.config = config
        self.key = load_or_create_key(config.data_dir)
        self.public_pem = public_key_pem(self.key)
        self.challenges = Challenges(load_or_create_challenge_key(config.data_dir), config.challenge_ttl)
        self.sessions = Sessions(
            config.token_ttl, max_lifetime=config.session_max_lifetime, max_per_user=config.sessions_per_user
        )
        self.throttle = LoginThrottle(
            {
                "user": BackoffPolicy(config.user_free_failures, config.backoff_base, config.backoff_cap),
                "addr": BackoffPolicy(config.address_free_failures, config.backoff_base, config.backoff_cap),
            }
        )
        self.log = RateLimitedLog(logger)
        self.store: Store = store or open_store(
            config.store_url,
            config.data_dir,
            ack_deadline=config.ack_deadline,
            max_in_flight=config.max_in_flight,
            pool_size=config.pool_size,
        )
        self.session_book: SessionBook
        self.accounts: Accounts | None = None  # the users file; None: users are in the shared store
        self.shared: SharedSessionStore | None = None
        if isinstance(self.store, SharedSessionStore):
            self.shared = self.store
            # PostgreSQL: calls run on as many threads as the pool has connections, sessions are rows
            store_threads = config.pool_size
            self.session_book = SharedSessionBook(
                self.store,
                self.db,
                config.token_ttl,
                max_lifetime=config.session_max_lifetime,
                max_per_user=config.sessions_per_user,
            )
        else:
            # SQLite: one thread runs every store call: calls are serialized, each in its own transaction
            store_threads = 1
            self.session_book = MemorySessionBook(self.sessions)
            if config.users_file is None:
                raise UsersFileError("a server with a SQLite store needs a users file")
            self.accounts = Accounts(config.users_file)
        self._executor = ThreadPoolExecutor(max_workers=store_threads, thread_name_prefix="qm-store")
        self.metrics = Metrics()
        # Logins (RSA decryption, 16 MiB of scrypt each) run on a few threads of their own, with a bounded queue.
        self._login_executor = ThreadPoolExecutor(max_workers=config.login_workers, thread_name_prefix="qm-login")
        self.logins_waiting = 0

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/rpc", self.rpc, methods=["POST"]),
                Route("/public-key", self.public_key, methods=["GET"]),
                Route("/login-challenge", self.login_challenge, methods=["GET"]),
                Route("/healthz", self.healthz, methods=["GET"]),
                Route("/readyz", self.readyz, methods=["GET"]),
                Route("/metrics", self.metrics_page, methods=["GET"]),
            ],
            lifespan=self.lifespan,
        )

    async def db(self, call: Callable[..., T], *args: Any) -> T:
        """Run a store call on the store's thread."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, functools.partial(call, *args))

    async def in_login_pool(self, call: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._login_executor, functools.partial(call, *args))

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        asyncio.get_running_loop().set_exception_handler(self.log.loop_exception_handler)
        try:
            await self.db(self.store.open)
            if self.shared is not None:
                await self._seed_users(self.shared)
        except Exception as exc:
            print(f"queueManager cannot open its store: {exc}", file=sys.stderr, flush=True)
            raise
        sweeper = asyncio.create_task(self._sweep_forever())
        where = self.config.url or "loopback"
        data = describe(self.config.store_url, self.config.data_dir)
        print(f"queueManager listening on {where} (data in {data})", file=sys.stderr, flush=True)
        try:
            yield
        finally:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
            await self.db(self.store.close)
            self._executor.shutdown(wait=True)
            self._login_executor.shutdown(wait=True)

    async def _seed_users(self, shared: SharedSessionStore) -> None:
        """Users in a shared store: the users file's (when given) added if missing, never changed (a replica
        started with an old file cannot undo a change made since); an empty table gets the admin ``admin`` with
        a random password, printed once by the replica that created it."""
        if self.config.users_file is not None:
            listed = load_accounts(self.config.users_file).values()
            added = await self.db(shared.accounts_add_missing, listed)
            if added:
                print(f"users added to the database from {self.config.users_file}: {', '.join(added)}", file=sys.stderr)
        if await self.db(shared.account_count) == 0:
            password = secrets.token_urlsafe(18)
            admin = updated_account(None, "admin", password, role="admin")
            if await self.db(shared.accounts_add_missing, [admin]):
                print(
                    f"created the admin 'admin' in the database, password {password} (shown only now; add users "
                    "with --store URL --add-user NAME)",
                    file=sys.stderr,
                    flush=True,
                )

    async def user(self, session: Session) -> Account | None:
        """The session's user as it is now (removed: None)."""
        if self.accounts is None:
            return session.current_account
        return self.accounts.get(session.username)

    async def check_password(self, username: str, password: str) -> Account | None:
        """The account when the password is right (as slow for an unknown user as for a wrong password)."""
        if self.accounts is not None:
            return await self.in_login_pool(self.accounts.check, username, password)
        if self.shared is None:
            raise RuntimeError("no users file and no shared store")
        account = await self.db(self.shared.account_get, username)
        stored = account.password_hash if account is not None else DUMMY_HASH
        matched = await self.in_login_pool(verify_password, password, stored)
        return account if matched else None

    async def _sweep_forever(self) -> None:
        """Put elements past their ack deadline back in their queues; forget expired sessions."""
        interval = min(1.0, max(0.05, self.config.ack_deadline / 4))
        while True:
            await asyncio.sleep(interval)
            try:
                await self.db(self.store.sweep)
            except (sqlite3.Error, StorageFailure) as exc:
                self.log.warning("sweep", "sweep failed: %r", exc)
            await self.session_book.purge()

    # -- HTTP ------------------------------------------------------------------------------------------------

    async def public_key(self, request: Request) -> Response:
        return Response(self.public_pem, media_type="application/x-pem-file")

    async def login_challenge(self, request: Request) -> Response:
        body = {
            "challenge": self.challenges.issue(),
            "expires_in": int(self.config.challenge_ttl),
            "public_key": self.public_pem.decode("ascii"),
        }
        return JSONResponse(body, headers={"Cache-Control": "no-store"})

    async def healthz(self, request: Request) -> Response:
        """The process is up and serving (says nothing of the store)."""
        return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})

    async def readyz(self, request: Request) -> Response:
        """The store answers within ``ready_timeout``: 200, else 503 (a balancer sends this replica nothing)."""
        try:
            await asyncio.wait_for(self.db(self.store.ping), self.config.ready_timeout)
        except (TimeoutError, sqlite3.Error, StorageFailure, RuntimeError) as exc:
            self.log.warning("readyz", "not ready: %r", exc)
            return JSONResponse({"status": "store unreachable"}, status_code=503, headers={"Cache-Control": "no-store"})
        return JSONResponse({"status": "ready"}, headers={"Cache-Control": "no-store"})

    async def metrics_page(self, request: Request) -> Response:
        """Prometheus text format; who may read it is ``--metrics`` (queue names are data)."""
        mode = self.config.metrics
        client = request.client.host if request.client else ""
        if mode == "off" or (mode == "loopback" and client not in LOOPBACK):
            return Response("not found\n", status_code=404, media_type="text/plain")
        try:
            depths = await asyncio.wait_for(self.db(self.store.depths, MAX_QUEUES_IN_METRICS), 5.0)
        except (TimeoutError, sqlite3.Error, StorageFailure) as exc:
            self.log.warning("metrics", "queue depths unavailable: %r", exc)
            depths = []
        return Response(self.metrics.render(depths), media_type="text/plain; version=0.0.4; charset=utf-8")

    async def rpc(self, request: Request) -> Response:
        request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER))
        token = request_id_var.set(request_id)
        self.metrics.in_progress.inc()
        try:
            response = await self._answer(request)
        except Exception as exc:  # a bug: still a JSON-RPC answer, never an HTTP 500
            self.log.warning("internal", "internal error: %r", exc)
            response = self._error(None, RpcFailure(codes.INTERNAL_ERROR, "internal error"))
        finally:
            self.metrics.in_progress.dec()
            request_id_var.reset(token)
        response.headers["X-Request-Id"] = request_id
        return response

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
            result = await self._call(message, request.client.host if request.client else "")
        except RpcFailure as failure:
            if notification and failure.code != codes.INVALID_REQUEST:
                return Response(status_code=204)
            return self._error(request_id, failure)
        except Exception as exc:
            self.log.warning("internal", "internal error: %r", exc)
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

    async def _call(self, message: dict[str, Any], address: str) -> Fields:
        if message.get("jsonrpc") != "2.0":
            raise RpcFailure(codes.INVALID_REQUEST, 'invalid request: jsonrpc must be "2.0"')
        name = message.get("method")
        if not isinstance(name, str):
            raise RpcFailure(codes.INVALID_REQUEST, "invalid request: method must be a string")
        method = METHODS.get(name)
        if method is None:
            raise RpcFailure(codes.METHOD_NOT_FOUND, f"method not found: {name[:100]!r}")
        started = time.perf_counter()
        try:
            fields = await self._run(name, method, message.get("params", {}), address)
        except RpcFailure:
            self._observe(name, "refused", None, started)
            raise
        self._observe(name, "ok" if fields["code"] == codes.OK else "error", fields["code"], started)
        return fields

    def _observe(self, name: str, outcome: str, code: int | None, started: float) -> None:
        self.metrics.observe(name, outcome, started)
        if logger.isEnabledFor(logging.INFO):
            fields = {
                "method": name,
                "outcome": outcome,
                "code": code,
                "ms": round(1000 * (time.perf_counter() - started), 2),
            }
            logger.info("rpc", extra={"fields": fields})

    async def _run(self, name: str, method: Method, raw_params: Any, address: str) -> Fields:
        params = validate(method.params, raw_params)
        try:
            caller = await self._authorize(method, params, address)
            fields = await method.handler(self, params, caller)
        except QMError as exc:
            return {"code": exc.code, "message": exc.message}
        except (sqlite3.Error, StorageFailure) as exc:
            self.log.warning("storage", "storage failure in %s: %r", name, exc)
            return {"code": codes.FAILURE, "message": "internal failure of the server's storage"}
        return {"code": codes.OK, **fields}

    async def _authorize(self, method: Method, params: Any, address: str) -> Caller:
        """The caller of a call it may make: a live session, its user unchanged, granted the queue or map."""
        if not method.authenticated:
            return Caller(address)
        session = await self.session_book.find(getattr(params, "token", None))
        if session is None:
            raise QMError(codes.INVALID_TOKEN, "invalid or expired token: call qm.auth again")
        account = await self.user(session)
        if account is None or not hmac.compare_digest(account.password_hash, session.password_hash):
            await self.session_book.close(session)
            raise QMError(codes.INVALID_TOKEN, "session ended (user removed or password changed): call qm.auth again")
        if method.queue_field is not None:
            queue = getattr(params, method.queue_field)
            if not account.may_use_queue(queue):
                raise QMError(codes.FORBIDDEN, f"user {account.name!r} is not granted queue {queue!r}")
        if method.map_field is not None:
            name = getattr(params, method.map_field)
            if not account.may_use_map(name):
                raise QMError(codes.FORBIDDEN, f"user {account.name!r} is not granted map {name!r}")
        return Caller(address, session, account)


# -- the methods -------------------------------------------------------------------------------------------------


async def _auth(server: QueueManagerServer, p: models.AuthParams, caller: Caller) -> Fields:
    keys = [f"user:{p.username}", f"addr:{caller.address}"]
    wait = server.throttle.wait(keys)
    if wait > 0:
        raise QMError(codes.TRY_LATER, f"too many failed logins: try again in {math.ceil(wait)} s")
    if server.logins_waiting >= server.config.login_queue:
        raise QMError(codes.TRY_LATER, "too many logins at once: try again in a moment")
    server.logins_waiting += 1
    try:
        account = await _check_login(server, p, keys)
    finally:
        server.logins_waiting -= 1
    server.throttle.succeeded(keys[0])
    token, session = await server.session_book.open(account.name, account.password_hash)
    return {"token": token, "expires_in": server.session_book.seconds_left(session)}


async def _check_login(server: QueueManagerServer, p: models.AuthParams, keys: list[str]) -> Account:
    """The account the login payload proves, its challenge now used; every refusal counts as a failed login."""
    try:
        try:
            payload = await server.in_login_pool(decrypt_login, server.key, p.password)
            challenge = server.challenges.check(payload.challenge)
            check_time(payload, server.config.challenge_ttl)
        except LoginRefused as exc:
            raise QMError(
                codes.WRONG_CREDENTIALS,
                f"login refused: {exc} (see GET /login-challenge and the qm.auth payload in the spec)",
            ) from None
        if not await server.db(server.store.use_challenge, challenge.nonce, challenge.expires):
            raise QMError(codes.WRONG_CREDENTIALS, "login refused: this challenge was used already (a replayed login)")
        account = await server.check_password(p.username, payload.password)
        if account is None:
            raise QMError(codes.WRONG_CREDENTIALS, "wrong username or password")
    except QMError:
        server.throttle.failed(keys)
        raise
    return account


async def _heart_beat(server: QueueManagerServer, p: models.HeartBeatParams, caller: Caller) -> Fields:
    await server.session_book.renew(caller.live_session)
    return {"expires_in": server.session_book.seconds_left(caller.live_session)}


async def _logout(server: QueueManagerServer, p: models.LogoutParams, caller: Caller) -> Fields:
    await server.session_book.close(caller.live_session)
    return {}


async def _new_queue(server: QueueManagerServer, p: models.NewQueueParams, caller: Caller) -> Fields:
    await server.db(server.store.new_queue, p.queue_name)
    return {}


async def _add(server: QueueManagerServer, p: models.AddParams, caller: Caller) -> Fields:
    await server.db(server.store.add, p.queue_name, [p.element])
    return {}


async def _add_all(server: QueueManagerServer, p: models.AddAllParams, caller: Caller) -> Fields:
    await server.db(server.store.add, p.queue_name, list(p.elements))
    return {}


async def _take(server: QueueManagerServer, queue: str, number: int, caller: Caller) -> list[Delivered]:
    return await server.db(server.store.take, queue, number, caller.taker, server.config.session_in_flight)


async def _poll(server: QueueManagerServer, p: models.PollParams, caller: Caller) -> Fields:
    taken = await _take(server, p.queue_name, 1, caller)
    if not taken:
        raise QMError(codes.QUEUE_EMPTY, f"queue {p.queue_name!r} is empty")
    return {"element": taken[0].element, "message_id": taken[0].message_id}


async def _pull_elements(server: QueueManagerServer, p: models.PullElementsParams, caller: Caller) -> Fields:
    taken = await _take(server, p.queue_name, p.number, caller)
    return {
        "element_info": [{"element": t.element, "message_id": t.message_id} for t in taken],
        "number": len(taken),
    }


async def _ack(server: QueueManagerServer, p: models.AckParams, caller: Caller) -> Fields:
    await server.db(server.store.ack, p.message_id, p.ack_type == 1, caller.user.name)
    return {}


async def _size(server: QueueManagerServer, p: models.SizeParams, caller: Caller) -> Fields:
    return {"size": await server.db(server.store.size, p.queue_name)}


async def _is_empty(server: QueueManagerServer, p: models.IsEmptyParams, caller: Caller) -> Fields:
    return {"empty": await server.db(server.store.size, p.queue_name) == 0}


async def _destroy_queue(server: QueueManagerServer, p: models.DestroyQueueParams, caller: Caller) -> Fields:
    await server.db(server.store.destroy_queue, p.queue_name, p.force)
    return {}


async def _get_uncheck_num(server: QueueManagerServer, p: models.GetUncheckNumParams, caller: Caller) -> Fields:
    return {"ack_num": await server.db(server.store.in_flight, p.queue_name)}


async def _map_put(server: QueueManagerServer, p: models.MapPutParams, caller: Caller) -> Fields:
    await server.db(server.store.map_put, p.map, [(p.key, p.value)])
    return {}


async def _map_remove(server: QueueManagerServer, p: models.MapRemoveParams, caller: Caller) -> Fields:
    await server.db(server.store.map_remove, p.map, p.key)
    return {}


async def _map_get(server: QueueManagerServer, p: models.MapGetParams, caller: Caller) -> Fields:
    value = await server.db(server.store.map_get, p.map, p.key)
    return {} if value is None else {"value": value}


async def _map_get_all(server: QueueManagerServer, p: models.MapGetAllParams, caller: Caller) -> Fields:
    """At most ``max_page`` pairs from ``offset``; ``next_offset`` says where the rest starts."""
    limit = server.config.max_page
    pairs = await server.db(server.store.map_page, p.map, p.offset, limit + 1)
    fields: Fields = {"map": dict(pairs[:limit])} if pairs else {}
    if len(pairs) > limit:
        fields["next_offset"] = p.offset + limit
    return fields


async def _map_destroy(server: QueueManagerServer, p: models.MapDestroyParams, caller: Caller) -> Fields:
    await server.db(server.store.map_destroy, p.map)
    return {}


async def _map_get_list(server: QueueManagerServer, p: models.MapGetListParams, caller: Caller) -> Fields:
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


async def _map_batch_put(server: QueueManagerServer, p: models.MapBatchPutParams, caller: Caller) -> Fields:
    await server.db(server.store.map_put, p.map, batch_pairs(p))
    return {}


def _queue_method(params: type[BaseModel], handler: Handler) -> Method:
    return Method(params, handler, queue_field="queue_name")


def _map_method(params: type[BaseModel], handler: Handler) -> Method:
    return Method(params, handler, map_field="map")


_DESTROY = _queue_method(models.DestroyQueueParams, _destroy_queue)
METHODS: dict[str, Method] = {
    "qm.auth": Method(models.AuthParams, _auth, authenticated=False),
    "qm.heart_beat": Method(models.HeartBeatParams, _heart_beat),
    "qm.logout": Method(models.LogoutParams, _logout),
    "qm.new_queue": _queue_method(models.NewQueueParams, _new_queue),
    "qm.add": _queue_method(models.AddParams, _add),
    "qm.add_all": _queue_method(models.AddAllParams, _add_all),
    "qm.poll": _queue_method(models.PollParams, _poll),
    "qm.pull_elements": _queue_method(models.PullElementsParams, _pull_elements),
    "qm.ack": Method(models.AckParams, _ack),  # the store lets only the element's holder acknowledge it
    "qm.size": _queue_method(models.SizeParams, _size),
    "qm.is_empty": _queue_method(models.IsEmptyParams, _is_empty),
    "qm.destroy_queue": _DESTROY,
    "qm.destory_queue": _DESTROY,  # the document's spelling
    "qm.get_uncheck_num": _queue_method(models.GetUncheckNumParams, _get_uncheck_num),
    "qm.map_put": _map_method(models.MapPutParams, _map_put),
    "qm.map_remove": _map_method(models.MapRemoveParams, _map_remove),
    "qm.map_get": _map_method(models.MapGetParams, _map_get),
    "qm.map_get_all": _map_method(models.MapGetAllParams, _map_get_all),
    "qm.map_destroy": _map_method(models.MapDestroyParams, _map_destroy),
    "qm.map_get_list": _map_method(models.MapGetListParams, _map_get_list),
    "qm.map_batch_put": _map_method(models.MapBatchPutParams, _map_batch_put),
}
