from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rocket_mq_message_list import RocketMQMessageList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    topic: str,
    limit: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    key: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    msg_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["topic"] = topic

    params["limit"] = limit

    params["offset"] = offset

    params["key"] = key

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["msg_id"] = msg_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{engine}/{project_id}/instances/{instance_id}/messages".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RocketMQMessageList:
    if response.status_code == 200:
        response_200 = RocketMQMessageList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RocketMQMessageList]:
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
    topic: str,
    limit: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    key: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    msg_id: str | Unset = UNSET,
) -> Response[Error | RocketMQMessageList]:
    """Search the messages of a topic by time window, message key or message id.

     Searches the messages stored in one topic of the instance. Either give `msg_id` for an exact lookup,
    or give
    the time window (`start_time` and `end_time`, both required when `msg_id` is absent), optionally
    narrowed by
    `key`. The result pages by `offset`/`limit` and carries the number of matching messages in `total`.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        topic (str):
        limit (str | Unset):
        offset (str | Unset):
        key (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        msg_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RocketMQMessageList]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        topic=topic,
        limit=limit,
        offset=offset,
        key=key,
        start_time=start_time,
        end_time=end_time,
        msg_id=msg_id,
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
    topic: str,
    limit: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    key: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    msg_id: str | Unset = UNSET,
) -> Error | RocketMQMessageList | None:
    """Search the messages of a topic by time window, message key or message id.

     Searches the messages stored in one topic of the instance. Either give `msg_id` for an exact lookup,
    or give
    the time window (`start_time` and `end_time`, both required when `msg_id` is absent), optionally
    narrowed by
    `key`. The result pages by `offset`/`limit` and carries the number of matching messages in `total`.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        topic (str):
        limit (str | Unset):
        offset (str | Unset):
        key (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        msg_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RocketMQMessageList
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        topic=topic,
        limit=limit,
        offset=offset,
        key=key,
        start_time=start_time,
        end_time=end_time,
        msg_id=msg_id,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    topic: str,
    limit: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    key: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    msg_id: str | Unset = UNSET,
) -> Response[Error | RocketMQMessageList]:
    """Search the messages of a topic by time window, message key or message id.

     Searches the messages stored in one topic of the instance. Either give `msg_id` for an exact lookup,
    or give
    the time window (`start_time` and `end_time`, both required when `msg_id` is absent), optionally
    narrowed by
    `key`. The result pages by `offset`/`limit` and carries the number of matching messages in `total`.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        topic (str):
        limit (str | Unset):
        offset (str | Unset):
        key (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        msg_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RocketMQMessageList]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        topic=topic,
        limit=limit,
        offset=offset,
        key=key,
        start_time=start_time,
        end_time=end_time,
        msg_id=msg_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    topic: str,
    limit: str | Unset = UNSET,
    offset: str | Unset = UNSET,
    key: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    msg_id: str | Unset = UNSET,
) -> Error | RocketMQMessageList | None:
    """Search the messages of a topic by time window, message key or message id.

     Searches the messages stored in one topic of the instance. Either give `msg_id` for an exact lookup,
    or give
    the time window (`start_time` and `end_time`, both required when `msg_id` is absent), optionally
    narrowed by
    `key`. The result pages by `offset`/`limit` and carries the number of matching messages in `total`.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        topic (str):
        limit (str | Unset):
        offset (str | Unset):
        key (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        msg_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RocketMQMessageList
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            topic=topic,
            limit=limit,
            offset=offset,
            key=key,
            start_time=start_time,
            end_time=end_time,
            msg_id=msg_id,
        )
    ).parsed
