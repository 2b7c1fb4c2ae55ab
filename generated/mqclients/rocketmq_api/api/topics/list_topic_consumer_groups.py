from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.topic_consumer_group_list import TopicConsumerGroupList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    topic: str,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances/{instance_id}/topics/{topic}/groups".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            topic=quote(str(topic), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TopicConsumerGroupList:
    if response.status_code == 200:
        response_200 = TopicConsumerGroupList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TopicConsumerGroupList]:
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
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[Error | TopicConsumerGroupList]:
    """List the consumer groups that consume a topic.

     Answers the names of the consumer groups subscribed to the topic, at most `limit` from `offset`. The
    response carries no total and plain names, so the pages are walked by hand (no pager).

    Args:
        project_id (str):
        instance_id (str):
        topic (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopicConsumerGroupList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        topic=topic,
        limit=limit,
        offset=offset,
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
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Error | TopicConsumerGroupList | None:
    """List the consumer groups that consume a topic.

     Answers the names of the consumer groups subscribed to the topic, at most `limit` from `offset`. The
    response carries no total and plain names, so the pages are walked by hand (no pager).

    Args:
        project_id (str):
        instance_id (str):
        topic (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopicConsumerGroupList
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        topic=topic,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    topic: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[Error | TopicConsumerGroupList]:
    """List the consumer groups that consume a topic.

     Answers the names of the consumer groups subscribed to the topic, at most `limit` from `offset`. The
    response carries no total and plain names, so the pages are walked by hand (no pager).

    Args:
        project_id (str):
        instance_id (str):
        topic (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopicConsumerGroupList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        topic=topic,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    topic: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Error | TopicConsumerGroupList | None:
    """List the consumer groups that consume a topic.

     Answers the names of the consumer groups subscribed to the topic, at most `limit` from `offset`. The
    response carries no total and plain names, so the pages are walked by hand (no pager).

    Args:
        project_id (str):
        instance_id (str):
        topic (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopicConsumerGroupList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            topic=topic,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
