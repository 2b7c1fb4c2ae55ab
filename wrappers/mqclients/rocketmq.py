"""Huawei DMS for RocketMQ, management API: ``RocketMQ`` and ``AsyncRocketMQ``.

Every operation of specs/huawei-rocketmq.yaml (the 65 request lines of the API reference, chapters 5 and 8) is a
method, generated in ``mqclients.rocketmq_api.facade``; every list operation returns a pager, whatever the
service's paging style, as declared in the spec. This module adds only the constructor conventions, the same as
``mqclients.dms.DMS``'s, plus the ``engine`` path parameter (``reliability`` unless told otherwise).

    from mqclients.rocketmq import RocketMQ
    with RocketMQ(region="cn-north-4", project_id="...") as mq:     # AK/SK from HUAWEICLOUD_SDK_AK/_SK
        for instance in mq.list_instances():
            for topic in mq.list_topics(instance.instance_id):
                print(instance.name, topic.name)
"""

from __future__ import annotations

import httpx

from mqclients._core.facade import FacadeBase, HttpTransport
from mqclients._core.options import DEFAULT_TIMEOUT
from mqclients._huawei import huawei_config
from mqclients.rocketmq_api.facade import AsyncRocketMQOperations, RocketMQOperations
from mqclients.rocketmq_api.official_names import OFFICIAL_NAMES  # huaweicloudsdkrocketmq's name -> our method(s)

__all__ = ["OFFICIAL_NAMES", "AsyncRocketMQ", "RocketMQ"]

DEFAULT_ENGINE = "reliability"


class _RocketMQConstructor(FacadeBase):
    """The constructor of both clients: DMS's conventions plus the ``engine`` every path and query names."""

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
        engine: str = DEFAULT_ENGINE,
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
        super().__init__(config, {**params, "engine": engine}, http_transport=http_transport)


class RocketMQ(_RocketMQConstructor, RocketMQOperations):
    """A sync RocketMQ management client. Close it or use ``with``.

    Args:
        endpoint: the DMS endpoint; default ``https://dms.{region}.myhuaweicloud.com``.
        region: the region (``cn-north-4``), when no endpoint is given.
        project_id: the project every call acts in (``HUAWEICLOUD_SDK_PROJECT_ID`` when omitted).
        ak, sk: access key pair (``HUAWEICLOUD_SDK_AK``/``_SK`` or ``CLOUD_SDK_AK``/``_SK`` when omitted).
        security_token: for temporary AK/SK credentials.
        token: an IAM token instead of AK/SK (sent as ``X-Auth-Token``).
        engine: the ``{engine}`` path segment and ``engine`` query value, ``reliability`` for RocketMQ.
        timeout, max_retries, headers, http_transport: as for every mqclients client.
    """


class AsyncRocketMQ(_RocketMQConstructor, AsyncRocketMQOperations):
    """The async twin of ``RocketMQ``: the same constructor; methods are awaited, list methods ``async for``."""
