from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_publish_message_request import BatchPublishMessageRequest
from ...models.batch_publish_message_response import BatchPublishMessageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchPublishMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#BatchPublishMessage",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchPublishMessageResponse | None:
    if response.status_code == 200:
        response_200 = BatchPublishMessageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchPublishMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchPublishMessageRequest,
) -> Response[BatchPublishMessageResponse]:
    """Publish up to 16 messages to a topic in one request.

     Publishes 1 to 16 messages whose bodies together take at most 64 KB (4470 beyond) and answers their
    ids
    in the order sent. The tags and routing key apply to every message of the batch. The bodies travel
    as
    `msgBody.0`, `msgBody.1`, and so on.

    Args:
        body (BatchPublishMessageRequest): BatchPublishMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchPublishMessageResponse]
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
    body: BatchPublishMessageRequest,
) -> BatchPublishMessageResponse | None:
    """Publish up to 16 messages to a topic in one request.

     Publishes 1 to 16 messages whose bodies together take at most 64 KB (4470 beyond) and answers their
    ids
    in the order sent. The tags and routing key apply to every message of the batch. The bodies travel
    as
    `msgBody.0`, `msgBody.1`, and so on.

    Args:
        body (BatchPublishMessageRequest): BatchPublishMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchPublishMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchPublishMessageRequest,
) -> Response[BatchPublishMessageResponse]:
    """Publish up to 16 messages to a topic in one request.

     Publishes 1 to 16 messages whose bodies together take at most 64 KB (4470 beyond) and answers their
    ids
    in the order sent. The tags and routing key apply to every message of the batch. The bodies travel
    as
    `msgBody.0`, `msgBody.1`, and so on.

    Args:
        body (BatchPublishMessageRequest): BatchPublishMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchPublishMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchPublishMessageRequest,
) -> BatchPublishMessageResponse | None:
    """Publish up to 16 messages to a topic in one request.

     Publishes 1 to 16 messages whose bodies together take at most 64 KB (4470 beyond) and answers their
    ids
    in the order sent. The tags and routing key apply to every message of the batch. The bodies travel
    as
    `msgBody.0`, `msgBody.1`, and so on.

    Args:
        body (BatchPublishMessageRequest): BatchPublishMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchPublishMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
