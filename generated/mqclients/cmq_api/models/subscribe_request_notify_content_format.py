from typing import Literal

SubscribeRequestNotifyContentFormat = Literal["JSON", "SIMPLIFIED"]

SUBSCRIBE_REQUEST_NOTIFY_CONTENT_FORMAT_VALUES: set[SubscribeRequestNotifyContentFormat] = {
    "JSON",
    "SIMPLIFIED",
}


def check_subscribe_request_notify_content_format(value: str) -> SubscribeRequestNotifyContentFormat:
    if value in SUBSCRIBE_REQUEST_NOTIFY_CONTENT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIBE_REQUEST_NOTIFY_CONTENT_FORMAT_VALUES!r}")
