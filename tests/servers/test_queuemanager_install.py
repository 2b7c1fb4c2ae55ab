"""The server ships in the wheel: ``python -m build`` a wheel, install it with ``[server]`` in a fresh virtualenv,
start the server by its console script and serve one call of the installed client. Slow (a build and an install,
from pip's cache or PyPI)."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from mqclients.servers.queuemanager import local

ROOT = Path(__file__).resolve().parents[2]
USER, PASSWORD = "wheel-user", "wheel-password-1"

CLIENT_CALL = """
import sys
from mqclients.queuemanager import QueueManager
with QueueManager(sys.argv[1], username=sys.argv[2], password=sys.argv[3], heartbeat_interval=0) as qm:
    qm.map_put(map_="installed", key="k", value="from the wheel")
    print(qm.map_get(map_="installed", key="k").value)
"""


@pytest.mark.slow
def test_the_wheel_installs_the_server_and_its_console_script(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = dist.glob("mqclients-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "mqclients/servers/queuemanager/app.py" in names
    assert "mqclients/servers/queuemanager/models.py" in names
    assert not [name for name in names if name.startswith(("servers/", "tests/"))]
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    assert (
        "mqclients-queuemanager = mqclients.servers.queuemanager.__main__:main"
        in zipfile.ZipFile(wheel).read(entry_points).decode()
    )

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python, script = env_dir / "bin" / "python", env_dir / "bin" / "mqclients-queuemanager"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", f"{wheel}[server]"],
        check=True,
        capture_output=True,
        timeout=600,
    )
    help_text = subprocess.run([str(script), "--help"], check=True, capture_output=True, text=True).stdout
    assert "--tls-cert" in help_text

    users = local.write_users(tmp_path / "users.json", {USER: PASSWORD})
    server = local.start(tmp_path / "data", users, command=[str(script)], timeout=60)
    try:
        answer = subprocess.run(
            [str(python), "-c", CLIENT_CALL, server.url, USER, PASSWORD],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,  # not the checkout: the installed package only
        )
    finally:
        local.stop(server)
    assert answer.stdout.strip() == "from the wheel"
