"""Auth shared across APIs: a secret sent as a header, or written into the JSON body by the request loop; never
shown in a repr."""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any, NamedTuple

import httpx

from .operation import Operation


class TokenHeaderAuth(httpx.Auth):
    """Sends a token in one header (``X-Auth-Token`` by default) on every request."""

    def __init__(self, token: str, header: str = "X-Auth-Token") -> None:
        self._token = token
        self._header = header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._token
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(header={self._header!r}, token=[REDACTED])"


# The record a built request carries of the client-owned fields written into its JSON body (``BodyFields``).
_BODY_FIELDS = "mqclients.body_fields"


class BodyFields(NamedTuple):
    """The client-owned fields written into a request's JSON body when it was built: the body as encoded,
    the field holding them (the RPC envelope's ``params``; None: the top level), and the values written."""

    body: Mapping[str, Any]
    location: str | None
    values: Mapping[str, Any]

    def with_values(self, values: Mapping[str, Any]) -> BodyFields:
        """The same body with ``values`` written over the client-owned fields."""
        return _written(self.body, self.location, values)


def _written(body: Mapping[str, Any], location: str | None, values: Mapping[str, Any]) -> BodyFields:
    """``body`` with ``values`` written into its client-owned fields (a None value left out), and its record."""
    given = {name: value for name, value in values.items() if value is not None}
    if location is None:
        return BodyFields({**body, **given}, None, dict(values))
    return BodyFields({**body, location: {**body[location], **given}}, location, dict(values))


class BodyFieldAuth(httpx.Auth):
    """An auth whose credential travels inside the JSON body (a JSON-RPC session token in ``params``), not in a
    header.

    The request loop asks ``body_fields()`` for the current values while it builds each request and writes those
    the operation's body declares into the body it encodes, so the body is encoded once and never decoded again.
    The auth flow finds what was written with ``body_fields_of`` and builds the request anew (``with_body_fields``)
    only when its values changed since (after a login). A request whose operation declares none of the fields (a
    login) carries no record and goes out as it is.
    """

    def body_fields(self) -> Mapping[str, Any]:
        raise NotImplementedError


def fill_body_fields(op: Operation, body: Any, values: Mapping[str, Any]) -> BodyFields | None:
    """``body`` with ``values`` written into the fields the operation's body schema declares (a None value is left
    out: not known yet); None when it declares none of them (nothing to write)."""
    if not isinstance(body, Mapping) or op.body_schema is None:
        return None
    location = op.envelope_params
    schema: Any = op.body_schema
    if location is not None:
        if not isinstance(body.get(location), Mapping):
            return None
        schema = (schema.get("properties") or {}).get(location) or {}
    declared = schema.get("properties") or {}
    owned = {name: value for name, value in values.items() if name in declared}
    if not owned:
        return None
    return _written(body, location, owned)


def mark_body_fields(request: httpx.Request, fields: BodyFields) -> httpx.Request:
    request.extensions[_BODY_FIELDS] = fields
    return request


def body_fields_of(request: httpx.Request) -> BodyFields | None:
    """What the request loop wrote into this request's body for a ``BodyFieldAuth`` (None: nothing)."""
    fields = request.extensions.get(_BODY_FIELDS)
    return fields if isinstance(fields, BodyFields) else None


def with_body_fields(request: httpx.Request, fields: BodyFields, values: Mapping[str, Any]) -> httpx.Request:
    """A copy of ``request`` whose JSON body carries ``values`` in its client-owned fields (encoded afresh)."""
    updated = fields.with_values(values)
    headers = [(name, value) for name, value in request.headers.raw if name.lower() != b"content-length"]
    rebuilt = httpx.Request(
        request.method, request.url, headers=headers, json=updated.body, extensions=dict(request.extensions)
    )
    return mark_body_fields(rebuilt, updated)
