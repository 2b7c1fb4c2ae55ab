from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.map_destroy_request import MapDestroyRequest
from ...models.map_destroy_response import MapDestroyResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MapDestroyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.map_destroy",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MapDestroyResponse | None:
    if response.status_code == 200:
        response_200 = MapDestroyResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MapDestroyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapDestroyRequest,
) -> Response[ErrorResponse | MapDestroyResponse]:
    """Delete a map with all its keys.

     Deletes every key of the map. Destroying a map that does not exist is not an error (code 0).

    Args:
        body (MapDestroyRequest): The JSON-RPC 2.0 request for `qm.map_destroy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapDestroyResponse]
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
    body: MapDestroyRequest,
) -> ErrorResponse | MapDestroyResponse | None:
    """Delete a map with all its keys.

     Deletes every key of the map. Destroying a map that does not exist is not an error (code 0).

    Args:
        body (MapDestroyRequest): The JSON-RPC 2.0 request for `qm.map_destroy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapDestroyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapDestroyRequest,
) -> Response[ErrorResponse | MapDestroyResponse]:
    """Delete a map with all its keys.

     Deletes every key of the map. Destroying a map that does not exist is not an error (code 0).

    Args:
        body (MapDestroyRequest): The JSON-RPC 2.0 request for `qm.map_destroy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapDestroyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MapDestroyRequest,
) -> ErrorResponse | MapDestroyResponse | None:
    """Delete a map with all its keys.

     Deletes every key of the map. Destroying a map that does not exist is not an error (code 0).

    Args:
        body (MapDestroyRequest): The JSON-RPC 2.0 request for `qm.map_destroy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapDestroyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
