from typing import Literal

GetTopicAttributesResponseFilterType = Literal[0, 1, 2]

GET_TOPIC_ATTRIBUTES_RESPONSE_FILTER_TYPE_VALUES: set[GetTopicAttributesResponseFilterType] = {
    0,
    1,
    2,
}


def check_get_topic_attributes_response_filter_type(value: int) -> GetTopicAttributesResponseFilterType:
    if value in GET_TOPIC_ATTRIBUTES_RESPONSE_FILTER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TOPIC_ATTRIBUTES_RESPONSE_FILTER_TYPE_VALUES!r}")
