from typing import Literal

ListInstanceExtendProductsType = Literal["advanced"]

LIST_INSTANCE_EXTEND_PRODUCTS_TYPE_VALUES: set[ListInstanceExtendProductsType] = {
    "advanced",
}


def check_list_instance_extend_products_type(value: str) -> ListInstanceExtendProductsType:
    if value in LIST_INSTANCE_EXTEND_PRODUCTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INSTANCE_EXTEND_PRODUCTS_TYPE_VALUES!r}")
