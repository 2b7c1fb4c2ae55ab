"""Tencent CMQ legacy API ("CMQ API 2.0") request signing: HmacSHA1 / HmacSHA256 over the sorted raw params.

The scheme (shared/reference/cmq-legacy-api.md §2, Tencent doc 406/5906):

1. params to sign = every request param except ``Signature``: the action's params plus the common ones this module
   adds (``Timestamp``, ``Nonce``, ``SecretId``, ``SignatureMethod``, ``RequestClient``, ``Token`` for temporary keys);
2. sorted by key in plain code-point order (``msgBody.10`` before ``msgBody.2``, upper case before lower case), on the
   keys as sent; in the signed text only, ``_`` in a key is written as ``.`` (the legacy SDKs' rule);
3. string to sign = ``METHOD + host + path + "?" + "&".join(k=v)`` with **raw** (not URL-encoded) UTF-8 values;
4. signature = base64(HMAC(secret key, string to sign)), sent URL-encoded like every other value.

Each step is a pure function; :class:`CMQSigner` chains them for an ``httpx.Request`` and :class:`CMQAuth` plugs the
signer into httpx (sync and async), signing afresh (new ``Timestamp`` and ``Nonce``) on every attempt.
No secret (secret key, token, signature) ever appears in a repr, a str or an exception text.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final, Literal
from urllib.parse import parse_qsl, urlencode

import httpx

from mqclients._core.errors import SigningError

__all__ = [
    "DEFAULT_REQUEST_CLIENT",
    "ENV_SECRET_ID",
    "ENV_SECRET_KEY",
    "ENV_SESSION_TOKEN",
    "SIGNER_PARAMS",
    "SIGN_METHODS",
    "CMQAuth",
    "CMQCredentials",
    "CMQSigner",
    "SignMethod",
    "check_sign_method",
    "common_params",
    "compute_signature",
    "encode_form",
    "params_to_sign",
    "parse_form",
    "sign_params",
    "string_to_sign",
]

SignMethod = Literal["HmacSHA1", "HmacSHA256"]
SIGN_METHODS: Final[tuple[SignMethod, ...]] = ("HmacSHA1", "HmacSHA256")
_DIGESTS: Final = {"HmacSHA1": hashlib.sha1, "HmacSHA256": hashlib.sha256}

ENV_SECRET_ID: Final = "TENCENTCLOUD_SECRET_ID"  # noqa: S105 - a variable name, not a secret
ENV_SECRET_KEY: Final = "TENCENTCLOUD_SECRET_KEY"  # noqa: S105 - a variable name, not a secret
# Not read by tencentcloud-sdk-python-common, but the convention of the official tencentcloud-sdk-nodejs-common
# (EnvironmentVariableCredential: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN).
ENV_SESSION_TOKEN: Final = "TENCENTCLOUD_SESSION_TOKEN"  # noqa: S105 - a variable name, not a secret

# Sent as ``RequestClient``: an SDK convention (SDK_Python_1.3, SDK_JAVA_1.3, SDK_GO_1.2.0), not required.
DEFAULT_REQUEST_CLIENT: Final = "mqclients_python"
# The params the signer owns: taken out of the incoming body and set afresh on every signing.
SIGNER_PARAMS: Final = frozenset(
    {"Timestamp", "Nonce", "SecretId", "SignatureMethod", "Signature", "Token", "RequestClient"}
)
_FORM: Final = "application/x-www-form-urlencoded"
_MAX_NONCE: Final = 2**63 - 1  # the legacy Python SDK's range (1..sys.maxint); the published example uses 19 digits


def _default_nonce() -> int:
    return secrets.randbelow(_MAX_NONCE) + 1


def check_sign_method(sign_method: str) -> SignMethod:
    """Return ``sign_method`` if the legacy API knows it, else raise :class:`SigningError` naming the allowed ones."""
    if sign_method not in SIGN_METHODS:
        raise SigningError(f"unsupported CMQ sign method {sign_method!r}: use one of {', '.join(SIGN_METHODS)}")
    return sign_method


def _check_secret(name: str, value: str) -> None:
    # The text names the argument and the rule, never the value.
    if not isinstance(value, str) or not value:
        raise SigningError(f"CMQ {name} is empty or not a string")
    if value.strip() != value:
        raise SigningError(f"CMQ {name} has leading or trailing whitespace")


@dataclass(frozen=True, slots=True, repr=False)
class CMQCredentials:
    """A Tencent Cloud API key pair, plus the STS token when the pair is a temporary one.

    ``repr``/``str`` show the secret id only: the secret key and the token are never printed.
    """

    secret_id: str
    secret_key: str
    token: str | None = field(default=None)

    def __post_init__(self) -> None:
        _check_secret("secret_id", self.secret_id)
        _check_secret("secret_key", self.secret_key)
        if self.token is not None:
            _check_secret("token", self.token)

    def __repr__(self) -> str:
        token = "None" if self.token is None else "'<redacted>'"
        return f"CMQCredentials(secret_id={self.secret_id!r}, secret_key='<redacted>', token={token})"

    __str__ = __repr__

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> CMQCredentials:
        """Read ``TENCENTCLOUD_SECRET_ID``, ``TENCENTCLOUD_SECRET_KEY`` and, if set, ``TENCENTCLOUD_SESSION_TOKEN``."""
        return cls.resolve(environ=environ)

    @classmethod
    def resolve(
        cls,
        secret_id: str | None = None,
        secret_key: str | None = None,
        token: str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> CMQCredentials:
        """Credentials from the arguments, each missing one read from its environment variable.

        The token is read from ``TENCENTCLOUD_SESSION_TOKEN`` only when the key pair came from the environment too
        (a session token belongs to its temporary key pair). Missing values raise :class:`SigningError` naming both
        the argument and the variable that were looked at.
        """
        env = os.environ if environ is None else environ
        pair_from_env = secret_id is None and secret_key is None
        sid = secret_id if secret_id is not None else env.get(ENV_SECRET_ID) or None
        skey = secret_key if secret_key is not None else env.get(ENV_SECRET_KEY) or None
        if sid is None or skey is None:
            missing = [
                f"{arg} (argument or {var})"
                for arg, var, value in (("secret_id", ENV_SECRET_ID, sid), ("secret_key", ENV_SECRET_KEY, skey))
                if value is None
            ]
            raise SigningError("missing Tencent Cloud credentials: " + ", ".join(missing))
        if token is None and pair_from_env:
            token = env.get(ENV_SESSION_TOKEN) or None
        return cls(sid, skey, token)


# ----------------------------------------------------------------------------------------------------------------
# Pure steps


def common_params(
    credentials: CMQCredentials,
    *,
    sign_method: SignMethod,
    timestamp: int,
    nonce: int,
    request_client: str | None = DEFAULT_REQUEST_CLIENT,
) -> dict[str, str]:
    """The common params the signer adds to every request (``Signature`` excepted)."""
    if nonce <= 0:
        raise SigningError("CMQ Nonce must be a positive integer")
    params = {
        "Timestamp": str(int(timestamp)),
        "Nonce": str(int(nonce)),
        "SecretId": credentials.secret_id,
        "SignatureMethod": check_sign_method(sign_method),
    }
    if request_client:
        params["RequestClient"] = request_client
    if credentials.token is not None:
        params["Token"] = credentials.token
    return params


def params_to_sign(
    params: Mapping[str, str],
    credentials: CMQCredentials,
    *,
    sign_method: SignMethod,
    timestamp: int,
    nonce: int,
    request_client: str | None = DEFAULT_REQUEST_CLIENT,
) -> dict[str, str]:
    """The action's params (minus any signer-owned ones left from an earlier signing) plus the common params."""
    own = {k: v for k, v in params.items() if k not in SIGNER_PARAMS}
    own.update(
        common_params(
            credentials, sign_method=sign_method, timestamp=timestamp, nonce=nonce, request_client=request_client
        )
    )
    return own


