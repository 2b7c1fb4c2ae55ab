from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rocket_mq_user_list import RocketMQUserList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances/{instance_id}/users".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RocketMQUserList:
    if response.status_code == 200:
        response_200 = RocketMQUserList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RocketMQUserList]:
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
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
) -> Response[Error | RocketMQUserList]:
    """List the ACL users of the instance.

     Pages through the instance's access-control users with `offset`/`limit`; `total` counts them all.

    Args:
        project_id (str):
        instance_id (str):
        offset (str | Unset):
        limit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RocketMQUserList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        offset=offset,
        limit=limit,
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
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
) -> Error | RocketMQUserList | None:
    """List the ACL users of the instance.

     Pages through the instance's access-control users with `offset`/`limit`; `total` counts them all.

    Args:
        project_id (str):
        instance_id (str):
        offset (str | Unset):
        limit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RocketMQUserList
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
) -> Response[Error | RocketMQUserList]:
    """List the ACL users of the instance.

     Pages through the instance's access-control users with `offset`/`limit`; `total` counts them all.

    Args:
        project_id (str):
        instance_id (str):
        offset (str | Unset):
        limit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RocketMQUserList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
) -> Error | RocketMQUserList | None:
    """List the ACL users of the instance.

     Pages through the instance's access-control users with `offset`/`limit`; `total` counts them all.

    Args:
        project_id (str):
        instance_id (str):
        offset (str | Unset):
        limit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RocketMQUserList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
