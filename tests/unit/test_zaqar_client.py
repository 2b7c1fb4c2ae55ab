"""The Zaqar client over httpx.MockTransport: client-filled headers, per-call options, validation before I/O,
timeouts, Keystone token handling."""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

import httpx
import pytest
from keystoneauth1 import exceptions as keystone_errors
from keystoneauth1 import plugin, session

from mqclients import errors
from mqclients._core.operation import LongPoll
from mqclients._core.options import LONG_POLL_MARGIN_SECONDS, RequestOptions
from mqclients._core.transport import effective_timeout
from mqclients.zaqar import AsyncZaqar, Zaqar
from mqclients.zaqar_api.models import NewMessage, PostMessagesRequest

from .helpers import Recorder, op

ENDPOINT = "http://127.0.0.1:9"


def client(handler: Any, **kwargs: Any) -> Zaqar:
    kwargs.setdefault("project_id", "proj")
    return Zaqar(ENDPOINT, http_transport=httpx.MockTransport(handler), **kwargs)


def test_project_and_one_stable_client_id_are_sent_on_every_call() -> None:
    handler = Recorder(httpx.Response(200, json={}))
    zq = client(handler)
    zq.get_queue("a")
    zq.get_queue("b")
    ids = {r.headers["Client-ID"] for r in handler.requests}
    assert len(ids) == 1
    assert ids == {zq.client_id}
    uuid.UUID(zq.client_id)  # a real UUID
    assert all(r.headers["X-Project-ID"] == "proj" for r in handler.requests)
    assert Zaqar(ENDPOINT, project_id="p").client_id != zq.client_id  # one per instance


def test_the_client_headers_go_only_to_operations_that_take_them_and_over_the_callers() -> None:
    # Client-ID and X-Project-ID are set once on the HTTP client (SpecConfig.client_headers); list_versions takes
    # neither, so its request leaves them off. Given in headers= too, the client's own values win, as before.
    handler = Recorder(httpx.Response(300, json={"versions": []}), httpx.Response(200, json={}))
    zq = client(handler, headers={"X-Project-ID": "other", "Client-ID": "mine", "X-Trace": "t"})
    zq.list_versions()
    zq.get_queue("a")
    versions, queue = handler.requests
    assert ("Client-ID" in versions.headers, "X-Project-ID" in versions.headers) == (False, False)
    assert versions.headers["X-Trace"] == "t"
    assert (queue.headers["Client-ID"], queue.headers["X-Project-ID"]) == (zq.client_id, "proj")
    assert queue.headers["X-Trace"] == "t"
    assert queue.headers.get_list("Client-ID") == [zq.client_id]  # one value, not the caller's beside it


def test_client_id_can_be_set_and_endpoint_may_end_in_v2() -> None:
    handler = Recorder(httpx.Response(204))
    fixed = "3d4a5c1e-0000-4000-8000-00000000abcd"
    zq = Zaqar(f"{ENDPOINT}/v2/", project_id="p", client_id=fixed, http_transport=httpx.MockTransport(handler))
    zq.delete_queue("q")
    assert handler.requests[0].headers["Client-ID"] == fixed
    assert handler.requests[0].url == f"{ENDPOINT}/v2/queues/q"


def test_constructor_errors_name_what_is_missing() -> None:
    with pytest.raises(errors.MQClientError, match="project_id"):
        Zaqar(ENDPOINT)
    with pytest.raises(errors.MQClientError, match="endpoint"):
        Zaqar(project_id="p")


def test_invalid_input_raises_before_any_request() -> None:
    handler = Recorder(httpx.Response(201))
    zq = client(handler)
    with pytest.raises(errors.ValidationError) as caught:
        zq.post_messages("q", body=PostMessagesRequest([NewMessage(body="x", ttl=10)]))
    assert caught.value.field == "messages[0].ttl"
    assert caught.value.rule == "must be at least 60"
    with pytest.raises(errors.ValidationError, match="queue_name: must match"):
        zq.create_queue("bad/name")
    with pytest.raises(errors.ValidationError, match="limit: must be at most 20"):
        list(zq.list_queues(limit=21))
    assert handler.requests == []


