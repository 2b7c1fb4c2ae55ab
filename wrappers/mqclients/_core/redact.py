"""Keep secrets out of logs, reprs and exception texts.

Every string that mqclients logs or puts in an exception passes through here first. Names are matched
case-insensitively, on headers and on query/form parameters alike.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
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


def secret_variants(secret: str) -> list[str]:
    """``secret`` and, for a URL that carries credentials, its password and ``user:password`` part too: a server
    may echo the URL rewritten (decoded, another host form) with the credentials still in it."""
    variants = [secret]
    if "@" in secret and "://" in secret:
        parts = urlsplit(secret)
        credentials = parts.netloc.rsplit("@", 1)[0]
        variants += [credentials, parts.password or ""]
    return [v for v in variants if v]


def secrets_in_body(content: bytes, fields: Iterable[str]) -> list[str]:
    """The values (and their variants) of the named top-level fields of a JSON request body: the spec's
    ``x-secret`` fields, whose values must not come back in an error text the server echoes them into."""
    names = tuple(fields)
    if not names or not content:
        return []
    try:
        body = json.loads(content)
    except (ValueError, RecursionError):
        return []
    if not isinstance(body, Mapping):
        return []
    return [v for name in names if isinstance(body.get(name), str) for v in secret_variants(body[name])]


def scrub_value(value: Any, secrets: Sequence[str]) -> Any:
    """A JSON value with every string in it scrubbed of the secrets (``scrub``), at any depth."""
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, Mapping):
        return {key: scrub_value(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub_value(item, secrets) for item in value]
    return value


def model_secrets(model: Any) -> list[str]:
    """The values of every ``x-secret`` field (a generated model's ``_SECRET_FIELDS``) in a model, nested models,
    lists and mappings included, with their variants."""
    import attrs

    found: list[str] = []
    if isinstance(model, list | tuple):
        for item in model:
            found += model_secrets(item)
    elif isinstance(model, Mapping):
        for item in model.values():
            found += model_secrets(item)
    elif attrs.has(type(model)):
        secret = getattr(type(model), "_SECRET_FIELDS", ())
        for field in attrs.fields(type(model)):
            value = getattr(model, field.name)
            if field.name in secret and isinstance(value, str):
                found += secret_variants(value)
            else:
                found += model_secrets(value)
    return found


def redacted_dict(model: Any) -> Any:
    """``model.to_dict()`` for display (CLI output, a log line): every ``x-secret`` value masked, at any depth.
    ``to_dict()`` itself keeps them: the caller asked for its data."""
    return scrub_value(model.to_dict(), model_secrets(model))
