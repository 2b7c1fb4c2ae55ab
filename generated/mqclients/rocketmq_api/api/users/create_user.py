from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rocket_mq_user import RocketMQUser
from ...models.rocket_mq_user_request import RocketMQUserRequest
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: RocketMQUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/instances/{instance_id}/users".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: RocketMQUserRequest,
) -> Response[Error | RocketMQUser]:
    """Create an ACL user of the instance with its topic and consumer group permissions.

     Creates an access-control user (an access key with its secret key) on an instance that has ACL
    enabled,
    with default permissions on topics and consumer groups and optional per-topic and per-group
    exceptions.
    Answers the user as created.

    Args:
        project_id (str):
        instance_id (str):
        body (RocketMQUserRequest): An ACL user as created or changed (doc tables 5-104 and 5-117;
            SDK User).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RocketMQUser]
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
    body: RocketMQUserRequest,
) -> Error | RocketMQUser | None:
    """Create an ACL user of the instance with its topic and consumer group permissions.

     Creates an access-control user (an access key with its secret key) on an instance that has ACL
    enabled,
    with default permissions on topics and consumer groups and optional per-topic and per-group
    exceptions.
    Answers the user as created.

    Args:
        project_id (str):
        instance_id (str):
        body (RocketMQUserRequest): An ACL user as created or changed (doc tables 5-104 and 5-117;
            SDK User).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RocketMQUser
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
    body: RocketMQUserRequest,
) -> Response[Error | RocketMQUser]:
    """Create an ACL user of the instance with its topic and consumer group permissions.

     Creates an access-control user (an access key with its secret key) on an instance that has ACL
    enabled,
    with default permissions on topics and consumer groups and optional per-topic and per-group
    exceptions.
    Answers the user as created.

    Args:
        project_id (str):
        instance_id (str):
        body (RocketMQUserRequest): An ACL user as created or changed (doc tables 5-104 and 5-117;
            SDK User).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RocketMQUser]
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
    body: RocketMQUserRequest,
) -> Error | RocketMQUser | None:
    """Create an ACL user of the instance with its topic and consumer group permissions.

     Creates an access-control user (an access key with its secret key) on an instance that has ACL
    enabled,
    with default permissions on topics and consumer groups and optional per-topic and per-group
    exceptions.
    Answers the user as created.

    Args:
        project_id (str):
        instance_id (str):
        body (RocketMQUserRequest): An ACL user as created or changed (doc tables 5-104 and 5-117;
            SDK User).

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
            client=client,
            body=body,
        )
    ).parsed
