from typing import Literal

InstanceTagCreateActionAction = Literal["create"]

INSTANCE_TAG_CREATE_ACTION_ACTION_VALUES: set[InstanceTagCreateActionAction] = {
    "create",
}


def check_instance_tag_create_action_action(value: str) -> InstanceTagCreateActionAction:
    if value in INSTANCE_TAG_CREATE_ACTION_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_TAG_CREATE_ACTION_ACTION_VALUES!r}")
