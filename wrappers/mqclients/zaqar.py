"""OpenStack Zaqar (Messaging) v2: ``Zaqar`` and ``AsyncZaqar``.

Every operation of specs/openstack-zaqar-v2.yaml is a method (generated in ``mqclients.zaqar_api.facade``);
this module adds only the constructor conventions: the endpoint, the project, a stable ``Client-ID``, and auth —
none (a local or test server: ``X-Project-ID`` only), a fixed token, or a keystoneauth1 session that gets and
refreshes tokens (and can find the endpoint in the service catalog).

    from mqclients.zaqar import Zaqar
    with Zaqar("http://127.0.0.1:8888", project_id="demo") as zq:
        zq.create_queue("jobs")
        for queue in zq.list_queues():
            print(queue.name)
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from typing import TYPE_CHECKING, TypeVar

import httpx

from mqclients._core.auth import TokenHeaderAuth
from mqclients._core.deadline import arun_within_call, call_deadline, run_within_call
from mqclients._core.endpoints import check_endpoint
from mqclients._core.errors import MQClientError, SigningError
from mqclients._core.facade import FacadeBase, HttpTransport
from mqclients._core.options import DEFAULT_TIMEOUT, RetryPolicy
from mqclients._core.transport import TransportConfig
from mqclients._openstack import FromCloud
from mqclients.zaqar_api.facade import AsyncZaqarOperations, ZaqarOperations

if TYPE_CHECKING:
    from keystoneauth1.session import Session

__all__ = ["AsyncZaqar", "KeystoneSessionAuth", "Zaqar"]

SERVICE_TYPE = "messaging"
T = TypeVar("T")


class KeystoneSessionAuth(httpx.Auth):
    """Takes the token from a keystoneauth1 session (which caches and renews it); on a 401, renews once and resends."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _headers(self) -> dict[str, str]:
        headers = self._session.get_auth_headers()
        if not headers:
            raise MQClientError("the keystone session gave no auth headers: is an auth plugin set on it?")
        return dict(headers)

    def _renew(self) -> None:
        self._session.invalidate()

    # keystoneauth1 fetches tokens with its own blocking I/O, which knows nothing of the call's deadline: it runs
    # in a worker thread the call stops waiting for when its time is up (and, async, off the event loop).
    _FETCH = "the keystone token fetch"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(run_within_call(self._headers, self._FETCH))
        response = yield request
        if response.status_code == 401:
            run_within_call(self._renew, self._FETCH)
            request.headers.update(run_within_call(self._headers, self._FETCH))
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers.update(await arun_within_call(self._headers, self._FETCH))
        response = yield request
        if response.status_code == 401:
            await arun_within_call(self._renew, self._FETCH)
            request.headers.update(await arun_within_call(self._headers, self._FETCH))
            yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(session=...)"


def _ask_keystone(fn: Callable[[], T], what: str, timeout: float | httpx.Timeout, budget: float) -> T:
    """A catalog or project lookup of the session (keystoneauth1 may fetch a token for it, with blocking I/O of its
    own): held to one call's deadline like a call's token fetch, its failures a ``SigningError`` with the cause."""
    with call_deadline(timeout, budget).active():
        try:
            return run_within_call(fn, f"the keystone {what} lookup")
        except MQClientError:
            raise
        except Exception as exc:
            raise SigningError(f"the keystone session could not give the {what}: {type(exc).__name__}") from exc


