from typing import Literal

AckParamsAckType = Literal[0, 1]

ACK_PARAMS_ACK_TYPE_VALUES: set[AckParamsAckType] = {
    0,
    1,
}


def check_ack_params_ack_type(value: int) -> AckParamsAckType:
    if value in ACK_PARAMS_ACK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACK_PARAMS_ACK_TYPE_VALUES!r}")
