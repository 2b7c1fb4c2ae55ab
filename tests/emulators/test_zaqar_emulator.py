"""The Zaqar operation tests written for the real server (tests/integration/test_zaqar_operations.py), run as they
are against the Zaqar emulator, sync and async (the ``zq``/``make_client`` fixtures of this folder); plus what only
the emulator can show quickly: claim and message expiry with its clock, and the in-process async client."""

from __future__ import annotations

from mqclients.emulators.pytest_plugin import RunningEmulator
from mqclients.zaqar import AsyncZaqar, Zaqar
from mqclients.zaqar_api.models import ClaimCreate, NewMessage, PostMessagesRequest
from tests.integration.test_zaqar_operations import (
    test_a_single_queue_lists_once,
    test_bad_input_fails_before_any_io,
    test_claims_create_get_update_delete_and_delete_with_claim,
    test_discovery_ping_and_health,
    test_documented_server_errors_are_typed,
    test_list_queues_pages_through_more_than_one_page,
    test_messages_post_list_page_get_and_delete,
    test_purge_and_share,
    test_queue_lifecycle_metadata_patch_stats_and_delete,
    test_subscriptions_create_list_page_get_update_confirm_delete,
)

__all__ = [
    "test_a_single_queue_lists_once",
    "test_bad_input_fails_before_any_io",
    "test_claims_create_get_update_delete_and_delete_with_claim",
    "test_discovery_ping_and_health",
    "test_documented_server_errors_are_typed",
    "test_list_queues_pages_through_more_than_one_page",
    "test_messages_post_list_page_get_and_delete",
    "test_purge_and_share",
    "test_queue_lifecycle_metadata_patch_stats_and_delete",
    "test_subscriptions_create_list_page_get_update_confirm_delete",
]


def post(zq: Zaqar, queue: str, *bodies: object, ttl: int = 300) -> None:
    zq.post_messages(queue, body=PostMessagesRequest([NewMessage(body=b, ttl=ttl) for b in bodies]))


def test_an_expired_claim_releases_its_messages_and_expired_messages_go(
    zaqar_client: Zaqar, zaqar_emulator: RunningEmulator
) -> None:
    post(zaqar_client, "work", "a", "b", ttl=600)
    claimed = zaqar_client.create_claim("work", body=ClaimCreate(ttl=60, grace=60), limit=1)
    assert claimed is not None
    assert zaqar_client.get_queue_stats("work").messages.claimed == 1
    zaqar_emulator.advance(61)
    assert zaqar_client.get_queue_stats("work").messages.claimed == 0
    again = zaqar_client.create_claim("work", body=ClaimCreate(ttl=60, grace=60), limit=5)
    assert again is not None
    assert [m.body for m in again.messages] == ["a", "b"]
    zaqar_emulator.advance(601)
    assert zaqar_client.get_queue_stats("work").messages.total == 0


async def test_async_in_process(async_zaqar_client_inprocess: AsyncZaqar) -> None:
    zq = async_zaqar_client_inprocess
    await zq.create_queue("inproc")
    await zq.post_messages("inproc", body=PostMessagesRequest([NewMessage(body={"k": 1}, ttl=60)]))
    popped = await zq.pop_messages("inproc", pop=1)
    assert [m.body for m in popped.messages] == [{"k": 1}]
    assert [q.name async for q in zq.list_queues()] == ["inproc"]
