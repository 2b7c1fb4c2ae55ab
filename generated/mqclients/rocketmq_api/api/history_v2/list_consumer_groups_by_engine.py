from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.history_consumer_group_list import HistoryConsumerGroupList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    group: str | Unset = UNSET,
    topic: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["group"] = group

    params["topic"] = topic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{engine}/{project_id}/instances/{instance_id}/groups".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | HistoryConsumerGroupList:
    if response.status_code == 200:
        response_200 = HistoryConsumerGroupList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | HistoryConsumerGroupList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    group: str | Unset = UNSET,
    topic: str | Unset = UNSET,
) -> Response[Error | HistoryConsumerGroupList]:
    """List an instance's consumer groups by engine (history API v2).

     Pages through the instance's consumer groups, optionally filtered by a name substring or by topic,
    with the group quota (max, remaining). Part of the engine-prefixed history API v2 (002 §8.2: the doc
    files it under "history API" without calling it deprecated or not recommended); chapter 5 holds the
    current calls. No official SDK has this call.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        group (str | Unset):
        topic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HistoryConsumerGroupList]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        offset=offset,
        limit=limit,
        group=group,
        topic=topic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    group: str | Unset = UNSET,
    topic: str | Unset = UNSET,
) -> Error | HistoryConsumerGroupList | None:
    """List an instance's consumer groups by engine (history API v2).

     Pages through the instance's consumer groups, optionally filtered by a name substring or by topic,
    with the group quota (max, remaining). Part of the engine-prefixed history API v2 (002 §8.2: the doc
    files it under "history API" without calling it deprecated or not recommended); chapter 5 holds the
    current calls. No official SDK has this call.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        group (str | Unset):
        topic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HistoryConsumerGroupList
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        offset=offset,
        limit=limit,
        group=group,
        topic=topic,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    group: str | Unset = UNSET,
    topic: str | Unset = UNSET,
) -> Response[Error | HistoryConsumerGroupList]:
    """List an instance's consumer groups by engine (history API v2).

     Pages through the instance's consumer groups, optionally filtered by a name substring or by topic,
    with the group quota (max, remaining). Part of the engine-prefixed history API v2 (002 §8.2: the doc
    files it under "history API" without calling it deprecated or not recommended); chapter 5 holds the
    current calls. No official SDK has this call.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        group (str | Unset):
        topic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HistoryConsumerGroupList]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        offset=offset,
        limit=limit,
        group=group,
        topic=topic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = 10,
    group: str | Unset = UNSET,
    topic: str | Unset = UNSET,
) -> Error | HistoryConsumerGroupList | None:
    """List an instance's consumer groups by engine (history API v2).

     Pages through the instance's consumer groups, optionally filtered by a name substring or by topic,
    with the group quota (max, remaining). Part of the engine-prefixed history API v2 (002 §8.2: the doc
    files it under "history API" without calling it deprecated or not recommended); chapter 5 holds the
    current calls. No official SDK has this call.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        offset (int | Unset):
        limit (int | Unset):  Default: 10.
        group (str | Unset):
        topic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HistoryConsumerGroupList
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            offset=offset,
            limit=limit,
            group=group,
            topic=topic,
        )
    ).parsed
