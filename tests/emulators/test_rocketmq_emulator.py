"""The RocketMQ management emulator through the RocketMQ client: instance state transitions, topics, consumer
groups, users and access policies, pagination over many items, error codes, signatures."""

from __future__ import annotations

import pytest

from mqclients._core.errors import AuthenticationError, BadRequestError, NotFoundError
from mqclients.emulators.pytest_plugin import RunningEmulator, dms_arguments
from mqclients.emulators.rocketmq import CREATE_SECONDS, RESTART_SECONDS
from mqclients.rocketmq import AsyncRocketMQ, RocketMQ
from tests.emulators.rocketmq_calls import acreate_instance, create_group, create_instance, create_topic, create_user


def running_instance(mq: RocketMQ, emulator: RunningEmulator, name: str = "shop", **fields: object) -> str:
    instance_id = create_instance(mq, name, **fields)
    emulator.advance(CREATE_SECONDS)
    return instance_id


def test_an_instance_is_creating_then_running_and_restarts(
    rocketmq_client: RocketMQ, rocketmq_emulator: RunningEmulator
) -> None:
    instance_id = create_instance(rocketmq_client, "shop")
    assert rocketmq_client.get_instance(instance_id).status == "CREATING"
    with pytest.raises(BadRequestError) as busy:
        create_topic(rocketmq_client, instance_id, "orders")
    assert busy.value.error_code == "DMS.00400026"
    rocketmq_emulator.advance(CREATE_SECONDS)
    assert rocketmq_client.get_instance(instance_id).status == "RUNNING"
    assert rocketmq_client.restart_instance(instance_id).result == "success"
    assert rocketmq_client.get_instance(instance_id).status == "RESTARTING"
    with pytest.raises(BadRequestError):
        rocketmq_client.delete_instance(instance_id)
    rocketmq_emulator.advance(RESTART_SECONDS)
    rocketmq_client.delete_instance(instance_id)
    with pytest.raises(NotFoundError) as gone:
        rocketmq_client.get_instance(instance_id)
    assert gone.value.error_code == "DMS.00404022"


def test_instance_names_are_unique_and_lists_filter_by_name_and_status(
    rocketmq_client: RocketMQ, rocketmq_emulator: RunningEmulator
) -> None:
    running_instance(rocketmq_client, rocketmq_emulator, "shop-eu")
    create_instance(rocketmq_client, "shop-us")
    with pytest.raises(BadRequestError) as taken:
        create_instance(rocketmq_client, "shop-us")
    assert taken.value.error_code == "DMS.00400060"
    assert sorted(str(i.name) for i in rocketmq_client.list_instances(name="shop")) == ["shop-eu", "shop-us"]
    assert [i.name for i in rocketmq_client.list_instances(name="shop", exact_match_name="true")] == []
    assert [i.name for i in rocketmq_client.list_instances(status="CREATING")] == ["shop-us"]


def test_topics_page_through_many_and_a_missing_topic_has_its_code(
    rocketmq_client: RocketMQ, rocketmq_emulator: RunningEmulator
) -> None:
    instance_id = running_instance(rocketmq_client, rocketmq_emulator)
    names = [f"topic-{i:03d}" for i in range(120)]
    for name in names:
        create_topic(rocketmq_client, instance_id, name)
    assert [t.name for t in rocketmq_client.list_topics(instance_id, limit=50)] == names
    pages = list(rocketmq_client.list_topics(instance_id, limit=50).by_page())
    assert [len(page.items) for page in pages] == [50, 50, 20]
    assert pages[0].model.next_offset == 50
    assert rocketmq_client.get_topic(instance_id, "topic-007").total_read_queue_num == 8
    rocketmq_client.delete_topic(instance_id, "topic-007")
    with pytest.raises(BadRequestError) as missing:
        rocketmq_client.get_topic(instance_id, "topic-007")
    assert missing.value.error_code == "DMS.00400876"


def test_consumer_groups_page_and_filter(rocketmq_client: RocketMQ, rocketmq_emulator: RunningEmulator) -> None:
    instance_id = running_instance(rocketmq_client, rocketmq_emulator)
    for i in range(25):
        create_group(rocketmq_client, instance_id, f"group-{i:02d}")
    create_group(rocketmq_client, instance_id, "audit")
    assert len(list(rocketmq_client.list_consumer_groups(instance_id, limit=10))) == 26
    assert [g.name for g in rocketmq_client.list_consumer_groups(instance_id, group="aud")] == ["audit"]
    assert rocketmq_client.get_consumer_group(instance_id, "audit").retry_max_time == 16
    rocketmq_client.delete_consumer_group(instance_id, "audit")
    with pytest.raises(NotFoundError):
        rocketmq_client.get_consumer_group(instance_id, "audit")


