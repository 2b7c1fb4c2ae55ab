"""What the runtime knows about one operation: the data codegen reads out of the spec's ``x-`` extensions.

Generated facades build one ``Operation`` per spec operation at import time; the request loop, the error mapper and
the pagers read only these declarations, never an API's name. They are immutable named tuples, not dataclasses:
building a dataclass compiles its methods at import time (3 ms for ``Operation`` alone), and an API has up to 65
operations to build; a named tuple is ten times cheaper to define and four times cheaper to instantiate.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

if TYPE_CHECKING:  # annotations only (``from __future__ import annotations``): no typing work at import time
    PaginationStyle = Literal["link", "offset", "start", "token"]
    ParamLocation = Literal["query", "body"]
    BodyEncoding = Literal["json", "form"]


_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Pagination(NamedTuple):
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


class LongPoll(NamedTuple):
    """A request that asks the server to hold it open (``x-long-poll``): its read timeout exceeds the wait."""

    param: str
    location: ParamLocation = "query"
    default: float = 0.0


class Batch(NamedTuple):
    """The limits of a request that carries many items (``x-batch``): batch helpers split work to fit them."""

    items: str
    max_items: int
    max_bytes: int | None = None


class ErrorShape(NamedTuple):
    """Where an API's error body keeps its parts (the spec's root ``x-error``), as dotted paths into the JSON."""

    code: str | None = None
    message: str | None = None
    request_id: str | None = None
    request_id_header: str | None = None
    # An API that reports errors inside HTTP 200 envelopes: the ``code`` values that mean success.
    success_codes: tuple[int, ...] | None = None


class Operation(NamedTuple):
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
    param_schemas: Mapping[str, Mapping[str, Any]] = _EMPTY
    body_schema: Mapping[str, Any] | None = None
    # How the body travels: ``json`` or ``form`` (urlencoded), with its media type; None: the request has no body.
    body_encoding: BodyEncoding | None = None
    content_type: str | None = None
    # RPC envelopes (``x-envelope``): the body field that carries the call's arguments, and the envelope's fixed
    # fields (``jsonrpc``, ``method``, ``id``) with the values the spec gives them.
    envelope_params: str | None = None
    envelope_fields: Mapping[str, Any] = _EMPTY
    # The success body's shape (types and required fields only), checked before a model is built from it.
    response_schema: Mapping[str, Any] | None = None
    # Top-level request body fields the spec marks ``x-secret``: their values are masked in error texts.
    secret_fields: tuple[str, ...] = ()
    # The API's client headers (``SpecConfig.client_headers``) this operation does not take: left off its request.
    unsent_headers: tuple[str, ...] = ()


def dotted_get(data: object, path: str | None) -> Any:
    """``data["a"]["b"]`` for path ``a.b``; ``None`` where any step is missing or not a mapping.

    ``a.b|c.d`` tries each alternative in turn and gives the first that is present (an envelope that carries either
    ``result.code`` or ``error.code``). Each path is split once (it is read on every response).
    """
    if path is None:
        return None
    alternatives = _SPLIT_PATHS.get(path)
    if alternatives is None:
        alternatives = _split_path(path)
    for steps in alternatives:
        current: Any = data
        for step in steps:
            if not (type(current) is dict or isinstance(current, Mapping)) or step not in current:
                current = None
                break
            current = current[step]
        if current is not None:
            return current
    return None


_SPLIT_PATHS: dict[str, tuple[tuple[str, ...], ...]] = {}


def _split_path(path: str) -> tuple[tuple[str, ...], ...]:
    alternatives = tuple(tuple(alternative.split(".")) for alternative in path.split("|"))
    if len(_SPLIT_PATHS) < 1024:  # paths come from specs; a bound all the same
        _SPLIT_PATHS[path] = alternatives
    return alternatives
