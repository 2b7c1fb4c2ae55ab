from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_message_req import SendMessageReq
from ...models.send_message_response import SendMessageResponse
from ...types import Response


def _get_kwargs(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    body: SendMessageReq,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{engine}/{project_id}/instances/{instance_id}/messages".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SendMessageResponse:
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SendMessageResponse]:
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
    body: SendMessageReq,
) -> Response[Error | SendMessageResponse]:
    """Send one message to a topic of the instance.

     Produces a message through the management API (for testing and operations, not a substitute for a
    RocketMQ producer): `topic` and `body` are required, `property_list` carries message properties such
    as KEYS and TAGS. The answer names the broker, queue and queue offset the message was stored at. Not
    idempotent: a retried send may store the message twice.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (SendMessageReq): SDK model SendMessageReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
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
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageReq,
) -> Error | SendMessageResponse | None:
    """Send one message to a topic of the instance.

     Produces a message through the management API (for testing and operations, not a substitute for a
    RocketMQ producer): `topic` and `body` are required, `property_list` carries message properties such
    as KEYS and TAGS. The answer names the broker, queue and queue offset the message was stored at. Not
    idempotent: a retried send may store the message twice.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (SendMessageReq): SDK model SendMessageReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendMessageResponse
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageReq,
) -> Response[Error | SendMessageResponse]:
    """Send one message to a topic of the instance.

     Produces a message through the management API (for testing and operations, not a substitute for a
    RocketMQ producer): `topic` and `body` are required, `property_list` carries message properties such
    as KEYS and TAGS. The answer names the broker, queue and queue offset the message was stored at. Not
    idempotent: a retried send may store the message twice.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (SendMessageReq): SDK model SendMessageReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageReq,
) -> Error | SendMessageResponse | None:
    """Send one message to a topic of the instance.

     Produces a message through the management API (for testing and operations, not a substitute for a
    RocketMQ producer): `topic` and `body` are required, `property_list` carries message properties such
    as KEYS and TAGS. The answer names the broker, queue and queue offset the message was stored at. Not
    idempotent: a retried send may store the message twice.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (SendMessageReq): SDK model SendMessageReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendMessageResponse
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
