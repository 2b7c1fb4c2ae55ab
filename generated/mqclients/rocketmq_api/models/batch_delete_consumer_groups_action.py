from typing import Literal

BatchDeleteConsumerGroupsAction = Literal["delete"]

BATCH_DELETE_CONSUMER_GROUPS_ACTION_VALUES: set[BatchDeleteConsumerGroupsAction] = {
    "delete",
}


def check_batch_delete_consumer_groups_action(value: str) -> BatchDeleteConsumerGroupsAction:
    if value in BATCH_DELETE_CONSUMER_GROUPS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BATCH_DELETE_CONSUMER_GROUPS_ACTION_VALUES!r}")
