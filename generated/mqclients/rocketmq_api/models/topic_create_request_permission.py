from typing import Literal

TopicCreateRequestPermission = Literal["all", "pub", "sub"]

TOPIC_CREATE_REQUEST_PERMISSION_VALUES: set[TopicCreateRequestPermission] = {
    "all",
    "pub",
    "sub",
}


def check_topic_create_request_permission(value: str) -> TopicCreateRequestPermission:
    if value in TOPIC_CREATE_REQUEST_PERMISSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOPIC_CREATE_REQUEST_PERMISSION_VALUES!r}")
