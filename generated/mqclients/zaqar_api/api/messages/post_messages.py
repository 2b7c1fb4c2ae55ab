from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.post_messages_request import PostMessagesRequest
from ...models.post_messages_result import PostMessagesResult
from ...types import Response


def _get_kwargs(
    queue_name: str,
    *,
    body: PostMessagesRequest,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/queues/{queue_name}/messages".format(
            queue_name=quote(str(queue_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PostMessagesResult | None:
    if response.status_code == 201:
        response_201 = PostMessagesResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PostMessagesResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostMessagesRequest,
    client_id: str,
    x_project_id: str,
) -> Response[Error | PostMessagesResult]:
    """Post one or more messages to a queue.

     Enqueues the messages in order and answers their paths, in the same order, with a `Location`
    header `.../messages?ids=<id>,<id>`. The queue is created if it does not exist. The whole request
    body may not exceed `max_messages_post_size` bytes (256 KiB by default), nor the queue's
    `_max_messages_post_size`; there is no separate limit on the number of messages.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (PostMessagesRequest): Messages to post, in order. The whole request body may not
            exceed 262144 bytes (`max_messages_post_size`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostMessagesResult]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostMessagesRequest,
    client_id: str,
    x_project_id: str,
) -> Error | PostMessagesResult | None:
    """Post one or more messages to a queue.

     Enqueues the messages in order and answers their paths, in the same order, with a `Location`
    header `.../messages?ids=<id>,<id>`. The queue is created if it does not exist. The whole request
    body may not exceed `max_messages_post_size` bytes (256 KiB by default), nor the queue's
    `_max_messages_post_size`; there is no separate limit on the number of messages.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (PostMessagesRequest): Messages to post, in order. The whole request body may not
            exceed 262144 bytes (`max_messages_post_size`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostMessagesResult
    """

    return sync_detailed(
        queue_name=queue_name,
        client=client,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostMessagesRequest,
    client_id: str,
    x_project_id: str,
) -> Response[Error | PostMessagesResult]:
    """Post one or more messages to a queue.

     Enqueues the messages in order and answers their paths, in the same order, with a `Location`
    header `.../messages?ids=<id>,<id>`. The queue is created if it does not exist. The whole request
    body may not exceed `max_messages_post_size` bytes (256 KiB by default), nor the queue's
    `_max_messages_post_size`; there is no separate limit on the number of messages.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (PostMessagesRequest): Messages to post, in order. The whole request body may not
            exceed 262144 bytes (`max_messages_post_size`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostMessagesResult]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostMessagesRequest,
    client_id: str,
    x_project_id: str,
) -> Error | PostMessagesResult | None:
    """Post one or more messages to a queue.

     Enqueues the messages in order and answers their paths, in the same order, with a `Location`
    header `.../messages?ids=<id>,<id>`. The queue is created if it does not exist. The whole request
    body may not exceed `max_messages_post_size` bytes (256 KiB by default), nor the queue's
    `_max_messages_post_size`; there is no separate limit on the number of messages.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (PostMessagesRequest): Messages to post, in order. The whole request body may not
            exceed 262144 bytes (`max_messages_post_size`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostMessagesResult
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            client=client,
            body=body,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
