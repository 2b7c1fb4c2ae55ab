from typing import Literal

SubscribeRequestNotifyStrategy = Literal["BACKOFF_RETRY", "EXPONENTIAL_DECAY_RETRY"]

SUBSCRIBE_REQUEST_NOTIFY_STRATEGY_VALUES: set[SubscribeRequestNotifyStrategy] = {
    "BACKOFF_RETRY",
    "EXPONENTIAL_DECAY_RETRY",
}


def check_subscribe_request_notify_strategy(value: str) -> SubscribeRequestNotifyStrategy:
    if value in SUBSCRIBE_REQUEST_NOTIFY_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIBE_REQUEST_NOTIFY_STRATEGY_VALUES!r}")
