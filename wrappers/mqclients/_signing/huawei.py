"""Huawei Cloud AK/SK request signing (``SDK-HMAC-SHA256``), used by DMS and RocketMQ, plus token auth.

The scheme (shared/reference/huawei-signing.md), as the official ``huaweicloudsdkcore`` signer applies it::

    CanonicalRequest = METHOD \\n CanonicalURI \\n CanonicalQuery \\n "k1:v1\\n...kN:vN\\n" \\n "k1;...;kN" \\n
                       PayloadHash
    StringToSign     = "SDK-HMAC-SHA256" \\n X-Sdk-Date \\n hex(sha256(utf8(CanonicalRequest)))
    Signature        = hex(HMAC-SHA256(utf8(SK), utf8(StringToSign)))        (no derived or date-scoped key)
    Authorization    = "SDK-HMAC-SHA256 Access=AK, SignedHeaders=k1;...;kN, Signature=..."

Each step is a pure function below; :func:`sign` chains them over the parts of a request as they go on the wire and
:class:`HuaweiAKSKAuth` plugs that into httpx (sync and async), signing afresh (new ``X-Sdk-Date``) on every attempt.

What this signer does beyond, or differently from, the official one, all on purpose:

- It signs what httpx sends: the final path, the final header bytes and the body bytes. Headers that a client
  library or a proxy adds or rewrites (:data:`UNSIGNED_HEADERS`: ``Content-Length``, ``Connection``,
  ``Accept-Encoding``, hop-by-hop headers) are not signed, as the official SDK never signs the ones ``requests`` adds.
- It rewrites the wire query to the canonical query (as the official SDK does, which sends exactly the string it
  signed). httpx writes a space as ``+``; reading the query it decodes ``+`` as a space (like ``httpx.URL.params``),
  and the rewritten query carries ``%20`` and ``%2B``, so the server never has to guess what ``+`` meant.
- Path and query are canonicalised byte-wise: an escape that is not UTF-8 (``%FF``) stays ``%FF`` (the official
  signer turns it into U+FFFD, ``%EF%BF%BD``). For UTF-8 the results are identical (UTF-8 byte order is code-point
  order, so the sort is the same too). An empty path canonicalises to ``/`` (the official signer fails on it).
- Header values are trimmed (``str.strip``) and sent trimmed; a header value that is not UTF-8, or a signed header
  name that appears twice (in any letter case), raises :class:`SigningError` instead of producing a signature the
  server cannot reproduce.
- ``Content-Type`` is found case-insensitively when deciding on ``X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`` (the
  official signer only looks at the exact spelling ``Content-Type``; both choices give a valid signature, as the
  header, when added, is sent and signed).

No secret (SK, security token, auth token, signature) ever appears in a repr, a str or an exception text.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Final, NamedTuple
from urllib.parse import quote, unquote_to_bytes

import httpx

from mqclients._core.errors import SigningError
from mqclients._core.redact import REDACTED

__all__ = [
    "ALGORITHM",
    "EMPTY_PAYLOAD_HASH",
    "ENV_AK",
    "ENV_PROJECT_ID",
    "ENV_SECURITY_TOKEN",
    "ENV_SK",
    "HEADER_AUTH_TOKEN",
    "HEADER_CONTENT_SHA256",
    "HEADER_PROJECT_ID",
    "HEADER_SDK_DATE",
    "HEADER_SECURITY_TOKEN",
    "SDK_DATE_FORMAT",
    "UNSIGNED_HEADERS",
    "UNSIGNED_PAYLOAD",
    "HuaweiAKSKAuth",
    "HuaweiCredentials",
    "HuaweiTokenAuth",
    "SigningResult",
    "authorization_header",
    "canonical_header_value",
    "canonical_headers",
    "canonical_query",
    "canonical_request",
    "canonical_uri",
    "format_sdk_date",
    "is_signed_header",
    "needs_unsigned_payload",
    "parse_query",
    "payload_hash",
    "sign",
    "signature",
    "signed_headers",
    "string_to_sign",
]

ALGORITHM: Final = "SDK-HMAC-SHA256"
SDK_DATE_FORMAT: Final = "%Y%m%dT%H%M%SZ"
EMPTY_PAYLOAD_HASH: Final = hashlib.sha256(b"").hexdigest()
UNSIGNED_PAYLOAD: Final = "UNSIGNED-PAYLOAD"

HEADER_SDK_DATE: Final = "X-Sdk-Date"
HEADER_CONTENT_SHA256: Final = "X-Sdk-Content-Sha256"
HEADER_PROJECT_ID: Final = "X-Project-Id"
HEADER_SECURITY_TOKEN: Final = "X-Security-Token"  # noqa: S105 - a header name, not a secret
HEADER_AUTH_TOKEN: Final = "X-Auth-Token"  # noqa: S105 - a header name, not a secret
_AUTHORIZATION: Final = b"Authorization"
_SDK_DATE: Final = b"X-Sdk-Date"

# The official SDKs' variable names; the documentation samples use the CLOUD_SDK_* pair. First non-empty one wins.
ENV_AK: Final = ("HUAWEICLOUD_SDK_AK", "CLOUD_SDK_AK")
ENV_SK: Final = ("HUAWEICLOUD_SDK_SK", "CLOUD_SDK_SK")
ENV_PROJECT_ID: Final = "HUAWEICLOUD_SDK_PROJECT_ID"
ENV_SECURITY_TOKEN: Final = "HUAWEICLOUD_SDK_SECURITY_TOKEN"  # noqa: S105 - a variable name, not a secret

# Added or rewritten below the signer (by httpx, h11, proxies): signing them would break verification.
UNSIGNED_HEADERS: Final = frozenset(
    {
        "authorization",
        "content-length",
        "connection",
        "keep-alive",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "accept-encoding",
    }
)
_JSON_PREFIXES: Final = (b"application/json", b"application/bson")


# ---------------------------------------------------------------------------------------------------- pure steps


def format_sdk_date(moment: datetime) -> str:
    """``X-Sdk-Date`` for ``moment`` (UTC, ``20240102T030405Z``); a naive datetime is taken as UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    # The same text as strftime(SDK_DATE_FORMAT), a few times faster: this runs on every request.
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}Z"
    )


