from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_receive_message_request import BatchReceiveMessageRequest
from ...models.batch_receive_message_response import BatchReceiveMessageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchReceiveMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#BatchReceiveMessage",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchReceiveMessageResponse | None:
    if response.status_code == 200:
        response_200 = BatchReceiveMessageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchReceiveMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchReceiveMessageRequest,
) -> Response[BatchReceiveMessageResponse]:
    """Receive up to 16 messages from a queue, waiting up to 30 seconds for some.

     Like ReceiveMessage for up to `numOfMsg` messages; the answer may hold fewer. Code 7000 (returned as
    `None`) means nothing arrived within the wait.

    Args:
        body (BatchReceiveMessageRequest): BatchReceiveMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchReceiveMessageResponse]
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
    body: BatchReceiveMessageRequest,
) -> BatchReceiveMessageResponse | None:
    """Receive up to 16 messages from a queue, waiting up to 30 seconds for some.

     Like ReceiveMessage for up to `numOfMsg` messages; the answer may hold fewer. Code 7000 (returned as
    `None`) means nothing arrived within the wait.

    Args:
        body (BatchReceiveMessageRequest): BatchReceiveMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchReceiveMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchReceiveMessageRequest,
) -> Response[BatchReceiveMessageResponse]:
    """Receive up to 16 messages from a queue, waiting up to 30 seconds for some.

     Like ReceiveMessage for up to `numOfMsg` messages; the answer may hold fewer. Code 7000 (returned as
    `None`) means nothing arrived within the wait.

    Args:
        body (BatchReceiveMessageRequest): BatchReceiveMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchReceiveMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchReceiveMessageRequest,
) -> BatchReceiveMessageResponse | None:
    """Receive up to 16 messages from a queue, waiting up to 30 seconds for some.

     Like ReceiveMessage for up to `numOfMsg` messages; the answer may hold fewer. Code 7000 (returned as
    `None`) means nothing arrived within the wait.

    Args:
        body (BatchReceiveMessageRequest): BatchReceiveMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchReceiveMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
