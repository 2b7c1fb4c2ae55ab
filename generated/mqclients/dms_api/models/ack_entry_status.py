from typing import Literal

AckEntryStatus = Literal["fail", "success"]

ACK_ENTRY_STATUS_VALUES: set[AckEntryStatus] = {
    "fail",
    "success",
}


def check_ack_entry_status(value: str) -> AckEntryStatus:
    if value in ACK_ENTRY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACK_ENTRY_STATUS_VALUES!r}")
