from typing import Literal

InstanceCreateRequestProductId = Literal[
    "c6.12u24g.cluster", "c6.16u32g.cluster", "c6.4u8g.cluster", "c6.4u8g.cluster.small", "c6.8u16g.cluster"
]

INSTANCE_CREATE_REQUEST_PRODUCT_ID_VALUES: set[InstanceCreateRequestProductId] = {
    "c6.12u24g.cluster",
    "c6.16u32g.cluster",
    "c6.4u8g.cluster",
    "c6.4u8g.cluster.small",
    "c6.8u16g.cluster",
}


def check_instance_create_request_product_id(value: str) -> InstanceCreateRequestProductId:
    if value in INSTANCE_CREATE_REQUEST_PRODUCT_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_CREATE_REQUEST_PRODUCT_ID_VALUES!r}")
