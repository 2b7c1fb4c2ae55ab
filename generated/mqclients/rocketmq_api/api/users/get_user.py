from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rocket_mq_user import RocketMQUser
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    user_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances/{instance_id}/users/{user_name}".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RocketMQUser:
    if response.status_code == 200:
        response_200 = RocketMQUser.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RocketMQUser]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    user_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RocketMQUser]:
    """Get one ACL user with its permissions.

    Args:
        project_id (str):
        instance_id (str):
        user_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RocketMQUser]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        user_name=user_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    user_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RocketMQUser | None:
    """Get one ACL user with its permissions.

    Args:
        project_id (str):
        instance_id (str):
        user_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RocketMQUser
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        user_name=user_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    user_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RocketMQUser]:
    """Get one ACL user with its permissions.

    Args:
        project_id (str):
        instance_id (str):
        user_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RocketMQUser]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        user_name=user_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    user_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RocketMQUser | None:
    """Get one ACL user with its permissions.

    Args:
        project_id (str):
        instance_id (str):
        user_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RocketMQUser
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            user_name=user_name,
            client=client,
        )
    ).parsed
