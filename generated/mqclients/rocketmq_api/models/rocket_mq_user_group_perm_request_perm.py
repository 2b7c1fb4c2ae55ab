from typing import Literal

RocketMQUserGroupPermRequestPerm = Literal["DENY", "PUB", "PUB|SUB", "SUB"]

ROCKET_MQ_USER_GROUP_PERM_REQUEST_PERM_VALUES: set[RocketMQUserGroupPermRequestPerm] = {
    "DENY",
    "PUB",
    "PUB|SUB",
    "SUB",
}


def check_rocket_mq_user_group_perm_request_perm(value: str) -> RocketMQUserGroupPermRequestPerm:
    if value in ROCKET_MQ_USER_GROUP_PERM_REQUEST_PERM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROCKET_MQ_USER_GROUP_PERM_REQUEST_PERM_VALUES!r}")
