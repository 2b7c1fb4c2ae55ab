from typing import Literal

InstanceBssParamChargingMode = Literal["postPaid", "prePaid"]

INSTANCE_BSS_PARAM_CHARGING_MODE_VALUES: set[InstanceBssParamChargingMode] = {
    "postPaid",
    "prePaid",
}


def check_instance_bss_param_charging_mode(value: str) -> InstanceBssParamChargingMode:
    if value in INSTANCE_BSS_PARAM_CHARGING_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_BSS_PARAM_CHARGING_MODE_VALUES!r}")
