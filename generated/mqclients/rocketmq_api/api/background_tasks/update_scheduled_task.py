from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    task_id: str,
    *,
    execute_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["execute_at"] = execute_at

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/{project_id}/instances/{instance_id}/scheduled-tasks/{task_id}".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
    execute_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Reschedule or change one scheduled task.

     Changes a scheduled task's execution time (`execute_at`) or cancels it (`status=CANCELLED`), both as
    query parameters; no body in the answer.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):
        execute_at (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        task_id=task_id,
        execute_at=execute_at,
        status=status,
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
    execute_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Any | Error | None:
    """Reschedule or change one scheduled task.

     Changes a scheduled task's execution time (`execute_at`) or cancels it (`status=CANCELLED`), both as
    query parameters; no body in the answer.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):
        execute_at (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        task_id=task_id,
        client=client,
        execute_at=execute_at,
        status=status,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    execute_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Reschedule or change one scheduled task.

     Changes a scheduled task's execution time (`execute_at`) or cancels it (`status=CANCELLED`), both as
    query parameters; no body in the answer.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):
        execute_at (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        task_id=task_id,
        execute_at=execute_at,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    execute_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Any | Error | None:
    """Reschedule or change one scheduled task.

     Changes a scheduled task's execution time (`execute_at`) or cancels it (`status=CANCELLED`), both as
    query parameters; no body in the answer.

    Args:
        project_id (str):
        instance_id (str):
        task_id (str):
        execute_at (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            task_id=task_id,
            client=client,
            execute_at=execute_at,
            status=status,
        )
    ).parsed
