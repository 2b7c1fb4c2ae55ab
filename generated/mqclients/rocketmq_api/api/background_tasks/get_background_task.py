from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.show_background_task_response import ShowBackgroundTaskResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances/{instance_id}/tasks/{task_id}".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowBackgroundTaskResponse:
    if response.status_code == 200:
        response_200 = ShowBackgroundTaskResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowBackgroundTaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowBackgroundTaskResponse]:
    """Get one background task of an instance.

     The background task named by `task_id`, answered as a one-item list in the same shape as
    `list_background_tasks`.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowBackgroundTaskResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowBackgroundTaskResponse | None:
    """Get one background task of an instance.

     The background task named by `task_id`, answered as a one-item list in the same shape as
    `list_background_tasks`.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowBackgroundTaskResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowBackgroundTaskResponse]:
    """Get one background task of an instance.

     The background task named by `task_id`, answered as a one-item list in the same shape as
    `list_background_tasks`.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowBackgroundTaskResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowBackgroundTaskResponse | None:
    """Get one background task of an instance.

     The background task named by `task_id`, answered as a one-item list in the same shape as
    `list_background_tasks`.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowBackgroundTaskResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            task_id=task_id,
            client=client,
        )
    ).parsed
