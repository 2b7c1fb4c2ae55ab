"""The Tencent CMQ signer pinned where mutation testing found its promises unchecked: the exact rule each bad credential
breaks (an empty token included), credentials from the environment, the params the signer owns on re-signing, the
nonce's range and the request checks before signing."""

from __future__ import annotations

import secrets

import httpx
import pytest

from mqclients._core.errors import SigningError
from mqclients._signing.tencent_cmq import (
    CMQAuth,
    CMQCredentials,
    CMQSigner,
    common_params,
    params_to_sign,
    sign_params,
    string_to_sign,
)
from tests.unit.test_cmq_signer import (
    DOC_ID,
    DOC_KEY,
    SECRET_KEY,
    TOKEN,
    URL,
    body_params,
    doc_credentials,
    hmac_b64,
    independent_string_to_sign,
)

FORM = {"Content-Type": "application/x-www-form-urlencoded"}

# ---------------------------------------------------------------------------------------------------- credentials


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("", SECRET_KEY, None), "CMQ secret_id is empty or not a string"),
        ((None, SECRET_KEY, None), "CMQ secret_id is empty or not a string"),
        ((" id", SECRET_KEY, None), "CMQ secret_id has leading or trailing whitespace"),
        (("id", "", None), "CMQ secret_key is empty or not a string"),
        (("id", b"key", None), "CMQ secret_key is empty or not a string"),
        (("id", f"{SECRET_KEY}\t", None), "CMQ secret_key has leading or trailing whitespace"),
        (("id", SECRET_KEY, ""), "CMQ token is empty or not a string"),
        (("id", SECRET_KEY, f" {TOKEN}"), "CMQ token has leading or trailing whitespace"),
    ],
)
def test_each_bad_credential_names_its_field_and_rule_only(args: tuple[object, object, object], message: str) -> None:
    with pytest.raises(SigningError) as caught:
        CMQCredentials(*args)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_inner_spaces_are_allowed_in_every_credential() -> None:
    credentials = CMQCredentials("my id", "my key", "my token")
    assert credentials.token == "my token"


def test_missing_credentials_message_names_argument_and_variable() -> None:
    with pytest.raises(SigningError) as caught:
        CMQCredentials.from_env({})
    assert str(caught.value) == (
        "missing Tencent Cloud credentials: secret_id (argument or TENCENTCLOUD_SECRET_ID), "
        "secret_key (argument or TENCENTCLOUD_SECRET_KEY)"
    )


def test_an_empty_session_token_variable_counts_as_unset() -> None:
    env = {"TENCENTCLOUD_SECRET_ID": DOC_ID, "TENCENTCLOUD_SECRET_KEY": DOC_KEY, "TENCENTCLOUD_SESSION_TOKEN": ""}
    assert CMQCredentials.from_env(env) == doc_credentials()


def test_a_session_token_is_read_only_with_a_key_pair_from_the_environment() -> None:
    env = {
        "TENCENTCLOUD_SECRET_ID": "env-id",
        "TENCENTCLOUD_SECRET_KEY": "env-key",
        "TENCENTCLOUD_SESSION_TOKEN": TOKEN,
    }
    assert CMQCredentials.resolve(environ=env) == CMQCredentials("env-id", "env-key", TOKEN)
    assert CMQCredentials.resolve(secret_id="arg-id", environ=env) == CMQCredentials("arg-id", "env-key")
    assert CMQCredentials.resolve(secret_key="arg-key", environ=env) == CMQCredentials("env-id", "arg-key")


def test_a_bad_session_token_variable_is_refused_without_echoing_it() -> None:
    env = {
        "TENCENTCLOUD_SECRET_ID": DOC_ID,
        "TENCENTCLOUD_SECRET_KEY": DOC_KEY,
        "TENCENTCLOUD_SESSION_TOKEN": f"{TOKEN} ",
    }
    with pytest.raises(SigningError) as caught:
        CMQCredentials.from_env(env)
    assert str(caught.value) == "CMQ token has leading or trailing whitespace"


def test_credentials_are_immutable() -> None:
    credentials = doc_credentials()
    with pytest.raises(AttributeError):
        credentials.token = TOKEN  # type: ignore[misc]


def test_reprs_name_the_sign_method_and_hide_the_secrets() -> None:
    signer = CMQSigner(CMQCredentials(DOC_ID, DOC_KEY, TOKEN), sign_method="HmacSHA256")
    expected = f"CMQCredentials(secret_id='{DOC_ID}', secret_key='<redacted>', token='<redacted>')"
    assert repr(signer) == f"CMQSigner({expected}, sign_method='HmacSHA256')"
    assert repr(CMQAuth(CMQCredentials(DOC_ID, DOC_KEY))) == (
        f"CMQAuth(CMQSigner(CMQCredentials(secret_id='{DOC_ID}', secret_key='<redacted>', token=None), "
        "sign_method='HmacSHA1'))"
    )


# ---------------------------------------------------------------------------------------------------- pure steps


def test_nonce_one_is_the_smallest_accepted() -> None:
    params = common_params(doc_credentials(), sign_method="HmacSHA1", timestamp=7.9, nonce=1)  # type: ignore[arg-type]
    assert params["Nonce"] == "1"
    assert params["Timestamp"] == "7"


def test_an_empty_request_client_is_not_sent() -> None:
    params = common_params(doc_credentials(), sign_method="HmacSHA1", timestamp=1, nonce=1, request_client="")
    assert "RequestClient" not in params
    custom = common_params(doc_credentials(), sign_method="HmacSHA1", timestamp=1, nonce=1, request_client="me")
    assert custom["RequestClient"] == "me"


