from typing import Literal

V1BssParamPeriodType = Literal["month", "year"]

V1_BSS_PARAM_PERIOD_TYPE_VALUES: set[V1BssParamPeriodType] = {
    "month",
    "year",
}


def check_v1_bss_param_period_type(value: str) -> V1BssParamPeriodType:
    if value in V1_BSS_PARAM_PERIOD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_BSS_PARAM_PERIOD_TYPE_VALUES!r}")
