from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.migration_task_delete_request import MigrationTaskDeleteRequest
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: MigrationTaskDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/{project_id}/instances/{instance_id}/metadata".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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
    body: MigrationTaskDeleteRequest,
) -> Response[Any | Error]:
    """Delete metadata migration tasks by id.

     Deletes the listed migration tasks of the instance (a DELETE with a JSON body). Answers 200 with no
    body.

    Args:
        project_id (str):
        instance_id (str):
        body (MigrationTaskDeleteRequest): The migration tasks to delete (doc table 5-152; SDK
            MetadataDeleteReq).

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
    body: MigrationTaskDeleteRequest,
) -> Any | Error | None:
    """Delete metadata migration tasks by id.

     Deletes the listed migration tasks of the instance (a DELETE with a JSON body). Answers 200 with no
    body.

    Args:
        project_id (str):
        instance_id (str):
        body (MigrationTaskDeleteRequest): The migration tasks to delete (doc table 5-152; SDK
            MetadataDeleteReq).

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
    body: MigrationTaskDeleteRequest,
) -> Response[Any | Error]:
    """Delete metadata migration tasks by id.

     Deletes the listed migration tasks of the instance (a DELETE with a JSON body). Answers 200 with no
    body.

    Args:
        project_id (str):
        instance_id (str):
        body (MigrationTaskDeleteRequest): The migration tasks to delete (doc table 5-152; SDK
            MetadataDeleteReq).

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
    body: MigrationTaskDeleteRequest,
) -> Any | Error | None:
    """Delete metadata migration tasks by id.

     Deletes the listed migration tasks of the instance (a DELETE with a JSON body). Answers 200 with no
    body.

    Args:
        project_id (str):
        instance_id (str):
        body (MigrationTaskDeleteRequest): The migration tasks to delete (doc table 5-152; SDK
            MetadataDeleteReq).

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
