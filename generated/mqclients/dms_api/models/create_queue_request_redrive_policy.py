from typing import Literal

CreateQueueRequestRedrivePolicy = Literal["disable", "enable"]

CREATE_QUEUE_REQUEST_REDRIVE_POLICY_VALUES: set[CreateQueueRequestRedrivePolicy] = {
    "disable",
    "enable",
}


def check_create_queue_request_redrive_policy(value: str) -> CreateQueueRequestRedrivePolicy:
    if value in CREATE_QUEUE_REQUEST_REDRIVE_POLICY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_QUEUE_REQUEST_REDRIVE_POLICY_VALUES!r}")
