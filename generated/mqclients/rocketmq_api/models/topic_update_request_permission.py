from typing import Literal

TopicUpdateRequestPermission = Literal["all", "pub", "sub"]

TOPIC_UPDATE_REQUEST_PERMISSION_VALUES: set[TopicUpdateRequestPermission] = {
    "all",
    "pub",
    "sub",
}


def check_topic_update_request_permission(value: str) -> TopicUpdateRequestPermission:
    if value in TOPIC_UPDATE_REQUEST_PERMISSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOPIC_UPDATE_REQUEST_PERMISSION_VALUES!r}")