def string_to_sign(method: str, host: str, path: str, params: Mapping[str, str]) -> str:
    """``METHOD + host + path + "?" + k=v&...``: keys sorted as sent, ``_`` written as ``.``, raw values.

    ``host`` is the host the request goes to, as in its ``Host`` header (with ``:port`` when one is used), ``path``
    the request path (``/v2/index.php``). ``Signature`` is left out if present.
    """
    if not host:
        raise SigningError("CMQ signing needs the request host")
    joined = "&".join(f"{key.replace('_', '.')}={params[key]}" for key in sorted(params) if key != "Signature")
    return f"{method.upper()}{host}{path}?{joined}"


def compute_signature(secret_key: str, text: str, sign_method: SignMethod) -> str:
    """Standard base64 of HMAC-SHA1/SHA256 keyed with the UTF-8 secret key over the UTF-8 string to sign."""
    digest = _DIGESTS[check_sign_method(sign_method)]
    mac = hmac.new(secret_key.encode("utf-8"), text.encode("utf-8"), digest)
    return base64.b64encode(mac.digest()).decode("ascii")


def sign_params(
    params: Mapping[str, str],
    credentials: CMQCredentials,
    *,
    method: str,
    host: str,
    path: str,
    sign_method: SignMethod = "HmacSHA1",
    timestamp: int,
    nonce: int,
    request_client: str | None = DEFAULT_REQUEST_CLIENT,
) -> dict[str, str]:
    """All steps: the params to send, ``Signature`` included (raw, not yet URL-encoded)."""
    signed = params_to_sign(
        params,
        credentials,
        sign_method=sign_method,
        timestamp=timestamp,
        nonce=nonce,
        request_client=request_client,
    )
    text = string_to_sign(method, host, path, signed)
    signed["Signature"] = compute_signature(credentials.secret_key, text, sign_method)
    return signed


