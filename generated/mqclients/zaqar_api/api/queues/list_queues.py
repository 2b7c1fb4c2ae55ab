from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.queue_list import QueueList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    detailed: bool | Unset = False,
    with_count: bool | Unset = False,
    name: str | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    params: dict[str, Any] = {}

    params["marker"] = marker

    params["limit"] = limit

    params["detailed"] = detailed

    params["with_count"] = with_count

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/queues",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | QueueList | None:
    if response.status_code == 200:
        response_200 = QueueList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

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
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    detailed: bool | Unset = False,
    with_count: bool | Unset = False,
    name: str | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Response[Error | QueueList]:
    """List the project's queues, sorted by name.

     Pages through the project's queues in name order. Each page carries a `links` list; while the
    page is not empty it holds one `next` link whose href repeats the request's query with
    `marker` set to the last queue name of the page. The page after the last queue is an empty
    `queues` list with an empty `links` list (status 200, never 204), so a full last page is followed
    by one more, empty, request.

    Known paging quirks of the redis store: a marker equal to the first queue name returns the first
    page again (with `limit=1` the next link repeats forever), and a marker that names no queue
    restarts from the beginning. Query parameters other than the ones below are metadata filters on
    the mongodb store and are ignored by redis.

    Args:
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        detailed (bool | Unset):  Default: False.
        with_count (bool | Unset):  Default: False.
        name (str | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueueList]
    """

    kwargs = _get_kwargs(
        marker=marker,
        limit=limit,
        detailed=detailed,
        with_count=with_count,
        name=name,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    detailed: bool | Unset = False,
    with_count: bool | Unset = False,
    name: str | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Error | QueueList | None:
    """List the project's queues, sorted by name.

     Pages through the project's queues in name order. Each page carries a `links` list; while the
    page is not empty it holds one `next` link whose href repeats the request's query with
    `marker` set to the last queue name of the page. The page after the last queue is an empty
    `queues` list with an empty `links` list (status 200, never 204), so a full last page is followed
    by one more, empty, request.

    Known paging quirks of the redis store: a marker equal to the first queue name returns the first
    page again (with `limit=1` the next link repeats forever), and a marker that names no queue
    restarts from the beginning. Query parameters other than the ones below are metadata filters on
    the mongodb store and are ignored by redis.

    Args:
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        detailed (bool | Unset):  Default: False.
        with_count (bool | Unset):  Default: False.
        name (str | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueueList
    """

    return sync_detailed(
        client=client,
        marker=marker,
        limit=limit,
        detailed=detailed,
        with_count=with_count,
        name=name,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    detailed: bool | Unset = False,
    with_count: bool | Unset = False,
    name: str | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Response[Error | QueueList]:
    """List the project's queues, sorted by name.

     Pages through the project's queues in name order. Each page carries a `links` list; while the
    page is not empty it holds one `next` link whose href repeats the request's query with
    `marker` set to the last queue name of the page. The page after the last queue is an empty
    `queues` list with an empty `links` list (status 200, never 204), so a full last page is followed
    by one more, empty, request.

    Known paging quirks of the redis store: a marker equal to the first queue name returns the first
    page again (with `limit=1` the next link repeats forever), and a marker that names no queue
    restarts from the beginning. Query parameters other than the ones below are metadata filters on
    the mongodb store and are ignored by redis.

    Args:
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        detailed (bool | Unset):  Default: False.
        with_count (bool | Unset):  Default: False.
        name (str | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueueList]
    """

    kwargs = _get_kwargs(
        marker=marker,
        limit=limit,
        detailed=detailed,
        with_count=with_count,
        name=name,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    detailed: bool | Unset = False,
    with_count: bool | Unset = False,
    name: str | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Error | QueueList | None:
    """List the project's queues, sorted by name.

     Pages through the project's queues in name order. Each page carries a `links` list; while the
    page is not empty it holds one `next` link whose href repeats the request's query with
    `marker` set to the last queue name of the page. The page after the last queue is an empty
    `queues` list with an empty `links` list (status 200, never 204), so a full last page is followed
    by one more, empty, request.

    Known paging quirks of the redis store: a marker equal to the first queue name returns the first
    page again (with `limit=1` the next link repeats forever), and a marker that names no queue
    restarts from the beginning. Query parameters other than the ones below are metadata filters on
    the mongodb store and are ignored by redis.

    Args:
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        detailed (bool | Unset):  Default: False.
        with_count (bool | Unset):  Default: False.
        name (str | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueueList
    """

    return (
        await asyncio_detailed(
            client=client,
            marker=marker,
            limit=limit,
            detailed=detailed,
            with_count=with_count,
            name=name,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
