"""Build an emulator's backend and ASGI app by API name (the command line, the pytest plugin and benchmarks)."""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette

from . import APIS
from .auth import HuaweiKeys, TencentKeys
from .core import Backend, Faults
from .defaults import CMQ_KEYS, DMS_KEYS


def build(api: str, *, keys: Any = None, faults: Faults | None = None) -> tuple[Backend, Starlette]:
    """An API name of :data:`mqclients.emulators.APIS` -> a fresh backend and the app serving it."""
    if api == "dms":
        from . import dms

        dms_keys = keys if isinstance(keys, HuaweiKeys) else DMS_KEYS
        dms_backend = dms.DMSBackend(dms_keys, faults=faults)
        return dms_backend, dms.create_app(dms_backend)
    if api == "cmq":
        from . import cmq

        cmq_keys = keys if isinstance(keys, TencentKeys) else CMQ_KEYS
        cmq_backend = cmq.CMQBackend(cmq_keys, faults=faults)
        return cmq_backend, cmq.create_app(cmq_backend)
    if api == "rocketmq":
        from . import rocketmq

        rocketmq_keys = keys if isinstance(keys, HuaweiKeys) else DMS_KEYS
        rocketmq_backend = rocketmq.RocketMQBackend(rocketmq_keys, faults=faults)
        return rocketmq_backend, rocketmq.create_app(rocketmq_backend)
    if api == "zaqar":
        from . import zaqar

        zaqar_backend = zaqar.ZaqarBackend(token=keys if isinstance(keys, str) else None, faults=faults)
        return zaqar_backend, zaqar.create_app(zaqar_backend)
    raise ValueError(f"api: must be one of {', '.join(APIS)} (got {api!r})")
