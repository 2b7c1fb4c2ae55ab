from typing import Literal

V1CreateInstanceRequestEngineVersion = Literal["4.8.0"]

V1_CREATE_INSTANCE_REQUEST_ENGINE_VERSION_VALUES: set[V1CreateInstanceRequestEngineVersion] = {
    "4.8.0",
}


def check_v1_create_instance_request_engine_version(value: str) -> V1CreateInstanceRequestEngineVersion:
    if value in V1_CREATE_INSTANCE_REQUEST_ENGINE_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_CREATE_INSTANCE_REQUEST_ENGINE_VERSION_VALUES!r}")
