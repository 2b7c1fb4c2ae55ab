from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.topic_status import TopicStatus
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    topic: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances/{instance_id}/topics/{topic}/status".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            topic=quote(str(topic), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TopicStatus:
    if response.status_code == 200:
        response_200 = TopicStatus.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TopicStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    topic: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | TopicStatus]:
    """Get the message offsets of a topic, per broker and queue.

     Answers the topic's minimum and maximum message offsets, and per broker and queue the offsets and
    the
    time of the last message; the difference of the offsets is the number of messages stored.

    Args:
        project_id (str):
        instance_id (str):
        topic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopicStatus]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        topic=topic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    topic: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | TopicStatus | None:
    """Get the message offsets of a topic, per broker and queue.

     Answers the topic's minimum and maximum message offsets, and per broker and queue the offsets and
    the
    time of the last message; the difference of the offsets is the number of messages stored.

    Args:
        project_id (str):
        instance_id (str):
        topic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopicStatus
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        topic=topic,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    topic: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | TopicStatus]:
    """Get the message offsets of a topic, per broker and queue.

     Answers the topic's minimum and maximum message offsets, and per broker and queue the offsets and
    the
    time of the last message; the difference of the offsets is the number of messages stored.

    Args:
        project_id (str):
        instance_id (str):
        topic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopicStatus]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        topic=topic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    topic: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | TopicStatus | None:
    """Get the message offsets of a topic, per broker and queue.

     Answers the topic's minimum and maximum message offsets, and per broker and queue the offsets and
    the
    time of the last message; the difference of the offsets is the number of messages stored.

    Args:
        project_id (str):
        instance_id (str):
        topic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopicStatus
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            topic=topic,
            client=client,
        )
    ).parsed
