from typing import Literal

V1BssParamChargingMode = Literal["postPaid", "prePaid"]

V1_BSS_PARAM_CHARGING_MODE_VALUES: set[V1BssParamChargingMode] = {
    "postPaid",
    "prePaid",
}


def check_v1_bss_param_charging_mode(value: str) -> V1BssParamChargingMode:
    if value in V1_BSS_PARAM_CHARGING_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_BSS_PARAM_CHARGING_MODE_VALUES!r}")
