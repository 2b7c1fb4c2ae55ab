from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_list import MessageList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    queue_name: str,
    *,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    echo: bool | Unset = False,
    include_claimed: bool | Unset = False,
    include_delayed: bool | Unset = False,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    params: dict[str, Any] = {}

    params["marker"] = marker

    params["limit"] = limit

    params["echo"] = echo

    params["include_claimed"] = include_claimed

    params["include_delayed"] = include_delayed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/queues/{queue_name}/messages".format(
            queue_name=quote(str(queue_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MessageList | None:
    if response.status_code == 200:
        response_200 = MessageList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | MessageList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    echo: bool | Unset = False,
    include_claimed: bool | Unset = False,
    include_delayed: bool | Unset = False,
    client_id: str,
    x_project_id: str,
) -> Response[Error | MessageList]:
    """List the messages of a queue, oldest first.

     Pages through the queue's messages, oldest first. By default the caller's own messages (posted
    with the same `Client-ID`) are skipped (`echo`), and so are claimed messages and, on queues with a
    `_default_message_delay`, delayed ones. While a page is not empty it holds one `next` link whose
    href repeats the query with `marker` set (the server also adds `include_delayed=true` to it). The
    page after the last message is an empty `messages` list with an empty `links` list (status 200,
    never 204); a queue that does not exist answers the same empty page.

    Redis store quirks: `include_claimed=true` without a `marker` answers 503; a marker equal to the
    first message id returns the first page again (with `limit=1` the next link repeats forever); an
    unknown marker restarts from the beginning.

    Args:
        queue_name (str):
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        echo (bool | Unset):  Default: False.
        include_claimed (bool | Unset):  Default: False.
        include_delayed (bool | Unset):  Default: False.
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageList]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        marker=marker,
        limit=limit,
        echo=echo,
        include_claimed=include_claimed,
        include_delayed=include_delayed,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    echo: bool | Unset = False,
    include_claimed: bool | Unset = False,
    include_delayed: bool | Unset = False,
    client_id: str,
    x_project_id: str,
) -> Error | MessageList | None:
    """List the messages of a queue, oldest first.

     Pages through the queue's messages, oldest first. By default the caller's own messages (posted
    with the same `Client-ID`) are skipped (`echo`), and so are claimed messages and, on queues with a
    `_default_message_delay`, delayed ones. While a page is not empty it holds one `next` link whose
    href repeats the query with `marker` set (the server also adds `include_delayed=true` to it). The
    page after the last message is an empty `messages` list with an empty `links` list (status 200,
    never 204); a queue that does not exist answers the same empty page.

    Redis store quirks: `include_claimed=true` without a `marker` answers 503; a marker equal to the
    first message id returns the first page again (with `limit=1` the next link repeats forever); an
    unknown marker restarts from the beginning.

    Args:
        queue_name (str):
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        echo (bool | Unset):  Default: False.
        include_claimed (bool | Unset):  Default: False.
        include_delayed (bool | Unset):  Default: False.
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageList
    """

    return sync_detailed(
        queue_name=queue_name,
        client=client,
        marker=marker,
        limit=limit,
        echo=echo,
        include_claimed=include_claimed,
        include_delayed=include_delayed,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    echo: bool | Unset = False,
    include_claimed: bool | Unset = False,
    include_delayed: bool | Unset = False,
    client_id: str,
    x_project_id: str,
) -> Response[Error | MessageList]:
    """List the messages of a queue, oldest first.

     Pages through the queue's messages, oldest first. By default the caller's own messages (posted
    with the same `Client-ID`) are skipped (`echo`), and so are claimed messages and, on queues with a
    `_default_message_delay`, delayed ones. While a page is not empty it holds one `next` link whose
    href repeats the query with `marker` set (the server also adds `include_delayed=true` to it). The
    page after the last message is an empty `messages` list with an empty `links` list (status 200,
    never 204); a queue that does not exist answers the same empty page.

    Redis store quirks: `include_claimed=true` without a `marker` answers 503; a marker equal to the
    first message id returns the first page again (with `limit=1` the next link repeats forever); an
    unknown marker restarts from the beginning.

    Args:
        queue_name (str):
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        echo (bool | Unset):  Default: False.
        include_claimed (bool | Unset):  Default: False.
        include_delayed (bool | Unset):  Default: False.
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageList]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        marker=marker,
        limit=limit,
        echo=echo,
        include_claimed=include_claimed,
        include_delayed=include_delayed,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    echo: bool | Unset = False,
    include_claimed: bool | Unset = False,
    include_delayed: bool | Unset = False,
    client_id: str,
    x_project_id: str,
) -> Error | MessageList | None:
    """List the messages of a queue, oldest first.

     Pages through the queue's messages, oldest first. By default the caller's own messages (posted
    with the same `Client-ID`) are skipped (`echo`), and so are claimed messages and, on queues with a
    `_default_message_delay`, delayed ones. While a page is not empty it holds one `next` link whose
    href repeats the query with `marker` set (the server also adds `include_delayed=true` to it). The
    page after the last message is an empty `messages` list with an empty `links` list (status 200,
    never 204); a queue that does not exist answers the same empty page.

    Redis store quirks: `include_claimed=true` without a `marker` answers 503; a marker equal to the
    first message id returns the first page again (with `limit=1` the next link repeats forever); an
    unknown marker restarts from the beginning.

    Args:
        queue_name (str):
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        echo (bool | Unset):  Default: False.
        include_claimed (bool | Unset):  Default: False.
        include_delayed (bool | Unset):  Default: False.
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageList
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            client=client,
            marker=marker,
            limit=limit,
            echo=echo,
            include_claimed=include_claimed,
            include_delayed=include_delayed,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
