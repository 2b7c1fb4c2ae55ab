"""Server-side check of a CMQ (legacy API) signature with the official common SDK (tencentcloud-sdk-python-common)
as the oracle: the received form's params, less ``Signature``, are formatted and signed by the oracle."""

from __future__ import annotations

from tencentcloud.common import credential as tc_credential
from tencentcloud.common.abstract_client import AbstractClient
from tencentcloud.common.profile import client_profile as tc_client_profile
from tencentcloud.common.profile import http_profile as tc_http_profile
from tencentcloud.common.sign import Sign

from servers.spec_mock import Received, Verifier

SIGNER_FIELDS = frozenset({"Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token", "RequestClient"})


def official_signature(received: Received, secret_key: str) -> str:
    params = {k: v for k, v in received.form() if k != "Signature"}
    method = params.get("SignatureMethod", "HmacSHA1")
    profile = tc_client_profile.ClientProfile(
        signMethod=method, httpProfile=tc_http_profile.HttpProfile(reqMethod="POST", endpoint=received.headers["host"])
    )
    client = AbstractClient(tc_credential.Credential("oracle-id", secret_key), "", profile)
    client._requestPath = received.raw_path
    return str(Sign.sign(secret_key, client._format_sign_string(params), method))


def tencent_verifier(secret_id: str, secret_key: str) -> Verifier:
    """A ``SpecServer`` verify hook: the form's Signature must equal the official signer's."""

    def verify(received: Received) -> str | None:
        form = received.form_dict()
        if form.get("SecretId") != secret_id:
            return f"SecretId is {form.get('SecretId')!r}"
        if "Signature" not in form:
            return "no Signature"
        if form["Signature"] != official_signature(received, secret_key):
            return "signature differs from the official signer's"
        return None

    return verify
