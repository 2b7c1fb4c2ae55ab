"""The ``User-Agent`` every client sends: ``mqclients/<version> python/<x.y>``."""

from __future__ import annotations

import sys

from mqclients.version import __version__

USER_AGENT = f"mqclients/{__version__} python/{sys.version_info.major}.{sys.version_info.minor}"
