from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_delete_rocket_mq_migration_task_response import BatchDeleteRocketMqMigrationTaskResponse
from ...models.error import Error
from ...models.metadata_delete_req import MetadataDeleteReq
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: MetadataDeleteReq,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/instances/{instance_id}/metadata/batch-delete".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchDeleteRocketMqMigrationTaskResponse | Error:
    if response.status_code == 200:
        response_200 = BatchDeleteRocketMqMigrationTaskResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchDeleteRocketMqMigrationTaskResponse | Error]:
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
    body: MetadataDeleteReq,
) -> Response[BatchDeleteRocketMqMigrationTaskResponse | Error]:
    """Delete several metadata migration tasks.

     Deletes the metadata migration tasks whose ids are listed in `task_ids`; the answer lists the ids
    deleted (`success_task_list`). Replaces DELETE .../metadata (`delete_migration_tasks`, seed 002
    §5.6.3), which SDK 3.1.219 no longer calls.

    Args:
        project_id (str):
        instance_id (str):
        body (MetadataDeleteReq): SDK model MetadataDeleteReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDeleteRocketMqMigrationTaskResponse | Error]
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
    body: MetadataDeleteReq,
) -> BatchDeleteRocketMqMigrationTaskResponse | Error | None:
    """Delete several metadata migration tasks.

     Deletes the metadata migration tasks whose ids are listed in `task_ids`; the answer lists the ids
    deleted (`success_task_list`). Replaces DELETE .../metadata (`delete_migration_tasks`, seed 002
    §5.6.3), which SDK 3.1.219 no longer calls.

    Args:
        project_id (str):
        instance_id (str):
        body (MetadataDeleteReq): SDK model MetadataDeleteReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDeleteRocketMqMigrationTaskResponse | Error
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
    body: MetadataDeleteReq,
) -> Response[BatchDeleteRocketMqMigrationTaskResponse | Error]:
    """Delete several metadata migration tasks.

     Deletes the metadata migration tasks whose ids are listed in `task_ids`; the answer lists the ids
    deleted (`success_task_list`). Replaces DELETE .../metadata (`delete_migration_tasks`, seed 002
    §5.6.3), which SDK 3.1.219 no longer calls.

    Args:
        project_id (str):
        instance_id (str):
        body (MetadataDeleteReq): SDK model MetadataDeleteReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDeleteRocketMqMigrationTaskResponse | Error]
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
    body: MetadataDeleteReq,
) -> BatchDeleteRocketMqMigrationTaskResponse | Error | None:
    """Delete several metadata migration tasks.

     Deletes the metadata migration tasks whose ids are listed in `task_ids`; the answer lists the ids
    deleted (`success_task_list`). Replaces DELETE .../metadata (`delete_migration_tasks`, seed 002
    §5.6.3), which SDK 3.1.219 no longer calls.

    Args:
        project_id (str):
        instance_id (str):
        body (MetadataDeleteReq): SDK model MetadataDeleteReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDeleteRocketMqMigrationTaskResponse | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
