from typing import Literal

ResizeEngineInstanceReqOperType = Literal["horizontal", "storage", "vertical"]

RESIZE_ENGINE_INSTANCE_REQ_OPER_TYPE_VALUES: set[ResizeEngineInstanceReqOperType] = {
    "horizontal",
    "storage",
    "vertical",
}


def check_resize_engine_instance_req_oper_type(value: str) -> ResizeEngineInstanceReqOperType:
    if value in RESIZE_ENGINE_INSTANCE_REQ_OPER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESIZE_ENGINE_INSTANCE_REQ_OPER_TYPE_VALUES!r}")
