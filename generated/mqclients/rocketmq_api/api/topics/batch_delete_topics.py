from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_delete_topics_action import BatchDeleteTopicsAction
from ...models.error import Error
from ...models.topic_batch_delete_request import TopicBatchDeleteRequest
from ...models.topic_batch_delete_result import TopicBatchDeleteResult
from ...types import UNSET, Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: TopicBatchDeleteRequest,
    action: BatchDeleteTopicsAction = "delete",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_action: str = action
    params["action"] = json_action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/instances/{instance_id}/topics#batch-delete".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TopicBatchDeleteResult:
    if response.status_code == 200:
        response_200 = TopicBatchDeleteResult.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TopicBatchDeleteResult]:
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
    body: TopicBatchDeleteRequest,
    action: BatchDeleteTopicsAction = "delete",
) -> Response[Error | TopicBatchDeleteResult]:
    """Delete several topics at once.

     Deletes the listed topics and answers the id of the deletion job. On the wire this is
    `POST /v2/{project_id}/instances/{instance_id}/topics?action=delete` (the doc's "create or batch
    delete" endpoint with `action=delete`; create_topic is the same line without it).

    Args:
        project_id (str):
        instance_id (str):
        action (BatchDeleteTopicsAction):  Default: 'delete'.
        body (TopicBatchDeleteRequest): The topics to delete (the delete half of doc table
            CreateTopicOrBatchDeleteTopicReq, 002 §5.3.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopicBatchDeleteResult]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
        action=action,
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
    body: TopicBatchDeleteRequest,
    action: BatchDeleteTopicsAction = "delete",
) -> Error | TopicBatchDeleteResult | None:
    """Delete several topics at once.

     Deletes the listed topics and answers the id of the deletion job. On the wire this is
    `POST /v2/{project_id}/instances/{instance_id}/topics?action=delete` (the doc's "create or batch
    delete" endpoint with `action=delete`; create_topic is the same line without it).

    Args:
        project_id (str):
        instance_id (str):
        action (BatchDeleteTopicsAction):  Default: 'delete'.
        body (TopicBatchDeleteRequest): The topics to delete (the delete half of doc table
            CreateTopicOrBatchDeleteTopicReq, 002 §5.3.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopicBatchDeleteResult
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TopicBatchDeleteRequest,
    action: BatchDeleteTopicsAction = "delete",
) -> Response[Error | TopicBatchDeleteResult]:
    """Delete several topics at once.

     Deletes the listed topics and answers the id of the deletion job. On the wire this is
    `POST /v2/{project_id}/instances/{instance_id}/topics?action=delete` (the doc's "create or batch
    delete" endpoint with `action=delete`; create_topic is the same line without it).

    Args:
        project_id (str):
        instance_id (str):
        action (BatchDeleteTopicsAction):  Default: 'delete'.
        body (TopicBatchDeleteRequest): The topics to delete (the delete half of doc table
            CreateTopicOrBatchDeleteTopicReq, 002 §5.3.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopicBatchDeleteResult]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TopicBatchDeleteRequest,
    action: BatchDeleteTopicsAction = "delete",
) -> Error | TopicBatchDeleteResult | None:
    """Delete several topics at once.

     Deletes the listed topics and answers the id of the deletion job. On the wire this is
    `POST /v2/{project_id}/instances/{instance_id}/topics?action=delete` (the doc's "create or batch
    delete" endpoint with `action=delete`; create_topic is the same line without it).

    Args:
        project_id (str):
        instance_id (str):
        action (BatchDeleteTopicsAction):  Default: 'delete'.
        body (TopicBatchDeleteRequest): The topics to delete (the delete half of doc table
            CreateTopicOrBatchDeleteTopicReq, 002 §5.3.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopicBatchDeleteResult
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
            action=action,
        )
    ).parsed
