from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_instance_by_engine_req import CreateInstanceByEngineReq
from ...models.create_post_paid_instance_for_rocket_mq_response import CreatePostPaidInstanceForRocketMqResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: CreateInstanceByEngineReq,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/rocketmq/instances".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePostPaidInstanceForRocketMqResponse | Error:
    if response.status_code == 200:
        response_200 = CreatePostPaidInstanceForRocketMqResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePostPaidInstanceForRocketMqResponse | Error]:
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
    body: CreateInstanceByEngineReq,
) -> Response[CreatePostPaidInstanceForRocketMqResponse | Error]:
    """Create an instance (engine-less path).

     Creates a RocketMQ instance from the same body as `create_instance`, on POST
    /v2/{project_id}/rocketmq/instances; the answer carries the new instance id. Not idempotent.

    Args:
        project_id (str):
        body (CreateInstanceByEngineReq): SDK model CreateInstanceByEngineReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePostPaidInstanceForRocketMqResponse | Error]
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
    body: CreateInstanceByEngineReq,
) -> CreatePostPaidInstanceForRocketMqResponse | Error | None:
    """Create an instance (engine-less path).

     Creates a RocketMQ instance from the same body as `create_instance`, on POST
    /v2/{project_id}/rocketmq/instances; the answer carries the new instance id. Not idempotent.

    Args:
        project_id (str):
        body (CreateInstanceByEngineReq): SDK model CreateInstanceByEngineReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePostPaidInstanceForRocketMqResponse | Error
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
    body: CreateInstanceByEngineReq,
) -> Response[CreatePostPaidInstanceForRocketMqResponse | Error]:
    """Create an instance (engine-less path).

     Creates a RocketMQ instance from the same body as `create_instance`, on POST
    /v2/{project_id}/rocketmq/instances; the answer carries the new instance id. Not idempotent.

    Args:
        project_id (str):
        body (CreateInstanceByEngineReq): SDK model CreateInstanceByEngineReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePostPaidInstanceForRocketMqResponse | Error]
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
    body: CreateInstanceByEngineReq,
) -> CreatePostPaidInstanceForRocketMqResponse | Error | None:
    """Create an instance (engine-less path).

     Creates a RocketMQ instance from the same body as `create_instance`, on POST
    /v2/{project_id}/rocketmq/instances; the answer carries the new instance id. Not idempotent.

    Args:
        project_id (str):
        body (CreateInstanceByEngineReq): SDK model CreateInstanceByEngineReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePostPaidInstanceForRocketMqResponse | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
