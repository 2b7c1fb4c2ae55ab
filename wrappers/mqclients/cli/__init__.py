"""``mqc``: a command line for the five APIs (``pip install 'mqclients[cli]'``).

``mqc <api> <operation> [options]``: one command per spec operation, built from the generated command tables
(``mqclients.<api>_api.cli_commands``), plus ``send`` (a JSON-lines file through the batch helpers) and ``consume``
for the queue APIs, and ``mqc completion bash|zsh``. Exit codes are in ``mqclients.cli.exits``.
"""

from __future__ import annotations

__all__ = ["main"]


def main() -> None:
    """The ``mqc`` console script."""
    from .app import cli

    cli(prog_name="mqc")
