"""The wheel users install: its files, its metadata, and that type checkers see its types once installed."""

from __future__ import annotations

import email.parser
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from mqclients.version import __version__

ROOT = Path(__file__).resolve().parents[2]
APIS = ("cmq", "dms", "queuemanager", "rocketmq", "zaqar")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # without isolation: hatchling comes from the dev group, so no download and the same backend as pinned
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    (built,) = out.glob("mqclients-*.whl")
    return built


def _names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def _metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(f"mqclients-{__version__}.dist-info/METADATA").decode("utf-8")
    return email.parser.Parser().parsestr(text)


def test_wheel_is_named_by_the_single_sourced_version(wheel: Path) -> None:
    assert wheel.name == f"mqclients-{__version__}-py3-none-any.whl"
    assert _metadata(wheel)["Version"] == __version__


def test_every_package_is_typed(wheel: Path) -> None:
    names = set(_names(wheel))
    assert "mqclients/py.typed" in names  # covers the hand-written modules and _core, _signing below them
    for api in APIS:
        assert f"mqclients/{api}_api/py.typed" in names
    packages = {name.rsplit("/", 1)[0] for name in names if name.endswith(".py")}
    for package in packages:
        parts = package.split("/")
        covering = ["/".join(parts[:depth]) + "/py.typed" for depth in range(1, len(parts) + 1)]
        assert any(marker in names for marker in covering), f"{package}: no py.typed in it or above it"


def test_only_the_library_is_in_it(wheel: Path) -> None:
    names = _names(wheel)
    top = {name.split("/", 1)[0] for name in names}
    assert top == {"mqclients", f"mqclients-{__version__}.dist-info"}
    for unwanted in ("tests/", "bench/", "codegen/", "examples/", "conftest", "__pycache__", ".pyc"):
        assert not [name for name in names if unwanted in name], unwanted
    assert f"mqclients-{__version__}.dist-info/licenses/LICENSE" in names


def test_operation_inventory_is_included(wheel: Path) -> None:
    names = set(_names(wheel))
    for api in APIS:
        assert f"mqclients/inventory/{api}.md" in names
    with zipfile.ZipFile(wheel) as archive:
        zaqar = archive.read("mqclients/inventory/zaqar.md").decode("utf-8")
    assert "create_queue" in zaqar


def test_metadata_lists_only_what_users_need(wheel: Path) -> None:
    metadata = _metadata(wheel)
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert metadata["Author"] or metadata["Author-email"]
    assert "Typing :: Typed" in (metadata.get_all("Classifier") or [])
    urls = dict(entry.split(", ", 1) for entry in metadata.get_all("Project-URL") or [])
    assert {"Homepage", "Documentation", "Source", "Issues", "Changelog"} <= set(urls)
    extras = ["cli", "emulators", "keystone", "queuemanager", "server", "server-postgres"]
    assert sorted(metadata.get_all("Provides-Extra") or []) == extras
    requirements = [Requirement(text) for text in metadata.get_all("Requires-Dist") or []]
    assert {r.name for r in requirements} == {
        "httpx", "attrs", "python-dateutil", "keystoneauth1", "openstacksdk", "cryptography",
        "starlette", "uvicorn", "pydantic",  # the "server" and "emulators" extras
        "prometheus-client",  # the "server" extra's metrics
        "psycopg", "psycopg-pool",  # "server-postgres": the server extra (inlined by hatchling) and the driver
        "click", "rich",  # the "cli" extra (mqc)
    }  # fmt: skip
    pinned = [str(r) for r in requirements if any(spec.operator == "==" for spec in r.specifier)]
    assert pinned == []  # ranges for users; exact pins live in the dev group


def test_installed_wheel_is_seen_as_typed_by_mypy(wheel: Path, tmp_path: Path) -> None:
    """Installed in a fresh environment, the types reach a user's type checker (py.typed found, no stub warning)."""
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index"]
    subprocess.run([*pip, str(wheel)], check=True, capture_output=True, timeout=120)
    shown = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.metadata as m, mqclients.version as v; print(m.version('mqclients'), v.__version__)",
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.stdout.split() == [__version__, __version__]
    usage = tmp_path / "usage.py"
    usage.write_text(
        "from mqclients.version import __version__\n"
        "from mqclients.zaqar_api.models import Queue\n"
        "from mqclients._core.errors import MQClientError\n"
        "reveal_type(Queue)\n"
        "reveal_type(MQClientError)\n"
        "wrong: int = __version__\n",
        encoding="utf-8",
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable", str(python), str(usage)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    out = checked.stdout
    assert "missing library stubs or py.typed marker" not in out, out
    assert 'Revealed type is "def () -> mqclients.zaqar_api.models.queue.Queue"' in out, out
    assert "mqclients._core.errors.MQClientError" in out, out
    assert 'Incompatible types in assignment (expression has type "str", variable has type "int")' in out, out


def test_wheel_has_the_mqc_command_and_its_tables(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    assert "mqc = mqclients.cli:main" in scripts
    assert "mqclients/cli/app.py" in names
    for api in ("dms", "rocketmq", "cmq", "zaqar", "queuemanager"):
        assert f"mqclients/{api}_api/cli_commands.py" in names
