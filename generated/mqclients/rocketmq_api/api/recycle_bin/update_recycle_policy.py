from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.modify_recycle_policy_req import ModifyRecyclePolicyReq
from ...models.modify_recycle_policy_response import ModifyRecyclePolicyResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: ModifyRecyclePolicyReq | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/{project_id}/recycle".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ModifyRecyclePolicyResponse:
    if response.status_code == 200:
        response_200 = ModifyRecyclePolicyResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ModifyRecyclePolicyResponse]:
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
    body: ModifyRecyclePolicyReq | Unset = UNSET,
) -> Response[Error | ModifyRecyclePolicyResponse]:
    """Change the recycle bin's policy.

     Turns the recycle bin on or off (`default_use_recycle`) and sets how many days (1-7) it keeps a
    deleted instance; the answer is the policy as `list_recycled_instances` shows it.

    Args:
        project_id (str):
        body (ModifyRecyclePolicyReq | Unset): SDK model ModifyRecyclePolicyReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModifyRecyclePolicyResponse]
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
    body: ModifyRecyclePolicyReq | Unset = UNSET,
) -> Error | ModifyRecyclePolicyResponse | None:
    """Change the recycle bin's policy.

     Turns the recycle bin on or off (`default_use_recycle`) and sets how many days (1-7) it keeps a
    deleted instance; the answer is the policy as `list_recycled_instances` shows it.

    Args:
        project_id (str):
        body (ModifyRecyclePolicyReq | Unset): SDK model ModifyRecyclePolicyReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModifyRecyclePolicyResponse
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
    body: ModifyRecyclePolicyReq | Unset = UNSET,
) -> Response[Error | ModifyRecyclePolicyResponse]:
    """Change the recycle bin's policy.

     Turns the recycle bin on or off (`default_use_recycle`) and sets how many days (1-7) it keeps a
    deleted instance; the answer is the policy as `list_recycled_instances` shows it.

    Args:
        project_id (str):
        body (ModifyRecyclePolicyReq | Unset): SDK model ModifyRecyclePolicyReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModifyRecyclePolicyResponse]
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
    body: ModifyRecyclePolicyReq | Unset = UNSET,
) -> Error | ModifyRecyclePolicyResponse | None:
    """Change the recycle bin's policy.

     Turns the recycle bin on or off (`default_use_recycle`) and sets how many days (1-7) it keeps a
    deleted instance; the answer is the policy as `list_recycled_instances` shows it.

    Args:
        project_id (str):
        body (ModifyRecyclePolicyReq | Unset): SDK model ModifyRecyclePolicyReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModifyRecyclePolicyResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
