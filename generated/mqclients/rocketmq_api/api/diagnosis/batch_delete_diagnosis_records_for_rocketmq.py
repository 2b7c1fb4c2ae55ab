from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_delete_diagnosis_records_for_rocket_mq_response import (
    BatchDeleteDiagnosisRecordsForRocketMqResponse,
)
from ...models.batch_delete_diagnosis_report_req import BatchDeleteDiagnosisReportReq
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: BatchDeleteDiagnosisReportReq | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/rocketmq/instances/{instance_id}/diagnosis/batch-delete".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchDeleteDiagnosisRecordsForRocketMqResponse | Error:
    if response.status_code == 200:
        response_200 = BatchDeleteDiagnosisRecordsForRocketMqResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchDeleteDiagnosisRecordsForRocketMqResponse | Error]:
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
    body: BatchDeleteDiagnosisReportReq | Unset = UNSET,
) -> Response[BatchDeleteDiagnosisRecordsForRocketMqResponse | Error]:
    """Delete several diagnosis reports (engine-less path).

     The same request and answer as `batch_delete_diagnosis_records`, on the
    /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        instance_id (str):
        body (BatchDeleteDiagnosisReportReq | Unset): SDK model BatchDeleteDiagnosisReportReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDeleteDiagnosisRecordsForRocketMqResponse | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
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
    body: BatchDeleteDiagnosisReportReq | Unset = UNSET,
) -> BatchDeleteDiagnosisRecordsForRocketMqResponse | Error | None:
    """Delete several diagnosis reports (engine-less path).

     The same request and answer as `batch_delete_diagnosis_records`, on the
    /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        instance_id (str):
        body (BatchDeleteDiagnosisReportReq | Unset): SDK model BatchDeleteDiagnosisReportReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDeleteDiagnosisRecordsForRocketMqResponse | Error
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BatchDeleteDiagnosisReportReq | Unset = UNSET,
) -> Response[BatchDeleteDiagnosisRecordsForRocketMqResponse | Error]:
    """Delete several diagnosis reports (engine-less path).

     The same request and answer as `batch_delete_diagnosis_records`, on the
    /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        instance_id (str):
        body (BatchDeleteDiagnosisReportReq | Unset): SDK model BatchDeleteDiagnosisReportReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDeleteDiagnosisRecordsForRocketMqResponse | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BatchDeleteDiagnosisReportReq | Unset = UNSET,
) -> BatchDeleteDiagnosisRecordsForRocketMqResponse | Error | None:
    """Delete several diagnosis reports (engine-less path).

     The same request and answer as `batch_delete_diagnosis_records`, on the
    /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        instance_id (str):
        body (BatchDeleteDiagnosisReportReq | Unset): SDK model BatchDeleteDiagnosisReportReq
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDeleteDiagnosisRecordsForRocketMqResponse | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
