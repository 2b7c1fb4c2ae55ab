"""What the runtime knows about one operation: the data codegen reads out of the spec's ``x-`` extensions.

Generated facades build one ``Operation`` per spec operation at import time; the request loop, the error mapper and
the pagers read only these declarations, never an API's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

PaginationStyle = Literal["link", "offset", "start", "token"]
ParamLocation = Literal["query", "body"]
BodyEncoding = Literal["json", "form"]


@dataclass(frozen=True, slots=True)
class Pagination:
    """How a list operation walks its pages (the spec's ``x-pagination``).

    ``link``: the next request copies ``params`` from the href of the ``rel`` link in the ``links`` field.
    ``offset``: the next request sends ``offset_param`` = previous offset + items received; stops at ``total``.
    ``start``: ``start_param`` numbers the first item a page answers, counting from ``first`` (Huawei's task lists
    count from 1); the next request sends previous start + items received; stops at ``total``.
    ``token``: the next request sends ``token_param`` = the response's ``token_field``; stops when it is empty.
    Every style stops at an empty page (``token`` excepted: a cursor may skip over filtered-out items).
    """

    style: PaginationStyle
    items: str
    location: ParamLocation = "query"
    links: str = "links"
    rel: str = "next"
    params: tuple[str, ...] = ()
    offset_param: str | None = None
    limit_param: str | None = None
    total: str | None = None
    start_param: str | None = None
    first: int = 1
    token_param: str | None = None
    token_field: str | None = None
    # In an RPC envelope the paging parameters sit in a field of the body (JSON-RPC ``params``).
    body_path: str | None = None


@dataclass(frozen=True, slots=True)
class LongPoll:
    """A request that asks the server to hold it open (``x-long-poll``): its read timeout exceeds the wait."""

    param: str
    location: ParamLocation = "query"
    default: float = 0.0


@dataclass(frozen=True, slots=True)
class Batch:
    """The limits of a request that carries many items (``x-batch``): batch helpers split work to fit them."""

    items: str
    max_items: int
    max_bytes: int | None = None


@dataclass(frozen=True, slots=True)
class ErrorShape:
    """Where an API's error body keeps its parts (the spec's root ``x-error``), as dotted paths into the JSON."""

    code: str | None = None
    message: str | None = None
    request_id: str | None = None
    request_id_header: str | None = None
    # An API that reports errors inside HTTP 200 envelopes: the ``code`` values that mean success.
    success_codes: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    """One spec operation as the runtime sees it."""

    name: str
    method: str
    path: str
    idempotent: bool
    expected_statuses: frozenset[int]
    pagination: Pagination | None = None
    long_poll: LongPoll | None = None
    batch: Batch | None = None
    # Envelope codes that mean "nothing to return" (a receive on an empty queue): no error, the method returns None.
    no_result_codes: frozenset[int] = frozenset()
    # Statuses that mean a lasting condition for this operation (``x-not-transient``): raised at once, never retried.
    not_transient: frozenset[int] = frozenset()
    # Which of the API's named hosts serves the operation (``x-host``), when it has several.
    host: str | None = None
    # Form bodies: list values travel as ``name.<start>=..&name.<start+1>=..`` (``x-form-arrays``); None: repeated keys.
    form_array_start: int | None = None
    # The documented rules, checked before any I/O: parameter schemas by wire name, and the body's schema.
    param_schemas: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    body_schema: Mapping[str, Any] | None = None
    # How the body travels: ``json`` or ``form`` (urlencoded), with its media type; None: the request has no body.
    body_encoding: BodyEncoding | None = None
    content_type: str | None = None
    # RPC envelopes (``x-envelope``): the body field that carries the call's arguments, and the envelope's fixed
    # fields (``jsonrpc``, ``method``, ``id``) with the values the spec gives them.
    envelope_params: str | None = None
    envelope_fields: Mapping[str, Any] = field(default_factory=dict)
    # The success body's shape (types and required fields only), checked before a model is built from it.
    response_schema: Mapping[str, Any] | None = None
    # Top-level request body fields the spec marks ``x-secret``: their values are masked in error texts.
    secret_fields: tuple[str, ...] = ()


def dotted_get(data: object, path: str | None) -> Any:
    """``data["a"]["b"]`` for path ``a.b``; ``None`` where any step is missing or not a mapping.

    ``a.b|c.d`` tries each alternative in turn and gives the first that is present (an envelope that carries either
    ``result.code`` or ``error.code``).
    """
    if path is None:
        return None
    if "|" in path:
        for alternative in path.split("|"):
            found = dotted_get(data, alternative)
            if found is not None:
                return found
        return None
    current: Any = data
    for part in path.split("."):
        if not isinstance(current, Mapping) or part not in current:
            return None
        current = current[part]
    return current
