from typing import Literal

ListInstancesStatus = Literal[
    "CREATING",
    "ERROR",
    "EXTENDEDFAILED",
    "EXTENDING",
    "FREEZING",
    "FROZEN",
    "RESTARTING",
    "ROLLINGBACK",
    "RUNNING",
    "STARTING",
    "UPGRADING",
]

LIST_INSTANCES_STATUS_VALUES: set[ListInstancesStatus] = {
    "CREATING",
    "ERROR",
    "EXTENDEDFAILED",
    "EXTENDING",
    "FREEZING",
    "FROZEN",
    "RESTARTING",
    "ROLLINGBACK",
    "RUNNING",
    "STARTING",
    "UPGRADING",
}


def check_list_instances_status(value: str) -> ListInstancesStatus:
    if value in LIST_INSTANCES_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INSTANCES_STATUS_VALUES!r}")
