"""Server-side signature checks with the project's own signers: the emulator recomputes the signature the client
should have sent, from the request as it arrived and the configured secret, and compares in constant time.

Nothing here logs or returns a secret or a signature: a refusal says what was wrong, never what was expected.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mqclients._signing import huawei, tencent_cmq

_SIGNED_HEADERS = re.compile(r"SignedHeaders=([^,\s]+)")
_SIGNATURE = re.compile(r"Signature=([0-9a-fA-F]+)")
_ACCESS = re.compile(r"Access=([^,\s]+)")


@dataclass(frozen=True)
class HuaweiKeys:
    """The AK/SK pair (and optional IAM token) the DMS emulator accepts, and the project it serves."""

    ak: str
    sk: str = field(repr=False)
    project_id: str
    token: str | None = field(default=None, repr=False)


def check_huawei(
    keys: HuaweiKeys, *, method: str, raw_path: str, raw_query: str, headers: Mapping[str, str], body: bytes
) -> str | None:
    """None when the request carries a valid AK/SK signature (or the configured token); else why not.

    ``headers`` maps lowercase names to values as received.
    """
    token = headers.get("x-auth-token")
    if token is not None:
        if keys.token is not None and hmac.compare_digest(token.encode(), keys.token.encode()):
            return None
        return "the X-Auth-Token is not valid"
    authorization = headers.get("authorization", "")
    if not authorization.startswith(huawei.ALGORITHM + " "):
        return "no SDK-HMAC-SHA256 Authorization header"
    access, names, sent = (
        _ACCESS.search(authorization),
        _SIGNED_HEADERS.search(authorization),
        _SIGNATURE.search(authorization),
    )
    if not (access and names and sent):
        return "the Authorization header is malformed"
    if access.group(1) != keys.ak:
        return "the access key is not known"
    sdk_date = headers.get("x-sdk-date")
    if not sdk_date:
        return "no X-Sdk-Date header"
    signed = names.group(1).split(";")
    if "host" not in signed or any(name not in headers for name in signed):
        return "a signed header is missing"
    canonical = huawei.canonical_request(
        method,
        huawei.canonical_uri(raw_path),
        huawei.canonical_query(huawei.parse_query(raw_query)),
        huawei.canonical_headers({name: headers[name] for name in signed}, signed),
        signed,
        huawei.payload_hash(body, headers.get("x-sdk-content-sha256")),
    )
    expected = huawei.signature(keys.sk, huawei.string_to_sign(canonical, sdk_date))
    if not hmac.compare_digest(expected, sent.group(1).lower()):
        return "the signature does not match"
    return None


@dataclass(frozen=True)
class TencentKeys:
    """The API key pair the CMQ emulator accepts."""

    secret_id: str
    secret_key: str = field(repr=False)


def check_cmq(keys: TencentKeys, *, host: str, path: str, params: Mapping[str, str]) -> str | None:
    """None when the form's ``Signature`` is what the configured key gives for these params; else why not."""
    if params.get("SecretId") != keys.secret_id:
        return "the SecretId is not known"
    sent = params.get("Signature")
    if not sent:
        return "no Signature"
    method = params.get("SignatureMethod") or "HmacSHA1"
    if method not in tencent_cmq.SIGN_METHODS:
        return "SignatureMethod must be HmacSHA1 or HmacSHA256"
    text = tencent_cmq.string_to_sign("POST", host, path, params)
    expected = tencent_cmq.compute_signature(keys.secret_key, text, tencent_cmq.check_sign_method(method))
    if not hmac.compare_digest(expected.encode(), sent.encode()):
        return "the signature does not match"
    return None


def huawei_request_problem(keys: HuaweiKeys, scope: Mapping[str, Any], method: str, body: bytes) -> str | None:
    """``check_huawei`` for an ASGI request (its scope): the raw path, query and headers as they arrived."""
    headers = {bytes(k).decode("latin-1").lower(): bytes(v).decode("latin-1") for k, v in scope.get("headers") or []}
    raw_path: bytes = scope.get("raw_path") or str(scope.get("path", "")).encode()
    raw_query: bytes = scope.get("query_string") or b""
    return check_huawei(
        keys,
        method=method,
        raw_path=raw_path.decode("latin-1"),
        raw_query=raw_query.decode("latin-1"),
        headers=headers,
        body=body,
    )
