from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_request import AddRequest
from ...models.add_response import AddResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AddResponse.from_dict(response.json())

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
) -> Response[AddResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddRequest,
) -> Response[AddResponse | ErrorResponse]:
    """Add one element at the tail of a queue.

     Appends the element to the queue. When the answer arrives the element is on disk: it survives a
    crash of the server. The queue must exist (code 1111600003 otherwise).

    Args:
        body (AddRequest): The JSON-RPC 2.0 request for `qm.add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddResponse | ErrorResponse]
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
    body: AddRequest,
) -> AddResponse | ErrorResponse | None:
    """Add one element at the tail of a queue.

     Appends the element to the queue. When the answer arrives the element is on disk: it survives a
    crash of the server. The queue must exist (code 1111600003 otherwise).

    Args:
        body (AddRequest): The JSON-RPC 2.0 request for `qm.add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddRequest,
) -> Response[AddResponse | ErrorResponse]:
    """Add one element at the tail of a queue.

     Appends the element to the queue. When the answer arrives the element is on disk: it survives a
    crash of the server. The queue must exist (code 1111600003 otherwise).

    Args:
        body (AddRequest): The JSON-RPC 2.0 request for `qm.add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddRequest,
) -> AddResponse | ErrorResponse | None:
    """Add one element at the tail of a queue.

     Appends the element to the queue. When the answer arrives the element is on disk: it survives a
    crash of the server. The queue must exist (code 1111600003 otherwise).

    Args:
        body (AddRequest): The JSON-RPC 2.0 request for `qm.add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
