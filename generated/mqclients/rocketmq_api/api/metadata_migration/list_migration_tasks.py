from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.migration_task_list import MigrationTaskList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["type"] = type_

    params["offset"] = offset

    params["limit"] = limit

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances/{instance_id}/metadata".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MigrationTaskList:
    if response.status_code == 200:
        response_200 = MigrationTaskList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MigrationTaskList]:
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
    id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[Error | MigrationTaskList]:
    """List the metadata migration tasks of the instance, or get one task by id.

     Without `id`, lists the instance's migration tasks; with `id`, answers that task. Paging is by page
    number: `offset` is the page (from 1) and `limit` the page size, so the generic offset pager does
    not
    apply; walk the pages by incrementing `offset` until `total` tasks have been read.

    Args:
        project_id (str):
        instance_id (str):
        id (str | Unset):
        type_ (str | Unset):
        offset (str | Unset):
        limit (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MigrationTaskList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        id=id,
        type_=type_,
        offset=offset,
        limit=limit,
        name=name,
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
    id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Error | MigrationTaskList | None:
    """List the metadata migration tasks of the instance, or get one task by id.

     Without `id`, lists the instance's migration tasks; with `id`, answers that task. Paging is by page
    number: `offset` is the page (from 1) and `limit` the page size, so the generic offset pager does
    not
    apply; walk the pages by incrementing `offset` until `total` tasks have been read.

    Args:
        project_id (str):
        instance_id (str):
        id (str | Unset):
        type_ (str | Unset):
        offset (str | Unset):
        limit (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MigrationTaskList
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        id=id,
        type_=type_,
        offset=offset,
        limit=limit,
        name=name,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[Error | MigrationTaskList]:
    """List the metadata migration tasks of the instance, or get one task by id.

     Without `id`, lists the instance's migration tasks; with `id`, answers that task. Paging is by page
    number: `offset` is the page (from 1) and `limit` the page size, so the generic offset pager does
    not
    apply; walk the pages by incrementing `offset` until `total` tasks have been read.

    Args:
        project_id (str):
        instance_id (str):
        id (str | Unset):
        type_ (str | Unset):
        offset (str | Unset):
        limit (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MigrationTaskList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        id=id,
        type_=type_,
        offset=offset,
        limit=limit,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Error | MigrationTaskList | None:
    """List the metadata migration tasks of the instance, or get one task by id.

     Without `id`, lists the instance's migration tasks; with `id`, answers that task. Paging is by page
    number: `offset` is the page (from 1) and `limit` the page size, so the generic offset pager does
    not
    apply; walk the pages by incrementing `offset` until `total` tasks have been read.

    Args:
        project_id (str):
        instance_id (str):
        id (str | Unset):
        type_ (str | Unset):
        offset (str | Unset):
        limit (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MigrationTaskList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            id=id,
            type_=type_,
            offset=offset,
            limit=limit,
            name=name,
        )
    ).parsed
