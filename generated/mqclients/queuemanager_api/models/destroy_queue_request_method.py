from typing import Literal

DestroyQueueRequestMethod = Literal["qm.destory_queue", "qm.destroy_queue"]

DESTROY_QUEUE_REQUEST_METHOD_VALUES: set[DestroyQueueRequestMethod] = {
    "qm.destory_queue",
    "qm.destroy_queue",
}


def check_destroy_queue_request_method(value: str) -> DestroyQueueRequestMethod:
    if value in DESTROY_QUEUE_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESTROY_QUEUE_REQUEST_METHOD_VALUES!r}")
