from typing import Literal

PostPaidInstanceCreateRequestProductId = Literal[
    "c6.12u24g.cluster", "c6.16u32g.cluster", "c6.4u8g.cluster", "c6.4u8g.cluster.small", "c6.8u16g.cluster"
]

POST_PAID_INSTANCE_CREATE_REQUEST_PRODUCT_ID_VALUES: set[PostPaidInstanceCreateRequestProductId] = {
    "c6.12u24g.cluster",
    "c6.16u32g.cluster",
    "c6.4u8g.cluster",
    "c6.4u8g.cluster.small",
    "c6.8u16g.cluster",
}


def check_post_paid_instance_create_request_product_id(value: str) -> PostPaidInstanceCreateRequestProductId:
    if value in POST_PAID_INSTANCE_CREATE_REQUEST_PRODUCT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PAID_INSTANCE_CREATE_REQUEST_PRODUCT_ID_VALUES!r}"
    )
