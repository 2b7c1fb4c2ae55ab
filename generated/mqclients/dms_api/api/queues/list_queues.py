from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.queue_list import QueueList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    include_deadletter: bool | Unset = False,
    include_messages_num: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_deadletter"] = include_deadletter

    params["include_messages_num"] = include_messages_num

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/{project_id}/queues".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | QueueList | None:
    if response.status_code == 200:
        response_200 = QueueList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | QueueList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deadletter: bool | Unset = False,
    include_messages_num: bool | Unset = UNSET,
) -> Response[Error | QueueList]:
    """List every queue of the project.

     Answers all the project's queues in one response: the API does not page this list (golangsdk reads
    it as a single page; the old SDK calls it with paging off). The old SDK calls it `queues()`.

    Args:
        project_id (str):
        include_deadletter (bool | Unset):  Default: False.
        include_messages_num (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueueList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        include_deadletter=include_deadletter,
        include_messages_num=include_messages_num,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deadletter: bool | Unset = False,
    include_messages_num: bool | Unset = UNSET,
) -> Error | QueueList | None:
    """List every queue of the project.

     Answers all the project's queues in one response: the API does not page this list (golangsdk reads
    it as a single page; the old SDK calls it with paging off). The old SDK calls it `queues()`.

    Args:
        project_id (str):
        include_deadletter (bool | Unset):  Default: False.
        include_messages_num (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueueList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        include_deadletter=include_deadletter,
        include_messages_num=include_messages_num,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deadletter: bool | Unset = False,
    include_messages_num: bool | Unset = UNSET,
) -> Response[Error | QueueList]:
    """List every queue of the project.

     Answers all the project's queues in one response: the API does not page this list (golangsdk reads
    it as a single page; the old SDK calls it with paging off). The old SDK calls it `queues()`.

    Args:
        project_id (str):
        include_deadletter (bool | Unset):  Default: False.
        include_messages_num (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueueList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        include_deadletter=include_deadletter,
        include_messages_num=include_messages_num,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deadletter: bool | Unset = False,
    include_messages_num: bool | Unset = UNSET,
) -> Error | QueueList | None:
    """List every queue of the project.

     Answers all the project's queues in one response: the API does not page this list (golangsdk reads
    it as a single page; the old SDK calls it with paging off). The old SDK calls it `queues()`.

    Args:
        project_id (str):
        include_deadletter (bool | Unset):  Default: False.
        include_messages_num (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueueList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            include_deadletter=include_deadletter,
            include_messages_num=include_messages_num,
        )
    ).parsed