def test_per_call_timeout_extra_headers_and_with_options() -> None:
    handler = Recorder(httpx.Response(200, json={}))
    zq = client(handler, timeout=7.0)
    zq.get_queue("q")
    zq.get_queue("q", timeout=2.5, extra_headers={"X-Trace": "t1"})
    first, second = handler.requests
    # A number is the whole call's budget: each request gets what is left of it (a hair under the number).
    assert 6.5 < first.extensions["timeout"]["read"] <= 7.0
    assert 2.0 < second.extensions["timeout"]["read"] <= 2.5
    assert second.headers["X-Trace"] == "t1"

    tracing = zq.with_options(extra_headers={"X-Trace": "t2"}, timeout=1.0)
    tracing.get_queue("q")
    assert handler.requests[-1].headers["X-Trace"] == "t2"
    assert 0.5 < handler.requests[-1].extensions["timeout"]["read"] <= 1.0
    zq.get_queue("q")  # the original is unchanged
    assert "X-Trace" not in handler.requests[-1].headers


def test_a_long_poll_read_timeout_always_exceeds_the_wait() -> None:
    polling = op("GET", long_poll=LongPoll(param="wait", location="query", default=5))
    short = httpx.Timeout(3.0)
    asked = effective_timeout(polling, {"params": {"wait": 30}}, RequestOptions(), short)
    assert asked.read == 30 + LONG_POLL_MARGIN_SECONDS
    defaulted = effective_timeout(polling, {"params": {}}, RequestOptions(), short)
    assert defaulted.read == 5 + LONG_POLL_MARGIN_SECONDS
    long_enough = effective_timeout(polling, {"params": {"wait": 1}}, RequestOptions(timeout=120), short)
    assert long_enough.read == 120
    assert effective_timeout(op("GET"), {"params": {"wait": 30}}, RequestOptions(), short).read == 3.0


def test_a_request_that_times_out_raises_timeout_error() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    zq = client(slow, max_retries=0)
    with pytest.raises(errors.TimeoutError, match="get_queue"):
        zq.get_queue("q")


def test_a_body_that_does_not_match_the_spec_is_a_decode_error() -> None:
    zq = client(Recorder(httpx.Response(200, content=b"not json")))
    with pytest.raises(errors.ResponseDecodeError, match="get_queue_stats"):
        zq.get_queue_stats("q")


def test_post_messages_sends_the_body_the_spec_describes() -> None:
    handler = Recorder(httpx.Response(201, json={"resources": ["/v2/queues/q/messages/1"]}))
    result = client(handler).post_messages("q", body=PostMessagesRequest([NewMessage(body={"k": 1}, ttl=60, delay=5)]))
    assert result.resources == ["/v2/queues/q/messages/1"]
    sent = handler.requests[0]
    assert sent.method == "POST"
    assert json.loads(sent.content) == {"messages": [{"body": {"k": 1}, "ttl": 60, "delay": 5}]}


class ScriptedKeystone(plugin.BaseAuthPlugin):
    """A keystoneauth1 auth plugin that hands out numbered tokens and counts invalidations."""

    def __init__(self) -> None:
        super().__init__()
        self.issued = 0
        self.invalidated = 0
        self._token: str | None = None

    def get_token(self, session: session.Session, **kwargs: Any) -> str:
        if self._token is None:
            self.issued += 1
            self._token = f"token-{self.issued}"
        return self._token

    def invalidate(self) -> bool:
        self.invalidated += 1
        self._token = None
        return True

    def get_project_id(self, session: session.Session, **kwargs: Any) -> str:
        return "ks-project"

    def get_endpoint(self, session: session.Session, **kwargs: Any) -> str | None:
        return ENDPOINT if kwargs.get("service_type") == "messaging" else None


