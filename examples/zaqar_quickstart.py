"""Zaqar quickstart: the main job of a queue user, against a real local Zaqar (started and stopped here).

make demo                              # installs everything, then runs this
python -m examples.zaqar_quickstart    # once installed
MQCLIENTS_ZAQAR_ENDPOINT=http://127.0.0.1:8888 python -m examples.zaqar_quickstart   # against your own server
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from mqclients import errors
from mqclients.zaqar import Zaqar
from mqclients.zaqar_api.models import ClaimCreate, NewMessage, PostMessagesRequest, SubscriptionCreate
from servers.zaqar_local import running_zaqar


@contextlib.contextmanager
def zaqar_endpoint() -> Iterator[str]:
    """Your server if MQCLIENTS_ZAQAR_ENDPOINT is set, else a local one (redis + zaqar-server) for the demo."""
    configured = os.environ.get("MQCLIENTS_ZAQAR_ENDPOINT")
    if configured:
        yield configured
        return
    with running_zaqar() as server:
        print(
            f"started a local Zaqar at {server.endpoint} (redis pid {server.redis_pid}, zaqar pid {server.zaqar_pid})"
        )
        yield server.endpoint
    print("stopped the local Zaqar")


def main() -> None:
    with zaqar_endpoint() as endpoint, Zaqar(endpoint, project_id="demo") as zq:
        print(f"client id {zq.client_id}, project {zq.project_id}")

        zq.create_queue("orders")
        print("1. created queue 'orders'")

        posted = zq.post_messages(
            "orders",
            body=PostMessagesRequest(
                [NewMessage(body={"order": n, "item": f"widget-{n}"}, ttl=300) for n in range(12)]
            ),
        )
        print(f"2. posted {len(posted.resources)} messages")

        pages = list(zq.list_messages("orders", limit=5, echo=True).by_page())
        print(f"3. paged through them: {len(pages)} pages of {[len(p.items) for p in pages]} messages")
        for message in zq.list_messages("orders", limit=5, echo=True):
            if message.body["order"] < 2:
                print(f"   message {message.id}: {message.body}")

        claim = zq.create_claim("orders", body=ClaimCreate(ttl=60, grace=60), limit=4)
        assert claim is not None, "the queue has messages, so the claim gets some"
        claim_id = claim.messages[0].href.split("claim_id=")[1]
        print(f"4. claimed {len(claim.messages)} messages (claim {claim_id})")
        for message in claim.messages:
            # ... process the message, then delete it with the claim so nobody else gets it
            zq.delete_message("orders", message.id, claim_id=claim_id)
        print(f"5. processed and deleted them with the claim; {zq.get_queue_stats('orders').messages.total} left")

        try:
            zq.get_message("orders", claim.messages[0].id)
        except errors.NotFoundError as error:
            print(f"   a deleted message is gone: {type(error).__name__}, HTTP {error.status_code}")

        created = zq.create_subscription(
            "orders", body=SubscriptionCreate(subscriber="http://127.0.0.1:9/order-hook", ttl=3600)
        )
        subscriptions = [s.subscriber for s in zq.list_subscriptions("orders")]
        print(f"6. subscribed {created.subscription_id}: {subscriptions}")

        zq.delete_subscription("orders", created.subscription_id)
        zq.delete_queue("orders")
        remaining = [q.name for q in zq.list_queues()]
        print(f"7. cleaned up: subscription and queue deleted; queues left in project: {remaining}")


if __name__ == "__main__":
    main()
