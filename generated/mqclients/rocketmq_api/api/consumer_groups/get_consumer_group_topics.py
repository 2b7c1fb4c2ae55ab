from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.consumer_group_topic_consumption import ConsumerGroupTopicConsumption
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    group: str,
    *,
    topic: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["topic"] = topic

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances/{instance_id}/groups/{group}/topics".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            group=quote(str(group), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsumerGroupTopicConsumption | Error:
    if response.status_code == 200:
        response_200 = ConsumerGroupTopicConsumption.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConsumerGroupTopicConsumption | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    group: str,
    *,
    client: AuthenticatedClient | Client,
    topic: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[ConsumerGroupTopicConsumption | Error]:
    """List the topics a consumer group consumes, or its consumption progress on one topic.

     Without `topic`, answers the topics the group consumes (`topics`, `total`, paged with `offset` and
    `limit`). With `topic`, answers the group's progress on that topic: the backlog (`lag`), the number
    of messages and of consumed messages, and the same per broker and queue (`brokers`). The topic list
    holds plain names, so the pages are walked by hand (no pager).

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        topic (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerGroupTopicConsumption | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
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
    group: str,
    *,
    client: AuthenticatedClient | Client,
    topic: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> ConsumerGroupTopicConsumption | Error | None:
    """List the topics a consumer group consumes, or its consumption progress on one topic.

     Without `topic`, answers the topics the group consumes (`topics`, `total`, paged with `offset` and
    `limit`). With `topic`, answers the group's progress on that topic: the backlog (`lag`), the number
    of messages and of consumed messages, and the same per broker and queue (`brokers`). The topic list
    holds plain names, so the pages are walked by hand (no pager).

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        topic (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerGroupTopicConsumption | Error
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
        client=client,
        topic=topic,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    group: str,
    *,
    client: AuthenticatedClient | Client,
    topic: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[ConsumerGroupTopicConsumption | Error]:
    """List the topics a consumer group consumes, or its consumption progress on one topic.

     Without `topic`, answers the topics the group consumes (`topics`, `total`, paged with `offset` and
    `limit`). With `topic`, answers the group's progress on that topic: the backlog (`lag`), the number
    of messages and of consumed messages, and the same per broker and queue (`brokers`). The topic list
    holds plain names, so the pages are walked by hand (no pager).

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        topic (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerGroupTopicConsumption | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
        topic=topic,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    group: str,
    *,
    client: AuthenticatedClient | Client,
    topic: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> ConsumerGroupTopicConsumption | Error | None:
    """List the topics a consumer group consumes, or its consumption progress on one topic.

     Without `topic`, answers the topics the group consumes (`topics`, `total`, paged with `offset` and
    `limit`). With `topic`, answers the group's progress on that topic: the backlog (`lag`), the number
    of messages and of consumed messages, and the same per broker and queue (`brokers`). The topic list
    holds plain names, so the pages are walked by hand (no pager).

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        topic (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerGroupTopicConsumption | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            group=group,
            client=client,
            topic=topic,
            limit=limit,
            offset=offset,
        )
    ).parsed
