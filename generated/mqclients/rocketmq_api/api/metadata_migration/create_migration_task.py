from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_migration_task_overwrite import (
    CreateMigrationTaskOverwrite,
)
from ...models.create_migration_task_type import CreateMigrationTaskType
from ...models.error import Error
from ...models.migration_task_create_request import MigrationTaskCreateRequest
from ...models.migration_task_created import MigrationTaskCreated
from ...types import UNSET, Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: MigrationTaskCreateRequest,
    overwrite: CreateMigrationTaskOverwrite,
    name: str,
    type_: CreateMigrationTaskType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_overwrite: str = overwrite
    params["overwrite"] = json_overwrite

    params["name"] = name

    json_type_: str = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/instances/{instance_id}/metadata".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MigrationTaskCreated:
    if response.status_code == 200:
        response_200 = MigrationTaskCreated.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MigrationTaskCreated]:
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
    body: MigrationTaskCreateRequest,
    overwrite: CreateMigrationTaskOverwrite,
    name: str,
    type_: CreateMigrationTaskType,
) -> Response[Error | MigrationTaskCreated]:
    """Create a metadata migration task from a self-built RocketMQ or RabbitMQ into the instance.

     Imports metadata exported from another RocketMQ cluster (`type=rocketmq`: topic configs and
    subscription
    groups, as in the broker's topics.json and subscriptionGroup.json) or from a RabbitMQ server
    (`type=rabbitToRocket`: vhosts, queues, exchanges and bindings) into the instance. With
    `overwrite=true`
    topics and groups that already exist are reconfigured; with `false` an existing one is an error.
    Answers the id of the task.

    Args:
        project_id (str):
        instance_id (str):
        overwrite (CreateMigrationTaskOverwrite):
        name (str):
        type_ (CreateMigrationTaskType):
        body (MigrationTaskCreateRequest): The metadata a migration task imports (doc table 5-139;
            SDK CreateRocketMqMigrationTaskReq): the two RocketMQ
            tables for `type=rocketmq`, the four RabbitMQ lists for `type=rabbitToRocket`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MigrationTaskCreated]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
        overwrite=overwrite,
        name=name,
        type_=type_,
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
    body: MigrationTaskCreateRequest,
    overwrite: CreateMigrationTaskOverwrite,
    name: str,
    type_: CreateMigrationTaskType,
) -> Error | MigrationTaskCreated | None:
    """Create a metadata migration task from a self-built RocketMQ or RabbitMQ into the instance.

     Imports metadata exported from another RocketMQ cluster (`type=rocketmq`: topic configs and
    subscription
    groups, as in the broker's topics.json and subscriptionGroup.json) or from a RabbitMQ server
    (`type=rabbitToRocket`: vhosts, queues, exchanges and bindings) into the instance. With
    `overwrite=true`
    topics and groups that already exist are reconfigured; with `false` an existing one is an error.
    Answers the id of the task.

    Args:
        project_id (str):
        instance_id (str):
        overwrite (CreateMigrationTaskOverwrite):
        name (str):
        type_ (CreateMigrationTaskType):
        body (MigrationTaskCreateRequest): The metadata a migration task imports (doc table 5-139;
            SDK CreateRocketMqMigrationTaskReq): the two RocketMQ
            tables for `type=rocketmq`, the four RabbitMQ lists for `type=rabbitToRocket`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MigrationTaskCreated
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
        overwrite=overwrite,
        name=name,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MigrationTaskCreateRequest,
    overwrite: CreateMigrationTaskOverwrite,
    name: str,
    type_: CreateMigrationTaskType,
) -> Response[Error | MigrationTaskCreated]:
    """Create a metadata migration task from a self-built RocketMQ or RabbitMQ into the instance.

     Imports metadata exported from another RocketMQ cluster (`type=rocketmq`: topic configs and
    subscription
    groups, as in the broker's topics.json and subscriptionGroup.json) or from a RabbitMQ server
    (`type=rabbitToRocket`: vhosts, queues, exchanges and bindings) into the instance. With
    `overwrite=true`
    topics and groups that already exist are reconfigured; with `false` an existing one is an error.
    Answers the id of the task.

    Args:
        project_id (str):
        instance_id (str):
        overwrite (CreateMigrationTaskOverwrite):
        name (str):
        type_ (CreateMigrationTaskType):
        body (MigrationTaskCreateRequest): The metadata a migration task imports (doc table 5-139;
            SDK CreateRocketMqMigrationTaskReq): the two RocketMQ
            tables for `type=rocketmq`, the four RabbitMQ lists for `type=rabbitToRocket`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MigrationTaskCreated]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
        overwrite=overwrite,
        name=name,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MigrationTaskCreateRequest,
    overwrite: CreateMigrationTaskOverwrite,
    name: str,
    type_: CreateMigrationTaskType,
) -> Error | MigrationTaskCreated | None:
    """Create a metadata migration task from a self-built RocketMQ or RabbitMQ into the instance.

     Imports metadata exported from another RocketMQ cluster (`type=rocketmq`: topic configs and
    subscription
    groups, as in the broker's topics.json and subscriptionGroup.json) or from a RabbitMQ server
    (`type=rabbitToRocket`: vhosts, queues, exchanges and bindings) into the instance. With
    `overwrite=true`
    topics and groups that already exist are reconfigured; with `false` an existing one is an error.
    Answers the id of the task.

    Args:
        project_id (str):
        instance_id (str):
        overwrite (CreateMigrationTaskOverwrite):
        name (str):
        type_ (CreateMigrationTaskType):
        body (MigrationTaskCreateRequest): The metadata a migration task imports (doc table 5-139;
            SDK CreateRocketMqMigrationTaskReq): the two RocketMQ
            tables for `type=rocketmq`, the four RabbitMQ lists for `type=rabbitToRocket`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MigrationTaskCreated
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
            overwrite=overwrite,
            name=name,
            type_=type_,
        )
    ).parsed
