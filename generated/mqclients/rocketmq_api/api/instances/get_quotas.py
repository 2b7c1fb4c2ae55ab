from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.show_quotas_response import ShowQuotasResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    include_tags_quota: str | Unset = UNSET,
    only_quota: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeTagsQuota"] = include_tags_quota

    params["onlyQuota"] = only_quota

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/quotas".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ShowQuotasResponse:
    if response.status_code == 200:
        response_200 = ShowQuotasResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowQuotasResponse]:
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
    include_tags_quota: str | Unset = UNSET,
    only_quota: str | Unset = UNSET,
) -> Response[Error | ShowQuotasResponse]:
    """Get the project's quotas.

     How many instances the project may create and has created, and (with `includeTagsQuota`) how many
    tags an instance may carry.

    Args:
        project_id (str):
        include_tags_quota (str | Unset):
        only_quota (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowQuotasResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        include_tags_quota=include_tags_quota,
        only_quota=only_quota,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_tags_quota: str | Unset = UNSET,
    only_quota: str | Unset = UNSET,
) -> Error | ShowQuotasResponse | None:
    """Get the project's quotas.

     How many instances the project may create and has created, and (with `includeTagsQuota`) how many
    tags an instance may carry.

    Args:
        project_id (str):
        include_tags_quota (str | Unset):
        only_quota (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowQuotasResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        include_tags_quota=include_tags_quota,
        only_quota=only_quota,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_tags_quota: str | Unset = UNSET,
    only_quota: str | Unset = UNSET,
) -> Response[Error | ShowQuotasResponse]:
    """Get the project's quotas.

     How many instances the project may create and has created, and (with `includeTagsQuota`) how many
    tags an instance may carry.

    Args:
        project_id (str):
        include_tags_quota (str | Unset):
        only_quota (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowQuotasResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        include_tags_quota=include_tags_quota,
        only_quota=only_quota,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_tags_quota: str | Unset = UNSET,
    only_quota: str | Unset = UNSET,
) -> Error | ShowQuotasResponse | None:
    """Get the project's quotas.

     How many instances the project may create and has created, and (with `includeTagsQuota`) how many
    tags an instance may carry.

    Args:
        project_id (str):
        include_tags_quota (str | Unset):
        only_quota (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowQuotasResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            include_tags_quota=include_tags_quota,
            only_quota=only_quota,
        )
    ).parsed
