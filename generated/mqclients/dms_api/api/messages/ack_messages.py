from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ack_request import AckRequest
from ...models.ack_result import AckResult
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    body: AckRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1.0/{project_id}/queues/{queue_id}/groups/{consumer_group_id}/ack".format(
            project_id=quote(str(project_id), safe=""),
            queue_id=quote(str(queue_id), safe=""),
            consumer_group_id=quote(str(consumer_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AckResult | Error | None:
    if response.status_code == 200:
        response_200 = AckResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AckResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AckRequest,
) -> Response[AckResult | Error]:
    """Acknowledge consumed messages as processed or failed.

     Reports, for each handler answered by consume_messages, whether the message was processed
    (`success`) or not (`fail`). Acknowledgements must follow the order in which the messages were
    consumed: the service stops at the first entry that is not acknowledged or that fails and counts
    every later entry as failed. The answer says how many leading entries succeeded and how many
    trailing ones failed. huaweicloudsdkdms names this call `confirm_consumption_messages`; the old
    SDK `ack_consumed_message(consumed_message, status='success')`.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        body (AckRequest): Acknowledgements, in the order the messages were consumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AckResult | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AckRequest,
) -> AckResult | Error | None:
    """Acknowledge consumed messages as processed or failed.

     Reports, for each handler answered by consume_messages, whether the message was processed
    (`success`) or not (`fail`). Acknowledgements must follow the order in which the messages were
    consumed: the service stops at the first entry that is not acknowledged or that fails and counts
    every later entry as failed. The answer says how many leading entries succeeded and how many
    trailing ones failed. huaweicloudsdkdms names this call `confirm_consumption_messages`; the old
    SDK `ack_consumed_message(consumed_message, status='success')`.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        body (AckRequest): Acknowledgements, in the order the messages were consumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AckResult | Error
    """

    return sync_detailed(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AckRequest,
) -> Response[AckResult | Error]:
    """Acknowledge consumed messages as processed or failed.

     Reports, for each handler answered by consume_messages, whether the message was processed
    (`success`) or not (`fail`). Acknowledgements must follow the order in which the messages were
    consumed: the service stops at the first entry that is not acknowledged or that fails and counts
    every later entry as failed. The answer says how many leading entries succeeded and how many
    trailing ones failed. huaweicloudsdkdms names this call `confirm_consumption_messages`; the old
    SDK `ack_consumed_message(consumed_message, status='success')`.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        body (AckRequest): Acknowledgements, in the order the messages were consumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AckResult | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AckRequest,
) -> AckResult | Error | None:
    """Acknowledge consumed messages as processed or failed.

     Reports, for each handler answered by consume_messages, whether the message was processed
    (`success`) or not (`fail`). Acknowledgements must follow the order in which the messages were
    consumed: the service stops at the first entry that is not acknowledged or that fails and counts
    every later entry as failed. The answer says how many leading entries succeeded and how many
    trailing ones failed. huaweicloudsdkdms names this call `confirm_consumption_messages`; the old
    SDK `ack_consumed_message(consumed_message, status='success')`.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        body (AckRequest): Acknowledgements, in the order the messages were consumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AckResult | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            queue_id=queue_id,
            consumer_group_id=consumer_group_id,
            client=client,
            body=body,
        )
    ).parsed
