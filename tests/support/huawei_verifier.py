"""Server-side check of a Huawei AK/SK signature with the official signer (huaweicloudsdkcore) as the oracle.

The request as it arrived (method, raw path, raw query, the headers its ``SignedHeaders`` names, body) is signed
again by ``huaweicloudsdkcore.signer.signer.Signer`` with the same ``X-Sdk-Date``; the two Authorization values
must be identical.
"""

from __future__ import annotations

import re

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import Signer

from servers.spec_mock import Received, Verifier

_SIGNED_HEADERS = re.compile(r"SignedHeaders=([^,]+)")
# The official signer looks these up with their canonical spelling.
_CANONICAL_CASE = {"content-type": "Content-Type", "x-sdk-date": "X-Sdk-Date", "host": "Host"}


def official_authorization(received: Received, ak: str, sk: str) -> str:
    authorization = received.headers.get("authorization", "")
    found = _SIGNED_HEADERS.search(authorization)
    signed = found.group(1).split(";") if found else []
    headers = {_CANONICAL_CASE.get(name, name): received.headers.get(name, "") for name in signed}
    request = SdkRequest(
        method=received.method,
        schema="http",
        host=received.headers.get("host", ""),
        resource_path=received.raw_path,
        uri=received.raw_path,
        query_params=list(received.query),  # decoded (key, value) pairs, as the SDK holds them
        header_params=headers,
        body=received.body,
    )
    signed_request = Signer(BasicCredentials(ak, sk)).sign(request)
    return str(signed_request.header_params["Authorization"])


def huawei_verifier(ak: str, sk: str, *, project_id: str | None = None) -> Verifier:
    """A ``SpecServer`` verify hook: the request's Authorization must equal the official signer's."""

    def verify(received: Received) -> str | None:
        got = received.headers.get("authorization")
        if not got:
            return "no Authorization header"
        expected = official_authorization(received, ak, sk)
        if got != expected:
            return "signature differs from the official signer's"
        if project_id is not None and received.headers.get("x-project-id") != project_id:
            return f"X-Project-Id is {received.headers.get('x-project-id')!r}, expected {project_id!r}"
        return None

    return verify
