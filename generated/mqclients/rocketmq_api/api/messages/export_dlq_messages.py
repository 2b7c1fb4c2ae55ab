from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.dlq_message_export_request import DlqMessageExportRequest
from ...models.error import Error
from ...models.rocket_mq_message import RocketMQMessage
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: DlqMessageExportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/instances/{instance_id}/messages/export".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[RocketMQMessage]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = RocketMQMessage.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[RocketMQMessage]]:
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
    body: DlqMessageExportRequest,
) -> Response[Error | list[RocketMQMessage]]:
    """Export dead-letter messages by message id or unique key.

     Reads messages of a dead-letter topic (`%DLQ%<group>`) selected by their message ids and/or unique
    keys
    and answers them in full (body, properties, storage details). Nothing is changed on the instance, so
    the
    call is safe to retry.

    Args:
        project_id (str):
        instance_id (str):
        body (DlqMessageExportRequest): Which dead-letter messages to export (doc table 5-91; SDK
            ExportDlqMessageReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[RocketMQMessage]]
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
    body: DlqMessageExportRequest,
) -> Error | list[RocketMQMessage] | None:
    """Export dead-letter messages by message id or unique key.

     Reads messages of a dead-letter topic (`%DLQ%<group>`) selected by their message ids and/or unique
    keys
    and answers them in full (body, properties, storage details). Nothing is changed on the instance, so
    the
    call is safe to retry.

    Args:
        project_id (str):
        instance_id (str):
        body (DlqMessageExportRequest): Which dead-letter messages to export (doc table 5-91; SDK
            ExportDlqMessageReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[RocketMQMessage]
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
    body: DlqMessageExportRequest,
) -> Response[Error | list[RocketMQMessage]]:
    """Export dead-letter messages by message id or unique key.

     Reads messages of a dead-letter topic (`%DLQ%<group>`) selected by their message ids and/or unique
    keys
    and answers them in full (body, properties, storage details). Nothing is changed on the instance, so
    the
    call is safe to retry.

    Args:
        project_id (str):
        instance_id (str):
        body (DlqMessageExportRequest): Which dead-letter messages to export (doc table 5-91; SDK
            ExportDlqMessageReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[RocketMQMessage]]
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
    body: DlqMessageExportRequest,
) -> Error | list[RocketMQMessage] | None:
    """Export dead-letter messages by message id or unique key.

     Reads messages of a dead-letter topic (`%DLQ%<group>`) selected by their message ids and/or unique
    keys
    and answers them in full (body, properties, storage details). Nothing is changed on the instance, so
    the
    call is safe to retry.

    Args:
        project_id (str):
        instance_id (str):
        body (DlqMessageExportRequest): Which dead-letter messages to export (doc table 5-91; SDK
            ExportDlqMessageReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[RocketMQMessage]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
