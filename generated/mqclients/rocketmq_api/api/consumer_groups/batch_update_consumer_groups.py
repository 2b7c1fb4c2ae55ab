from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.consumer_group_batch_update_request import ConsumerGroupBatchUpdateRequest
from ...models.consumer_group_batch_update_result import ConsumerGroupBatchUpdateResult
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: ConsumerGroupBatchUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/{project_id}/instances/{instance_id}/groups".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsumerGroupBatchUpdateResult | Error:
    if response.status_code == 200:
        response_200 = ConsumerGroupBatchUpdateResult.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConsumerGroupBatchUpdateResult | Error]:
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
    body: ConsumerGroupBatchUpdateRequest,
) -> Response[ConsumerGroupBatchUpdateResult | Error]:
    """Change the settings of several consumer groups at once.

     Changes the settings of each listed consumer group (identified by `name`) and answers the id of the
    background job that applies them.

    Args:
        project_id (str):
        instance_id (str):
        body (ConsumerGroupBatchUpdateRequest): The consumer groups to change (request body of 002
            §5.2.3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerGroupBatchUpdateResult | Error]
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
    body: ConsumerGroupBatchUpdateRequest,
) -> ConsumerGroupBatchUpdateResult | Error | None:
    """Change the settings of several consumer groups at once.

     Changes the settings of each listed consumer group (identified by `name`) and answers the id of the
    background job that applies them.

    Args:
        project_id (str):
        instance_id (str):
        body (ConsumerGroupBatchUpdateRequest): The consumer groups to change (request body of 002
            §5.2.3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerGroupBatchUpdateResult | Error
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
    body: ConsumerGroupBatchUpdateRequest,
) -> Response[ConsumerGroupBatchUpdateResult | Error]:
    """Change the settings of several consumer groups at once.

     Changes the settings of each listed consumer group (identified by `name`) and answers the id of the
    background job that applies them.

    Args:
        project_id (str):
        instance_id (str):
        body (ConsumerGroupBatchUpdateRequest): The consumer groups to change (request body of 002
            §5.2.3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumerGroupBatchUpdateResult | Error]
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
    body: ConsumerGroupBatchUpdateRequest,
) -> ConsumerGroupBatchUpdateResult | Error | None:
    """Change the settings of several consumer groups at once.

     Changes the settings of each listed consumer group (identified by `name`) and answers the id of the
    background job that applies them.

    Args:
        project_id (str):
        instance_id (str):
        body (ConsumerGroupBatchUpdateRequest): The consumer groups to change (request body of 002
            §5.2.3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumerGroupBatchUpdateResult | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
