"""The RocketMQ calls the emulator tests make, in one place: request models are built here, so a change of the
client's calling style (keyword fields instead of ``body=``) touches only this file."""

from __future__ import annotations

from typing import Any

from mqclients.rocketmq import AsyncRocketMQ, RocketMQ
from mqclients.rocketmq_api import models as m


def instance_request(name: str, **fields: Any) -> m.InstanceCreateRequest:
    return m.InstanceCreateRequest.from_dict(
        {
            "name": name,
            "engine": "reliability",
            "engine_version": "4.8.0",
            "storage_space": 300,
            "vpc_id": "vpc-1",
            "subnet_id": "subnet-1",
            "security_group_id": "sg-1",
            "available_zones": ["az-1"],
            "product_id": "c6.4u8g.cluster",
            "storage_spec_code": "dms.physical.storage.high.v2",
            "broker_num": 1,
            **fields,
        }
    )


def create_instance(mq: RocketMQ, name: str, **fields: Any) -> str:
    return str(mq.create_instance(body=instance_request(name, **fields)).instance_id)


async def acreate_instance(mq: AsyncRocketMQ, name: str, **fields: Any) -> str:
    return str((await mq.create_instance(body=instance_request(name, **fields))).instance_id)


def create_topic(mq: RocketMQ, instance_id: str, name: str) -> None:
    mq.create_topic(instance_id, body=m.TopicCreateRequest(name=name))


def create_group(mq: RocketMQ, instance_id: str, name: str) -> None:
    mq.create_consumer_group(instance_id, body=m.ConsumerGroupCreateRequest(name=name))


def create_user(mq: RocketMQ, instance_id: str, access_key: str, **fields: Any) -> m.RocketMQUser:
    request = m.RocketMQUserRequest.from_dict({"access_key": access_key, "secret_key": "secret-123456", **fields})
    return mq.create_user(instance_id, body=request)
