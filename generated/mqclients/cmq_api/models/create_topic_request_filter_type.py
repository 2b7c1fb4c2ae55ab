from typing import Literal

CreateTopicRequestFilterType = Literal[1, 2]

CREATE_TOPIC_REQUEST_FILTER_TYPE_VALUES: set[CreateTopicRequestFilterType] = {
    1,
    2,
}


def check_create_topic_request_filter_type(value: int) -> CreateTopicRequestFilterType:
    if value in CREATE_TOPIC_REQUEST_FILTER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_TOPIC_REQUEST_FILTER_TYPE_VALUES!r}")
