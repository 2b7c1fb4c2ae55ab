"""Zaqar.from_cloud: clouds.yaml and OS_* variables, read by openstacksdk's loader as the openstack CLI reads them.

No Keystone here: the clouds use auth plugins that need none (``admin_token``: a fixed token and endpoint;
``none``: no auth), so the test sees what reaches the wire without a network.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import httpx
import pytest

from mqclients import errors
from mqclients.zaqar import AsyncZaqar, Zaqar

TOKEN = "cloud-token-not-for-logs-1234"
CLOUDS = f"""\
clouds:
  devstack:
    auth_type: admin_token
    auth:
      endpoint: http://catalog.invalid:8888
      token: {TOKEN}
    region_name: RegionOne
    messaging_endpoint_override: http://127.0.0.1:8888
  local:
    auth_type: none
    auth:
      endpoint: http://127.0.0.1:9999/
  broken:
    auth_type: password
    auth:
      username: someone
"""


@pytest.fixture
def clouds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clouds.yaml of our own, and nothing of the machine's: no OS_* variables, HOME and cwd in a temp folder."""
    for key in list(os.environ):
        if key.startswith("OS_"):
            monkeypatch.delenv(key)
    path = tmp_path / "clouds.yaml"
    path.write_text(CLOUDS, encoding="utf-8")
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(path))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.chdir(tmp_path)
    return path


def _recorder() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201)

    return seen, httpx.MockTransport(handle)


@pytest.mark.usefixtures("clouds")
def test_named_cloud_gives_token_endpoint_override_and_project() -> None:
    seen, transport = _recorder()
    with Zaqar.from_cloud("devstack", project_id="demo", http_transport=transport, max_retries=0) as zq:
        zq.create_queue("orders")
        assert TOKEN not in repr(zq)
    (request,) = seen
    assert str(request.url) == "http://127.0.0.1:8888/v2/queues/orders"  # messaging_endpoint_override wins
    assert request.headers["X-Auth-Token"] == TOKEN  # from the keystoneauth1 session openstacksdk built
    assert request.headers["X-Project-ID"] == "demo"


@pytest.mark.usefixtures("clouds")
def test_os_cloud_picks_the_cloud_and_auth_none_sends_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OS_CLOUD", "local")
    seen, transport = _recorder()
    with Zaqar.from_cloud(project_id="demo", http_transport=transport) as zq:
        zq.create_queue("orders")
    assert str(seen[0].url) == "http://127.0.0.1:9999/v2/queues/orders"
    assert "X-Auth-Token" not in seen[0].headers


@pytest.mark.usefixtures("clouds")
def test_os_variables_without_clouds_yaml(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(tmp_path / "absent.yaml"))
    (tmp_path / "clouds.yaml").unlink()
    monkeypatch.setenv("OS_AUTH_TYPE", "admin_token")
    monkeypatch.setenv("OS_ENDPOINT", "http://127.0.0.1:7777")
    monkeypatch.setenv("OS_TOKEN", TOKEN)
    seen, transport = _recorder()
    with Zaqar.from_cloud(project_id="p1", http_transport=transport) as zq:
        zq.create_queue("q")
    assert str(seen[0].url) == "http://127.0.0.1:7777/v2/queues/q"
    assert seen[0].headers["X-Auth-Token"] == TOKEN


@pytest.mark.usefixtures("clouds")
def test_async_client_too() -> None:
    seen: list[httpx.Request] = []

    async def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201)

    async def run() -> None:
        async with AsyncZaqar.from_cloud(
            "devstack", project_id="demo", http_transport=httpx.MockTransport(handle)
        ) as zq:
            await zq.create_queue("orders")

    asyncio.run(run())
    assert seen[0].headers["X-Auth-Token"] == TOKEN
    assert str(seen[0].url) == "http://127.0.0.1:8888/v2/queues/orders"


@pytest.mark.usefixtures("clouds")
def test_unknown_or_incomplete_cloud_is_a_client_error() -> None:
    with pytest.raises(errors.MQClientError, match="OpenStack cloud 'nowhere'") as unknown:
        Zaqar.from_cloud("nowhere", project_id="p")
    assert unknown.value.__cause__ is not None  # openstacksdk's own error, chained
    with pytest.raises(errors.MQClientError, match=r"OpenStack cloud 'broken': .*auth_url"):
        Zaqar.from_cloud("broken", project_id="p")


@pytest.mark.usefixtures("clouds")
def test_project_is_required_as_for_the_constructor() -> None:
    with pytest.raises(errors.MQClientError, match="project_id"):
        Zaqar.from_cloud("local")


def test_without_openstacksdk_the_error_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openstack", None)  # import openstack now fails
    with pytest.raises(errors.MQClientError, match=r"pip install 'mqclients\[keystone\]'"):
        Zaqar.from_cloud("devstack", project_id="p")
