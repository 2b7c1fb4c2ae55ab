from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.quota_report import QuotaReport
from ...types import Response


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/{project_id}/quotas/dms".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | QuotaReport | None:
    if response.status_code == 200:
        response_200 = QuotaReport.from_dict(response.json())

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | QuotaReport]:
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
) -> Response[Error | QuotaReport]:
    """Get the project's DMS quotas and how much of each is used.

     Answers one entry per resource type (queues, consumer groups, instances of each engine, tags)
    with its quota and current use. Not paginated. huaweicloudsdkdms's `show_quotas` reads
    `/v2/{project_id}/quotas` instead; the old SDK calls this one `quotas()`.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QuotaReport]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | QuotaReport | None:
    """Get the project's DMS quotas and how much of each is used.

     Answers one entry per resource type (queues, consumer groups, instances of each engine, tags)
    with its quota and current use. Not paginated. huaweicloudsdkdms's `show_quotas` reads
    `/v2/{project_id}/quotas` instead; the old SDK calls this one `quotas()`.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QuotaReport
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | QuotaReport]:
    """Get the project's DMS quotas and how much of each is used.

     Answers one entry per resource type (queues, consumer groups, instances of each engine, tags)
    with its quota and current use. Not paginated. huaweicloudsdkdms's `show_quotas` reads
    `/v2/{project_id}/quotas` instead; the old SDK calls this one `quotas()`.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QuotaReport]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | QuotaReport | None:
    """Get the project's DMS quotas and how much of each is used.

     Answers one entry per resource type (queues, consumer groups, instances of each engine, tags)
    with its quota and current use. Not paginated. huaweicloudsdkdms's `show_quotas` reads
    `/v2/{project_id}/quotas` instead; the old SDK calls this one `quotas()`.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QuotaReport
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
