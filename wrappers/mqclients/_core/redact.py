"""Keep secrets out of logs, reprs and exception texts.

Every string that mqclients logs or puts in an exception passes through here first. Names are matched
case-insensitively, on headers and on query/form parameters alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "[REDACTED]"

# Headers and parameters whose values are credentials or derived from them.
SENSITIVE_NAMES = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-auth-token",
        "x-subject-token",
        "x-security-token",
        "x-amz-security-token",
        "cookie",
        "set-cookie",
        "signature",
        "temp_url_sig",
        "secretkey",
        "secret_key",
        "secretid",
        "secret_id",
        "sk",
        "password",
        "token",
        "access_token",
        "refresh_token",
    }
)

_SENSITIVE_SUFFIXES = ("token", "secret", "password", "signature", "-key", "_key")


def is_sensitive(name: str) -> bool:
    """Whether a header or parameter called ``name`` carries a secret."""
    lowered = name.strip().lower()
    return lowered in SENSITIVE_NAMES or lowered.endswith(_SENSITIVE_SUFFIXES)


def redact_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs, with the value of every sensitive name replaced."""
    return [(k, REDACTED if is_sensitive(k) else v) for k, v in pairs]


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` safe to log."""
    return dict(redact_pairs(headers.items()))


def redact_url(url: str) -> str:
    """``url`` with sensitive query parameters and any user:password part replaced."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = REDACTED + "@" + netloc.rsplit("@", 1)[1]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(is_sensitive(k) for k, _ in pairs):
            query = urlencode(redact_pairs(pairs), safe="[]")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact_form(body: str) -> str:
    """A form-encoded body (``a=1&Signature=...``) with sensitive fields replaced."""
    pairs = parse_qsl(body, keep_blank_values=True)
    return urlencode(redact_pairs(pairs), safe="[]")


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each known secret value replaced (values shorter than 4 are ignored)."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text
