from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.map_batch_put_request import MapBatchPutRequest
from ...models.map_batch_put_response import MapBatchPutResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MapBatchPutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.map_batch_put",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MapBatchPutResponse | None:
    if response.status_code == 200:
        response_200 = MapBatchPutResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MapBatchPutResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapBatchPutRequest,
) -> Response[ErrorResponse | MapBatchPutResponse]:
    """Set several keys of a map at once (creating the map when needed).

     Sets 1 to 1,000 keys, all or none. `list` is either one JSON object (`{"k1": "v1", "k2": "v2"}`)
    or an array of one-pair objects (`[{"k1": "v1"}, {"k2": "v2"}]`, where a later pair wins over an
    earlier one with the same key). `size`, when given, must equal the number of pairs.

    Args:
        body (MapBatchPutRequest): The JSON-RPC 2.0 request for `qm.map_batch_put`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapBatchPutResponse]
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
    body: MapBatchPutRequest,
) -> ErrorResponse | MapBatchPutResponse | None:
    """Set several keys of a map at once (creating the map when needed).

     Sets 1 to 1,000 keys, all or none. `list` is either one JSON object (`{"k1": "v1", "k2": "v2"}`)
    or an array of one-pair objects (`[{"k1": "v1"}, {"k2": "v2"}]`, where a later pair wins over an
    earlier one with the same key). `size`, when given, must equal the number of pairs.

    Args:
        body (MapBatchPutRequest): The JSON-RPC 2.0 request for `qm.map_batch_put`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapBatchPutResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MapBatchPutRequest,
) -> Response[ErrorResponse | MapBatchPutResponse]:
    """Set several keys of a map at once (creating the map when needed).

     Sets 1 to 1,000 keys, all or none. `list` is either one JSON object (`{"k1": "v1", "k2": "v2"}`)
    or an array of one-pair objects (`[{"k1": "v1"}, {"k2": "v2"}]`, where a later pair wins over an
    earlier one with the same key). `size`, when given, must equal the number of pairs.

    Args:
        body (MapBatchPutRequest): The JSON-RPC 2.0 request for `qm.map_batch_put`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MapBatchPutResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MapBatchPutRequest,
) -> ErrorResponse | MapBatchPutResponse | None:
    """Set several keys of a map at once (creating the map when needed).

     Sets 1 to 1,000 keys, all or none. `list` is either one JSON object (`{"k1": "v1", "k2": "v2"}`)
    or an array of one-pair objects (`[{"k1": "v1"}, {"k2": "v2"}]`, where a later pair wins over an
    earlier one with the same key). `size`, when given, must equal the number of pairs.

    Args:
        body (MapBatchPutRequest): The JSON-RPC 2.0 request for `qm.map_batch_put`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MapBatchPutResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
