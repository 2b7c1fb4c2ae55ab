from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_queue_request import CreateQueueRequest
from ...models.error import Error
from ...models.queue_created import QueueCreated
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: CreateQueueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1.0/{project_id}/queues".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | QueueCreated | None:
    if response.status_code == 201:
        response_201 = QueueCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | QueueCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateQueueRequest,
) -> Response[Error | QueueCreated]:
    """Create a queue.

     Creates a queue and answers its id and name (and, for a Kafka queue, the Kafka topic behind it).
    The queue is usable one to three seconds later; calls made on it before then may fail with error
    10240032. Dead-letter settings (`redrive_policy`, `max_consume_count`) apply to NORMAL and FIFO
    queues; `retention_hours` applies to KAFKA_HA and KAFKA_HT queues only.

    Args:
        project_id (str):
        body (CreateQueueRequest): A new queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueueCreated]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateQueueRequest,
) -> Error | QueueCreated | None:
    """Create a queue.

     Creates a queue and answers its id and name (and, for a Kafka queue, the Kafka topic behind it).
    The queue is usable one to three seconds later; calls made on it before then may fail with error
    10240032. Dead-letter settings (`redrive_policy`, `max_consume_count`) apply to NORMAL and FIFO
    queues; `retention_hours` applies to KAFKA_HA and KAFKA_HT queues only.

    Args:
        project_id (str):
        body (CreateQueueRequest): A new queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueueCreated
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateQueueRequest,
) -> Response[Error | QueueCreated]:
    """Create a queue.

     Creates a queue and answers its id and name (and, for a Kafka queue, the Kafka topic behind it).
    The queue is usable one to three seconds later; calls made on it before then may fail with error
    10240032. Dead-letter settings (`redrive_policy`, `max_consume_count`) apply to NORMAL and FIFO
    queues; `retention_hours` applies to KAFKA_HA and KAFKA_HT queues only.

    Args:
        project_id (str):
        body (CreateQueueRequest): A new queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueueCreated]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateQueueRequest,
) -> Error | QueueCreated | None:
    """Create a queue.

     Creates a queue and answers its id and name (and, for a Kafka queue, the Kafka topic behind it).
    The queue is usable one to three seconds later; calls made on it before then may fail with error
    10240032. Dead-letter settings (`redrive_policy`, `max_consume_count`) apply to NORMAL and FIFO
    queues; `retention_hours` applies to KAFKA_HA and KAFKA_HT queues only.

    Args:
        project_id (str):
        body (CreateQueueRequest): A new queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueueCreated
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
