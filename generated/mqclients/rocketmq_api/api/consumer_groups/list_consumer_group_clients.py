from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.consumer_client_list import ConsumerClientList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    group: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_detail: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["is_detail"] = is_detail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/rocketmq/{project_id}/instances/{instance_id}/groups/{group}/clients".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            group=quote(str(group), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConsumerClientList | Error:
    if response.status_code == 200:
        response_200 = ConsumerClientList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConsumerClientList | Error]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_detail: bool | Unset = UNSET,
) -> Response[ConsumerClientList | Error]:
    """List the consumers (clients) connected in a consumer group, with their subscriptions.

     Reports whether the group is online and whether its consumers subscribe consistently, and pages
    through its consumers with `offset` and `limit`. `next_offset` and `previous_offset` are -1 when
    there
    is no such page. The path carries the literal engine `rocketmq`.

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        limit (int | Unset):
        offset (int | Unset):
        is_detail (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerClientList | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
        limit=limit,
        offset=offset,
        is_detail=is_detail,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_detail: bool | Unset = UNSET,
) -> ConsumerClientList | Error | None:
    """List the consumers (clients) connected in a consumer group, with their subscriptions.

     Reports whether the group is online and whether its consumers subscribe consistently, and pages
    through its consumers with `offset` and `limit`. `next_offset` and `previous_offset` are -1 when
    there
    is no such page. The path carries the literal engine `rocketmq`.

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        limit (int | Unset):
        offset (int | Unset):
        is_detail (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerClientList | Error
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
        client=client,
        limit=limit,
        offset=offset,
        is_detail=is_detail,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    group: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_detail: bool | Unset = UNSET,
) -> Response[ConsumerClientList | Error]:
    """List the consumers (clients) connected in a consumer group, with their subscriptions.

     Reports whether the group is online and whether its consumers subscribe consistently, and pages
    through its consumers with `offset` and `limit`. `next_offset` and `previous_offset` are -1 when
    there
    is no such page. The path carries the literal engine `rocketmq`.

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        limit (int | Unset):
        offset (int | Unset):
        is_detail (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerClientList | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
        limit=limit,
        offset=offset,
        is_detail=is_detail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    group: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_detail: bool | Unset = UNSET,
) -> ConsumerClientList | Error | None:
    """List the consumers (clients) connected in a consumer group, with their subscriptions.

     Reports whether the group is online and whether its consumers subscribe consistently, and pages
    through its consumers with `offset` and `limit`. `next_offset` and `previous_offset` are -1 when
    there
    is no such page. The path carries the literal engine `rocketmq`.

    Args:
        project_id (str):
        instance_id (str):
        group (str):
        limit (int | Unset):
        offset (int | Unset):
        is_detail (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerClientList | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            group=group,
            client=client,
            limit=limit,
            offset=offset,
            is_detail=is_detail,
        )
    ).parsed
