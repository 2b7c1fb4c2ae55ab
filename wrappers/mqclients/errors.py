"""Every exception mqclients raises, importable as ``mqclients.errors``."""

from mqclients._core.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ConnectionError,
    MQClientError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    SigningError,
    TimeoutError,
    ValidationError,
    error_class_for_status,
)

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionError",
    "MQClientError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ServerError",
    "SigningError",
    "TimeoutError",
    "ValidationError",
    "error_class_for_status",
]
