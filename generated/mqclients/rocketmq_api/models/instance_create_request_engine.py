from typing import Literal

InstanceCreateRequestEngine = Literal["reliability"]

INSTANCE_CREATE_REQUEST_ENGINE_VALUES: set[InstanceCreateRequestEngine] = {
    "reliability",
}


def check_instance_create_request_engine(value: str) -> InstanceCreateRequestEngine:
    if value in INSTANCE_CREATE_REQUEST_ENGINE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_CREATE_REQUEST_ENGINE_VALUES!r}")
