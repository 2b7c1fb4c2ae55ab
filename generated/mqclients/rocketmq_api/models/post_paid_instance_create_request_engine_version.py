from typing import Literal

PostPaidInstanceCreateRequestEngineVersion = Literal["4.8.0"]

POST_PAID_INSTANCE_CREATE_REQUEST_ENGINE_VERSION_VALUES: set[PostPaidInstanceCreateRequestEngineVersion] = {
    "4.8.0",
}


def check_post_paid_instance_create_request_engine_version(value: str) -> PostPaidInstanceCreateRequestEngineVersion:
    if value in POST_PAID_INSTANCE_CREATE_REQUEST_ENGINE_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PAID_INSTANCE_CREATE_REQUEST_ENGINE_VERSION_VALUES!r}"
    )
