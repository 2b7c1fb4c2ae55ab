from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.v1_ces_hierarchy import V1CesHierarchy
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/{project_id}/instances/{instance_id}/ceshierarchy".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V1CesHierarchy:
    if response.status_code == 200:
        response_200 = V1CesHierarchy.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | V1CesHierarchy]:
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
) -> Response[Error | V1CesHierarchy]:
    """Get the instance's monitoring hierarchy in Cloud Eye (history API v1.0).

     Answers the monitoring dimensions of the instance in Cloud Eye (CES) with their metrics, and the
    instance ids, nodes, topics with partitions and consumer groups that fill them. Part of the history
    API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated or not
    recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        project_id (str):
        instance_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V1CesHierarchy]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
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
) -> Error | V1CesHierarchy | None:
    """Get the instance's monitoring hierarchy in Cloud Eye (history API v1.0).

     Answers the monitoring dimensions of the instance in Cloud Eye (CES) with their metrics, and the
    instance ids, nodes, topics with partitions and consumer groups that fill them. Part of the history
    API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated or not
    recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        project_id (str):
        instance_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V1CesHierarchy
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | V1CesHierarchy]:
    """Get the instance's monitoring hierarchy in Cloud Eye (history API v1.0).

     Answers the monitoring dimensions of the instance in Cloud Eye (CES) with their metrics, and the
    instance ids, nodes, topics with partitions and consumer groups that fill them. Part of the history
    API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated or not
    recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        project_id (str):
        instance_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V1CesHierarchy]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | V1CesHierarchy | None:
    """Get the instance's monitoring hierarchy in Cloud Eye (history API v1.0).

     Answers the monitoring dimensions of the instance in Cloud Eye (CES) with their metrics, and the
    instance ids, nodes, topics with partitions and consumer groups that fill them. Part of the history
    API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated or not
    recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        project_id (str):
        instance_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V1CesHierarchy
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
        )
    ).parsed