def _resolve(
    endpoint: str | None,
    project_id: str | None,
    token: str | None,
    session: Session | None,
    timeout: float | httpx.Timeout,
    retry: RetryPolicy,
) -> tuple[str, str, httpx.Auth | None]:
    if token is not None and session is not None:
        raise MQClientError("pass either token= or session=, not both")
    if session is not None:
        budget = retry.total_deadline
        if not endpoint:
            ask = session.get_endpoint
            endpoint = _ask_keystone(
                lambda: ask(service_type=SERVICE_TYPE, interface="public"), "endpoint", timeout, budget
            )
        if not project_id:
            project_id = _ask_keystone(session.get_project_id, "project", timeout, budget)
    if not endpoint:
        raise MQClientError("endpoint: required (the Zaqar root URL, e.g. http://127.0.0.1:8888) without a session")
    endpoint = check_endpoint(endpoint)
    if not project_id:
        raise MQClientError("project_id: required (sent as X-Project-ID on every call)")
    auth: httpx.Auth | None = None
    if session is not None:
        auth = KeystoneSessionAuth(session)
    elif token is not None:
        auth = TokenHeaderAuth(token)
    # The spec's paths start at /v2: the endpoint is the server root, so drop a trailing /v2 if one was given.
    base = endpoint.rstrip("/")
    base = base.removesuffix("/v2")
    return base, project_id, auth


class _ZaqarConstructor(FacadeBase):
    """The constructor of both clients, and the two values a Zaqar client sends on every call.

    Args:
        endpoint: the server root (``http://host:8888``); found in the catalog when a session is given.
        project_id: the project (tenant) every call acts in; from the session when one is given.
        token: a Keystone token to send as ``X-Auth-Token`` (it is not renewed).
        session: a keystoneauth1 ``Session`` with an auth plugin: tokens are fetched and renewed by it. Looking
            up the endpoint or project in it (when not given) happens here, held to ``timeout`` like a call; a
            failure is a ``SigningError`` with keystoneauth1's exception as its cause.
        client_id: this client's ``Client-ID`` (a UUID); a random one is made per instance when omitted.
        timeout: seconds (or an ``httpx.Timeout``) for each request; calls can override it.
        max_retries: retries of idempotent requests on connection failures, 429, 502, 503, 504.
        headers: extra headers for every request.
        http_transport: an ``httpx`` transport to send through (tests use ``httpx.MockTransport``).
    """

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        project_id: str | None = None,
        token: str | None = None,
        session: Session | None = None,
        client_id: str | uuid.UUID | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_transport: HttpTransport | None = None,
    ) -> None:
        retry = RetryPolicy(max_retries=max_retries)
        base, project, auth = _resolve(endpoint, project_id, token, session, timeout, retry)
        config = TransportConfig(base_url=base, auth=auth, headers=dict(headers or {}), timeout=timeout, retry=retry)
        params = {"project_id": project, "client_id": str(client_id or uuid.uuid4())}
        super().__init__(config, params, http_transport=http_transport)

    @property
    def client_id(self) -> str:
        """The ``Client-ID`` this instance sends on every call."""
        return str(self._client_params["client_id"])

    @property
    def project_id(self) -> str:
        return str(self._client_params["project_id"])


class Zaqar(FromCloud, _ZaqarConstructor, ZaqarOperations):
    """A sync Zaqar v2 client. One connection pool and one ``Client-ID`` per instance; close it or use ``with``.

    Args:
        endpoint: the server root (``http://host:8888``); found in the catalog when a session is given.
        project_id: the project (tenant) every call acts in; from the session when one is given.
        token: a Keystone token to send as ``X-Auth-Token`` (it is not renewed).
        session: a keystoneauth1 ``Session`` with an auth plugin: tokens are fetched and renewed by it.
        client_id: this client's ``Client-ID`` (a UUID); a random one is made per instance when omitted.
        timeout: seconds (or an ``httpx.Timeout``) for each request; calls can override it.
        max_retries: retries of idempotent requests on connection failures, 429, 502, 503, 504.
        headers: extra headers for every request.
        http_transport: an ``httpx`` transport to send through (tests use ``httpx.MockTransport``).
    """


class AsyncZaqar(FromCloud, _ZaqarConstructor, AsyncZaqarOperations):
    """The async twin of ``Zaqar``: the same constructor; every method is awaited, list methods ``async for``."""
