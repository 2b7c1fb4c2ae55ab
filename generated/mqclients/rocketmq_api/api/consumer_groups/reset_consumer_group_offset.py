from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.consumer_offset_reset_request import ConsumerOffsetResetRequest
from ...models.consumer_offset_reset_result import ConsumerOffsetResetResult
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    engine: str,
    project_id: str,
    instance_id: str,
    group_id: str,
    *,
    body: ConsumerOffsetResetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{engine}/{project_id}/instances/{instance_id}/groups/{group_id}/reset-message-offset".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsumerOffsetResetResult | Error:
    if response.status_code == 200:
        response_200 = ConsumerOffsetResetResult.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConsumerOffsetResetResult | Error]:
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
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConsumerOffsetResetRequest,
) -> Response[ConsumerOffsetResetResult | Error]:
    """Reset a consumer group's consumption progress on a topic to a point in time.

     Moves the group's consumer offset on every queue of the topic to the first message stored at or
    after
    `timestamp`, and answers the new offset of each queue.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        group_id (str):
        body (ConsumerOffsetResetRequest): Where to reset a consumer group's progress (request
            body of 002 §5.2.8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerOffsetResetResult | Error]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    engine: str,
    project_id: str,
    instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConsumerOffsetResetRequest,
) -> ConsumerOffsetResetResult | Error | None:
    """Reset a consumer group's consumption progress on a topic to a point in time.

     Moves the group's consumer offset on every queue of the topic to the first message stored at or
    after
    `timestamp`, and answers the new offset of each queue.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        group_id (str):
        body (ConsumerOffsetResetRequest): Where to reset a consumer group's progress (request
            body of 002 §5.2.8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerOffsetResetResult | Error
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConsumerOffsetResetRequest,
) -> Response[ConsumerOffsetResetResult | Error]:
    """Reset a consumer group's consumption progress on a topic to a point in time.

     Moves the group's consumer offset on every queue of the topic to the first message stored at or
    after
    `timestamp`, and answers the new offset of each queue.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        group_id (str):
        body (ConsumerOffsetResetRequest): Where to reset a consumer group's progress (request
            body of 002 §5.2.8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerOffsetResetResult | Error]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    project_id: str,
    instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConsumerOffsetResetRequest,
) -> ConsumerOffsetResetResult | Error | None:
    """Reset a consumer group's consumption progress on a topic to a point in time.

     Moves the group's consumer offset on every queue of the topic to the first message stored at or
    after
    `timestamp`, and answers the new offset of each queue.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        group_id (str):
        body (ConsumerOffsetResetRequest): Where to reset a consumer group's progress (request
            body of 002 §5.2.8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerOffsetResetResult | Error
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            instance_id=instance_id,
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
