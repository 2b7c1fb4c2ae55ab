from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_send_message_request import BatchSendMessageRequest
from ...models.batch_send_message_response import BatchSendMessageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchSendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#BatchSendMessage",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchSendMessageResponse | None:
    if response.status_code == 200:
        response_200 = BatchSendMessageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchSendMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchSendMessageRequest,
) -> Response[BatchSendMessageResponse]:
    """Send up to 16 messages to a queue in one request.

     Stores 1 to 16 messages, whose bodies together take at most 64 KB (code 4470 beyond), and answers
    their
    ids in the order sent. Each body obeys the SendMessage rules; one delay applies to the whole batch.
    The bodies travel as `msgBody.0`, `msgBody.1`, and so on.

    Args:
        body (BatchSendMessageRequest): BatchSendMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchSendMessageResponse]
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
    body: BatchSendMessageRequest,
) -> BatchSendMessageResponse | None:
    """Send up to 16 messages to a queue in one request.

     Stores 1 to 16 messages, whose bodies together take at most 64 KB (code 4470 beyond), and answers
    their
    ids in the order sent. Each body obeys the SendMessage rules; one delay applies to the whole batch.
    The bodies travel as `msgBody.0`, `msgBody.1`, and so on.

    Args:
        body (BatchSendMessageRequest): BatchSendMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchSendMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchSendMessageRequest,
) -> Response[BatchSendMessageResponse]:
    """Send up to 16 messages to a queue in one request.

     Stores 1 to 16 messages, whose bodies together take at most 64 KB (code 4470 beyond), and answers
    their
    ids in the order sent. Each body obeys the SendMessage rules; one delay applies to the whole batch.
    The bodies travel as `msgBody.0`, `msgBody.1`, and so on.

    Args:
        body (BatchSendMessageRequest): BatchSendMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchSendMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchSendMessageRequest,
) -> BatchSendMessageResponse | None:
    """Send up to 16 messages to a queue in one request.

     Stores 1 to 16 messages, whose bodies together take at most 64 KB (code 4470 beyond), and answers
    their
    ids in the order sent. Each body obeys the SendMessage rules; one delay applies to the whole batch.
    The bodies travel as `msgBody.0`, `msgBody.1`, and so on.

    Args:
        body (BatchSendMessageRequest): BatchSendMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchSendMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
