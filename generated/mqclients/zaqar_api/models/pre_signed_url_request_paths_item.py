from typing import Literal

PreSignedUrlRequestPathsItem = Literal["claims", "messages", "subscriptions"]

PRE_SIGNED_URL_REQUEST_PATHS_ITEM_VALUES: set[PreSignedUrlRequestPathsItem] = {
    "claims",
    "messages",
    "subscriptions",
}


def check_pre_signed_url_request_paths_item(value: str) -> PreSignedUrlRequestPathsItem:
    if value in PRE_SIGNED_URL_REQUEST_PATHS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRE_SIGNED_URL_REQUEST_PATHS_ITEM_VALUES!r}")
