"""queueManager (JSON-RPC 2.0 over HTTP, ``POST /rpc``): ``QueueManager`` and ``AsyncQueueManager``.

Every ``qm.*`` method of specs/queuemanager.yaml is a method here (generated in ``mqclients.queuemanager_api.facade``):
it takes the method's params as keywords (or ``body=`` the params model) and returns its result model;
``code != 0`` raises typed errors, and ``poll`` on an empty queue returns ``None``. This module adds the session:
it logs in with ``qm.auth`` (a single-use challenge from ``GET /login-challenge``, the time and the password,
encrypted with the server's public key, RSA-OAEP with SHA-256), puts the token into every call, logs in again once
when the server says the token has expired, sends ``qm.heart_beat`` in the background (a thread, or an asyncio task)
and logs out with ``qm.logout`` on ``close()``.
``verify=`` checks an HTTPS server's certificate: true (the system's CAs), a CA bundle's path, or an SSLContext.
``consume(queue)`` acks each element: success when the loop body returns, ``ack_type=1`` when it raises.

    from mqclients.queuemanager import QueueManager
    with QueueManager("http://127.0.0.1:8765", username="app", password="...") as qm:
        qm.new_queue(queue_name="jobs")
        qm.add(queue_name="jobs", element="hello")
        for element in qm.consume("jobs", stop_when_empty=True):
            print(element.element)
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import ssl
import threading
import time
from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from mqclients._core.auth import BodyFieldAuth, body_fields_of, with_body_fields
from mqclients._core.body import json_body, json_or_none
from mqclients._core.consumer import AsyncConsumer, Consumer
from mqclients._core.endpoints import check_endpoint
from mqclients._core.errors import (
    AuthenticationError,
    MQClientError,
    RateLimitError,
    ResponseDecodeError,
    ValidationError,
)
from mqclients._core.facade import AsyncFacade, FacadeBase, HttpTransport
from mqclients._core.operation import dotted_get
from mqclients._core.options import DEFAULT_TIMEOUT, RetryPolicy
from mqclients._core.transport import TransportConfig, login_request
from mqclients.queuemanager_api.facade import AsyncQueueManagerOperations, QueueManagerOperations

if TYPE_CHECKING:
    import asyncio

    from mqclients.queuemanager_api.models import ElementInfo

__all__ = ["AsyncQueueManager", "QueueManager", "QueueManagerAuth"]

logger = logging.getLogger("mqclients")
TOKEN_INVALID = 1111600006  # the token is missing, unknown or expired (the spec's result codes)
TRY_LATER = 1111600010  # too many failed logins, or too many logins at once


MAX_PASSWORD_BYTES = 200  # what fits in one RSA-3072 OAEP block beside the challenge and the time


def encrypt_login(public_key_pem: bytes, password: str, challenge: str) -> str:
    """``qm.auth``'s ``password``: base64(RSA-OAEP-SHA256(server public key, UTF-8 JSON of the challenge, the time
    and the password)), the spec's login payload."""
    try:
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import padding, rsa
    except ImportError as exc:
        raise MQClientError("queueManager logins need cryptography: pip install 'mqclients[queuemanager]'") from exc

    try:
        key = serialization.load_pem_public_key(public_key_pem)
    except (ValueError, TypeError) as exc:  # cryptography's text names the parse failure, never the password
        raise ResponseDecodeError("the public key of the server's login challenge is not PEM") from exc
    if not isinstance(key, rsa.RSAPublicKey):
        raise MQClientError("the server's public key is not an RSA key")
    oaep = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    payload = {"challenge": challenge, "time": int(time.time()), "password": password}
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(key.encrypt(plain, oaep)).decode("ascii")


def _http_transport(verify: bool | str | ssl.SSLContext, given: object, *, asynchronous: bool) -> Any:
    """A transport checking certificates as ``verify`` says (a path: that CA bundle)."""
    if given is not None:
        raise ValidationError("verify", "give it to your http_transport instead (both were given)")
    context = ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
    return httpx.AsyncHTTPTransport(verify=context) if asynchronous else httpx.HTTPTransport(verify=context)


def _result_code(response: httpx.Response) -> int | None:
    code = dotted_get(json_or_none(response), "result.code")
    return code if isinstance(code, int) else None