def _utf8(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def canonical_uri(path: str | bytes) -> str:
    """CanonicalURI: percent-decode the whole path, split on ``/``, encode each segment (only ``A-Za-z0-9-._~``
    stay literal), rejoin, and always end with ``/``.

    ``/v2/p/topics`` → ``/v2/p/topics/``; ``/a%2Fb`` → ``/a/b/`` (a decoded ``%2F`` splits); ``/a b:c`` →
    ``/a%20b%3Ac/``; ``%252F`` → ``%252F``; ``''`` → ``/``.
    """
    return _canonical_uri(_utf8(path))


# Clients call the same paths and queries again and again: their canonical forms are cached (pure functions).
@lru_cache(maxsize=1024)
def _canonical_uri(path: bytes) -> str:
    raw = unquote_to_bytes(path)
    uri = "/".join(quote(segment, safe="~") for segment in raw.split(b"/"))
    return uri if uri.endswith("/") else uri + "/"


@lru_cache(maxsize=1024)
def _canonical_query_of(raw_query: bytes) -> str:
    return canonical_query(parse_query(raw_query))


@lru_cache(maxsize=1024)
def _canonical_target(raw_path: bytes) -> tuple[str, str, bool]:
    """CanonicalURI and CanonicalQueryString of a request target (``/path?query`` as on the request line), and
    whether its query already is the canonical one (else the request is sent with the canonical query)."""
    path, _, query = raw_path.partition(b"?")
    canonical = _canonical_query_of(query)
    return _canonical_uri(path), canonical, canonical.encode("ascii") == query


def parse_query(raw_query: str | bytes) -> list[tuple[bytes, bytes]]:
    """The ``(key, value)`` pairs of a wire query, percent-decoded to raw bytes, in wire order.

    ``+`` decodes to a space (httpx encodes a space as ``+``); a pair without ``=`` has an empty value; empty
    pieces (``a=1&&b=2``) are skipped.
    """
    pairs: list[tuple[bytes, bytes]] = []
    for piece in _utf8(raw_query).split(b"&"):
        if not piece:
            continue
        key, _, value = piece.partition(b"=")
        pairs.append((unquote_to_bytes(key.replace(b"+", b" ")), unquote_to_bytes(value.replace(b"+", b" "))))
    return pairs


def canonical_query(params: Iterable[tuple[str | bytes, str | bytes]]) -> str:
    """CanonicalQueryString: the raw pairs sorted by key then value (code-point order of the raw, un-encoded
    text), each written ``quote(key)=quote(value)`` with only ``A-Za-z0-9-._~`` literal (space → ``%20``), joined
    with ``&``. Repeated keys stay repeated; an empty value gives ``k=``."""
    items = sorted((_utf8(key), _utf8(value)) for key, value in params)
    return "&".join(f"{quote(key, safe='~')}={quote(value, safe='~')}" for key, value in items)


def is_signed_header(name: str) -> bool:
    """Whether a header goes into SignedHeaders: not one of :data:`UNSIGNED_HEADERS`, and no ``_`` in its name
    (the official signer skips those; many proxies drop them)."""
    return "_" not in name and name.lower() not in UNSIGNED_HEADERS


def signed_headers(names: Iterable[str]) -> list[str]:
    """SignedHeaders: the signable names, lowercased (not trimmed) and sorted.

    Raises :class:`SigningError` when a name appears twice in any letter case: the server would see two values.
    """
    lowered = [name.lower() for name in names if is_signed_header(name)]
    seen: set[str] = set()
    for name in lowered:
        if name in seen:
            raise SigningError(f"header {name!r} appears more than once; it cannot be signed unambiguously")
        seen.add(name)
    return sorted(lowered)


def canonical_header_value(value: str) -> str:
    """A header's canonical value: leading and trailing whitespace trimmed (``str.strip``: also NBSP and other
    Unicode spaces), inner runs kept as they are."""
    return value.strip()


def canonical_headers(headers: Mapping[str, str], signed: Sequence[str]) -> str:
    """The canonical header block: ``name:value\\n`` for each signed name, in the order of ``signed``.

    ``headers`` maps lowercase names to values; values are trimmed here. The block always ends with ``\\n``.
    """
    return "\n".join(f"{name}:{canonical_header_value(headers[name])}" for name in signed) + "\n"


def needs_unsigned_payload(content_type: str | bytes | None) -> bool:
    """Whether the official signer would send ``X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD``: a non-empty Content-Type
    that does not start with ``application/json`` or ``application/bson`` (case-sensitive, on the untrimmed value)."""
    if not content_type:
        return False
    return not _utf8(content_type).startswith(_JSON_PREFIXES)


def payload_hash(body: bytes, content_sha256: str | None = None) -> str:
    """PayloadHash: the hash of an empty body for an empty body (whatever the header says), else the
    ``X-Sdk-Content-Sha256`` value when there is one (``UNSIGNED-PAYLOAD``), else ``hex(sha256(body))``."""
    if not body:
        return EMPTY_PAYLOAD_HASH
    if content_sha256:
        return content_sha256
    return hashlib.sha256(body).hexdigest()


def canonical_request(
    method: str, uri: str, query: str, headers_block: str, signed: Sequence[str], body_hash: str
) -> str:
    """The canonical request: the six parts joined with ``\\n`` (the header block's own final ``\\n`` makes a
    blank line before SignedHeaders)."""
    return "\n".join((method.upper(), uri, query, headers_block, ";".join(signed), body_hash))


def string_to_sign(canonical: str, sdk_date: str) -> str:
    """``SDK-HMAC-SHA256\\n<X-Sdk-Date>\\n<hex sha256 of the UTF-8 canonical request>``."""
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return f"{ALGORITHM}\n{sdk_date}\n{digest}"


def signature(sk: str, to_sign: str) -> str:
    """``hex(HMAC-SHA256(key=utf8(sk), msg=utf8(string to sign)))``."""
    return hmac.digest(sk.encode("utf-8"), to_sign.encode("utf-8"), "sha256").hex()


def authorization_header(ak: str, signed: Sequence[str], sig: str) -> str:
    """The ``Authorization`` value: ``SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<a;b>, Signature=<hex>``."""
    return f"{ALGORITHM} Access={ak}, SignedHeaders={';'.join(signed)}, Signature={sig}"


# ---------------------------------------------------------------------------------------------------- credentials


def _check_header_safe(label: str, value: str) -> None:
    """Raise (naming ``label``, never quoting ``value``) unless ``value`` is non-empty printable ASCII without
    surrounding whitespace: it goes into a header as it is."""
    if not value:
        raise SigningError(f"{label}: must not be empty")
    if value != value.strip():
        raise SigningError(f"{label}: must not have leading or trailing whitespace")
    if any(not 0x20 <= ord(ch) <= 0x7E for ch in value):
        raise SigningError(f"{label}: must be printable ASCII (no control characters, no non-ASCII characters)")


def _check_ak(label: str, ak: str) -> None:
    _check_header_safe(label, ak)
    if any(ch in ak for ch in ", "):
        raise SigningError(f"{label}: must not contain ',' or spaces")


def _check_sk(label: str, sk: str) -> None:
    if not sk:
        raise SigningError(f"{label}: must not be empty")
    if sk != sk.strip():
        raise SigningError(f"{label}: must not have leading or trailing whitespace")


@dataclass(frozen=True, repr=False)
class HuaweiCredentials:
    """An access key pair, with the security token of temporary (STS) credentials and the project id to send as
    ``X-Project-Id``. Built from arguments, or from the environment with :meth:`from_env` / :meth:`resolve`.

    The SK and the security token never appear in ``repr``/``str`` or in exception texts.
    """

    ak: str
    sk: str
    security_token: str | None = None
    project_id: str | None = None

    def __post_init__(self) -> None:
        _check_ak("ak", self.ak)
        _check_sk("sk", self.sk)
        if self.security_token is not None:
            _check_header_safe("security_token", self.security_token)
        if self.project_id is not None:
            _check_header_safe("project_id", self.project_id)

    def __repr__(self) -> str:
        token = "None" if self.security_token is None else repr(REDACTED)
        return (
            f"HuaweiCredentials(ak={self.ak!r}, sk={REDACTED!r}, security_token={token}, "
            f"project_id={self.project_id!r})"
        )

    __str__ = __repr__

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> HuaweiCredentials:
        """Credentials from ``HUAWEICLOUD_SDK_AK``/``HUAWEICLOUD_SDK_SK`` (or the doc samples' ``CLOUD_SDK_AK``/
        ``CLOUD_SDK_SK``), ``HUAWEICLOUD_SDK_SECURITY_TOKEN`` and ``HUAWEICLOUD_SDK_PROJECT_ID``.

        A missing AK or SK raises :class:`SigningError` naming the variables looked at.
        """
        return cls.resolve(environ=environ)

    @classmethod
    def resolve(
        cls,
        ak: str | None = None,
        sk: str | None = None,
        *,
        security_token: str | None = None,
        project_id: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> HuaweiCredentials:
        """Credentials from the arguments given, each missing one taken from the environment (``environ``, by
        default ``os.environ``; the first non-empty variable of :data:`ENV_AK` / :data:`ENV_SK` wins, empty
        variables count as unset). Errors name the variable that held a bad value, never the value."""
        env = os.environ if environ is None else environ

        def lookup(names: Sequence[str]) -> tuple[str, str] | None:
            for name in names:
                value = env.get(name)
                if value:
                    return name, value
            return None

        missing: list[str] = []
        if ak is None:
            found = lookup(ENV_AK)
            if found is None:
                missing.append("AK (looked at " + ", ".join(ENV_AK) + ")")
            else:
                _check_ak(found[0], found[1])
                ak = found[1]
        if sk is None:
            found = lookup(ENV_SK)
            if found is None:
                missing.append("SK (looked at " + ", ".join(ENV_SK) + ")")
            else:
                _check_sk(found[0], found[1])
                sk = found[1]
        if ak is None or sk is None:
            raise SigningError(
                "no Huawei Cloud " + " and no ".join(missing) + ": set one of the variables or pass the value"
            )
        if security_token is None and env.get(ENV_SECURITY_TOKEN):
            security_token = env[ENV_SECURITY_TOKEN]
            _check_header_safe(ENV_SECURITY_TOKEN, security_token)
        if project_id is None and env.get(ENV_PROJECT_ID):
            project_id = env[ENV_PROJECT_ID]
            _check_header_safe(ENV_PROJECT_ID, project_id)
        return cls(ak=ak, sk=sk, security_token=security_token, project_id=project_id)


# ---------------------------------------------------------------------------------------------------- signing


@dataclass(frozen=True)
class SigningResult:
    """Everything :func:`sign` worked out. ``headers`` is the complete header list to send (signed values
    trimmed, ``X-Sdk-Date``, credential headers and ``Authorization`` added); ``query`` is the canonical query,
    which is also the query to send. Fields that hold a secret (the security token, the signature) are left out
    of the repr."""

    sdk_date: str
    query: str
    signed_headers: tuple[str, ...]
    string_to_sign: str
    canonical_request: str = field(repr=False)
    authorization: str = field(repr=False)
    headers: tuple[tuple[bytes, bytes], ...] = field(repr=False)


def _header_text(name: str, value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise SigningError(f"header {name!r}: value is not UTF-8 and cannot be signed") from None


class _HeaderPlan(NamedTuple):
    """What a request's header list contributes to each of its signatures, X-Sdk-Date aside: worked out once per
    distinct header list (a client sends the same few lists again and again) and reused for every signature."""

    names: tuple[str, ...]
    signed: str  # SignedHeaders, ``a;b;c``
    block_head: str  # the canonical header lines that sort before ``x-sdk-date``, then ``x-sdk-date:``
    block_tail: str  # ``\n``, then the lines that sort after it
    content_sha256: str | None
    wire: tuple[tuple[bytes, bytes], ...]  # the headers to send, before X-Sdk-Date and Authorization
    # The headers to set on the request as it is: credential headers and X-Sdk-Content-Sha256 (ASCII).
    missing_host: bool  # no Host header: the request needs one (from its URL) before it can be signed


def _owned(extra: Sequence[tuple[str, str]]) -> frozenset[bytes]:
    return frozenset({b"authorization", b"x-sdk-date", *(name.lower().encode("ascii") for name, _ in extra)})


@lru_cache(maxsize=256)
def _header_plan(headers: tuple[tuple[bytes, bytes], ...], extra: tuple[tuple[str, str], ...]) -> _HeaderPlan:
    """The plan for a header list without the headers the signer owns; ``extra``: the credential headers."""
    # (name, lowercase name, wire value, signed?) in the order they will be sent
    entries: list[tuple[str, str, bytes, bool]] = []
    for raw_name, value in headers:
        name = raw_name.decode("latin-1")
        lower = name.lower()
        entries.append((name, lower, value, "_" not in lower and lower not in UNSIGNED_HEADERS))
    for name, text in extra:
        entries.append((name, name.lower(), text.encode("ascii"), True))

    lowered = {lower for _, lower, _, _ in entries}
    if "x-sdk-content-sha256" not in lowered:
        content_type = next((value for _, lower, value, _ in entries if lower == "content-type"), None)
        if needs_unsigned_payload(content_type):
            entries.append((HEADER_CONTENT_SHA256, "x-sdk-content-sha256", UNSIGNED_PAYLOAD.encode("ascii"), True))

    names = signed_headers([*(name for name, _, _, is_signed in entries if is_signed), HEADER_SDK_DATE])
    values: dict[str, str] = {}
    wire: list[tuple[bytes, bytes]] = []
    for name, lower, value, is_signed in entries:
        if is_signed:
            given = _header_text(name, value)
            text = canonical_header_value(given)
            values[lower] = text
            if text != given:
                value = text.encode("utf-8")
        wire.append((name.encode("latin-1"), value))

    at = names.index("x-sdk-date")
    return _HeaderPlan(
        names=tuple(names),
        signed=";".join(names),
        block_head="".join(f"{name}:{values[name]}\n" for name in names[:at]) + "x-sdk-date:",
        block_tail="\n" + "".join(f"{name}:{values[name]}\n" for name in names[at + 1 :]),
        content_sha256=values.get("x-sdk-content-sha256"),
        wire=tuple(wire),
        missing_host="host" not in lowered,
    )


def _credential_headers(credentials: HuaweiCredentials) -> tuple[tuple[str, str], ...]:
    extra: list[tuple[str, str]] = []
    if credentials.project_id:
        extra.append((HEADER_PROJECT_ID, credentials.project_id))
    if credentials.security_token:
        extra.append((HEADER_SECURITY_TOKEN, credentials.security_token))
    return tuple(extra)


def _signature_parts(
    method: str, uri: str, query: str, plan: _HeaderPlan, body: bytes, sdk_date: str, ak: str, sk: bytes
) -> tuple[str, str, str]:
    """The canonical request, the string to sign and the Authorization value (the steps of :func:`sign`, fused)."""
    block = f"{plan.block_head}{sdk_date}{plan.block_tail}"
    canonical = "\n".join((method.upper(), uri, query, block, plan.signed, payload_hash(body, plan.content_sha256)))
    to_sign = f"{ALGORITHM}\n{sdk_date}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"
    sig = hmac.digest(sk, to_sign.encode("utf-8"), "sha256").hex()
    return canonical, to_sign, f"{ALGORITHM} Access={ak}, SignedHeaders={plan.signed}, Signature={sig}"


def sign(
    method: str,
    path: str | bytes,
    query: str | bytes,
    headers: Iterable[tuple[str | bytes, str | bytes]],
    body: bytes,
    *,
    credentials: HuaweiCredentials,
    now: datetime,
) -> SigningResult:
    """Sign one request given as it goes on the wire: ``path`` and ``query`` percent-encoded (as in the request
    line), ``headers`` the full header list (``Host`` included), ``body`` the exact bytes sent.

    Any ``Authorization`` and ``X-Sdk-Date`` in ``headers`` are replaced, and so are ``X-Project-Id`` and
    ``X-Security-Token`` when the credentials carry them; an ``X-Sdk-Content-Sha256`` already there is honoured.
    """
    extra = _credential_headers(credentials)
    owned = _owned(extra)
    raw = tuple((_latin1(name), _utf8(value)) for name, value in headers)
    plan = _header_plan(tuple(pair for pair in raw if pair[0].lower() not in owned), extra)
    if plan.missing_host:
        raise SigningError("the request has no Host header; the signature must cover it")
    sdk_date = format_sdk_date(now)
    query_text = _canonical_query_of(_utf8(query))
    canonical, to_sign, auth = _signature_parts(
        method, canonical_uri(path), query_text, plan, body, sdk_date, credentials.ak, credentials.sk.encode("utf-8")
    )
    wire = (*plan.wire, (_SDK_DATE, sdk_date.encode("ascii")), (_AUTHORIZATION, auth.encode("ascii")))
    return SigningResult(
        sdk_date=sdk_date,
        query=query_text,
        signed_headers=plan.names,
        string_to_sign=to_sign,
        canonical_request=canonical,
        authorization=auth,
        headers=wire,
    )


def _latin1(name: str | bytes) -> bytes:
    return name.encode("latin-1") if isinstance(name, str) else name


class HuaweiAKSKAuth(httpx.Auth):
    """``httpx.Auth`` for AK/SK signing, for ``httpx.Client`` and ``httpx.AsyncClient`` alike.

    Every pass through :meth:`auth_flow` signs afresh with a new ``X-Sdk-Date`` from ``clock`` (a retry that
    resends the same ``httpx.Request`` is re-signed, not replayed). The request is changed in place: trimmed
    header values, the canonical query, ``X-Sdk-Date``, ``X-Project-Id``, ``X-Security-Token``,
    ``X-Sdk-Content-Sha256`` (non-JSON bodies) and ``Authorization``.
    """

    requires_request_body = True

    def __init__(self, credentials: HuaweiCredentials, *, clock: Callable[[], datetime] | None = None) -> None:
        self.credentials = credentials
        self._clock = clock
        self._date_second = -1
        self._date_text = ""
        # Worked out once, not per request: the credential headers, the header names the signer owns, the key.
        self._extra = _credential_headers(credentials)
        self._owned = _owned(self._extra)
        self._sk = credentials.sk.encode("utf-8")

    def __repr__(self) -> str:
        return f"HuaweiAKSKAuth({self.credentials!r})"

    def sign_request(self, request: httpx.Request) -> SigningResult:
        """Sign ``request`` in place (its body must have been read) and return what was computed."""
        plan, sdk_date, query, canonical, to_sign, auth = self._sign(request)
        return SigningResult(
            sdk_date=sdk_date,
            query=query,
            signed_headers=plan.names,
            string_to_sign=to_sign,
            canonical_request=canonical,
            authorization=auth,
            headers=tuple(request.headers.raw),
        )

    def _sign(self, request: httpx.Request) -> tuple[_HeaderPlan, str, str, str, str, str]:
        try:
            body = request.content
        except httpx.RequestNotRead:
            raise SigningError("the request body must be read before signing (call request.read())") from None
        owned = self._owned
        headers = tuple([pair for pair in request.headers.raw if pair[0].lower() not in owned])
        plan = _header_plan(headers, self._extra)
        if plan.missing_host:
            plan = _header_plan(((b"Host", request.url.netloc), *headers), self._extra)
        uri, query, query_is_canonical = _canonical_target(request.url.raw_path)
        sdk_date = self._sdk_date()
        canonical, to_sign, auth = _signature_parts(
            request.method, uri, query, plan, body, sdk_date, self.credentials.ak, self._sk
        )
        # One new header list costs less than setting the changed headers one by one (each set scans the list).
        request.headers = httpx.Headers(
            [*plan.wire, (_SDK_DATE, sdk_date.encode("ascii")), (_AUTHORIZATION, auth.encode("ascii"))]
        )
        if not query_is_canonical:  # re-parsing a URL costs more than the signature: only when needed
            request.url = request.url.copy_with(query=query.encode("ascii") or None)
        return plan, sdk_date, query, canonical, to_sign, auth

    def _sdk_date(self) -> str:
        if self._clock is not None:
            return format_sdk_date(self._clock())
        # The wall clock: X-Sdk-Date changes once a second, so it is formatted once a second.
        second = int(time.time())
        if second != self._date_second:
            self._date_second, self._date_text = second, time.strftime(SDK_DATE_FORMAT, time.gmtime(second))
        return self._date_text

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._sign(request)
        yield request


class HuaweiTokenAuth(httpx.Auth):
    """``httpx.Auth`` for IAM token auth: sets ``X-Auth-Token`` (and ``X-Project-Id`` when given).

    The token never appears in ``repr``/``str`` or in exception texts.
    """

    def __init__(self, token: str, *, project_id: str | None = None) -> None:
        _check_header_safe("token", token)
        if project_id is not None:
            _check_header_safe("project_id", project_id)
        self._token = token
        self.project_id = project_id

    def __repr__(self) -> str:
        return f"HuaweiTokenAuth(token={REDACTED!r}, project_id={self.project_id!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[HEADER_AUTH_TOKEN] = self._token
        if self.project_id is not None:
            request.headers[HEADER_PROJECT_ID] = self.project_id
        yield request
