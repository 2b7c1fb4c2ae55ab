from typing import Literal

V1CreateInstanceRequestStorageSpecCode = Literal["dms.physical.storage.high.v2", "dms.physical.storage.ultra.v2"]

V1_CREATE_INSTANCE_REQUEST_STORAGE_SPEC_CODE_VALUES: set[V1CreateInstanceRequestStorageSpecCode] = {
    "dms.physical.storage.high.v2",
    "dms.physical.storage.ultra.v2",
}


def check_v1_create_instance_request_storage_spec_code(value: str) -> V1CreateInstanceRequestStorageSpecCode:
    if value in V1_CREATE_INSTANCE_REQUEST_STORAGE_SPEC_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_CREATE_INSTANCE_REQUEST_STORAGE_SPEC_CODE_VALUES!r}"
    )
