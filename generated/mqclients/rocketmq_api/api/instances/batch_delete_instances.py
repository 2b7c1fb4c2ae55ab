from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.instance_batch_delete_request import InstanceBatchDeleteRequest
from ...models.instance_batch_delete_result import InstanceBatchDeleteResult
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: InstanceBatchDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/instances/action".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | InstanceBatchDeleteResult | None:
    if response.status_code == 200:
        response_200 = InstanceBatchDeleteResult.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | InstanceBatchDeleteResult]:
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
    body: InstanceBatchDeleteRequest,
) -> Response[Any | Error | InstanceBatchDeleteResult]:
    """Delete several instances, or all instances whose creation failed.

     Deletes the instances listed in `instances`, or, with `all_failure` set to `reliability`, every
    RocketMQ
    instance of the tenant whose creation failed. Deleted instances lose their data; there is no backup.
    A list of instances answers 200 with a result per instance; `all_failure` answers 204 with no body.

    Args:
        project_id (str):
        body (InstanceBatchDeleteRequest): Instances to delete (doc BatchDeleteInstanceReq, §5.1.6
            table 5-17).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InstanceBatchDeleteResult]
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
    body: InstanceBatchDeleteRequest,
) -> Any | Error | InstanceBatchDeleteResult | None:
    """Delete several instances, or all instances whose creation failed.

     Deletes the instances listed in `instances`, or, with `all_failure` set to `reliability`, every
    RocketMQ
    instance of the tenant whose creation failed. Deleted instances lose their data; there is no backup.
    A list of instances answers 200 with a result per instance; `all_failure` answers 204 with no body.

    Args:
        project_id (str):
        body (InstanceBatchDeleteRequest): Instances to delete (doc BatchDeleteInstanceReq, §5.1.6
            table 5-17).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InstanceBatchDeleteResult
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
    body: InstanceBatchDeleteRequest,
) -> Response[Any | Error | InstanceBatchDeleteResult]:
    """Delete several instances, or all instances whose creation failed.

     Deletes the instances listed in `instances`, or, with `all_failure` set to `reliability`, every
    RocketMQ
    instance of the tenant whose creation failed. Deleted instances lose their data; there is no backup.
    A list of instances answers 200 with a result per instance; `all_failure` answers 204 with no body.

    Args:
        project_id (str):
        body (InstanceBatchDeleteRequest): Instances to delete (doc BatchDeleteInstanceReq, §5.1.6
            table 5-17).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InstanceBatchDeleteResult]
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
    body: InstanceBatchDeleteRequest,
) -> Any | Error | InstanceBatchDeleteResult | None:
    """Delete several instances, or all instances whose creation failed.

     Deletes the instances listed in `instances`, or, with `all_failure` set to `reliability`, every
    RocketMQ
    instance of the tenant whose creation failed. Deleted instances lose their data; there is no backup.
    A list of instances answers 200 with a result per instance; `all_failure` answers 204 with no body.

    Args:
        project_id (str):
        body (InstanceBatchDeleteRequest): Instances to delete (doc BatchDeleteInstanceReq, §5.1.6
            table 5-17).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InstanceBatchDeleteResult
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
