"""The exceptions every mqclients client raises, whatever the API.

Errors are values you can catch by meaning: ``APIError`` subclasses by HTTP status (and, per API, by vendor error
code), transport failures as ``ConnectionError``/``TimeoutError``, unreadable answers as ``ResponseDecodeError`` /
``ResponseTooLargeError``, and bad input as ``ValidationError`` before any network I/O. When an error comes from
another exception (an ``httpx`` transport error, a JSON decoder error), that exception is its ``__cause__``.
No exception text ever carries a secret: messages are built from redacted parts only.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any


class MQClientError(Exception):
    """Base class of every error raised by mqclients."""


class ValidationError(MQClientError, ValueError):
    """Input that breaks a documented rule, raised before any network I/O.

    ``field`` names the offending argument or body field (dotted for nested ones), ``rule`` states the rule.
    """

    def __init__(self, field: str, rule: str, value: object = None) -> None:
        self.field = field
        self.rule = rule
        super().__init__(f"{field}: {rule}")


class SigningError(MQClientError):
    """A request could not be signed (missing or malformed credentials). Never retried."""


class ConnectionError(MQClientError, builtins.ConnectionError):
    """The server could not be reached, or the connection broke before a response arrived."""


class TimeoutError(MQClientError, builtins.TimeoutError):
    """The request did not complete within its timeout (after any retries)."""


class ResponseDecodeError(MQClientError):
    """An answer that cannot be read: a body that does not decompress, is not JSON (or is nested too deeply),
    or does not match the spec's schema for it; a server public key that is not a PEM RSA key."""


class ResponseTooLargeError(MQClientError):
    """An answer larger than the client's ``max_response_bytes`` cap: stopped while streaming, never buffered whole."""


class ClientClosedError(MQClientError, RuntimeError):
    """A call on a client that was closed (``close()``, or the end of its ``with`` block): open a new one."""


class PaginationError(MQClientError):
    """The server's pages do not advance (a repeated next request): stopped instead of looping forever."""


class APIError(MQClientError):
    """The service answered with an error.

    ``status_code`` is the HTTP status (or the status the envelope implies), ``error_code`` the vendor's code,
    ``message`` the vendor's text, ``request_id`` the id to quote to the vendor's support, ``operation`` the
    operationId that failed, ``body`` the parsed (or raw) error body.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        error_code: str | None = None,
        request_id: str | None = None,
        operation: str | None = None,
        body: Mapping[str, Any] | str | None = None,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.error_code = error_code
        self.request_id = request_id
        self.operation = operation
        self.body = body
        parts = [f"HTTP {status_code}"]
        if operation:
            parts.append(operation)
        if error_code:
            parts.append(f"[{error_code}]")
        text = " ".join(parts) + (f": {message}" if message else "")
        if request_id:
            text += f" (request id {request_id})"
        super().__init__(text)


class BadRequestError(APIError):
    """HTTP 400: the request broke a server-side rule."""


class AuthenticationError(APIError):
    """HTTP 401: missing, wrong or expired credentials."""


class PermissionDeniedError(APIError):
    """HTTP 403: the credentials may not do this."""


class NotFoundError(APIError):
    """HTTP 404: no such resource."""


class ConflictError(APIError):
    """HTTP 409: the resource's state does not allow this."""


class RateLimitError(APIError):
    """HTTP 429: too many requests."""


class ServerError(APIError):
    """HTTP 5xx: the service failed."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


_BY_CATEGORY: dict[str, type[APIError]] = {
    "bad_request": BadRequestError,
    "authentication": AuthenticationError,
    "permission_denied": PermissionDeniedError,
    "not_found": NotFoundError,
    "conflict": ConflictError,
    "rate_limit": RateLimitError,
    "server": ServerError,
}


def error_classes_for(categories: Mapping[str, str]) -> dict[str, type[APIError]]:
    """Vendor code -> exception class, from a spec's ``x-error-classes`` (code -> category name)."""
    return {code: _BY_CATEGORY[category] for code, category in categories.items()}


def error_class_for_status(status_code: int) -> type[APIError]:
    """The ``APIError`` subclass for an HTTP status: one mapping for every API."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, APIError)
