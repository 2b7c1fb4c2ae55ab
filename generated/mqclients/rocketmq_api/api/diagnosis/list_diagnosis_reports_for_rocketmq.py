from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_diagnosis_reports_for_rocket_mq_response import ListDiagnosisReportsForRocketMqResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/rocketmq/instances/{instance_id}/diagnosis".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListDiagnosisReportsForRocketMqResponse:
    if response.status_code == 200:
        response_200 = ListDiagnosisReportsForRocketMqResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListDiagnosisReportsForRocketMqResponse]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | ListDiagnosisReportsForRocketMqResponse]:
    """List the diagnosis reports of an instance (engine-less path).

     The same request and answer as `list_diagnosis_reports`, on the /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        instance_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListDiagnosisReportsForRocketMqResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        limit=limit,
        offset=offset,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | ListDiagnosisReportsForRocketMqResponse | None:
    """List the diagnosis reports of an instance (engine-less path).

     The same request and answer as `list_diagnosis_reports`, on the /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        instance_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListDiagnosisReportsForRocketMqResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | ListDiagnosisReportsForRocketMqResponse]:
    """List the diagnosis reports of an instance (engine-less path).

     The same request and answer as `list_diagnosis_reports`, on the /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        instance_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListDiagnosisReportsForRocketMqResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | ListDiagnosisReportsForRocketMqResponse | None:
    """List the diagnosis reports of an instance (engine-less path).

     The same request and answer as `list_diagnosis_reports`, on the /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        instance_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListDiagnosisReportsForRocketMqResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
