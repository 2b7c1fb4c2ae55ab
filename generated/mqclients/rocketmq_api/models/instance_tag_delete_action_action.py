from typing import Literal

InstanceTagDeleteActionAction = Literal["delete"]

INSTANCE_TAG_DELETE_ACTION_ACTION_VALUES: set[InstanceTagDeleteActionAction] = {
    "delete",
}


def check_instance_tag_delete_action_action(value: str) -> InstanceTagDeleteActionAction:
    if value in INSTANCE_TAG_DELETE_ACTION_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_TAG_DELETE_ACTION_ACTION_VALUES!r}")
