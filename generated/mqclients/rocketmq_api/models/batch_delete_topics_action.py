from typing import Literal

BatchDeleteTopicsAction = Literal["delete"]

BATCH_DELETE_TOPICS_ACTION_VALUES: set[BatchDeleteTopicsAction] = {
    "delete",
}


def check_batch_delete_topics_action(value: str) -> BatchDeleteTopicsAction:
    if value in BATCH_DELETE_TOPICS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BATCH_DELETE_TOPICS_ACTION_VALUES!r}")
