from typing import Literal

RocketMQUserRequestDefaultGroupPerm = Literal["DENY", "SUB"]

ROCKET_MQ_USER_REQUEST_DEFAULT_GROUP_PERM_VALUES: set[RocketMQUserRequestDefaultGroupPerm] = {
    "DENY",
    "SUB",
}


def check_rocket_mq_user_request_default_group_perm(value: str) -> RocketMQUserRequestDefaultGroupPerm:
    if value in ROCKET_MQ_USER_REQUEST_DEFAULT_GROUP_PERM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROCKET_MQ_USER_REQUEST_DEFAULT_GROUP_PERM_VALUES!r}")
