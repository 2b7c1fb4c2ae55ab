from typing import Literal

InstanceBatchDeleteRequestAction = Literal["delete"]

INSTANCE_BATCH_DELETE_REQUEST_ACTION_VALUES: set[InstanceBatchDeleteRequestAction] = {
    "delete",
}


def check_instance_batch_delete_request_action(value: str) -> InstanceBatchDeleteRequestAction:
    if value in INSTANCE_BATCH_DELETE_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_BATCH_DELETE_REQUEST_ACTION_VALUES!r}")
