from typing import Literal

PostPaidInstanceCreateRequestStorageSpecCode = Literal["dms.physical.storage.high.v2", "dms.physical.storage.ultra.v2"]

POST_PAID_INSTANCE_CREATE_REQUEST_STORAGE_SPEC_CODE_VALUES: set[PostPaidInstanceCreateRequestStorageSpecCode] = {
    "dms.physical.storage.high.v2",
    "dms.physical.storage.ultra.v2",
}


def check_post_paid_instance_create_request_storage_spec_code(
    value: str,
) -> PostPaidInstanceCreateRequestStorageSpecCode:
    if value in POST_PAID_INSTANCE_CREATE_REQUEST_STORAGE_SPEC_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PAID_INSTANCE_CREATE_REQUEST_STORAGE_SPEC_CODE_VALUES!r}"
    )
