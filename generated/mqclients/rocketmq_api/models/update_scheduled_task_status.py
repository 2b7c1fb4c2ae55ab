from typing import Literal

UpdateScheduledTaskStatus = Literal["CANCELLED"]

UPDATE_SCHEDULED_TASK_STATUS_VALUES: set[UpdateScheduledTaskStatus] = {
    "CANCELLED",
}


def check_update_scheduled_task_status(value: str) -> UpdateScheduledTaskStatus:
    if value in UPDATE_SCHEDULED_TASK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SCHEDULED_TASK_STATUS_VALUES!r}")
