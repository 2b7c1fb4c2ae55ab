from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.map_get_all_request import MapGetAllRequest
from ...models.map_get_all_response import MapGetAllResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MapGetAllRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.map_get_all",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MapGetAllResponse | None:
    if response.status_code == 200:
        response_200 = MapGetAllResponse.from_dict(response.json())

        return response_200

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MapGetAllResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapGetAllRequest,
) -> Response[ErrorResponse | MapGetAllResponse]:
    """Get every key and value of a map.

     Answers the map's pairs as one JSON object, at most 1,000 of them (the server's `--max-page`),
    from the `offset`-th key in key order. When the map holds more, `next_offset` says where the
    rest starts: call again with it until no `next_offset` comes back. A map that does not exist (or
    is empty) answers code 0 without `map`. `map_get_list` reads maps in pages of your size.

    Args:
        body (MapGetAllRequest): The JSON-RPC 2.0 request for `qm.map_get_all`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapGetAllResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MapGetAllRequest,
) -> ErrorResponse | MapGetAllResponse | None:
    """Get every key and value of a map.

     Answers the map's pairs as one JSON object, at most 1,000 of them (the server's `--max-page`),
    from the `offset`-th key in key order. When the map holds more, `next_offset` says where the
    rest starts: call again with it until no `next_offset` comes back. A map that does not exist (or
    is empty) answers code 0 without `map`. `map_get_list` reads maps in pages of your size.

    Args:
        body (MapGetAllRequest): The JSON-RPC 2.0 request for `qm.map_get_all`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapGetAllResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapGetAllRequest,
) -> Response[ErrorResponse | MapGetAllResponse]:
    """Get every key and value of a map.

     Answers the map's pairs as one JSON object, at most 1,000 of them (the server's `--max-page`),
    from the `offset`-th key in key order. When the map holds more, `next_offset` says where the
    rest starts: call again with it until no `next_offset` comes back. A map that does not exist (or
    is empty) answers code 0 without `map`. `map_get_list` reads maps in pages of your size.

    Args:
        body (MapGetAllRequest): The JSON-RPC 2.0 request for `qm.map_get_all`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapGetAllResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MapGetAllRequest,
) -> ErrorResponse | MapGetAllResponse | None:
    """Get every key and value of a map.

     Answers the map's pairs as one JSON object, at most 1,000 of them (the server's `--max-page`),
    from the `offset`-th key in key order. When the map holds more, `next_offset` says where the
    rest starts: call again with it until no `next_offset` comes back. A map that does not exist (or
    is empty) answers code 0 without `map`. `map_get_list` reads maps in pages of your size.

    Args:
        body (MapGetAllRequest): The JSON-RPC 2.0 request for `qm.map_get_all`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapGetAllResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
