from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message import Message
from ...types import Response


def _get_kwargs(
    queue_name: str,
    message_id: str,
    *,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/queues/{queue_name}/messages/{message_id}".format(
            queue_name=quote(str(queue_name), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_name: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Response[Error | Message]:
    """Get one message.

     Answers the message; while it is claimed its `href` carries `?claim_id=` (on the redis store
    also after the claim expired on its own). An unknown message is 404. The redis store does not
    scope message ids to the queue or project in the path: any existing queue of any project finds
    the message by its id.

    Args:
        queue_name (str):
        message_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        message_id=message_id,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_name: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Error | Message | None:
    """Get one message.

     Answers the message; while it is claimed its `href` carries `?claim_id=` (on the redis store
    also after the claim expired on its own). An unknown message is 404. The redis store does not
    scope message ids to the queue or project in the path: any existing queue of any project finds
    the message by its id.

    Args:
        queue_name (str):
        message_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        queue_name=queue_name,
        message_id=message_id,
        client=client,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Response[Error | Message]:
    """Get one message.

     Answers the message; while it is claimed its `href` carries `?claim_id=` (on the redis store
    also after the claim expired on its own). An unknown message is 404. The redis store does not
    scope message ids to the queue or project in the path: any existing queue of any project finds
    the message by its id.

    Args:
        queue_name (str):
        message_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        message_id=message_id,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Error | Message | None:
    """Get one message.

     Answers the message; while it is claimed its `href` carries `?claim_id=` (on the redis store
    also after the claim expired on its own). An unknown message is 404. The redis store does not
    scope message ids to the queue or project in the path: any existing queue of any project finds
    the message by its id.

    Args:
        queue_name (str):
        message_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            message_id=message_id,
            client=client,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
