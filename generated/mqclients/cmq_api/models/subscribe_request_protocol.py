from typing import Literal

SubscribeRequestProtocol = Literal["http", "queue"]

SUBSCRIBE_REQUEST_PROTOCOL_VALUES: set[SubscribeRequestProtocol] = {
    "http",
    "queue",
}


def check_subscribe_request_protocol(value: str) -> SubscribeRequestProtocol:
    if value in SUBSCRIBE_REQUEST_PROTOCOL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIBE_REQUEST_PROTOCOL_VALUES!r}")
