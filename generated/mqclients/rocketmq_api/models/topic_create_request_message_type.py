from typing import Literal

TopicCreateRequestMessageType = Literal["DELAY", "FIFO", "NORMAL", "TRANSACTION"]

TOPIC_CREATE_REQUEST_MESSAGE_TYPE_VALUES: set[TopicCreateRequestMessageType] = {
    "DELAY",
    "FIFO",
    "NORMAL",
    "TRANSACTION",
}


def check_topic_create_request_message_type(value: str) -> TopicCreateRequestMessageType:
    if value in TOPIC_CREATE_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOPIC_CREATE_REQUEST_MESSAGE_TYPE_VALUES!r}")
