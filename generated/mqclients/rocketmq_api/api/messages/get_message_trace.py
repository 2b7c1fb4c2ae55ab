from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_trace_list import MessageTraceList
from ...types import UNSET, Response


def _get_kwargs(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    msg_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["msg_id"] = msg_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{engine}/{project_id}/instances/{instance_id}/trace".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MessageTraceList:
    if response.status_code == 200:
        response_200 = MessageTraceList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MessageTraceList]:
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
    msg_id: str,
) -> Response[Error | MessageTraceList]:
    """Get the trace of one message (production, storage and consumption records).

     Answers the trace records of one message: who produced it, when it was stored, which consumer groups
    consumed it, with what result and how long each step took. Message tracing must be enabled on the
    producers and consumers for records to exist.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        msg_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageTraceList]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
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
    msg_id: str,
) -> Error | MessageTraceList | None:
    """Get the trace of one message (production, storage and consumption records).

     Answers the trace records of one message: who produced it, when it was stored, which consumer groups
    consumed it, with what result and how long each step took. Message tracing must be enabled on the
    producers and consumers for records to exist.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        msg_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageTraceList
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        msg_id=msg_id,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    msg_id: str,
) -> Response[Error | MessageTraceList]:
    """Get the trace of one message (production, storage and consumption records).

     Answers the trace records of one message: who produced it, when it was stored, which consumer groups
    consumed it, with what result and how long each step took. Message tracing must be enabled on the
    producers and consumers for records to exist.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        msg_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageTraceList]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
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
    msg_id: str,
) -> Error | MessageTraceList | None:
    """Get the trace of one message (production, storage and consumption records).

     Answers the trace records of one message: who produced it, when it was stored, which consumer groups
    consumed it, with what result and how long each step took. Message tracing must be enabled on the
    producers and consumers for records to exist.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        msg_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageTraceList
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            msg_id=msg_id,
        )
    ).parsed
