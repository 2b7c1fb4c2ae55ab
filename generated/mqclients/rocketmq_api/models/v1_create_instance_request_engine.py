from typing import Literal

V1CreateInstanceRequestEngine = Literal["reliability"]

V1_CREATE_INSTANCE_REQUEST_ENGINE_VALUES: set[V1CreateInstanceRequestEngine] = {
    "reliability",
}


def check_v1_create_instance_request_engine(value: str) -> V1CreateInstanceRequestEngine:
    if value in V1_CREATE_INSTANCE_REQUEST_ENGINE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_CREATE_INSTANCE_REQUEST_ENGINE_VALUES!r}")