def test_the_default_nonce_spans_one_to_two_to_the_63_minus_one(monkeypatch: pytest.MonkeyPatch) -> None:
    bounds: list[int] = []

    def lowest(limit: int) -> int:
        bounds.append(limit)
        return 0

    monkeypatch.setattr(secrets, "randbelow", lowest)
    signer = CMQSigner(doc_credentials(), clock=lambda: 1)
    assert signer.sign_form({}, method="POST", host="h", path="/")["Nonce"] == "1"
    monkeypatch.setattr(secrets, "randbelow", lambda limit: limit - 1)
    assert signer.sign_form({}, method="POST", host="h", path="/")["Nonce"] == str(2**63 - 1)
    assert bounds == [2**63 - 1]


def test_every_param_the_signer_owns_is_replaced_or_dropped_on_resigning() -> None:
    stale = {
        "Action": "SendMessage",
        "Timestamp": "1",
        "Nonce": "2",
        "SecretId": "old-id",
        "SignatureMethod": "HmacSHA256",
        "Signature": "old-signature",
        "Token": "old-token",
        "RequestClient": "old-client",
    }
    signed = params_to_sign(
        stale, doc_credentials(), sign_method="HmacSHA1", timestamp=10, nonce=20, request_client=None
    )
    assert signed == {
        "Action": "SendMessage",
        "Timestamp": "10",
        "Nonce": "20",
        "SecretId": DOC_ID,
        "SignatureMethod": "HmacSHA1",
    }


def test_string_to_sign_needs_a_host_and_upper_cases_the_method() -> None:
    with pytest.raises(SigningError, match=r"^CMQ signing needs the request host$"):
        string_to_sign("POST", "", "/v2/index.php", {"a": "1"})
    assert string_to_sign("post", "h:8080", "/p", {"b": "2", "a": "1", "Signature": "x"}) == "POSTh:8080/p?a=1&b=2"


def test_sign_params_defaults_to_hmac_sha1() -> None:
    signed = sign_params(
        {"Action": "ListQueue"}, doc_credentials(), method="POST", host="h", path="/p", timestamp=1, nonce=1
    )
    assert signed["SignatureMethod"] == "HmacSHA1"
    assert signed["Signature"] == hmac_b64(DOC_KEY, independent_string_to_sign("POST", "h", "/p", signed))


# ---------------------------------------------------------------------------------------------------- requests


def _signer() -> CMQSigner:
    return CMQSigner(doc_credentials(), clock=lambda: 1534154812, nonce=lambda: 42)


@pytest.mark.parametrize(
    "content_type",
    [
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=utf-8",
        "Application/X-WWW-Form-Urlencoded",
        " application/x-www-form-urlencoded ;charset=UTF-8",
    ],
)
def test_any_spelling_of_the_form_media_type_is_signed(content_type: str) -> None:
    request = httpx.Request("POST", URL, content=b"Action=ListQueue", headers={"Content-Type": content_type})
    signed = _signer().sign_request(request)
    params = body_params(signed)
    assert params["Action"] == "ListQueue"
    assert signed.headers["Content-Type"] == content_type


def test_the_signed_copy_has_a_fresh_length_and_no_transfer_encoding() -> None:
    request = httpx.Request(
        "POST",
        URL,
        content=b"Action=ListQueue",
        headers={**FORM, "Transfer-Encoding": "chunked", "X-Trace": "t1"},
        extensions={"timeout": {"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}},
    )
    signed = _signer().sign_request(request)
    assert signed.headers.get_list("Content-Length") == [str(len(signed.content))]
    assert "Transfer-Encoding" not in signed.headers
    assert signed.headers["X-Trace"] == "t1"
    assert signed.extensions == request.extensions
    assert signed.url == request.url
    assert signed is not request


def test_the_url_host_is_signed_when_no_host_header_is_set() -> None:
    request = httpx.Request(
        "POST", "https://cmq.example.com:8443/v2/index.php", content=b"Action=ListQueue", headers=FORM
    )
    del request.headers["Host"]
    params = body_params(_signer().sign_request(request))
    expected = independent_string_to_sign("POST", "cmq.example.com:8443", "/v2/index.php", params)
    assert params["Signature"] == hmac_b64(DOC_KEY, expected)


def test_an_unsupported_method_is_named() -> None:
    request = httpx.Request("PUT", URL, content=b"Action=ListQueue", headers=FORM)
    with pytest.raises(SigningError, match=r"^CMQ requests are signed as POST with a form body, not PUT$"):
        _signer().sign_request(request)


def test_a_wrong_media_type_is_named() -> None:
    request = httpx.Request("POST", URL, content=b"{}", headers={"Content-Type": "application/json; charset=utf-8"})
    with pytest.raises(
        SigningError, match=r"^CMQ request body must be application/x-www-form-urlencoded, not application/json$"
    ):
        _signer().sign_request(request)


def test_the_auth_flow_sends_the_signed_copy() -> None:
    auth = CMQAuth(doc_credentials(), clock=lambda: 5, nonce=lambda: 6)
    request = httpx.Request("POST", URL, content=b"Action=ListQueue", headers=FORM)
    flow = auth.auth_flow(request)
    sent = next(flow)
    assert sent is not request
    assert body_params(sent)["Nonce"] == "6"
    assert body_params(sent)["Timestamp"] == "5"
