from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_messages_request import SendMessagesRequest
from ...models.send_messages_result import SendMessagesResult
from ...types import Response


def _get_kwargs(
    project_id: str,
    queue_id: str,
    *,
    body: SendMessagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1.0/{project_id}/queues/{queue_id}/messages".format(
            project_id=quote(str(project_id), safe=""),
            queue_id=quote(str(queue_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | SendMessagesResult | None:
    if response.status_code == 200:
        response_200 = SendMessagesResult.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SendMessagesResult.from_dict(response.json())

        return response_201

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | SendMessagesResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessagesRequest,
) -> Response[Any | Error | SendMessagesResult]:
    """Send up to ten messages to a queue.

     Sends the messages in one request: at most 10 of them, and at most 512 KB for the whole request.
    Every consumer group of the queue receives each message. The answer reports, per message in the
    order sent, whether it was stored (`state` 0) or not (`state` 1, with an error), and the message
    id when `returnId` was true. An answer with no body (which the old SDK expected) is returned as
    None. The reference excerpts give no success status for this call, so 200, 201 and 204 are all
    accepted.

    Args:
        project_id (str):
        queue_id (str):
        body (SendMessagesRequest): Messages to send. At most 10 messages, and at most 512 KB for
            the whole request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | SendMessagesResult]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessagesRequest,
) -> Any | Error | SendMessagesResult | None:
    """Send up to ten messages to a queue.

     Sends the messages in one request: at most 10 of them, and at most 512 KB for the whole request.
    Every consumer group of the queue receives each message. The answer reports, per message in the
    order sent, whether it was stored (`state` 0) or not (`state` 1, with an error), and the message
    id when `returnId` was true. An answer with no body (which the old SDK expected) is returned as
    None. The reference excerpts give no success status for this call, so 200, 201 and 204 are all
    accepted.

    Args:
        project_id (str):
        queue_id (str):
        body (SendMessagesRequest): Messages to send. At most 10 messages, and at most 512 KB for
            the whole request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | SendMessagesResult
    """

    return sync_detailed(
        project_id=project_id,
        queue_id=queue_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessagesRequest,
) -> Response[Any | Error | SendMessagesResult]:
    """Send up to ten messages to a queue.

     Sends the messages in one request: at most 10 of them, and at most 512 KB for the whole request.
    Every consumer group of the queue receives each message. The answer reports, per message in the
    order sent, whether it was stored (`state` 0) or not (`state` 1, with an error), and the message
    id when `returnId` was true. An answer with no body (which the old SDK expected) is returned as
    None. The reference excerpts give no success status for this call, so 200, 201 and 204 are all
    accepted.

    Args:
        project_id (str):
        queue_id (str):
        body (SendMessagesRequest): Messages to send. At most 10 messages, and at most 512 KB for
            the whole request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | SendMessagesResult]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessagesRequest,
) -> Any | Error | SendMessagesResult | None:
    """Send up to ten messages to a queue.

     Sends the messages in one request: at most 10 of them, and at most 512 KB for the whole request.
    Every consumer group of the queue receives each message. The answer reports, per message in the
    order sent, whether it was stored (`state` 0) or not (`state` 1, with an error), and the message
    id when `returnId` was true. An answer with no body (which the old SDK expected) is returned as
    None. The reference excerpts give no success status for this call, so 200, 201 and 204 are all
    accepted.

    Args:
        project_id (str):
        queue_id (str):
        body (SendMessagesRequest): Messages to send. At most 10 messages, and at most 512 KB for
            the whole request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | SendMessagesResult
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            queue_id=queue_id,
            client=client,
            body=body,
        )
    ).parsed
