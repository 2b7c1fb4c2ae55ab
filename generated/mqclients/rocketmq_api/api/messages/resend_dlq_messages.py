from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.dlq_message_resend_request import DlqMessageResendRequest
from ...models.error import Error
from ...models.message_resend_results import MessageResendResults
from ...types import Response


def _get_kwargs(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    body: DlqMessageResendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{engine}/{project_id}/instances/{instance_id}/messages/deadletter-resend".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MessageResendResults:
    if response.status_code == 200:
        response_200 = MessageResendResults.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MessageResendResults]:
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
    body: DlqMessageResendRequest,
) -> Response[Error | MessageResendResults]:
    """Resend dead-letter messages to their original consumer group.

     Sends the given messages of a dead-letter topic (`%DLQ%<group>`) again so that the group can consume
    them.
    Answers one result per message (error code `DMS.00000000` and message `Success.` when it was
    resent).
    Not idempotent: a retry resends the messages again.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (DlqMessageResendRequest): Which dead-letter messages to resend (doc table 5-96; SDK
            DeadletterResendReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageResendResults]
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
    body: DlqMessageResendRequest,
) -> Error | MessageResendResults | None:
    """Resend dead-letter messages to their original consumer group.

     Sends the given messages of a dead-letter topic (`%DLQ%<group>`) again so that the group can consume
    them.
    Answers one result per message (error code `DMS.00000000` and message `Success.` when it was
    resent).
    Not idempotent: a retry resends the messages again.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (DlqMessageResendRequest): Which dead-letter messages to resend (doc table 5-96; SDK
            DeadletterResendReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageResendResults
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
    body: DlqMessageResendRequest,
) -> Response[Error | MessageResendResults]:
    """Resend dead-letter messages to their original consumer group.

     Sends the given messages of a dead-letter topic (`%DLQ%<group>`) again so that the group can consume
    them.
    Answers one result per message (error code `DMS.00000000` and message `Success.` when it was
    resent).
    Not idempotent: a retry resends the messages again.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (DlqMessageResendRequest): Which dead-letter messages to resend (doc table 5-96; SDK
            DeadletterResendReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageResendResults]
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
    body: DlqMessageResendRequest,
) -> Error | MessageResendResults | None:
    """Resend dead-letter messages to their original consumer group.

     Sends the given messages of a dead-letter topic (`%DLQ%<group>`) again so that the group can consume
    them.
    Answers one result per message (error code `DMS.00000000` and message `Success.` when it was
    resent).
    Not idempotent: a retry resends the messages again.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (DlqMessageResendRequest): Which dead-letter messages to resend (doc table 5-96; SDK
            DeadletterResendReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageResendResults
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
