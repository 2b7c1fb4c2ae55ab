from typing import Literal

RocketMQUserRequestDefaultTopicPerm = Literal["DENY", "PUB", "PUB|SUB", "SUB"]

ROCKET_MQ_USER_REQUEST_DEFAULT_TOPIC_PERM_VALUES: set[RocketMQUserRequestDefaultTopicPerm] = {
    "DENY",
    "PUB",
    "PUB|SUB",
    "SUB",
}


def check_rocket_mq_user_request_default_topic_perm(value: str) -> RocketMQUserRequestDefaultTopicPerm:
    if value in ROCKET_MQ_USER_REQUEST_DEFAULT_TOPIC_PERM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROCKET_MQ_USER_REQUEST_DEFAULT_TOPIC_PERM_VALUES!r}")