def test_users_and_access_policies(rocketmq_client: RocketMQ, rocketmq_emulator: RunningEmulator) -> None:
    plain = running_instance(rocketmq_client, rocketmq_emulator, "no-acl")
    with pytest.raises(BadRequestError):
        create_user(rocketmq_client, plain, "someone1")
    instance_id = running_instance(rocketmq_client, rocketmq_emulator, "with-acl", enable_acl=True)
    create_topic(rocketmq_client, instance_id, "orders")
    create_group(rocketmq_client, instance_id, "billing")
    user = create_user(
        rocketmq_client,
        instance_id,
        "producer1",
        default_topic_perm="SUB",
        topic_perms=[{"name": "orders", "perm": "PUB"}],
    )
    assert user.secret_key != "secret-123456"  # never answered back
    create_user(rocketmq_client, instance_id, "operator1", admin=True)
    for i in range(12):
        create_user(rocketmq_client, instance_id, f"reader{i:02d}")
    assert len(list(rocketmq_client.list_users(instance_id, limit="5"))) == 14
    policies = {p.access_key: p.perm for p in rocketmq_client.list_topic_access_policies(instance_id, "orders")}
    assert policies["producer1"] == "PUB"
    assert policies["operator1"] == "PUB|SUB"
    assert policies["reader00"] == "DENY"
    groups = {p.access_key: p.perm for p in rocketmq_client.list_consumer_group_access_policies(instance_id, "billing")}
    assert groups["producer1"] == "DENY"
    from mqclients.rocketmq_api.models import RocketMQUserRequest

    rocketmq_client.update_user(instance_id, "producer1", body=RocketMQUserRequest(default_group_perm="SUB"))
    assert rocketmq_client.get_user(instance_id, "producer1").default_group_perm == "SUB"
    rocketmq_client.delete_user(instance_id, "producer1")
    assert "producer1" not in {u.access_key for u in rocketmq_client.list_users(instance_id)}


def test_validation_and_signatures(rocketmq_emulator: RunningEmulator) -> None:
    arguments = dms_arguments(rocketmq_emulator)
    with RocketMQ(**{**arguments, "sk": "wrong-secret"}) as wrong, pytest.raises(AuthenticationError):
        list(wrong.list_instances())
    with RocketMQ(**arguments) as mq:
        instance_id = create_instance(mq, "valid")
        rocketmq_emulator.advance(CREATE_SECONDS)
        import httpx

        from mqclients._signing.huawei import HuaweiAKSKAuth, HuaweiCredentials

        keys = rocketmq_emulator.keys
        auth = HuaweiAKSKAuth(HuaweiCredentials(keys.ak, keys.sk, project_id=keys.project_id))
        url = f"{rocketmq_emulator.url}/v2/{keys.project_id}/instances/{instance_id}/topics"
        with httpx.Client(auth=auth, timeout=10) as raw:
            answer = raw.post(url, json={"name": "x!"})
            assert answer.status_code == 400
            assert answer.json()["error_code"] == "DMS.00400062"
            assert "name" in answer.json()["error_msg"]
            assert (
                raw.post(url, content=b"{not json", headers={"content-type": "application/json"}).json()["error_code"]
                == "DMS.00400005"
            )


async def test_async_client(async_rocketmq_client: AsyncRocketMQ, rocketmq_emulator: RunningEmulator) -> None:
    instance_id = await acreate_instance(async_rocketmq_client, "async-shop")
    assert (await async_rocketmq_client.get_instance(instance_id)).status == "CREATING"
    rocketmq_emulator.advance(CREATE_SECONDS)
    assert [i.status async for i in async_rocketmq_client.list_instances()] == ["RUNNING"]


def test_update_and_batch_delete_topics_and_groups(
    rocketmq_client: RocketMQ, rocketmq_emulator: RunningEmulator
) -> None:
    from mqclients.rocketmq_api.models import (
        ConsumerGroupBatchDeleteRequest,
        ConsumerGroupUpdateRequest,
        TopicBatchDeleteRequest,
        TopicUpdateRequest,
    )

    instance_id = running_instance(rocketmq_client, rocketmq_emulator)
    for name in ("t-one", "t-two", "t-three"):
        create_topic(rocketmq_client, instance_id, name)
        create_group(rocketmq_client, instance_id, name.replace("t-", "g-"))
    rocketmq_client.update_topic(instance_id, "t-one", body=TopicUpdateRequest(read_queue_num=4, permission="sub"))
    topic = rocketmq_client.get_topic(instance_id, "t-one")
    assert (topic.total_read_queue_num, topic.total_write_queue_num, topic.permission) == (4, 8, "sub")
    update = ConsumerGroupUpdateRequest(enabled=False, broadcast=True, retry_max_time=3)
    rocketmq_client.update_consumer_group(instance_id, "g-one", body=update)
    group = rocketmq_client.get_consumer_group(instance_id, "g-one")
    assert (group.enabled, group.broadcast, group.retry_max_time) == (False, True, 3)
    assert rocketmq_client.batch_delete_topics(
        instance_id, body=TopicBatchDeleteRequest(topics=["t-one", "t-two"])
    ).job_id
    assert [t.name for t in rocketmq_client.list_topics(instance_id)] == ["t-three"]
    rocketmq_client.batch_delete_consumer_groups(instance_id, body=ConsumerGroupBatchDeleteRequest(groups=["g-three"]))
    assert sorted(str(g.name) for g in rocketmq_client.list_consumer_groups(instance_id)) == ["g-one", "g-two"]
