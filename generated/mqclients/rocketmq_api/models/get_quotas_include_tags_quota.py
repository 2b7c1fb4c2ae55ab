from typing import Literal

GetQuotasIncludeTagsQuota = Literal["false", "true"]

GET_QUOTAS_INCLUDE_TAGS_QUOTA_VALUES: set[GetQuotasIncludeTagsQuota] = {
    "false",
    "true",
}


def check_get_quotas_include_tags_quota(value: str) -> GetQuotasIncludeTagsQuota:
    if value in GET_QUOTAS_INCLUDE_TAGS_QUOTA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_QUOTAS_INCLUDE_TAGS_QUOTA_VALUES!r}")
