"""From the values a generated facade method was called with to the request the transport sends.

A generated method only sorts its arguments by where they travel (path, query, headers, body) under their wire
names; this module turns them, with the operation's declarations, into the ``method``/``url``/``params``/
``json``/``data``/``headers`` mapping the transport builds an ``httpx.Request`` from. A body may be given as a
model, as a plain mapping (validated later against the spec's schema, like any body), or as keyword fields.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from .errors import ValidationError
from .operation import Operation
from .unset import UNSET

# Facade methods use this as the default of ``body=``: nothing given.
NO_BODY: Any = None

# The media type httpx gives each body it encodes (``json=``, ``data=``; an empty form gets none): an operation
# declaring the same one needs no header of its own (merging one into the request's headers is a large part of
# building the request).
_ENCODED_AS = {"json": "application/json", "form": "application/x-www-form-urlencoded"}

# JSON scalars as they are sent (exact types: a subclass may define ``to_dict``).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_wire(value: Any) -> Any:
    """A JSON-ready copy of a body value: models by their ``to_dict()``, mappings and lists item by item, dates
    and times in ISO 8601. ``UNSET`` entries of a mapping are dropped (not given means not sent)."""
    if type(value) in _PLAIN:
        return value  # the common field value: nothing to convert (and no failed attribute lookup to pay for)
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_wire(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, (list, tuple)):
        return [to_wire(item) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def body_from(
    body: Any,
    fields: Mapping[str, Any],
    required: Mapping[str, str],
    *,
    fixed: Mapping[str, Any] | None = None,
    optional: bool = False,
    keeps_null: tuple[str, ...] = (),
) -> Any:
    """The wire body of a call given either ``body=`` (a model or a mapping) or keyword ``fields``, never both.

    ``fields`` maps wire names to the values given (``None`` or ``UNSET`` where omitted): only given fields are
    sent, the server applies the spec's defaults. ``keeps_null``: the fields whose schema admits null, where
    ``None`` is sent as null (and ``UNSET`` means not given). ``required`` maps the wire names the spec requires
    to their keywords. ``fixed``: fields the client owns, with their values (CMQ's ``Action``). ``optional``: the
    operation may be sent without a body.
    """
    given = {
        name: value
        for name, value in fields.items()
        if value is not UNSET and (value is not None or name in keeps_null)
    }
    if body is not None:
        if given:
            raise ValidationError(
                "body", f"pass either body= or the keyword fields ({', '.join(sorted(given))}), not both"
            )
        sent = to_wire(body)
        # The fields the client owns are its own whatever the caller's mapping says (or leaves out).
        return {**sent, **fixed} if fixed and isinstance(sent, Mapping) else sent
    if optional and not given:
        return None
    for name, keyword in required.items():
        if name not in given:
            raise ValidationError(keyword, "is required")
    wire = to_wire(given)
    return {**fixed, **wire} if fixed else wire


def request_kwargs(
    op: Operation,
    path: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, Any] | None = None,
    body: Any = None,
) -> dict[str, Any]:
    """The transport's request description: URL with quoted path values, query and headers without ``UNSET`` or
    ``None`` values, and the body (wrapped in the RPC envelope when the operation has one)."""
    # A spec path key's ``#fragment`` tells operations on one path apart in the spec; it never goes on the wire,
    # and left in the URL it would only be parsed and checked on every request.
    url = op.path.partition("#")[0]
    if path:
        url = url.format_map({name: quote(str(value), safe="") for name, value in path.items()})
    kwargs: dict[str, Any] = {"method": op.method, "url": url}
    if query is not None:
        kwargs["params"] = {name: value for name, value in query.items() if value is not UNSET and value is not None}
    sent_headers: dict[str, str] = {}
    if headers:
        sent_headers.update({k: str(v) for k, v in headers.items() if v is not UNSET and v is not None})
    if op.envelope_params is not None:
        body = {**op.envelope_fields, op.envelope_params: {} if body is None else body}
    if body is not None and op.body_encoding is not None:
        kwargs["json" if op.body_encoding == "json" else "data"] = body
        if op.content_type and (op.content_type != _ENCODED_AS[op.body_encoding] or not body):
            sent_headers["Content-Type"] = op.content_type
    kwargs["headers"] = sent_headers
    return kwargs
