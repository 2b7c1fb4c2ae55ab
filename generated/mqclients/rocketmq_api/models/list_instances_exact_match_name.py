from typing import Literal

ListInstancesExactMatchName = Literal["false", "true"]

LIST_INSTANCES_EXACT_MATCH_NAME_VALUES: set[ListInstancesExactMatchName] = {
    "false",
    "true",
}


def check_list_instances_exact_match_name(value: str) -> ListInstancesExactMatchName:
    if value in LIST_INSTANCES_EXACT_MATCH_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INSTANCES_EXACT_MATCH_NAME_VALUES!r}")
