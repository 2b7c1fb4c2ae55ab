from typing import Literal

QueuePatchOperationOp = Literal["add", "remove", "replace"]

QUEUE_PATCH_OPERATION_OP_VALUES: set[QueuePatchOperationOp] = {
    "add",
    "remove",
    "replace",
}


def check_queue_patch_operation_op(value: str) -> QueuePatchOperationOp:
    if value in QUEUE_PATCH_OPERATION_OP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUEUE_PATCH_OPERATION_OP_VALUES!r}")
