from typing import Literal

InstanceCreateRequestStorageSpecCode = Literal["dms.physical.storage.high.v2", "dms.physical.storage.ultra.v2"]

INSTANCE_CREATE_REQUEST_STORAGE_SPEC_CODE_VALUES: set[InstanceCreateRequestStorageSpecCode] = {
    "dms.physical.storage.high.v2",
    "dms.physical.storage.ultra.v2",
}


def check_instance_create_request_storage_spec_code(value: str) -> InstanceCreateRequestStorageSpecCode:
    if value in INSTANCE_CREATE_REQUEST_STORAGE_SPEC_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_CREATE_REQUEST_STORAGE_SPEC_CODE_VALUES!r}")
