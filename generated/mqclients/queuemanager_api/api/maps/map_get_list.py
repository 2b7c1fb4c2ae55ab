from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.map_get_list_request import MapGetListRequest
from ...models.map_get_list_response import MapGetListResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MapGetListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.map_get_list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MapGetListResponse | None:
    if response.status_code == 200:
        response_200 = MapGetListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MapGetListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapGetListRequest,
) -> Response[ErrorResponse | MapGetListResponse]:
    """Get a page of a map's keys and values, in key order.

     Answers up to `size` pairs starting at the `offset`-th key, keys in ascending Unicode code point
    order; fewer when the map has fewer left (an empty `list` past its end, or for a map that does
    not exist). To read a whole map, call again with `offset` plus the `size` answered until the
    answered `size` is smaller than the one asked for. Keys put or removed between calls may shift
    the pages.

    Args:
        body (MapGetListRequest): The JSON-RPC 2.0 request for `qm.map_get_list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapGetListResponse]
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
    body: MapGetListRequest,
) -> ErrorResponse | MapGetListResponse | None:
    """Get a page of a map's keys and values, in key order.

     Answers up to `size` pairs starting at the `offset`-th key, keys in ascending Unicode code point
    order; fewer when the map has fewer left (an empty `list` past its end, or for a map that does
    not exist). To read a whole map, call again with `offset` plus the `size` answered until the
    answered `size` is smaller than the one asked for. Keys put or removed between calls may shift
    the pages.

    Args:
        body (MapGetListRequest): The JSON-RPC 2.0 request for `qm.map_get_list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapGetListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapGetListRequest,
) -> Response[ErrorResponse | MapGetListResponse]:
    """Get a page of a map's keys and values, in key order.

     Answers up to `size` pairs starting at the `offset`-th key, keys in ascending Unicode code point
    order; fewer when the map has fewer left (an empty `list` past its end, or for a map that does
    not exist). To read a whole map, call again with `offset` plus the `size` answered until the
    answered `size` is smaller than the one asked for. Keys put or removed between calls may shift
    the pages.

    Args:
        body (MapGetListRequest): The JSON-RPC 2.0 request for `qm.map_get_list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapGetListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MapGetListRequest,
) -> ErrorResponse | MapGetListResponse | None:
    """Get a page of a map's keys and values, in key order.

     Answers up to `size` pairs starting at the `offset`-th key, keys in ascending Unicode code point
    order; fewer when the map has fewer left (an empty `list` past its end, or for a map that does
    not exist). To read a whole map, call again with `offset` plus the `size` answered until the
    answered `size` is smaller than the one asked for. Keys put or removed between calls may shift
    the pages.

    Args:
        body (MapGetListRequest): The JSON-RPC 2.0 request for `qm.map_get_list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapGetListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
