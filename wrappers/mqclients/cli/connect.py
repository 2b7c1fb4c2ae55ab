"""Which APIs ``mqc`` knows, the connection options of each, and the client they build.

Connection and credentials are the clients' own: options for where to connect (``--endpoint``, ``--region``,
``--project-id``, each also read from a variable), and secrets only from the vendors' environment variables (or, for
queueManager, a hidden prompt), never from an option: a command line is visible to every user of the machine and
lands in shell history. The client is built only when a command runs, so ``--help`` needs no credentials.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import click

from mqclients._core.errors import MQClientError

from .exits import USAGE, configuration_error, fail


@dataclass(frozen=True)
class Api:
    """One API of ``mqc``: its command name, title, client class and connection options."""

    name: str
    title: str
    client: str  # "module:Class"
    options: tuple[click.Option, ...]
    build: Callable[[type[Any], dict[str, Any]], Any]
    queue_commands: bool = True  # has `send` and `consume`

    def client_class(self) -> type[Any]:
        module, _, name = self.client.partition(":")
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]

    def table(self) -> Any:
        return importlib.import_module(f"mqclients.{self.name}_api.cli_commands")


def _endpoint(api: str, example: str) -> click.Option:
    return click.Option(
        ["--endpoint"], envvar=f"MQC_{api.upper()}_ENDPOINT", help=f"Base URL ({example}).", show_envvar=True
    )


_COMMON = (
    click.Option(
        ["--timeout"], type=click.FloatRange(min=0, min_open=True), help="Seconds per call, retries included."
    ),
    click.Option(["--max-retries"], type=click.IntRange(min=0, max=10), help="Retries of idempotent calls."),
)


def _timeouts(settings: dict[str, Any]) -> dict[str, Any]:
    out = {}
    if settings.get("timeout") is not None:
        out["timeout"] = settings["timeout"]
    if settings.get("max_retries") is not None:
        out["max_retries"] = settings["max_retries"]
    return out


def _huawei(cls: type[Any], settings: dict[str, Any]) -> Any:
    # AK/SK (and a security token) come from HUAWEICLOUD_SDK_AK/_SK/_SECURITY_TOKEN: the constructor reads them.
    return cls(
        endpoint=settings.get("endpoint"),
        region=settings.get("region"),
        project_id=settings.get("project_id"),
        **_timeouts(settings),
    )


def _huawei_options(api: str) -> tuple[click.Option, ...]:
    return (
        _endpoint(api, f"https://{api}.<region>.myhuaweicloud.com is the default"),
        click.Option(["--region"], envvar="HUAWEICLOUD_SDK_REGION", show_envvar=True, help="Region, e.g. cn-north-4."),
        click.Option(
            ["--project-id"],
            envvar="HUAWEICLOUD_SDK_PROJECT_ID",
            show_envvar=True,
            help="The project every call acts in.",
        ),
        *_COMMON,
    )


def _cmq(cls: type[Any], settings: dict[str, Any]) -> Any:
    # The key pair comes from TENCENTCLOUD_SECRET_ID / _SECRET_KEY (and _SESSION_TOKEN): the constructor reads them.
    return cls(
        endpoint=settings.get("endpoint"),
        region=settings.get("region"),
        sign_method=settings.get("sign_method") or "HmacSHA1",
        **_timeouts(settings),
    )


def _zaqar(cls: type[Any], settings: dict[str, Any]) -> Any:
    cloud = settings.get("os_cloud")
    if cloud and not settings.get("endpoint"):
        return cls.from_cloud(cloud, project_id=settings.get("project_id"), **_timeouts(settings))
    token = os.environ.get("OS_TOKEN") or None  # a fixed Keystone token, as the openstack CLI reads it
    return cls(settings.get("endpoint"), project_id=settings.get("project_id"), token=token, **_timeouts(settings))


def _queuemanager(cls: type[Any], settings: dict[str, Any]) -> Any:
    if not settings.get("endpoint"):
        raise fail("configuration: --endpoint (or MQC_QUEUEMANAGER_ENDPOINT) is required", USAGE)
    if not settings.get("username"):
        raise fail("configuration: --username (or MQC_QUEUEMANAGER_USERNAME) is required", USAGE)
    password = os.environ.get("MQC_QUEUEMANAGER_PASSWORD") or None
    if password is None:
        if not sys.stdin.isatty():
            raise fail("configuration: set MQC_QUEUEMANAGER_PASSWORD (no terminal to ask on)", USAGE)
        password = click.prompt("queueManager password", hide_input=True, err=True)
    extra: dict[str, Any] = {}
    if settings.get("ca_bundle"):
        extra["verify"] = settings["ca_bundle"]
    return cls(settings["endpoint"], username=settings["username"], password=password, **extra, **_timeouts(settings))


APIS: dict[str, Api] = {
    "dms": Api("dms", "Huawei DMS v1.0 queues", "mqclients.dms:DMS", _huawei_options("dms"), _huawei),
    "rocketmq": Api(
        "rocketmq",
        "Huawei RocketMQ management",
        "mqclients.rocketmq:RocketMQ",
        _huawei_options("rocketmq"),
        _huawei,
        queue_commands=False,
    ),
    "cmq": Api(
        "cmq",
        "Tencent CMQ (legacy API)",
        "mqclients.cmq:CMQ",
        (
            _endpoint("cmq", "one host for every action instead of the region's"),
            click.Option(["--region"], envvar="TENCENTCLOUD_REGION", show_envvar=True, help="Region, e.g. gz."),
            click.Option(["--sign-method"], type=click.Choice(["HmacSHA1", "HmacSHA256"]), help="Signature method."),
            *_COMMON,
        ),
        _cmq,
    ),
    "zaqar": Api(
        "zaqar",
        "OpenStack Zaqar v2",
        "mqclients.zaqar:Zaqar",
        (
            _endpoint("zaqar", "the server root, http://host:8888"),
            click.Option(["--project-id"], envvar="OS_PROJECT_ID", show_envvar=True, help="Sent as X-Project-ID."),
            click.Option(
                ["--os-cloud"], envvar="OS_CLOUD", show_envvar=True, help="A cloud of clouds.yaml (without --endpoint)."
            ),
            *_COMMON,
        ),
        _zaqar,
    ),
    "queuemanager": Api(
        "queuemanager",
        "queueManager (JSON-RPC)",
        "mqclients.queuemanager:QueueManager",
        (
            _endpoint("queuemanager", "http://127.0.0.1:8765"),
            click.Option(["--username"], envvar="MQC_QUEUEMANAGER_USERNAME", show_envvar=True, help="Account name."),
            click.Option(
                ["--ca-bundle"],
                envvar="MQC_QUEUEMANAGER_CA_BUNDLE",
                type=click.Path(exists=True, dir_okay=False),
                help="CA bundle that signed an HTTPS server's certificate.",
            ),
            *_COMMON,
        ),
        _queuemanager,
    ),
}


class Connection:
    """The API group's settings; the client is built on first use and closed by the command's context."""

    def __init__(self, api: Api, settings: dict[str, Any]) -> None:
        self.api = api
        self.settings = settings

    def client(self, ctx: click.Context) -> Any:
        try:
            client = self.api.build(self.api.client_class(), self.settings)
        except MQClientError as error:
            raise configuration_error(error) from error
        ctx.call_on_close(client.close)
        return client
