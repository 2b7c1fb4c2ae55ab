from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.instance_resize_request import InstanceResizeRequest
from ...models.instance_resize_result import InstanceResizeResult
from ...types import Response


def _get_kwargs(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    body: InstanceResizeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{engine}/{project_id}/instances/{instance_id}/extend".format(
            engine=quote(str(engine), safe=""),
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
) -> Error | InstanceResizeResult | None:
    if response.status_code == 200:
        response_200 = InstanceResizeResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InstanceResizeResult]:
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
    body: InstanceResizeRequest,
) -> Response[Error | InstanceResizeResult]:
    """Change an instance's specification (storage, broker count or broker flavor).

     Starts a specification change and answers the id of its background job. Through the API only pay-
    per-use
    instances can be changed. `oper_type` says what changes: `storage` (more storage per broker, same
    broker
    count; `new_storage_space` required), `horizontal` (more brokers, same storage per broker;
    `new_broker_num` and `new_storage_space` required, `publicip_id` too when public access is on) or
    `vertical` (another broker flavor; `new_product_id` required).

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (InstanceResizeRequest): A specification change (doc ResizeEngineInstanceReq, §5.10.2
            table 5-183).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InstanceResizeResult]
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
    body: InstanceResizeRequest,
) -> Error | InstanceResizeResult | None:
    """Change an instance's specification (storage, broker count or broker flavor).

     Starts a specification change and answers the id of its background job. Through the API only pay-
    per-use
    instances can be changed. `oper_type` says what changes: `storage` (more storage per broker, same
    broker
    count; `new_storage_space` required), `horizontal` (more brokers, same storage per broker;
    `new_broker_num` and `new_storage_space` required, `publicip_id` too when public access is on) or
    `vertical` (another broker flavor; `new_product_id` required).

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (InstanceResizeRequest): A specification change (doc ResizeEngineInstanceReq, §5.10.2
            table 5-183).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InstanceResizeResult
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
    body: InstanceResizeRequest,
) -> Response[Error | InstanceResizeResult]:
    """Change an instance's specification (storage, broker count or broker flavor).

     Starts a specification change and answers the id of its background job. Through the API only pay-
    per-use
    instances can be changed. `oper_type` says what changes: `storage` (more storage per broker, same
    broker
    count; `new_storage_space` required), `horizontal` (more brokers, same storage per broker;
    `new_broker_num` and `new_storage_space` required, `publicip_id` too when public access is on) or
    `vertical` (another broker flavor; `new_product_id` required).

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (InstanceResizeRequest): A specification change (doc ResizeEngineInstanceReq, §5.10.2
            table 5-183).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InstanceResizeResult]
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
    body: InstanceResizeRequest,
) -> Error | InstanceResizeResult | None:
    """Change an instance's specification (storage, broker count or broker flavor).

     Starts a specification change and answers the id of its background job. Through the API only pay-
    per-use
    instances can be changed. `oper_type` says what changes: `storage` (more storage per broker, same
    broker
    count; `new_storage_space` required), `horizontal` (more brokers, same storage per broker;
    `new_broker_num` and `new_storage_space` required, `publicip_id` too when public access is on) or
    `vertical` (another broker flavor; `new_product_id` required).

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (InstanceResizeRequest): A specification change (doc ResizeEngineInstanceReq, §5.10.2
            table 5-183).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InstanceResizeResult
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
