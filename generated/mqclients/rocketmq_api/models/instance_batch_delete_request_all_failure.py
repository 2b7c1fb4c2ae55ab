from typing import Literal

InstanceBatchDeleteRequestAllFailure = Literal["reliability"]

INSTANCE_BATCH_DELETE_REQUEST_ALL_FAILURE_VALUES: set[InstanceBatchDeleteRequestAllFailure] = {
    "reliability",
}


def check_instance_batch_delete_request_all_failure(value: str) -> InstanceBatchDeleteRequestAllFailure:
    if value in INSTANCE_BATCH_DELETE_REQUEST_ALL_FAILURE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_BATCH_DELETE_REQUEST_ALL_FAILURE_VALUES!r}")
