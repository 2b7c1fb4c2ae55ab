"""The ``x-`` extensions mqclients specs use, each with the JSON Schema it must satisfy.

An extension that is not listed here is a lint error: a typo must not silently turn a behaviour off.
specs/README.md explains what each one means.
"""

from __future__ import annotations

from typing import Any

_STR = {"type": "string", "minLength": 1}

PAGINATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["style", "items"],
    "properties": {
        "style": {"enum": ["link", "offset", "start", "token"]},
        "items": _STR,
        "in": {"enum": ["query", "body"]},
        "links": _STR,
        "rel": _STR,
        "params": {"type": "array", "items": _STR, "minItems": 1},
        "offset_param": _STR,
        "limit_param": _STR,
        "total": _STR,
        "start_param": _STR,
        # style start: the number the server gives the first item of the list (Huawei's task lists: 1)
        "first": {"enum": [0, 1]},
        "token_param": _STR,
        "token_field": _STR,
    },
    "allOf": [
        {"if": {"properties": {"style": {"const": "link"}}}, "then": {"required": ["params"]}},
        {"if": {"properties": {"style": {"const": "offset"}}}, "then": {"required": ["offset_param"]}},
        {"if": {"properties": {"style": {"const": "start"}}}, "then": {"required": ["start_param"]}},
        {"if": {"properties": {"style": {"const": "token"}}}, "then": {"required": ["token_param", "token_field"]}},
    ],
}

LONG_POLL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["param"],
    "properties": {"param": _STR, "in": {"enum": ["query", "body"]}, "default": {"type": "number", "minimum": 0}},
}

BATCH_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["items", "max_items"],
    "properties": {
        "items": _STR,
        "max_items": {"type": "integer", "minimum": 1},
        "max_bytes": {"type": "integer", "minimum": 1},
    },
}

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        # dotted paths into the body; `a.b|c.d` tries each in turn (JSON-RPC: result.code|error.code)
        "code": _STR,
        "message": _STR,
        "request_id": _STR,
        "request_id_header": _STR,
        # an API that reports errors inside HTTP 200 envelopes: the `code` values that mean success
        "success_codes": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
    },
}

ERROR_CATEGORIES = [
    "bad_request",
    "authentication",
    "permission_denied",
    "not_found",
    "conflict",
    "rate_limit",
    "server",
]
ERROR_CLASSES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "vendor error code -> the category of APIError it raises, where its HTTP status does not say",
    "additionalProperties": {"enum": ERROR_CATEGORIES},
}

FORM_ARRAYS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["style"],
    "properties": {"style": {"const": "indexed"}, "start": {"enum": [0, 1]}},
}

OMITTED_SCHEMA: dict[str, Any] = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["path", "reason"],
        "additionalProperties": False,
        "properties": {"path": _STR, "reason": _STR},
    },
}

# Where each extension may stand, and its schema.
OPERATION_EXTENSIONS: dict[str, dict[str, Any]] = {
    "x-doc": _STR,
    "x-sdk-name": _STR,
    "x-doc-errata": {"type": "array", "items": _STR, "minItems": 1},
    "x-idempotent": {"type": "boolean"},
    "x-pagination": PAGINATION_SCHEMA,
    "x-long-poll": LONG_POLL_SCHEMA,
    "x-batch": BATCH_SCHEMA,
    # envelope codes that mean "nothing to return" rather than an error (a receive on an empty queue)
    "x-no-result-codes": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
    # HTTP statuses this operation answers for a lasting condition, not a passing one: never retried
    "x-not-transient": {"type": "array", "items": {"type": "integer", "minimum": 400, "maximum": 599}, "minItems": 1},
    # which of the API's hosts serves the operation (the client maps names to base URLs)
    "x-host": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
}
PARAMETER_EXTENSIONS: dict[str, dict[str, Any]] = {
    "x-client-param": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
}
ROOT_EXTENSIONS: dict[str, dict[str, Any]] = {
    "x-error": ERROR_SCHEMA,
    "x-error-classes": ERROR_CLASSES_SCHEMA,
    "x-omitted": OMITTED_SCHEMA,
    # how list values travel in form bodies: `indexed` sends msgBody=[a, b] as msgBody.0=a&msgBody.1=b
    "x-form-arrays": FORM_ARRAYS_SCHEMA,
    "x-hosts": {"type": "object", "additionalProperties": _STR},
    # the values a client fills into every call (`x-client-param` on parameters), each with what it is
    "x-client-params": {"type": "object", "additionalProperties": _STR},
    # RPC envelopes (JSON-RPC): the facade takes the `params` model and returns the `result` model
    "x-envelope": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "params": _STR,
            "result": _STR,
            # `params` fields the client fills in itself (a session token): never keyword arguments
            "client_fields": {"type": "array", "items": _STR},
        },
    },
}
INFO_EXTENSIONS: dict[str, dict[str, Any]] = {
    "x-package": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
    "x-client-class": {"type": "string", "pattern": "^[A-Z][A-Za-z0-9]*$"},
}
# In any schema: marks a property whose value may be any JSON value (a message body), so it needs no type.
SCHEMA_EXTENSIONS: dict[str, dict[str, Any]] = {
    "x-any-json": {"const": True},
    "x-doc-errata": {"type": "array", "items": _STR, "minItems": 1},
    # a string property that may hold credentials (a store URI with a password): masked in reprs, error texts and
    # CLI output, returned as is by to_dict()
    "x-secret": {"const": True},
}
