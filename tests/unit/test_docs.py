"""The documentation: every operation of every spec on its API page, the credential table true to the code, and
the built site drawn by a browser."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import specs
from docs import api_pages, screenshot
from mqclients._signing import huawei, tencent_cmq

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("spec", specs.discover(), ids=lambda s: s.package)
def test_api_page_has_every_operation_with_its_parameters_return_and_errors(spec: specs.Spec) -> None:
    page = api_pages.page(spec)
    assert page.startswith(f"# {spec.doc['info']['title']}")
    for path, method, op in specs.operations(spec.doc):
        name = op["operationId"]
        assert f"### `{name}` {{#{name}}}" in page
        section = page.split(f"### `{name}` {{#{name}}}", 1)[1].split("\n### ", 1)[0]
        assert f"`{method.upper()} {path}`" in section
        assert "**Returns**: `" in section
        assert "see the facade" not in section
        for param in op["parameters"]:
            param = specs.deref(spec.doc, param)
            if not param.get("x-client-param"):
                assert f"| `{param['name']}` | {param['in']} |" in section, (name, param["name"])
        if op.get("requestBody"):
            assert "**Request body**" in section, name
        if any(not str(status).startswith(("1", "2", "3")) for status in op.get("responses", {})):
            assert "**Errors**" in section, name


def test_return_types_are_the_facade_methods() -> None:
    (zaqar,) = specs.discover(["zaqar"])
    page = api_pages.page(zaqar)
    assert "| [`list_queues`](#list_queues) | `GET /v2/queues` | `SyncPager[Queue, QueueList]` |" in page
    assert "**Returns**: `ClaimedMessages | None`" in page


def test_credential_table_names_every_variable_the_code_reads() -> None:
    text = (ROOT / "docs" / "pages" / "credentials.md").read_text(encoding="utf-8")
    names = [*huawei.ENV_AK, *huawei.ENV_SK, huawei.ENV_PROJECT_ID, huawei.ENV_SECURITY_TOKEN]
    names += [tencent_cmq.ENV_SECRET_ID, tencent_cmq.ENV_SECRET_KEY, tencent_cmq.ENV_SESSION_TOKEN]
    for name in names:
        assert f"`{name}`" in text, name


@pytest.mark.slow
def test_site_builds_strict_and_a_page_renders(tmp_path: Path) -> None:
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)]
    built = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert built.returncode == 0, built.stderr[-3000:]
    for api in ("zaqar", "dms", "rocketmq", "cmq", "queuemanager"):
        html = (site / "api" / f"{api}.html").read_text(encoding="utf-8")
        assert ":::" not in html  # every mkdocstrings block was rendered
        assert 'id="__init__"' in html or "Parameters:" in html  # the client's constructor documented
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed (make docs-check installs it): the page was built, not drawn")
    out = tmp_path / "zaqar.png"
    screenshot.take(site / "api" / "zaqar.html", out)
    assert "1280x1400" in screenshot.check(out)
