from typing import Literal

PostPaidInstanceCreateRequestEngine = Literal["reliability"]

POST_PAID_INSTANCE_CREATE_REQUEST_ENGINE_VALUES: set[PostPaidInstanceCreateRequestEngine] = {
    "reliability",
}


def check_post_paid_instance_create_request_engine(value: str) -> PostPaidInstanceCreateRequestEngine:
    if value in POST_PAID_INSTANCE_CREATE_REQUEST_ENGINE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POST_PAID_INSTANCE_CREATE_REQUEST_ENGINE_VALUES!r}")
