from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_delete_consumer_groups_action import (
    BatchDeleteConsumerGroupsAction,
)
from ...models.consumer_group_batch_delete_request import ConsumerGroupBatchDeleteRequest
from ...models.consumer_group_batch_delete_result import ConsumerGroupBatchDeleteResult
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: ConsumerGroupBatchDeleteRequest,
    action: BatchDeleteConsumerGroupsAction = "delete",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_action: str = action
    params["action"] = json_action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/instances/{instance_id}/groups#batch-delete".format(
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
) -> ConsumerGroupBatchDeleteResult | Error:
    if response.status_code == 200:
        response_200 = ConsumerGroupBatchDeleteResult.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConsumerGroupBatchDeleteResult | Error]:
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
    body: ConsumerGroupBatchDeleteRequest,
    action: BatchDeleteConsumerGroupsAction = "delete",
) -> Response[ConsumerGroupBatchDeleteResult | Error]:
    """Delete several consumer groups at once.

     Deletes the listed consumer groups and answers the id of the deletion job. On the wire this is
    `POST /v2/{project_id}/instances/{instance_id}/groups?action=delete` (the doc's "create or batch
    delete" endpoint with `action=delete`; create_consumer_group is the same line without it).

    Args:
        project_id (str):
        instance_id (str):
        action (BatchDeleteConsumerGroupsAction):  Default: 'delete'.
        body (ConsumerGroupBatchDeleteRequest): The consumer groups to delete (the delete half of
            doc table CreateConsumerGroupOrBatchDeleteConsumerGroupReq, 002 §5.2.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerGroupBatchDeleteResult | Error]
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
    body: ConsumerGroupBatchDeleteRequest,
    action: BatchDeleteConsumerGroupsAction = "delete",
) -> ConsumerGroupBatchDeleteResult | Error | None:
    """Delete several consumer groups at once.

     Deletes the listed consumer groups and answers the id of the deletion job. On the wire this is
    `POST /v2/{project_id}/instances/{instance_id}/groups?action=delete` (the doc's "create or batch
    delete" endpoint with `action=delete`; create_consumer_group is the same line without it).

    Args:
        project_id (str):
        instance_id (str):
        action (BatchDeleteConsumerGroupsAction):  Default: 'delete'.
        body (ConsumerGroupBatchDeleteRequest): The consumer groups to delete (the delete half of
            doc table CreateConsumerGroupOrBatchDeleteConsumerGroupReq, 002 §5.2.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerGroupBatchDeleteResult | Error
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
    body: ConsumerGroupBatchDeleteRequest,
    action: BatchDeleteConsumerGroupsAction = "delete",
) -> Response[ConsumerGroupBatchDeleteResult | Error]:
    """Delete several consumer groups at once.

     Deletes the listed consumer groups and answers the id of the deletion job. On the wire this is
    `POST /v2/{project_id}/instances/{instance_id}/groups?action=delete` (the doc's "create or batch
    delete" endpoint with `action=delete`; create_consumer_group is the same line without it).

    Args:
        project_id (str):
        instance_id (str):
        action (BatchDeleteConsumerGroupsAction):  Default: 'delete'.
        body (ConsumerGroupBatchDeleteRequest): The consumer groups to delete (the delete half of
            doc table CreateConsumerGroupOrBatchDeleteConsumerGroupReq, 002 §5.2.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerGroupBatchDeleteResult | Error]
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
    body: ConsumerGroupBatchDeleteRequest,
    action: BatchDeleteConsumerGroupsAction = "delete",
) -> ConsumerGroupBatchDeleteResult | Error | None:
    """Delete several consumer groups at once.

     Deletes the listed consumer groups and answers the id of the deletion job. On the wire this is
    `POST /v2/{project_id}/instances/{instance_id}/groups?action=delete` (the doc's "create or batch
    delete" endpoint with `action=delete`; create_consumer_group is the same line without it).

    Args:
        project_id (str):
        instance_id (str):
        action (BatchDeleteConsumerGroupsAction):  Default: 'delete'.
        body (ConsumerGroupBatchDeleteRequest): The consumer groups to delete (the delete half of
            doc table CreateConsumerGroupOrBatchDeleteConsumerGroupReq, 002 §5.2.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerGroupBatchDeleteResult | Error
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
