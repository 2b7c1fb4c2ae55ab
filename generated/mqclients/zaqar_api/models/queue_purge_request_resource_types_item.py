from typing import Literal

QueuePurgeRequestResourceTypesItem = Literal["messages", "subscriptions"]

QUEUE_PURGE_REQUEST_RESOURCE_TYPES_ITEM_VALUES: set[QueuePurgeRequestResourceTypesItem] = {
    "messages",
    "subscriptions",
}


def check_queue_purge_request_resource_types_item(value: str) -> QueuePurgeRequestResourceTypesItem:
    if value in QUEUE_PURGE_REQUEST_RESOURCE_TYPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUEUE_PURGE_REQUEST_RESOURCE_TYPES_ITEM_VALUES!r}")
