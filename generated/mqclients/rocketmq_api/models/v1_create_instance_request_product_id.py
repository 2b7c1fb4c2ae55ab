from typing import Literal

V1CreateInstanceRequestProductId = Literal[
    "c6.12u24g.cluster", "c6.16u32g.cluster", "c6.4u8g.cluster", "c6.4u8g.cluster.small", "c6.8u16g.cluster"
]

V1_CREATE_INSTANCE_REQUEST_PRODUCT_ID_VALUES: set[V1CreateInstanceRequestProductId] = {
    "c6.12u24g.cluster",
    "c6.16u32g.cluster",
    "c6.4u8g.cluster",
    "c6.4u8g.cluster.small",
    "c6.8u16g.cluster",
}


def check_v1_create_instance_request_product_id(value: str) -> V1CreateInstanceRequestProductId:
    if value in V1_CREATE_INSTANCE_REQUEST_PRODUCT_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_CREATE_INSTANCE_REQUEST_PRODUCT_ID_VALUES!r}")
