from typing import Literal

InstanceResizeRequestOperType = Literal["horizontal", "storage", "vertical"]

INSTANCE_RESIZE_REQUEST_OPER_TYPE_VALUES: set[InstanceResizeRequestOperType] = {
    "horizontal",
    "storage",
    "vertical",
}


def check_instance_resize_request_oper_type(value: str) -> InstanceResizeRequestOperType:
    if value in INSTANCE_RESIZE_REQUEST_OPER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_RESIZE_REQUEST_OPER_TYPE_VALUES!r}")
