from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.map_get_request import MapGetRequest
from ...models.map_get_response import MapGetResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MapGetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.map_get",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MapGetResponse | None:
    if response.status_code == 200:
        response_200 = MapGetResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MapGetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapGetRequest,
) -> Response[ErrorResponse | MapGetResponse]:
    """Get a key's value from a map.

     Answers the key's value. A key (or map) that does not exist answers code 0 without `value`.

    Args:
        body (MapGetRequest): The JSON-RPC 2.0 request for `qm.map_get`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapGetResponse]
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
    body: MapGetRequest,
) -> ErrorResponse | MapGetResponse | None:
    """Get a key's value from a map.

     Answers the key's value. A key (or map) that does not exist answers code 0 without `value`.

    Args:
        body (MapGetRequest): The JSON-RPC 2.0 request for `qm.map_get`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapGetResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapGetRequest,
) -> Response[ErrorResponse | MapGetResponse]:
    """Get a key's value from a map.

     Answers the key's value. A key (or map) that does not exist answers code 0 without `value`.

    Args:
        body (MapGetRequest): The JSON-RPC 2.0 request for `qm.map_get`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapGetResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MapGetRequest,
) -> ErrorResponse | MapGetResponse | None:
    """Get a key's value from a map.

     Answers the key's value. A key (or map) that does not exist answers code 0 without `value`.

    Args:
        body (MapGetRequest): The JSON-RPC 2.0 request for `qm.map_get`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapGetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
