from typing import Literal

CreateQueueRequestQueueMode = Literal["FIFO", "KAFKA_HA", "KAFKA_HT", "NORMAL"]

CREATE_QUEUE_REQUEST_QUEUE_MODE_VALUES: set[CreateQueueRequestQueueMode] = {
    "FIFO",
    "KAFKA_HA",
    "KAFKA_HT",
    "NORMAL",
}


def check_create_queue_request_queue_mode(value: str) -> CreateQueueRequestQueueMode:
    if value in CREATE_QUEUE_REQUEST_QUEUE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_QUEUE_REQUEST_QUEUE_MODE_VALUES!r}")