def parse_form(body: bytes) -> dict[str, str]:
    """Decode an ``application/x-www-form-urlencoded`` body into raw (unencoded) params, in body order.

    A repeated key is an error: CMQ arrays are sent as ``name.0``, ``name.1``, ... and a repeated key has no
    defined place in the signed string.
    """
    try:
        pairs = parse_qsl(
            body.decode("ascii"), keep_blank_values=True, strict_parsing=True, encoding="utf-8", errors="strict"
        )
    except (UnicodeDecodeError, ValueError):
        # The parser's text may quote the body (which can hold a token): say what is wrong, not what was read.
        raise SigningError("CMQ request body is not valid UTF-8 form encoding") from None
    params: dict[str, str] = {}
    for key, value in pairs:
        if key in params:
            raise SigningError(f"CMQ request body repeats parameter {key!r}: arrays are sent as {key}.0, {key}.1, ...")
        params[key] = value
    return params


def encode_form(params: Iterable[tuple[str, str]] | Mapping[str, str]) -> bytes:
    """Form-encode params the way httpx and the legacy SDKs do (UTF-8, ``quote_plus``: space as ``+``)."""
    items = params.items() if isinstance(params, Mapping) else params
    return urlencode(list(items)).encode("ascii")


# ----------------------------------------------------------------------------------------------------------------
# httpx integration


class CMQSigner:
    """Signs form-encoded CMQ requests; sans-I/O, so it can be driven by any retry loop or tested alone.

    ``clock`` (seconds since the epoch) and ``nonce`` are hooks for tests; by default the wall clock and a random
    integer in ``1 .. 2**63-1``.
    """

    def __init__(
        self,
        credentials: CMQCredentials | None = None,
        *,
        sign_method: str = "HmacSHA1",
        request_client: str | None = DEFAULT_REQUEST_CLIENT,
        clock: Callable[[], float] = time.time,
        nonce: Callable[[], int] = _default_nonce,
    ) -> None:
        self.credentials = credentials if credentials is not None else CMQCredentials.from_env()
        self.sign_method: SignMethod = check_sign_method(sign_method)
        self.request_client = request_client
        self._clock = clock
        self._nonce = nonce

    def __repr__(self) -> str:
        return f"CMQSigner({self.credentials!r}, sign_method={self.sign_method!r})"

    def sign_form(self, params: Mapping[str, str], *, method: str, host: str, path: str) -> dict[str, str]:
        """Sign action params for one attempt, with a fresh ``Timestamp`` and ``Nonce``."""
        return sign_params(
            params,
            self.credentials,
            method=method,
            host=host,
            path=path,
            sign_method=self.sign_method,
            timestamp=int(self._clock()),
            nonce=self._nonce(),
            request_client=self.request_client,
        )

    def sign_request(self, request: httpx.Request) -> httpx.Request:
        """A copy of ``request`` whose form body carries the common params and the signature.

        The body must already be read (``httpx.Auth`` with ``requires_request_body`` does that). Signing covers the
        method, the ``Host`` header the request is sent with, its path and every param of the body.
        """
        if request.method != "POST":
            raise SigningError(f"CMQ requests are signed as POST with a form body, not {request.method}")
        media_type = request.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if media_type != _FORM:
            raise SigningError(f"CMQ request body must be {_FORM}, not {media_type or 'absent'}")
        if request.url.query:
            raise SigningError("CMQ POST requests carry every param in the form body: the URL has a query string")
        params = parse_form(request.content)
        host = request.headers.get("Host") or request.url.netloc.decode("ascii")
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        signed = self.sign_form(params, method=request.method, host=host, path=path)
        body = encode_form(signed)
        headers = request.headers.copy()
        for name in ("Content-Length", "Transfer-Encoding"):
            headers.pop(name, None)
        return httpx.Request(request.method, request.url, headers=headers, content=body, extensions=request.extensions)


class CMQAuth(httpx.Auth):
    """``httpx.Auth`` for the CMQ legacy API: ``httpx.Client(auth=CMQAuth(CMQCredentials(...)))``.

    Works for ``httpx.Client`` and ``httpx.AsyncClient``. Each call of the auth flow (each attempt of a retry loop
    that calls ``client.send(request, auth=...)``) signs anew from the request's own params, so a retried request
    never goes out with a stale timestamp or nonce. The request sent is a signed copy: the body with ``Signature``
    and the common params, and a matching ``Content-Length``.
    """

    requires_request_body = True

    def __init__(
        self,
        credentials: CMQCredentials | None = None,
        *,
        sign_method: str = "HmacSHA1",
        request_client: str | None = DEFAULT_REQUEST_CLIENT,
        clock: Callable[[], float] = time.time,
        nonce: Callable[[], int] = _default_nonce,
    ) -> None:
        self.signer = CMQSigner(
            credentials, sign_method=sign_method, request_client=request_client, clock=clock, nonce=nonce
        )

    def __repr__(self) -> str:
        return f"CMQAuth({self.signer!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self.signer.sign_request(request)
