from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.show_consumer_connections_for_rocket_mq_response import ShowConsumerConnectionsForRocketMqResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    group: str,
    *,
    is_detail: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_detail"] = is_detail

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/rocketmq/instances/{instance_id}/groups/{group}/clients".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            group=quote(str(group), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowConsumerConnectionsForRocketMqResponse:
    if response.status_code == 200:
        response_200 = ShowConsumerConnectionsForRocketMqResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowConsumerConnectionsForRocketMqResponse]:
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
    is_detail: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | ShowConsumerConnectionsForRocketMqResponse]:
    """List the consumers connected to a consumer group (engine-less path).

     The same answer as `list_consumer_group_clients`, on the /v2/{project_id}/rocketmq/... path, paged
    with offset/limit.

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        is_detail (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowConsumerConnectionsForRocketMqResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
        is_detail=is_detail,
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
    is_detail: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | ShowConsumerConnectionsForRocketMqResponse | None:
    """List the consumers connected to a consumer group (engine-less path).

     The same answer as `list_consumer_group_clients`, on the /v2/{project_id}/rocketmq/... path, paged
    with offset/limit.

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        is_detail (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowConsumerConnectionsForRocketMqResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
        client=client,
        is_detail=is_detail,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    group: str,
    *,
    client: AuthenticatedClient | Client,
    is_detail: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | ShowConsumerConnectionsForRocketMqResponse]:
    """List the consumers connected to a consumer group (engine-less path).

     The same answer as `list_consumer_group_clients`, on the /v2/{project_id}/rocketmq/... path, paged
    with offset/limit.

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        is_detail (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowConsumerConnectionsForRocketMqResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
        is_detail=is_detail,
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
    is_detail: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | ShowConsumerConnectionsForRocketMqResponse | None:
    """List the consumers connected to a consumer group (engine-less path).

     The same answer as `list_consumer_group_clients`, on the /v2/{project_id}/rocketmq/... path, paged
    with offset/limit.

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        is_detail (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowConsumerConnectionsForRocketMqResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            group=group,
            client=client,
            is_detail=is_detail,
            limit=limit,
            offset=offset,
        )
    ).parsed
