from typing import Literal

InstanceBssParamPeriodType = Literal["month", "year"]

INSTANCE_BSS_PARAM_PERIOD_TYPE_VALUES: set[InstanceBssParamPeriodType] = {
    "month",
    "year",
}


def check_instance_bss_param_period_type(value: str) -> InstanceBssParamPeriodType:
    if value in INSTANCE_BSS_PARAM_PERIOD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTANCE_BSS_PARAM_PERIOD_TYPE_VALUES!r}")
