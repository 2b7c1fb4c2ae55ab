from typing import Literal

ListInstanceExtendProductsForRocketmqType = Literal["advanced"]

LIST_INSTANCE_EXTEND_PRODUCTS_FOR_ROCKETMQ_TYPE_VALUES: set[ListInstanceExtendProductsForRocketmqType] = {
    "advanced",
}


def check_list_instance_extend_products_for_rocketmq_type(value: str) -> ListInstanceExtendProductsForRocketmqType:
    if value in LIST_INSTANCE_EXTEND_PRODUCTS_FOR_ROCKETMQ_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_INSTANCE_EXTEND_PRODUCTS_FOR_ROCKETMQ_TYPE_VALUES!r}"
    )