class QueueManagerAuth(BodyFieldAuth):
    """The queueManager session as an ``httpx.Auth``: log in when there is no token, have the token written into
    the call's ``params`` (by the request loop, as it builds the body: ``BodyFieldAuth``), log in again once when
    the server answers that the token is invalid.

    The login requests (``GET /login-challenge``, ``qm.auth``) are yielded from the auth flow, so the same code
    serves sync and async clients; the client's request loop sends them like any call (within the call's deadline,
    retried on transient failures, answers size-capped and decoded safely). Neither the password nor the token
    appears in a repr.
    """

    requires_response_body = True

    def __init__(self, username: str, password: str) -> None:
        if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
            raise ValidationError("password", f"must be at most {MAX_PASSWORD_BYTES} bytes of UTF-8")
        self._username = username
        self._password = password
        self.token: str | None = None
        self.logins = 0

    def __repr__(self) -> str:
        return f"QueueManagerAuth(username={self._username!r}, password=[REDACTED])"

    def _login(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        root = request.url.copy_with(path="/", query=None, fragment=None)
        challenge_response = yield login_request(httpx.Request("GET", root.join("/login-challenge")))
        challenge = json_body(challenge_response, "login challenge")
        try:
            public_key, nonce = challenge["public_key"].encode("ascii"), str(challenge["challenge"])
        except (KeyError, TypeError, AttributeError, UnicodeEncodeError) as exc:
            raise ResponseDecodeError(
                f"could not get a login challenge from the server (HTTP {challenge_response.status_code})"
            ) from exc
        params = {"username": self._username, "password": encrypt_login(public_key, self._password, nonce)}
        body = {"jsonrpc": "2.0", "id": "login", "method": "qm.auth", "params": params}
        response = yield login_request(httpx.Request("POST", root.join("/rpc"), json=body))
        result = dotted_get(json_body(response, "auth"), "result")
        if not isinstance(result, dict):
            result = {}
        if result.get("code") != 0 or not result.get("token"):
            # "try later" (failed-login back-off, or too many logins at once) is no verdict on the credentials
            refused = RateLimitError if result.get("code") == TRY_LATER else AuthenticationError
            raise refused(
                str(result.get("message") or "login refused"),
                status_code=response.status_code,
                error_code=str(result.get("code")),
                operation="auth",
            )
        self.token = str(result["token"])
        self.logins += 1

    def body_fields(self) -> Mapping[str, Any]:
        return {"token": self.token}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        fields = body_fields_of(request)
        if fields is None:  # no token field: a login the caller makes itself (``qm.auth``)
            yield request
            return
        if self.token is None:
            yield from self._login(request)
        if fields.values.get("token") != self.token:  # built before a login: the new token goes in
            request = with_body_fields(request, fields, {"token": self.token})
        response = yield request
        if _result_code(response) == TOKEN_INVALID and fields.body.get("method") != "qm.logout":  # no login to log out
            logger.debug("queueManager token expired: logging in again")
            self.token = None
            yield from self._login(request)
            yield with_body_fields(request, fields, {"token": self.token})


class _QueueManagerConstructor(FacadeBase):
    """The constructor of both clients: the session, the connections, then the heartbeat (thread or task).

    Args:
        endpoint: the server root (``http://127.0.0.1:8765``).
        username, password: the account to log in with (the password travels RSA-OAEP encrypted).
        heartbeat_interval: seconds between ``qm.heart_beat`` calls (0 for none); they keep the token alive.
        timeout, max_retries, headers, http_transport: as for every mqclients client.
        verify: how an HTTPS server's certificate is checked: true (the system's CAs), a CA bundle's path, an
            ``ssl.SSLContext``, or false (not at all); with your own ``http_transport``, give it there instead.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        username: str,
        password: str,
        heartbeat_interval: float = 30.0,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_transport: HttpTransport | None = None,
        verify: bool | str | ssl.SSLContext = True,
    ) -> None:
        self.session = QueueManagerAuth(username, password)
        if verify is not True:
            http_transport = _http_transport(verify, http_transport, asynchronous=isinstance(self, AsyncFacade))
        config = TransportConfig(
            base_url=check_endpoint(endpoint).rstrip("/"),
            auth=self.session,
            headers=dict(headers or {}),
            timeout=timeout,
            retry=RetryPolicy(max_retries=max_retries),
        )
        super().__init__(config, http_transport=http_transport)
        self._start_heartbeat(heartbeat_interval)

    def _start_heartbeat(self, interval: float) -> None:
        raise NotImplementedError


def _elements(result: Any) -> list[ElementInfo]:
    return [] if result is None else list(result.element_info or [])


class QueueManager(_QueueManagerConstructor, QueueManagerOperations):
    """A sync queueManager client with a logged-in session and a heartbeat thread. Close it or use ``with``.

    Args:
        endpoint: the server root (``http://127.0.0.1:8765``).
        username, password: the account to log in with (the password travels RSA-OAEP encrypted).
        heartbeat_interval: seconds between ``qm.heart_beat`` calls (0 for none); they keep the token alive.
        timeout, max_retries, headers, http_transport: as for every mqclients client.
        verify: how an HTTPS server's certificate is checked: true (the system's CAs), a CA bundle's path, an
            ``ssl.SSLContext``, or false (not at all); with your own ``http_transport``, give it there instead.
    """

    def _start_heartbeat(self, interval: float) -> None:
        self._stop = threading.Event()
        self._heartbeat: threading.Thread | None = None
        if interval > 0:
            self._heartbeat = threading.Thread(
                target=self._beat, args=(interval,), name="mqclients-qm-heartbeat", daemon=True
            )
            self._heartbeat.start()

    def _beat(self, interval: float) -> None:
        while not self._stop.wait(interval):
            if self.session.token is None:  # no session to keep alive (yet, or any more): the next call logs in
                continue
            try:
                self.heart_beat()
            except Exception as exc:  # the next call logs in again if the session is gone
                logger.warning("queueManager heartbeat failed: %s", exc)

    @property
    def heartbeat_running(self) -> bool:
        return self._heartbeat is not None and self._heartbeat.is_alive()

    def close(self) -> None:
        """Stop the heartbeat, log out (when logged in), then close the connections."""
        self._stop.set()
        if self._heartbeat is not None:
            self._heartbeat.join(timeout=10)
        if self.session.token is not None:
            with contextlib.suppress(MQClientError):  # the session ends by itself anyway
                self.logout(max_retries=0)
            self.session.token = None
        super().close()

    def consume(
        self,
        queue_name: str,
        *,
        batch_size: int = 10,
        idle_wait: float = 1.0,
        stop_when_empty: bool = False,
        max_messages: int | None = None,
    ) -> Consumer[ElementInfo]:
        """Pull elements (``batch_size`` at a time; ``idle_wait`` seconds between empty pulls) and ack each one:
        ``ack_type=0`` when the loop body returned, ``1`` (back to the queue) when it raised."""

        def poll() -> list[ElementInfo]:
            got = _elements(self.pull_elements(queue_name=queue_name, number=batch_size))
            if not got and not stop_when_empty:
                time.sleep(idle_wait)
            return got

        def settle(batch: list[ElementInfo], outcomes: list[bool]) -> None:
            for element, ok in zip(batch, outcomes, strict=True):
                self.ack(message_id=int(element.message_id), ack_type=0 if ok else 1)

        return Consumer(poll, settle, stop_when_empty=stop_when_empty, max_messages=max_messages)


class AsyncQueueManager(_QueueManagerConstructor, AsyncQueueManagerOperations):
    """The async twin of ``QueueManager``: the heartbeat is an asyncio task started with the first call and
    stopped by ``aclose()`` (or leaving ``async with``)."""

    def _start_heartbeat(self, interval: float) -> None:
        # An asyncio task needs a running loop: it starts with the first call (``_send``).
        self._interval = interval
        self._heartbeat: asyncio.Task[None] | None = None

    async def _send(self, *args: Any, **kwargs: Any) -> httpx.Response:
        if self._heartbeat is None and self._interval > 0:
            import asyncio

            self._heartbeat = asyncio.get_running_loop().create_task(self._beat(), name="mqclients-qm-heartbeat")
        return await super()._send(*args, **kwargs)

    async def _beat(self) -> None:
        import asyncio

        while True:
            await asyncio.sleep(self._interval)
            if self.session.token is None:  # no session to keep alive (yet, or any more): the next call logs in
                continue
            try:
                await self.heart_beat()
            except Exception as exc:  # the next call logs in again if the session is gone
                logger.warning("queueManager heartbeat failed: %s", exc)

    @property
    def heartbeat_running(self) -> bool:
        return self._heartbeat is not None and not self._heartbeat.done()

    async def aclose(self) -> None:
        """Stop the heartbeat task, log out (when logged in), then close the connections."""
        import asyncio

        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._heartbeat
        if self.session.token is not None:
            with contextlib.suppress(MQClientError):  # the session ends by itself anyway
                await self.logout(max_retries=0)
            self.session.token = None
        await super().aclose()

    def consume(
        self,
        queue_name: str,
        *,
        batch_size: int = 10,
        idle_wait: float = 1.0,
        stop_when_empty: bool = False,
        max_messages: int | None = None,
    ) -> AsyncConsumer[ElementInfo]:
        """The async ``QueueManager.consume``."""
        import asyncio

        async def poll() -> list[ElementInfo]:
            got = _elements(await self.pull_elements(queue_name=queue_name, number=batch_size))
            if not got and not stop_when_empty:
                await asyncio.sleep(idle_wait)
            return got

        async def settle(batch: list[ElementInfo], outcomes: list[bool]) -> None:
            for element, ok in zip(batch, outcomes, strict=True):
                await self.ack(message_id=int(element.message_id), ack_type=0 if ok else 1)

        return AsyncConsumer(poll, settle, stop_when_empty=stop_when_empty, max_messages=max_messages)
