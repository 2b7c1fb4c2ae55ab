from typing import Literal

GetQuotasOnlyQuota = Literal["kafka", "rabbitmq", "reliability"]

GET_QUOTAS_ONLY_QUOTA_VALUES: set[GetQuotasOnlyQuota] = {
    "kafka",
    "rabbitmq",
    "reliability",
}


def check_get_quotas_only_quota(value: str) -> GetQuotasOnlyQuota:
    if value in GET_QUOTAS_ONLY_QUOTA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_QUOTAS_ONLY_QUOTA_VALUES!r}")
