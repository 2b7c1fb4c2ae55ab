from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_resume_instance_req import BatchResumeInstanceReq
from ...models.error import Error
from ...models.restore_recycle_instance_response import RestoreRecycleInstanceResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: BatchResumeInstanceReq | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
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
) -> Error | RestoreRecycleInstanceResponse:
    if response.status_code == 200:
        response_200 = RestoreRecycleInstanceResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RestoreRecycleInstanceResponse]:
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
    body: BatchResumeInstanceReq | Unset = UNSET,
) -> Response[Error | RestoreRecycleInstanceResponse]:
    """Restore instances from the recycle bin.

     Brings the listed instances back from the recycle bin; the answer has one result per instance
    (partial failures are reported per item).

    Args:
        project_id (str):
        body (BatchResumeInstanceReq | Unset): SDK model BatchResumeInstanceReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RestoreRecycleInstanceResponse]
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
    body: BatchResumeInstanceReq | Unset = UNSET,
) -> Error | RestoreRecycleInstanceResponse | None:
    """Restore instances from the recycle bin.

     Brings the listed instances back from the recycle bin; the answer has one result per instance
    (partial failures are reported per item).

    Args:
        project_id (str):
        body (BatchResumeInstanceReq | Unset): SDK model BatchResumeInstanceReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RestoreRecycleInstanceResponse
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
    body: BatchResumeInstanceReq | Unset = UNSET,
) -> Response[Error | RestoreRecycleInstanceResponse]:
    """Restore instances from the recycle bin.

     Brings the listed instances back from the recycle bin; the answer has one result per instance
    (partial failures are reported per item).

    Args:
        project_id (str):
        body (BatchResumeInstanceReq | Unset): SDK model BatchResumeInstanceReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RestoreRecycleInstanceResponse]
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
    body: BatchResumeInstanceReq | Unset = UNSET,
) -> Error | RestoreRecycleInstanceResponse | None:
    """Restore instances from the recycle bin.

     Brings the listed instances back from the recycle bin; the answer has one result per instance
    (partial failures are reported per item).

    Args:
        project_id (str):
        body (BatchResumeInstanceReq | Unset): SDK model BatchResumeInstanceReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RestoreRecycleInstanceResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
