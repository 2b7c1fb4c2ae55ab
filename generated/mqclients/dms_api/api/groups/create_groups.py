from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_groups_request import CreateGroupsRequest
from ...models.error import Error
from ...models.groups_created import GroupsCreated
from ...types import Response


def _get_kwargs(
    project_id: str,
    queue_id: str,
    *,
    body: CreateGroupsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1.0/{project_id}/queues/{queue_id}/groups".format(
            project_id=quote(str(project_id), safe=""),
            queue_id=quote(str(queue_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | GroupsCreated | None:
    if response.status_code == 201:
        response_201 = GroupsCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GroupsCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateGroupsRequest,
) -> Response[Error | GroupsCreated]:
    """Create up to three consumer groups on a queue.

     Creates the named consumer groups and answers their ids. A queue has at most three consumer groups,
    and a request that asks for more than that is rejected. huaweicloudsdkdms names this call
    `create_consumer_group`; the old SDK `create_groups`.

    Args:
        project_id (str):
        queue_id (str):
        body (CreateGroupsRequest): Consumer groups to create on a queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GroupsCreated]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateGroupsRequest,
) -> Error | GroupsCreated | None:
    """Create up to three consumer groups on a queue.

     Creates the named consumer groups and answers their ids. A queue has at most three consumer groups,
    and a request that asks for more than that is rejected. huaweicloudsdkdms names this call
    `create_consumer_group`; the old SDK `create_groups`.

    Args:
        project_id (str):
        queue_id (str):
        body (CreateGroupsRequest): Consumer groups to create on a queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GroupsCreated
    """

    return sync_detailed(
        project_id=project_id,
        queue_id=queue_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateGroupsRequest,
) -> Response[Error | GroupsCreated]:
    """Create up to three consumer groups on a queue.

     Creates the named consumer groups and answers their ids. A queue has at most three consumer groups,
    and a request that asks for more than that is rejected. huaweicloudsdkdms names this call
    `create_consumer_group`; the old SDK `create_groups`.

    Args:
        project_id (str):
        queue_id (str):
        body (CreateGroupsRequest): Consumer groups to create on a queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GroupsCreated]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateGroupsRequest,
) -> Error | GroupsCreated | None:
    """Create up to three consumer groups on a queue.

     Creates the named consumer groups and answers their ids. A queue has at most three consumer groups,
    and a request that asks for more than that is rejected. huaweicloudsdkdms names this call
    `create_consumer_group`; the old SDK `create_groups`.

    Args:
        project_id (str):
        queue_id (str):
        body (CreateGroupsRequest): Consumer groups to create on a queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GroupsCreated
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            queue_id=queue_id,
            client=client,
            body=body,
        )
    ).parsed
