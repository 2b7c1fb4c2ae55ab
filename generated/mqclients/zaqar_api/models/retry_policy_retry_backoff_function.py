from typing import Literal

RetryPolicyRetryBackoffFunction = Literal["arithmetic", "exponential", "geometric", "linear"]

RETRY_POLICY_RETRY_BACKOFF_FUNCTION_VALUES: set[RetryPolicyRetryBackoffFunction] = {
    "arithmetic",
    "exponential",
    "geometric",
    "linear",
}


def check_retry_policy_retry_backoff_function(value: str) -> RetryPolicyRetryBackoffFunction:
    if value in RETRY_POLICY_RETRY_BACKOFF_FUNCTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RETRY_POLICY_RETRY_BACKOFF_FUNCTION_VALUES!r}")
