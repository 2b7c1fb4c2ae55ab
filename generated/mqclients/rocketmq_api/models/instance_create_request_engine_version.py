from typing import Literal

InstanceCreateRequestEngineVersion = Literal["4.8.0"]

INSTANCE_CREATE_REQUEST_ENGINE_VERSION_VALUES: set[InstanceCreateRequestEngineVersion] = {
    "4.8.0",
}


def check_instance_create_request_engine_version(value: str) -> InstanceCreateRequestEngineVersion:
    if value in INSTANCE_CREATE_REQUEST_ENGINE_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_CREATE_REQUEST_ENGINE_VERSION_VALUES!r}")
