from typing import Literal

SetSubscriptionAttributesRequestNotifyContentFormat = Literal["JSON", "SIMPLIFIED"]

SET_SUBSCRIPTION_ATTRIBUTES_REQUEST_NOTIFY_CONTENT_FORMAT_VALUES: set[
    SetSubscriptionAttributesRequestNotifyContentFormat
] = {
    "JSON",
    "SIMPLIFIED",
}


def check_set_subscription_attributes_request_notify_content_format(
    value: str,
) -> SetSubscriptionAttributesRequestNotifyContentFormat:
    if value in SET_SUBSCRIPTION_ATTRIBUTES_REQUEST_NOTIFY_CONTENT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_SUBSCRIPTION_ATTRIBUTES_REQUEST_NOTIFY_CONTENT_FORMAT_VALUES!r}"
    )
