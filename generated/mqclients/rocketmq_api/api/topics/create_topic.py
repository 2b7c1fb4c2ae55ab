from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.topic_create_request import TopicCreateRequest
from ...models.topic_created import TopicCreated
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: TopicCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/instances/{instance_id}/topics".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TopicCreated:
    if response.status_code == 200:
        response_200 = TopicCreated.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TopicCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TopicCreateRequest,
) -> Response[Error | TopicCreated]:
    """Create a topic.

     Creates a topic on the instance and answers its name. On a RocketMQ 4.8.0 instance give the brokers,
    the queues per broker and the permission; on a 5.x instance give the message type. This is the doc's
    "create or batch delete" endpoint without the `action` query parameter; batch_delete_topics is the
    same request line with `action=delete`.

    Args:
        project_id (str):
        instance_id (str):
        body (TopicCreateRequest): A topic to create (the create half of doc table
            CreateTopicOrBatchDeleteTopicReq, 002 §5.3.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopicCreated]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TopicCreateRequest,
) -> Error | TopicCreated | None:
    """Create a topic.

     Creates a topic on the instance and answers its name. On a RocketMQ 4.8.0 instance give the brokers,
    the queues per broker and the permission; on a 5.x instance give the message type. This is the doc's
    "create or batch delete" endpoint without the `action` query parameter; batch_delete_topics is the
    same request line with `action=delete`.

    Args:
        project_id (str):
        instance_id (str):
        body (TopicCreateRequest): A topic to create (the create half of doc table
            CreateTopicOrBatchDeleteTopicReq, 002 §5.3.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopicCreated
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TopicCreateRequest,
) -> Response[Error | TopicCreated]:
    """Create a topic.

     Creates a topic on the instance and answers its name. On a RocketMQ 4.8.0 instance give the brokers,
    the queues per broker and the permission; on a 5.x instance give the message type. This is the doc's
    "create or batch delete" endpoint without the `action` query parameter; batch_delete_topics is the
    same request line with `action=delete`.

    Args:
        project_id (str):
        instance_id (str):
        body (TopicCreateRequest): A topic to create (the create half of doc table
            CreateTopicOrBatchDeleteTopicReq, 002 §5.3.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopicCreated]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TopicCreateRequest,
) -> Error | TopicCreated | None:
    """Create a topic.

     Creates a topic on the instance and answers its name. On a RocketMQ 4.8.0 instance give the brokers,
    the queues per broker and the permission; on a 5.x instance give the message type. This is the doc's
    "create or batch delete" endpoint without the `action` query parameter; batch_delete_topics is the
    same request line with `action=delete`.

    Args:
        project_id (str):
        instance_id (str):
        body (TopicCreateRequest): A topic to create (the create half of doc table
            CreateTopicOrBatchDeleteTopicReq, 002 §5.3.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopicCreated
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
