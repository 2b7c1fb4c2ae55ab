from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pull_elements_request import PullElementsRequest
from ...models.pull_elements_response import PullElementsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PullElementsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.pull_elements",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PullElementsResponse | None:
    if response.status_code == 200:
        response_200 = PullElementsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PullElementsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PullElementsRequest,
) -> Response[ErrorResponse | PullElementsResponse]:
    """Take up to `number` elements from the head of a queue (each to acknowledge with ack).

     Like `poll`, for up to `number` elements at once (1 to 1,000), oldest first. Fewer elements
    than asked for is not an error: an empty queue answers code 0 with `number` 0 and an empty
    `element_info`. Each element is in flight until acknowledged, as with `poll`.

    Args:
        body (PullElementsRequest): The JSON-RPC 2.0 request for `qm.pull_elements`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PullElementsResponse]
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
    body: PullElementsRequest,
) -> ErrorResponse | PullElementsResponse | None:
    """Take up to `number` elements from the head of a queue (each to acknowledge with ack).

     Like `poll`, for up to `number` elements at once (1 to 1,000), oldest first. Fewer elements
    than asked for is not an error: an empty queue answers code 0 with `number` 0 and an empty
    `element_info`. Each element is in flight until acknowledged, as with `poll`.

    Args:
        body (PullElementsRequest): The JSON-RPC 2.0 request for `qm.pull_elements`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PullElementsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PullElementsRequest,
) -> Response[ErrorResponse | PullElementsResponse]:
    """Take up to `number` elements from the head of a queue (each to acknowledge with ack).

     Like `poll`, for up to `number` elements at once (1 to 1,000), oldest first. Fewer elements
    than asked for is not an error: an empty queue answers code 0 with `number` 0 and an empty
    `element_info`. Each element is in flight until acknowledged, as with `poll`.

    Args:
        body (PullElementsRequest): The JSON-RPC 2.0 request for `qm.pull_elements`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PullElementsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PullElementsRequest,
) -> ErrorResponse | PullElementsResponse | None:
    """Take up to `number` elements from the head of a queue (each to acknowledge with ack).

     Like `poll`, for up to `number` elements at once (1 to 1,000), oldest first. Fewer elements
    than asked for is not an error: an empty queue answers code 0 with `number` 0 and an empty
    `element_info`. Each element is in flight until acknowledged, as with `poll`.

    Args:
        body (PullElementsRequest): The JSON-RPC 2.0 request for `qm.pull_elements`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PullElementsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
