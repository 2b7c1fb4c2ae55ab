"""What the Huawei clients (DMS, RocketMQ) share: endpoint from region, credentials, the transport config."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import httpx

from mqclients._core.endpoints import HUAWEI_REGION, check_location
from mqclients._core.errors import MQClientError
from mqclients._core.facade import FacadeBase, HttpTransport
from mqclients._core.options import DEFAULT_TIMEOUT, RetryPolicy
from mqclients._core.transport import TransportConfig
from mqclients._signing.huawei import ENV_PROJECT_ID, HuaweiAKSKAuth, HuaweiCredentials, HuaweiTokenAuth


def huawei_config(
    *,
    endpoint: str | None,
    region: str | None,
    project_id: str | None,
    ak: str | None,
    sk: str | None,
    security_token: str | None,
    token: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
    headers: Mapping[str, str] | None,
    endpoint_template: str,
) -> tuple[TransportConfig, dict[str, Any]]:
    """The transport config and client parameters of a Huawei client, from arguments or the environment.

    Credentials: ``token`` (an IAM token, sent as ``X-Auth-Token``), else AK/SK (arguments, else
    ``HUAWEICLOUD_SDK_AK``/``HUAWEICLOUD_SDK_SK``, else ``CLOUD_SDK_AK``/``CLOUD_SDK_SK``), with an optional
    ``security_token`` for temporary credentials. The project id comes from the argument or
    ``HUAWEICLOUD_SDK_PROJECT_ID``. The endpoint is explicit, or the spec's server URL for the region
    (``endpoint_template``: ``https://dms.{region}.myhuaweicloud.com``).
    """
    endpoint, region = check_location(endpoint, region, HUAWEI_REGION)
    if endpoint is None:
        if region is None:
            raise MQClientError("endpoint or region: one is required (e.g. region='cn-north-4')")
        endpoint = endpoint_template.format(region=region)
    auth: httpx.Auth
    if token is not None:
        if ak is not None or sk is not None:
            raise MQClientError("pass either token= or ak=/sk=, not both")
        project_id = project_id or os.environ.get(ENV_PROJECT_ID) or None
        auth = HuaweiTokenAuth(token, project_id=project_id)
    else:
        credentials = HuaweiCredentials.resolve(ak, sk, security_token=security_token, project_id=project_id)
        project_id = credentials.project_id
        auth = HuaweiAKSKAuth(credentials)
    if not project_id:
        raise MQClientError(f"project_id: required (pass project_id= or set {ENV_PROJECT_ID})")
    config = TransportConfig(
        base_url=endpoint.rstrip("/"),
        auth=auth,
        headers=dict(headers or {}),
        timeout=timeout,
        retry=RetryPolicy(max_retries=max_retries),
    )
    return config, {"project_id": project_id}


class HuaweiConstructor(FacadeBase):
    """The constructor of a Huawei client, sync or async (its facade's ``SpecConfig`` gives the endpoint template).

    Args:
        endpoint: the service endpoint; default: the spec's server URL for ``region``.
        region: the region (``cn-north-4``), when no endpoint is given.
        project_id: the project every call acts in (``HUAWEICLOUD_SDK_PROJECT_ID`` when omitted).
        ak, sk: access key pair (``HUAWEICLOUD_SDK_AK``/``_SK`` or ``CLOUD_SDK_AK``/``_SK`` when omitted).
        security_token: for temporary AK/SK credentials.
        token: an IAM token instead of AK/SK (sent as ``X-Auth-Token``).
        timeout, max_retries, headers, http_transport: as for every mqclients client.
    """

    def __init__(
        self,
        *,
        endpoint: str | None = None,
        region: str | None = None,
        project_id: str | None = None,
        ak: str | None = None,
        sk: str | None = None,
        security_token: str | None = None,
        token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: dict[str, str] | None = None,
        http_transport: HttpTransport | None = None,
    ) -> None:
        config, params = huawei_config(
            endpoint=endpoint, region=region, project_id=project_id, ak=ak, sk=sk, security_token=security_token,
            token=token, timeout=timeout, max_retries=max_retries, headers=headers,
            endpoint_template=self._spec_config.server_url,
        )  # fmt: skip
        super().__init__(config, params, http_transport=http_transport)
