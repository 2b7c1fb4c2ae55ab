from typing import Literal

VersionStatus = Literal["CURRENT", "DEPRECATED", "SUPPORTED"]

VERSION_STATUS_VALUES: set[VersionStatus] = {
    "CURRENT",
    "DEPRECATED",
    "SUPPORTED",
}


def check_version_status(value: str) -> VersionStatus:
    if value in VERSION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERSION_STATUS_VALUES!r}")
