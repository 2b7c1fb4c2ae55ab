"""The README's emulator example runs as written, with the plugin's fixtures."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mqclients.cmq import CMQ
from mqclients.emulators.pytest_plugin import RunningEmulator

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_fixture_example_passes(cmq_client: CMQ, cmq_emulator: RunningEmulator) -> None:
    section = README.read_text(encoding="utf-8").split("## Emulators", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert len(blocks) == 1
    namespace: dict[str, Any] = {}
    exec(compile(blocks[0], "README.md#emulators", "exec"), namespace)  # noqa: S102 - our own README
    namespace["test_redelivery"](cmq_client, cmq_emulator)