def _expiring_server(valid: str) -> Any:
    """Answers 401 unless the request carries the ``valid`` token."""

    class Handler(Recorder):
        tokens: list[str | None]

        def __call__(self, request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            # the auth flow resends the same request object: keep the token as it was on the wire
            self.tokens.append(request.headers.get("X-Auth-Token"))
            if request.headers.get("X-Auth-Token") != valid:
                return httpx.Response(401, json={"title": "Unauthorized", "description": "expired"})
            return httpx.Response(200, json={})

    handler = Handler(httpx.Response(500))
    handler.tokens = []
    return handler


def test_keystone_session_supplies_endpoint_project_and_a_renewed_token() -> None:
    keystone = ScriptedKeystone()
    server = _expiring_server(valid="token-2")  # the first token has expired
    zq = Zaqar(session=session.Session(auth=keystone), http_transport=httpx.MockTransport(server))
    zq.get_queue("q")
    assert server.tokens == ["token-1", "token-2"]
    assert keystone.invalidated == 1
    assert server.requests[-1].headers["X-Project-ID"] == "ks-project"
    zq.get_queue("q")  # the renewed token is reused
    assert server.tokens[-1] == "token-2"
    assert keystone.issued == 2


class UnreachableKeystone(ScriptedKeystone):
    """The catalog lookup fails the way keystoneauth1 fails when keystone cannot be reached."""

    def get_endpoint(self, session: session.Session, **kwargs: Any) -> str | None:
        raise keystone_errors.ConnectFailure("Unable to establish connection to http://127.0.0.1:5000/v3/auth/tokens")


class HangingKeystone(ScriptedKeystone):
    """The project lookup blocks (a keystone that accepts the connection and never answers) until released."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_project_id(self, session: session.Session, **kwargs: Any) -> str:
        self.release.wait(10.0)
        return "ks-project"


@pytest.mark.parametrize("client_class", [Zaqar, AsyncZaqar])
def test_a_failing_keystone_lookup_in_the_constructor_is_a_signing_error(client_class: type[Zaqar]) -> None:
    with pytest.raises(errors.SigningError, match="could not give the endpoint: ConnectFailure") as caught:
        client_class(session=session.Session(auth=UnreachableKeystone()))
    assert isinstance(caught.value.__cause__, keystone_errors.ConnectFailure)


@pytest.mark.parametrize("client_class", [Zaqar, AsyncZaqar])
def test_a_hanging_keystone_lookup_in_the_constructor_ends_by_the_timeout(client_class: type[Zaqar]) -> None:
    keystone = HangingKeystone()
    started = time.monotonic()
    try:
        with pytest.raises(errors.TimeoutError, match="keystone project lookup did not finish"):
            client_class(ENDPOINT, session=session.Session(auth=keystone), timeout=0.3)
        assert time.monotonic() - started < 5.0  # the lookup itself would block for 10 s
    finally:
        keystone.release.set()


def test_keystone_gives_up_after_one_renewal() -> None:
    keystone = ScriptedKeystone()
    server = _expiring_server(valid="never")
    zq = Zaqar(session=session.Session(auth=keystone), http_transport=httpx.MockTransport(server))
    with pytest.raises(errors.AuthenticationError):
        zq.get_queue("q")
    assert len(server.requests) == 2


async def test_async_client_with_keystone_and_a_fixed_token() -> None:
    keystone = ScriptedKeystone()
    server = _expiring_server(valid="token-2")
    async with AsyncZaqar(session=session.Session(auth=keystone), http_transport=httpx.MockTransport(server)) as zq:
        await zq.get_queue("q")
    assert server.tokens == ["token-1", "token-2"]

    fixed = _expiring_server(valid="static")
    async with AsyncZaqar(
        ENDPOINT, project_id="p", token="static", http_transport=httpx.MockTransport(fixed)
    ) as static:
        await static.get_queue("q")
    assert fixed.tokens == ["static"]
