from typing import Literal

SetSubscriptionAttributesRequestNotifyStrategy = Literal["BACKOFF_RETRY", "EXPONENTIAL_DECAY_RETRY"]

SET_SUBSCRIPTION_ATTRIBUTES_REQUEST_NOTIFY_STRATEGY_VALUES: set[SetSubscriptionAttributesRequestNotifyStrategy] = {
    "BACKOFF_RETRY",
    "EXPONENTIAL_DECAY_RETRY",
}


def check_set_subscription_attributes_request_notify_strategy(
    value: str,
) -> SetSubscriptionAttributesRequestNotifyStrategy:
    if value in SET_SUBSCRIPTION_ATTRIBUTES_REQUEST_NOTIFY_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_SUBSCRIPTION_ATTRIBUTES_REQUEST_NOTIFY_STRATEGY_VALUES!r}"
    )
