"""One quickstart per API, all five, against local servers started and stopped here: the DMS, CMQ, RocketMQ and
Zaqar emulators (in this process, on loopback ports) and the queueManager server (a subprocess). No cloud account,
no apt, no Zaqar install.

make demo                              # installs the package, then runs this
python -m examples.emulators_demo      # once installed
"""

from __future__ import annotations

import contextlib
import secrets
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from mqclients.cmq import CMQ
from mqclients.dms import DMS
from mqclients.emulators.apps import build
from mqclients.emulators.defaults import CMQ_KEYS, DMS_KEYS
from mqclients.emulators.rocketmq import CREATE_SECONDS
from mqclients.emulators.runner import ThreadedServer
from mqclients.queuemanager import QueueManager
from mqclients.rocketmq import RocketMQ
from mqclients.zaqar import Zaqar


@contextlib.contextmanager
def emulator(api: str) -> Iterator[tuple[str, object]]:
    """An emulator on a free loopback port: (its URL, its backend)."""
    backend, app = build(api)
    with ThreadedServer(app) as server:
        yield server.url, backend


def dms_quickstart(endpoint: str) -> None:
    from mqclients.dms_api.models import CreateGroupsRequest, CreateQueueRequest, NewGroup, NewMessage

    with DMS(endpoint=endpoint, ak=DMS_KEYS.ak, sk=DMS_KEYS.sk, project_id=DMS_KEYS.project_id) as dms:
        queue = dms.create_queue(body=CreateQueueRequest(name="orders"))
        group = dms.create_groups(queue.id, body=CreateGroupsRequest(groups=[NewGroup(name="billing")])).groups[0]
        report = dms.send_batched(queue.id, [NewMessage(body={"order": n}) for n in range(25)])
        print(f"   sent 25 messages in {report.requests} requests")
        with dms.consume(queue.id, group.id, time_wait=1, stop_when_empty=True) as messages:
            handled = [consumed.message.body for consumed in messages]  # acked as the loop goes
        print(f"   consumed and acked {len(handled)} messages, first {handled[0]}")


def cmq_quickstart(endpoint: str) -> None:
    from mqclients.cmq_api.models import CreateQueueRequest, CreateTopicRequest, PublishMessageRequest, SubscribeRequest

    with CMQ(endpoint=endpoint, secret_id=CMQ_KEYS.secret_id, secret_key=CMQ_KEYS.secret_key) as cmq:
        cmq.create_queue(body=CreateQueueRequest(queue_name="orders", visibility_timeout=30))
        cmq.create_topic(body=CreateTopicRequest(topic_name="events"))
        cmq.subscribe(
            body=SubscribeRequest(topic_name="events", subscription_name="to-orders", protocol="queue",
                             endpoint="orders", filter_tag=["paid"])
        )  # fmt: skip
        cmq.publish_message(body=PublishMessageRequest(topic_name="events", msg_body="order 1 paid", msg_tag=["paid"]))
        cmq.publish_message(body=PublishMessageRequest(topic_name="events", msg_body="order 2 new", msg_tag=["new"]))
        cmq.send_batched("orders", [f"direct {n}" for n in range(3)])
        with cmq.consume("orders", polling_wait_seconds=0, stop_when_empty=True) as messages:
            bodies = [message.msg_body for message in messages]  # deleted as the loop goes
        print(f"   received {bodies} (the topic routed only the 'paid' message)")


def rocketmq_quickstart(endpoint: str, backend: object) -> None:
    from mqclients.rocketmq_api.models import ConsumerGroupCreateRequest, InstanceCreateRequest, TopicCreateRequest

    with RocketMQ(endpoint=endpoint, ak=DMS_KEYS.ak, sk=DMS_KEYS.sk, project_id=DMS_KEYS.project_id) as mq:
        instance_id = mq.create_instance(
            body=InstanceCreateRequest.from_dict(
                {"name": "shop", "engine": "reliability", "engine_version": "4.8.0", "storage_space": 300,
                 "vpc_id": "vpc-1", "subnet_id": "subnet-1", "security_group_id": "sg-1",
                 "available_zones": ["az-1"], "product_id": "c6.4u8g.cluster",
                 "storage_spec_code": "dms.physical.storage.high.v2", "broker_num": 1}
            )
        ).instance_id  # fmt: skip
        print(f"   instance {mq.get_instance(str(instance_id)).status}", end="")
        backend.advance(CREATE_SECONDS)  # type: ignore[attr-defined]  # skip the creation wait
        print(f" -> {mq.get_instance(str(instance_id)).status}")
        for n in range(12):
            mq.create_topic(str(instance_id), body=TopicCreateRequest(name=f"topic-{n:02d}"))
        mq.create_consumer_group(str(instance_id), body=ConsumerGroupCreateRequest(name="billing"))
        topics = [t.name for t in mq.list_topics(str(instance_id), limit=5)]  # three pages
        groups = [g.name for g in mq.list_consumer_groups(str(instance_id))]
        print(f"   {len(topics)} topics listed over pages of 5; groups: {groups}")


def zaqar_quickstart(endpoint: str) -> None:
    from mqclients.zaqar_api.models import ClaimCreate, NewMessage, PostMessagesRequest

    with Zaqar(endpoint, project_id="demo") as zq:
        zq.create_queue("orders")
        zq.post_messages("orders", body=PostMessagesRequest([NewMessage(body={"order": n}, ttl=300) for n in range(5)]))
        claim = zq.create_claim("orders", body=ClaimCreate(ttl=60, grace=60), limit=3)
        assert claim is not None
        claim_id = claim.messages[0].href.split("claim_id=")[1]
        for message in claim.messages:
            zq.delete_message("orders", message.id, claim_id=claim_id)
        print(f"   claimed and deleted 3 messages; {zq.get_queue_stats('orders').messages.total} left")


def queuemanager_quickstart() -> None:
    from mqclients.queuemanager_api import models as m
    from mqclients.servers.queuemanager.local import running_queuemanager, write_users

    with tempfile.TemporaryDirectory(prefix="mqclients-demo-") as scratch:
        password = secrets.token_urlsafe(16)
        users = write_users(Path(scratch) / "users.json", {"app": password})
        with running_queuemanager(Path(scratch) / "data", users) as server:
            with QueueManager(server.url, username="app", password=password) as qm:
                qm.new_queue(body=m.NewQueueParams(queue_name="jobs"))
                qm.add_all(body=m.AddAllParams(queue_name="jobs", elements=["a", "b", "c"]))
                with qm.consume("jobs", stop_when_empty=True) as elements:
                    taken = [element.element for element in elements]
            print(f"   server pid {server.pid}: consumed {taken}")


def main() -> None:
    started = time.monotonic()
    print("1. Huawei DMS v1.0 (emulator)")
    with emulator("dms") as (url, _):
        dms_quickstart(url)
    print("2. Tencent CMQ (emulator)")
    with emulator("cmq") as (url, _):
        cmq_quickstart(url)
    print("3. Huawei RocketMQ management (emulator)")
    with emulator("rocketmq") as (url, backend):
        rocketmq_quickstart(url, backend)
    print("4. OpenStack Zaqar v2 (emulator; `make demo-zaqar` runs against a real Zaqar)")
    with emulator("zaqar") as (url, _):
        zaqar_quickstart(url)
    print("5. queueManager (the reference server)")
    queuemanager_quickstart()
    print(f"done in {time.monotonic() - started:.1f} s; every server stopped")


if __name__ == "__main__":
    main()
