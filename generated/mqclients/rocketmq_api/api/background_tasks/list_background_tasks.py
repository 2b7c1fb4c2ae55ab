from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_background_tasks_response import ListBackgroundTasksResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    begin_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["begin_time"] = begin_time

    params["end_time"] = end_time

    params["limit"] = limit

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances/{instance_id}/tasks".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListBackgroundTasksResponse:
    if response.status_code == 200:
        response_200 = ListBackgroundTasksResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListBackgroundTasksResponse]:
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
    begin_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
) -> Response[Error | ListBackgroundTasksResponse]:
    """List the background tasks of an instance.

     The instance's background tasks (restarts, resizes, configuration changes ...) in a time window
    (`begin_time`/`end_time`, YYYYMMDDHHmmss), from task number `start` (>= 0) with `limit` per answer;
    `task_count` counts them.

    Args:
        project_id (str):
        instance_id (str):
        begin_time (str | Unset):
        end_time (str | Unset):
        limit (int | Unset):
        start (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListBackgroundTasksResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        begin_time=begin_time,
        end_time=end_time,
        limit=limit,
        start=start,
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
    begin_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
) -> Error | ListBackgroundTasksResponse | None:
    """List the background tasks of an instance.

     The instance's background tasks (restarts, resizes, configuration changes ...) in a time window
    (`begin_time`/`end_time`, YYYYMMDDHHmmss), from task number `start` (>= 0) with `limit` per answer;
    `task_count` counts them.

    Args:
        project_id (str):
        instance_id (str):
        begin_time (str | Unset):
        end_time (str | Unset):
        limit (int | Unset):
        start (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListBackgroundTasksResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        begin_time=begin_time,
        end_time=end_time,
        limit=limit,
        start=start,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    begin_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
) -> Response[Error | ListBackgroundTasksResponse]:
    """List the background tasks of an instance.

     The instance's background tasks (restarts, resizes, configuration changes ...) in a time window
    (`begin_time`/`end_time`, YYYYMMDDHHmmss), from task number `start` (>= 0) with `limit` per answer;
    `task_count` counts them.

    Args:
        project_id (str):
        instance_id (str):
        begin_time (str | Unset):
        end_time (str | Unset):
        limit (int | Unset):
        start (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListBackgroundTasksResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        begin_time=begin_time,
        end_time=end_time,
        limit=limit,
        start=start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    begin_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
) -> Error | ListBackgroundTasksResponse | None:
    """List the background tasks of an instance.

     The instance's background tasks (restarts, resizes, configuration changes ...) in a time window
    (`begin_time`/`end_time`, YYYYMMDDHHmmss), from task number `start` (>= 0) with `limit` per answer;
    `task_count` counts them.

    Args:
        project_id (str):
        instance_id (str):
        begin_time (str | Unset):
        end_time (str | Unset):
        limit (int | Unset):
        start (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListBackgroundTasksResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            begin_time=begin_time,
            end_time=end_time,
            limit=limit,
            start=start,
        )
    ).parsed
