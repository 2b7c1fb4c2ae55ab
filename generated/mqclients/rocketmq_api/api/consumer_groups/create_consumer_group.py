from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.consumer_group_create_request import ConsumerGroupCreateRequest
from ...models.consumer_group_created import ConsumerGroupCreated
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: ConsumerGroupCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/instances/{instance_id}/groups".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConsumerGroupCreated | Error:
    if response.status_code == 200:
        response_200 = ConsumerGroupCreated.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConsumerGroupCreated | Error]:
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
    body: ConsumerGroupCreateRequest,
) -> Response[ConsumerGroupCreated | Error]:
    """Create a consumer group.

     Creates a consumer group on the instance and answers its name. On a RocketMQ 4.8.0 instance give the
    brokers the group is bound to (`brokers`); on a 5.x instance say whether it consumes in order
    (`consume_orderly`). This is the doc's "create or batch delete" endpoint without the `action` query
    parameter; batch_delete_consumer_groups is the same request line with `action=delete`.

    Args:
        project_id (str):
        instance_id (str):
        body (ConsumerGroupCreateRequest): A consumer group to create (the create half of doc
            table CreateConsumerGroupOrBatchDeleteConsumerGroupReq, 002 §5.2.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerGroupCreated | Error]
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
    body: ConsumerGroupCreateRequest,
) -> ConsumerGroupCreated | Error | None:
    """Create a consumer group.

     Creates a consumer group on the instance and answers its name. On a RocketMQ 4.8.0 instance give the
    brokers the group is bound to (`brokers`); on a 5.x instance say whether it consumes in order
    (`consume_orderly`). This is the doc's "create or batch delete" endpoint without the `action` query
    parameter; batch_delete_consumer_groups is the same request line with `action=delete`.

    Args:
        project_id (str):
        instance_id (str):
        body (ConsumerGroupCreateRequest): A consumer group to create (the create half of doc
            table CreateConsumerGroupOrBatchDeleteConsumerGroupReq, 002 §5.2.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerGroupCreated | Error
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
    body: ConsumerGroupCreateRequest,
) -> Response[ConsumerGroupCreated | Error]:
    """Create a consumer group.

     Creates a consumer group on the instance and answers its name. On a RocketMQ 4.8.0 instance give the
    brokers the group is bound to (`brokers`); on a 5.x instance say whether it consumes in order
    (`consume_orderly`). This is the doc's "create or batch delete" endpoint without the `action` query
    parameter; batch_delete_consumer_groups is the same request line with `action=delete`.

    Args:
        project_id (str):
        instance_id (str):
        body (ConsumerGroupCreateRequest): A consumer group to create (the create half of doc
            table CreateConsumerGroupOrBatchDeleteConsumerGroupReq, 002 §5.2.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerGroupCreated | Error]
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
    body: ConsumerGroupCreateRequest,
) -> ConsumerGroupCreated | Error | None:
    """Create a consumer group.

     Creates a consumer group on the instance and answers its name. On a RocketMQ 4.8.0 instance give the
    brokers the group is bound to (`brokers`); on a 5.x instance say whether it consumes in order
    (`consume_orderly`). This is the doc's "create or batch delete" endpoint without the `action` query
    parameter; batch_delete_consumer_groups is the same request line with `action=delete`.

    Args:
        project_id (str):
        instance_id (str):
        body (ConsumerGroupCreateRequest): A consumer group to create (the create half of doc
            table CreateConsumerGroupOrBatchDeleteConsumerGroupReq, 002 §5.2.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerGroupCreated | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
