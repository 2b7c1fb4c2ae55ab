from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.map_put_request import MapPutRequest
from ...models.map_put_response import MapPutResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MapPutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.map_put",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MapPutResponse | None:
    if response.status_code == 200:
        response_200 = MapPutResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MapPutResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapPutRequest,
) -> Response[ErrorResponse | MapPutResponse]:
    """Set a key's value in a map (creating the map when needed).

     Sets the key to the value, replacing any value it had. A map exists while it holds at least one
    key: putting into a map that does not exist creates it.

    Args:
        body (MapPutRequest): The JSON-RPC 2.0 request for `qm.map_put`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapPutResponse]
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
    body: MapPutRequest,
) -> ErrorResponse | MapPutResponse | None:
    """Set a key's value in a map (creating the map when needed).

     Sets the key to the value, replacing any value it had. A map exists while it holds at least one
    key: putting into a map that does not exist creates it.

    Args:
        body (MapPutRequest): The JSON-RPC 2.0 request for `qm.map_put`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapPutResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapPutRequest,
) -> Response[ErrorResponse | MapPutResponse]:
    """Set a key's value in a map (creating the map when needed).

     Sets the key to the value, replacing any value it had. A map exists while it holds at least one
    key: putting into a map that does not exist creates it.

    Args:
        body (MapPutRequest): The JSON-RPC 2.0 request for `qm.map_put`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapPutResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MapPutRequest,
) -> ErrorResponse | MapPutResponse | None:
    """Set a key's value in a map (creating the map when needed).

     Sets the key to the value, replacing any value it had. A map exists while it holds at least one
    key: putting into a map that does not exist creates it.

    Args:
        body (MapPutRequest): The JSON-RPC 2.0 request for `qm.map_put`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapPutResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
