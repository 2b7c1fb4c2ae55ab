from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.consumer_group_list import ConsumerGroupList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    group: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group"] = group

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances/{instance_id}/groups".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConsumerGroupList | Error:
    if response.status_code == 200:
        response_200 = ConsumerGroupList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConsumerGroupList | Error]:
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
    group: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ConsumerGroupList | Error]:
    """List the consumer groups of an instance.

     Pages through the instance's consumer groups with `offset` and `limit`; each page also reports how
    many
    groups the instance may hold (`max`) and how many more can still be created (`remaining`).
    `next_offset` and `previous_offset` are -1 when there is no such page.

    Args:
        project_id (str):
        instance_id (str):
        group (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerGroupList | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
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
    *,
    client: AuthenticatedClient | Client,
    group: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ConsumerGroupList | Error | None:
    """List the consumer groups of an instance.

     Pages through the instance's consumer groups with `offset` and `limit`; each page also reports how
    many
    groups the instance may hold (`max`) and how many more can still be created (`remaining`).
    `next_offset` and `previous_offset` are -1 when there is no such page.

    Args:
        project_id (str):
        instance_id (str):
        group (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerGroupList | Error
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        group=group,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    group: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ConsumerGroupList | Error]:
    """List the consumer groups of an instance.

     Pages through the instance's consumer groups with `offset` and `limit`; each page also reports how
    many
    groups the instance may hold (`max`) and how many more can still be created (`remaining`).
    `next_offset` and `previous_offset` are -1 when there is no such page.

    Args:
        project_id (str):
        instance_id (str):
        group (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerGroupList | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        group=group,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    group: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ConsumerGroupList | Error | None:
    """List the consumer groups of an instance.

     Pages through the instance's consumer groups with `offset` and `limit`; each page also reports how
    many
    groups the instance may hold (`max`) and how many more can still be created (`remaining`).
    `next_offset` and `previous_offset` are -1 when there is no such page.

    Args:
        project_id (str):
        instance_id (str):
        group (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerGroupList | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            group=group,
            limit=limit,
            offset=offset,
        )
    ).parsed
