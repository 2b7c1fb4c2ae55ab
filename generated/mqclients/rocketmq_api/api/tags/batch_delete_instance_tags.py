from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.instance_tag_delete_action import InstanceTagDeleteAction
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: InstanceTagDeleteAction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/rocketmq/{instance_id}/tags/action#delete".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: InstanceTagDeleteAction,
) -> Response[Any | Error]:
    """Remove tags from the instance.

     Removes the given tags from the instance (`action=delete` of the doc's batch tag endpoint; same wire
    path
    as batch_create_instance_tags, the client sends the action). Answers 204 with no body.

    Args:
        project_id (str):
        instance_id (str):
        body (InstanceTagDeleteAction): Tags to remove from an instance (doc table 5-160 with
            `action=delete`; SDK BatchCreateOrDeleteTagReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
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
    body: InstanceTagDeleteAction,
) -> Any | Error | None:
    """Remove tags from the instance.

     Removes the given tags from the instance (`action=delete` of the doc's batch tag endpoint; same wire
    path
    as batch_create_instance_tags, the client sends the action). Answers 204 with no body.

    Args:
        project_id (str):
        instance_id (str):
        body (InstanceTagDeleteAction): Tags to remove from an instance (doc table 5-160 with
            `action=delete`; SDK BatchCreateOrDeleteTagReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstanceTagDeleteAction,
) -> Response[Any | Error]:
    """Remove tags from the instance.

     Removes the given tags from the instance (`action=delete` of the doc's batch tag endpoint; same wire
    path
    as batch_create_instance_tags, the client sends the action). Answers 204 with no body.

    Args:
        project_id (str):
        instance_id (str):
        body (InstanceTagDeleteAction): Tags to remove from an instance (doc table 5-160 with
            `action=delete`; SDK BatchCreateOrDeleteTagReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstanceTagDeleteAction,
) -> Any | Error | None:
    """Remove tags from the instance.

     Removes the given tags from the instance (`action=delete` of the doc's batch tag endpoint; same wire
    path
    as batch_create_instance_tags, the client sends the action). Answers 204 with no body.

    Args:
        project_id (str):
        instance_id (str):
        body (InstanceTagDeleteAction): Tags to remove from an instance (doc table 5-160 with
            `action=delete`; SDK BatchCreateOrDeleteTagReq).

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
            client=client,
            body=body,
        )
    ).parsed
