from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.show_background_task_progress_response import ShowBackgroundTaskProgressResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances/{instance_id}/tasks/{task_id}/progress".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowBackgroundTaskProgressResponse:
    if response.status_code == 200:
        response_200 = ShowBackgroundTaskProgressResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowBackgroundTaskProgressResponse]:
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
) -> Response[Error | ShowBackgroundTaskProgressResponse]:
    """Get the progress of one background task.

     How far a running instance change has come: percentage, estimated remaining time and its steps.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowBackgroundTaskProgressResponse]
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
) -> Error | ShowBackgroundTaskProgressResponse | None:
    """Get the progress of one background task.

     How far a running instance change has come: percentage, estimated remaining time and its steps.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowBackgroundTaskProgressResponse
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
) -> Response[Error | ShowBackgroundTaskProgressResponse]:
    """Get the progress of one background task.

     How far a running instance change has come: percentage, estimated remaining time and its steps.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowBackgroundTaskProgressResponse]
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
) -> Error | ShowBackgroundTaskProgressResponse | None:
    """Get the progress of one background task.

     How far a running instance change has come: percentage, estimated remaining time and its steps.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowBackgroundTaskProgressResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            task_id=task_id,
            client=client,
        )
    ).parsed
