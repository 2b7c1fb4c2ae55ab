from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rocket_mq_access_policy_list import RocketMQAccessPolicyList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    engine: str,
    project_id: str,
    instance_id: str,
    group_id: str,
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
        "url": "/v2/{engine}/{project_id}/instances/{instance_id}/groups/{group_id}/accesspolicy".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RocketMQAccessPolicyList:
    if response.status_code == 200:
        response_200 = RocketMQAccessPolicyList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RocketMQAccessPolicyList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
) -> Response[Error | RocketMQAccessPolicyList]:
    """List the ACL users that hold a permission on a consumer group.

     Pages through the users authorized on the consumer group, with each user's permission on it.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        group_id (str):
        offset (str | Unset):
        limit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RocketMQAccessPolicyList]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        group_id=group_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    engine: str,
    project_id: str,
    instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
) -> Error | RocketMQAccessPolicyList | None:
    """List the ACL users that hold a permission on a consumer group.

     Pages through the users authorized on the consumer group, with each user's permission on it.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        group_id (str):
        offset (str | Unset):
        limit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RocketMQAccessPolicyList
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        group_id=group_id,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
) -> Response[Error | RocketMQAccessPolicyList]:
    """List the ACL users that hold a permission on a consumer group.

     Pages through the users authorized on the consumer group, with each user's permission on it.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        group_id (str):
        offset (str | Unset):
        limit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RocketMQAccessPolicyList]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        group_id=group_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    project_id: str,
    instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    limit: str | Unset = UNSET,
) -> Error | RocketMQAccessPolicyList | None:
    """List the ACL users that hold a permission on a consumer group.

     Pages through the users authorized on the consumer group, with each user's permission on it.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        group_id (str):
        offset (str | Unset):
        limit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RocketMQAccessPolicyList
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            instance_id=instance_id,
            group_id=group_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
