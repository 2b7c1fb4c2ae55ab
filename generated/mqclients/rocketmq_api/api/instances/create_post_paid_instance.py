from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.instance_create_result import InstanceCreateResult
from ...models.post_paid_instance_create_request import PostPaidInstanceCreateRequest
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: PostPaidInstanceCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/instances".format(
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
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostPaidInstanceCreateRequest,
) -> Response[Error | InstanceCreateResult]:
    """Create a pay-per-use (on-demand) RocketMQ instance.

     Creates an instance billed by use. The doc lists this request line only in its permissions table
    (§7, table 7-1, "创建实例(按需)", action dms:instance:create) and has no section for it; the body and the
    answer here follow the official SDK's CreatePostPaidInstanceReq / CreatePostPaidInstanceResponse
    (huaweicloudsdkrocketmq 3.1.100), which are §5.1.2's request without `bss_param` and its
    `instance_id`
    answer. For yearly/monthly billing use `create_instance`.

    Args:
        project_id (str):
        body (PostPaidInstanceCreateRequest): A pay-per-use instance to create (SDK
            CreatePostPaidInstanceReq; the doc has no table for it, the fields are
            §5.1.2 table 5-7 without bss_param).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InstanceCreateResult]
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
    body: PostPaidInstanceCreateRequest,
) -> Error | InstanceCreateResult | None:
    """Create a pay-per-use (on-demand) RocketMQ instance.

     Creates an instance billed by use. The doc lists this request line only in its permissions table
    (§7, table 7-1, "创建实例(按需)", action dms:instance:create) and has no section for it; the body and the
    answer here follow the official SDK's CreatePostPaidInstanceReq / CreatePostPaidInstanceResponse
    (huaweicloudsdkrocketmq 3.1.100), which are §5.1.2's request without `bss_param` and its
    `instance_id`
    answer. For yearly/monthly billing use `create_instance`.

    Args:
        project_id (str):
        body (PostPaidInstanceCreateRequest): A pay-per-use instance to create (SDK
            CreatePostPaidInstanceReq; the doc has no table for it, the fields are
            §5.1.2 table 5-7 without bss_param).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InstanceCreateResult
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
    body: PostPaidInstanceCreateRequest,
) -> Response[Error | InstanceCreateResult]:
    """Create a pay-per-use (on-demand) RocketMQ instance.

     Creates an instance billed by use. The doc lists this request line only in its permissions table
    (§7, table 7-1, "创建实例(按需)", action dms:instance:create) and has no section for it; the body and the
    answer here follow the official SDK's CreatePostPaidInstanceReq / CreatePostPaidInstanceResponse
    (huaweicloudsdkrocketmq 3.1.100), which are §5.1.2's request without `bss_param` and its
    `instance_id`
    answer. For yearly/monthly billing use `create_instance`.

    Args:
        project_id (str):
        body (PostPaidInstanceCreateRequest): A pay-per-use instance to create (SDK
            CreatePostPaidInstanceReq; the doc has no table for it, the fields are
            §5.1.2 table 5-7 without bss_param).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InstanceCreateResult]
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
    body: PostPaidInstanceCreateRequest,
) -> Error | InstanceCreateResult | None:
    """Create a pay-per-use (on-demand) RocketMQ instance.

     Creates an instance billed by use. The doc lists this request line only in its permissions table
    (§7, table 7-1, "创建实例(按需)", action dms:instance:create) and has no section for it; the body and the
    answer here follow the official SDK's CreatePostPaidInstanceReq / CreatePostPaidInstanceResponse
    (huaweicloudsdkrocketmq 3.1.100), which are §5.1.2's request without `bss_param` and its
    `instance_id`
    answer. For yearly/monthly billing use `create_instance`.

    Args:
        project_id (str):
        body (PostPaidInstanceCreateRequest): A pay-per-use instance to create (SDK
            CreatePostPaidInstanceReq; the doc has no table for it, the fields are
            §5.1.2 table 5-7 without bss_param).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InstanceCreateResult
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
