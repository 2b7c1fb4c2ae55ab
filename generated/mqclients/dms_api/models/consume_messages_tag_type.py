from typing import Literal

ConsumeMessagesTagType = Literal["and", "or"]

CONSUME_MESSAGES_TAG_TYPE_VALUES: set[ConsumeMessagesTagType] = {
    "and",
    "or",
}


def check_consume_messages_tag_type(value: str) -> ConsumeMessagesTagType:
    if value in CONSUME_MESSAGES_TAG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONSUME_MESSAGES_TAG_TYPE_VALUES!r}")
