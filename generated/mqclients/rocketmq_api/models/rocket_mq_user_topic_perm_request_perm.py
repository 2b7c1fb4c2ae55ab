from typing import Literal

RocketMQUserTopicPermRequestPerm = Literal["DENY", "PUB", "PUB|SUB", "SUB"]

ROCKET_MQ_USER_TOPIC_PERM_REQUEST_PERM_VALUES: set[RocketMQUserTopicPermRequestPerm] = {
    "DENY",
    "PUB",
    "PUB|SUB",
    "SUB",
}


def check_rocket_mq_user_topic_perm_request_perm(value: str) -> RocketMQUserTopicPermRequestPerm:
    if value in ROCKET_MQ_USER_TOPIC_PERM_REQUEST_PERM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROCKET_MQ_USER_TOPIC_PERM_REQUEST_PERM_VALUES!r}")
