"""The package version and the ``User-Agent`` every client sends.

A constant rather than ``importlib.metadata``: reading the installed metadata costs more import time than the
rest of a client. A test keeps it equal to pyproject.toml's version.
"""

from __future__ import annotations

import sys

VERSION = "0.1.0"
USER_AGENT = f"mqclients/{VERSION} python/{sys.version_info.major}.{sys.version_info.minor}"
