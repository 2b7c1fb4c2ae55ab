from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.show_diagnosis_report_response import ShowDiagnosisReportResponse
from ...types import Response


def _get_kwargs(
    engine: str,
    project_id: str,
    report_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{engine}/{project_id}/diagnosis/{report_id}".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
            report_id=quote(str(report_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowDiagnosisReportResponse:
    if response.status_code == 200:
        response_200 = ShowDiagnosisReportResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowDiagnosisReportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    engine: str,
    project_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowDiagnosisReportResponse]:
    """Get one diagnosis report.

     The outcome for the consumer group diagnosed: status, counts of abnormal items and faulted nodes,
    subscription consistency, message accumulation, and the findings per node.

    Args:
        engine (str):
        project_id (str):
        report_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowDiagnosisReportResponse]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        report_id=report_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    engine: str,
    project_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowDiagnosisReportResponse | None:
    """Get one diagnosis report.

     The outcome for the consumer group diagnosed: status, counts of abnormal items and faulted nodes,
    subscription consistency, message accumulation, and the findings per node.

    Args:
        engine (str):
        project_id (str):
        report_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowDiagnosisReportResponse
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        report_id=report_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowDiagnosisReportResponse]:
    """Get one diagnosis report.

     The outcome for the consumer group diagnosed: status, counts of abnormal items and faulted nodes,
    subscription consistency, message accumulation, and the findings per node.

    Args:
        engine (str):
        project_id (str):
        report_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowDiagnosisReportResponse]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        report_id=report_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    project_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowDiagnosisReportResponse | None:
    """Get one diagnosis report.

     The outcome for the consumer group diagnosed: status, counts of abnormal items and faulted nodes,
    subscription consistency, message accumulation, and the findings per node.

    Args:
        engine (str):
        project_id (str):
        report_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowDiagnosisReportResponse
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            report_id=report_id,
            client=client,
        )
    ).parsed
