from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.instance_create_request import InstanceCreateRequest
from ...models.instance_create_result import InstanceCreateResult
from ...types import Response


def _get_kwargs(
    engine: str,
    project_id: str,
    *,
    body: InstanceCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{engine}/{project_id}/instances".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InstanceCreateResult | None:
    if response.status_code == 200:
        response_200 = InstanceCreateResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InstanceCreateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    engine: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstanceCreateRequest,
) -> Response[Error | InstanceCreateResult]:
    """Create a RocketMQ instance, pay-per-use or yearly/monthly.

     Creates an instance. Without `bss_param` it is billed by use; with `bss_param` (charging_mode
    prePaid) it
    is a yearly/monthly subscription, and the order is paid automatically only when `is_auto_pay` is
    true.

    Args:
        engine (str):
        project_id (str):
        body (InstanceCreateRequest): An instance to create (doc CreateInstanceByEngineReq, §5.1.2
            table 5-7).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InstanceCreateResult]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    engine: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstanceCreateRequest,
) -> Error | InstanceCreateResult | None:
    """Create a RocketMQ instance, pay-per-use or yearly/monthly.

     Creates an instance. Without `bss_param` it is billed by use; with `bss_param` (charging_mode
    prePaid) it
    is a yearly/monthly subscription, and the order is paid automatically only when `is_auto_pay` is
    true.

    Args:
        engine (str):
        project_id (str):
        body (InstanceCreateRequest): An instance to create (doc CreateInstanceByEngineReq, §5.1.2
            table 5-7).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InstanceCreateResult
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstanceCreateRequest,
) -> Response[Error | InstanceCreateResult]:
    """Create a RocketMQ instance, pay-per-use or yearly/monthly.

     Creates an instance. Without `bss_param` it is billed by use; with `bss_param` (charging_mode
    prePaid) it
    is a yearly/monthly subscription, and the order is paid automatically only when `is_auto_pay` is
    true.

    Args:
        engine (str):
        project_id (str):
        body (InstanceCreateRequest): An instance to create (doc CreateInstanceByEngineReq, §5.1.2
            table 5-7).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InstanceCreateResult]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstanceCreateRequest,
) -> Error | InstanceCreateResult | None:
    """Create a RocketMQ instance, pay-per-use or yearly/monthly.

     Creates an instance. Without `bss_param` it is billed by use; with `bss_param` (charging_mode
    prePaid) it
    is a yearly/monthly subscription, and the order is paid automatically only when `is_auto_pay` is
    true.

    Args:
        engine (str):
        project_id (str):
        body (InstanceCreateRequest): An instance to create (doc CreateInstanceByEngineReq, §5.1.2
            table 5-7).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InstanceCreateResult
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
