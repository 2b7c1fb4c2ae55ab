"""Where a client sends its requests: region names and endpoints checked when the client is built.

A region becomes part of a host name (``dms.{region}.myhuaweicloud.com``), so a malformed one (``"cn north 4"``)
would otherwise surface only at the first call, as a DNS or protocol error. Each vendor's region names have a
documented shape; an endpoint needs a scheme and a host. Anything else is a ``ValidationError`` naming the
argument and the rule, before any I/O.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urlsplit

from mqclients._core.errors import ValidationError

__all__ = ["HUAWEI_REGION", "TENCENT_REGION", "RegionFormat", "check_endpoint", "check_location", "check_region"]


class RegionFormat(NamedTuple):
    """The shape of one vendor's region names, and examples to show when a name does not have it."""

    vendor: str
    pattern: str  # a regular expression, compiled on first use (by ``re``'s cache), not at import time
    examples: str


# Huawei Cloud: <area>-<direction or city>[-...]-<number>: cn-north-4, ap-southeast-1, eu-west-101, la-north-2,
# my-kualalumpur-1, cn-southwest-2.
HUAWEI_REGION = RegionFormat("Huawei Cloud", r"[a-z]{2}(?:-[a-z]+)+-[0-9]{1,3}", "'cn-north-4', 'ap-southeast-1'")
# Tencent Cloud: the legacy short names the CMQ hosts are built from (gz, sh, bj, cd, hk, shjr, sgp, usw), or the
# long form of the current APIs (ap-guangzhou, na-siliconvalley, ap-shanghai-fsi).
TENCENT_REGION = RegionFormat("Tencent Cloud", r"[a-z]{2,8}|[a-z]{2}-[a-z]+(?:-[a-z]+)?", "'gz', 'sh', 'ap-guangzhou'")

_SCHEMES = ("http", "https")


def check_region(region: str, region_format: RegionFormat, *, field: str = "region") -> str:
    """``region`` if it has the vendor's shape; else a ``ValidationError`` with examples of the right one."""
    if not isinstance(region, str) or not re.fullmatch(region_format.pattern, region):
        shown = repr(region)[:60]
        rule = f"{shown} is not a {region_format.vendor} region name (like {region_format.examples})"
        raise ValidationError(field, rule)
    return region


def check_endpoint(endpoint: str, *, field: str = "endpoint") -> str:
    """``endpoint`` without a trailing ``/``, if it is an http(s) URL with a host; else a ``ValidationError``."""
    if not isinstance(endpoint, str) or not endpoint.strip():
        raise ValidationError(field, "must be a URL such as 'https://host' or 'http://127.0.0.1:8888'")
    if any(c.isspace() for c in endpoint):
        raise ValidationError(field, "must not contain spaces")
    try:
        parts = urlsplit(endpoint)
        port = parts.port  # a port that is no number raises here
    except ValueError as error:
        raise ValidationError(field, f"is not a URL ({error})") from error
    if parts.username is not None or parts.password is not None:
        # the value is not echoed: it carries a credential
        raise ValidationError(field, "must not carry credentials (user:password@); pass them as arguments")
    if parts.scheme not in _SCHEMES:
        shown = repr(endpoint)[:80]
        raise ValidationError(field, f"{shown} needs a scheme, http:// or https:// (e.g. 'https://{endpoint}')")
    if not parts.hostname:
        raise ValidationError(field, f"{endpoint!r:.80} has no host")
    if parts.query or parts.fragment:
        raise ValidationError(field, f"{endpoint!r:.80} must have no query or fragment")
    del port
    return endpoint.rstrip("/")


def check_location(
    endpoint: str | None, region: str | None, region_format: RegionFormat
) -> tuple[str | None, str | None]:
    """Both arguments of a client that takes an endpoint or a region, each checked when given."""
    return (
        None if endpoint is None else check_endpoint(endpoint),
        None if region is None else check_region(region, region_format),
    )
