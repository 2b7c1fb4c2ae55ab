from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.instance_list import InstanceList
from ...models.list_instances_exact_match_name import ListInstancesExactMatchName
from ...models.list_instances_status import ListInstancesStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    engine: str = "reliability",
    name: str | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    status: ListInstancesStatus | Unset = UNSET,
    include_failure: str | Unset = UNSET,
    exact_match_name: ListInstancesExactMatchName | Unset = "false",
    enterprise_project_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["engine"] = engine

    params["name"] = name

    params["instance_id"] = instance_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["include_failure"] = include_failure

    json_exact_match_name: str | Unset = UNSET
    if not isinstance(exact_match_name, Unset):
        json_exact_match_name = exact_match_name

    params["exact_match_name"] = json_exact_match_name

    params["enterprise_project_id"] = enterprise_project_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/instances".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | InstanceList | None:
    if response.status_code == 200:
        response_200 = InstanceList.from_dict(response.json())

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
) -> Response[Error | InstanceList]:
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
    engine: str = "reliability",
    name: str | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    status: ListInstancesStatus | Unset = UNSET,
    include_failure: str | Unset = UNSET,
    exact_match_name: ListInstancesExactMatchName | Unset = "false",
    enterprise_project_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[Error | InstanceList]:
    """List the project's RocketMQ instances, optionally filtered.

     Pages through the tenant's instances with offset/limit; `instance_num` is the number of instances
    that
    match the filters. Filters: name (fuzzy unless `exact_match_name` is "true"), instance id, status
    and
    enterprise project.

    Args:
        project_id (str):
        engine (str):  Default: 'reliability'.
        name (str | Unset):
        instance_id (str | Unset):
        status (ListInstancesStatus | Unset):
        include_failure (str | Unset):
        exact_match_name (ListInstancesExactMatchName | Unset):  Default: 'false'.
        enterprise_project_id (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InstanceList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        engine=engine,
        name=name,
        instance_id=instance_id,
        status=status,
        include_failure=include_failure,
        exact_match_name=exact_match_name,
        enterprise_project_id=enterprise_project_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    engine: str = "reliability",
    name: str | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    status: ListInstancesStatus | Unset = UNSET,
    include_failure: str | Unset = UNSET,
    exact_match_name: ListInstancesExactMatchName | Unset = "false",
    enterprise_project_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Error | InstanceList | None:
    """List the project's RocketMQ instances, optionally filtered.

     Pages through the tenant's instances with offset/limit; `instance_num` is the number of instances
    that
    match the filters. Filters: name (fuzzy unless `exact_match_name` is "true"), instance id, status
    and
    enterprise project.

    Args:
        project_id (str):
        engine (str):  Default: 'reliability'.
        name (str | Unset):
        instance_id (str | Unset):
        status (ListInstancesStatus | Unset):
        include_failure (str | Unset):
        exact_match_name (ListInstancesExactMatchName | Unset):  Default: 'false'.
        enterprise_project_id (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InstanceList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        engine=engine,
        name=name,
        instance_id=instance_id,
        status=status,
        include_failure=include_failure,
        exact_match_name=exact_match_name,
        enterprise_project_id=enterprise_project_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    engine: str = "reliability",
    name: str | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    status: ListInstancesStatus | Unset = UNSET,
    include_failure: str | Unset = UNSET,
    exact_match_name: ListInstancesExactMatchName | Unset = "false",
    enterprise_project_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[Error | InstanceList]:
    """List the project's RocketMQ instances, optionally filtered.

     Pages through the tenant's instances with offset/limit; `instance_num` is the number of instances
    that
    match the filters. Filters: name (fuzzy unless `exact_match_name` is "true"), instance id, status
    and
    enterprise project.

    Args:
        project_id (str):
        engine (str):  Default: 'reliability'.
        name (str | Unset):
        instance_id (str | Unset):
        status (ListInstancesStatus | Unset):
        include_failure (str | Unset):
        exact_match_name (ListInstancesExactMatchName | Unset):  Default: 'false'.
        enterprise_project_id (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InstanceList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        engine=engine,
        name=name,
        instance_id=instance_id,
        status=status,
        include_failure=include_failure,
        exact_match_name=exact_match_name,
        enterprise_project_id=enterprise_project_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    engine: str = "reliability",
    name: str | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    status: ListInstancesStatus | Unset = UNSET,
    include_failure: str | Unset = UNSET,
    exact_match_name: ListInstancesExactMatchName | Unset = "false",
    enterprise_project_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Error | InstanceList | None:
    """List the project's RocketMQ instances, optionally filtered.

     Pages through the tenant's instances with offset/limit; `instance_num` is the number of instances
    that
    match the filters. Filters: name (fuzzy unless `exact_match_name` is "true"), instance id, status
    and
    enterprise project.

    Args:
        project_id (str):
        engine (str):  Default: 'reliability'.
        name (str | Unset):
        instance_id (str | Unset):
        status (ListInstancesStatus | Unset):
        include_failure (str | Unset):
        exact_match_name (ListInstancesExactMatchName | Unset):  Default: 'false'.
        enterprise_project_id (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InstanceList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            engine=engine,
            name=name,
            instance_id=instance_id,
            status=status,
            include_failure=include_failure,
            exact_match_name=exact_match_name,
            enterprise_project_id=enterprise_project_id,
            limit=limit,
            offset=offset,
        )
    ).parsed
