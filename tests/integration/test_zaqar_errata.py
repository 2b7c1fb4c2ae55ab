"""What the real Zaqar 23 server (redis store) does where its API reference says otherwise: each erratum the spec
records (``x-doc-errata``), pinned against the running server, sync and async, and how the client copes."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from mqclients import errors
from mqclients.zaqar import AsyncZaqar, Zaqar
from mqclients.zaqar_api.models import (
    NewMessage,
)
from servers.zaqar_local import LocalZaqar, running_zaqar
from tests.support.async_driver import sync_or_async

CLAIM_TTL = 60  # the server's minimum (MIN_CLAIM_TTL): an expired claim costs this long a wait, once per session


@dataclass(frozen=True)
class ExpiredClaim:
    project_id: str
    queue: str
    claim_id: str
    message_ids: list[str]


def _retries(caplog: pytest.LogCaptureFixture) -> int:
    return sum("retrying" in record.getMessage() for record in caplog.records)


@pytest.fixture(scope="module")
def expired_claim(zaqar_server: LocalZaqar) -> Iterator[ExpiredClaim]:
    """A claim left to expire on its own (not deleted): the state the redis store keeps until zaqar-gc runs."""
    project = f"expired-{uuid.uuid4().hex[:12]}"
    with Zaqar(zaqar_server.endpoint, project_id=project) as zq:
        posted = zq.post_messages("work", messages=[NewMessage(body=i, ttl=600) for i in range(2)])
        claimed = zq.create_claim("work", ttl=CLAIM_TTL, grace=60, limit=2)
        assert claimed is not None
        claim_id = claimed.messages[0].href.split("claim_id=")[1]
        deadline = time.monotonic() + CLAIM_TTL + 30  # bounded: the claim must have expired by then
        time.sleep(CLAIM_TTL + 1)
        while time.monotonic() < deadline:
            try:
                zq.get_claim("work", claim_id, max_retries=0)
            except errors.ServerError:
                break
            time.sleep(1)
        yield ExpiredClaim(project, "work", claim_id, [href.rsplit("/", 1)[1] for href in posted.resources])


@pytest.mark.slow
@pytest.mark.parametrize("call", ["get_claim", "update_claim", "delete_claim", "get_queue_stats"])
def test_an_expired_claim_answers_503_which_is_raised_at_once_not_retried(
    call: str, expired_claim: ExpiredClaim, make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    zq = make_client(project_id=expired_claim.project_id, max_retries=3)
    q, claim = expired_claim.queue, expired_claim.claim_id
    calls = {
        "get_claim": lambda: zq.get_claim(q, claim),
        "update_claim": lambda: zq.update_claim(q, claim, ttl=120),
        "delete_claim": lambda: zq.delete_claim(q, claim),
        "get_queue_stats": lambda: zq.get_queue_stats(q),
    }
    caplog.set_level(logging.DEBUG, logger="mqclients")
    with pytest.raises(errors.ServerError) as raised:
        calls[call]()
    assert raised.value.status_code == 503
    assert "try again" in str(raised.value.message).lower()  # the server's words; no retry makes it true
    assert _retries(caplog) == 0  # x-not-transient: the retry budget (3) is left untouched


@pytest.mark.slow
def test_a_message_href_keeps_the_claim_id_after_the_claim_expired(
    expired_claim: ExpiredClaim, make_client: Any
) -> None:
    zq = make_client(project_id=expired_claim.project_id)
    message = zq.get_message(expired_claim.queue, expired_claim.message_ids[0])
    assert message.href.endswith(f"?claim_id={expired_claim.claim_id}")
    # ... although the messages are free again: listing unclaimed messages shows them (claiming them here would
    # clear the claim id for the other test runs of this module's shared state)
    free = [m.id for m in zq.list_messages(expired_claim.queue, echo=True)]
    assert sorted(free) == sorted(expired_claim.message_ids)


def test_message_ids_are_not_scoped_to_the_queue_or_project(make_client: Any) -> None:
    owner = make_client()
    stranger = make_client()
    result = owner.post_messages("private", messages=[NewMessage(body="secret", ttl=300)])
    message_id = result.resources[0].rsplit("/", 1)[1]
    stranger.create_queue("elsewhere")  # the queue in the path must exist, in the caller's own project
    seen = stranger.get_message("elsewhere", message_id)  # another project, another queue
    assert seen.body == "secret"
    assert seen.href == f"/v2/queues/elsewhere/messages/{message_id}"
    stranger.delete_message("elsewhere", message_id)  # 204: deletes the owner's message
    with pytest.raises(errors.NotFoundError):
        owner.get_message("private", message_id)


def test_whole_floats_are_sent_as_json_integers(make_client: Any, zaqar_server: LocalZaqar) -> None:
    zq = make_client()
    # The server itself refuses 300.0 (what a client that sent the float as it is would meet) ...
    raw = httpx.post(
        f"{zaqar_server.endpoint}/v2/queues/floats/messages",
        json={"messages": [{"body": 1, "ttl": 300.0}]},
        headers={"Client-ID": str(uuid.uuid4()), "X-Project-ID": "raw-floats"},
        timeout=10,
    )
    assert raw.status_code == 400
    assert "must be a int" in raw.text
    # ... and the client sends it as 300, in bodies and in query parameters alike.
    posted = zq.post_messages("floats", messages=[NewMessage(body=1, ttl=300.0)])  # type: ignore[arg-type]
    message = zq.get_message("floats", posted.resources[0].rsplit("/", 1)[1])
    assert message.ttl == 300
    claimed = zq.create_claim("floats", ttl=90.0, grace=60.0, limit=1.0)
    assert claimed is not None
    claim_id = claimed.messages[0].href.split("claim_id=")[1]
    assert zq.get_claim("floats", claim_id).ttl == 90


def test_reserved_flavor_and_retry_policy_are_only_echoed(zq: Zaqar) -> None:
    zq.create_queue("plain")
    plain = zq.get_queue("plain")
    assert plain.flavor is None  # never among the defaults the server fills in
    assert plain.retry_policy is None
    assert plain.default_message_ttl == 3600  # while the documented defaults are
    metadata = {"_flavor": "gold", "_retry_policy": {"retries_with_no_delay": 3}}
    zq.create_queue("flavoured", body=metadata)
    flavoured = zq.get_queue("flavoured")
    assert flavoured.flavor == "gold"  # stored unchecked: this server has no pooling, so no flavors
    assert flavoured.retry_policy is not None
    assert flavoured.retry_policy.retries_with_no_delay == 3


def test_a_trust_subscriber_needs_keystone(make_client: Any, caplog: pytest.LogCaptureFixture) -> None:
    zq = make_client(max_retries=3)
    caplog.set_level(logging.DEBUG, logger="mqclients")
    with pytest.raises(errors.ServerError) as raised:
        zq.create_subscription("hooks", subscriber="trust+http://127.0.0.1:9/hook", ttl=3600)
    assert raised.value.status_code == 503
    assert _retries(caplog) == 0  # a POST is never replayed
    assert list(zq.list_subscriptions("hooks")) == []


@pytest.fixture(scope="module")
def unsigned_server() -> Iterator[LocalZaqar]:
    with running_zaqar(signed_urls=False) as server:
        yield server


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_share_answers_400_on_a_server_without_a_signing_key(mode: str, unsigned_server: LocalZaqar) -> None:
    url = unsigned_server.endpoint
    make_sync, make_async = lambda: Zaqar(url, project_id="unsigned"), lambda: AsyncZaqar(url, project_id="unsigned")
    with sync_or_async(mode, make_sync, make_async) as client, pytest.raises(errors.BadRequestError) as raised:
        client.share_queue("q", body={"paths": ["messages"], "methods": ["GET"]})
    assert raised.value.status_code == 400
