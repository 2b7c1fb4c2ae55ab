"""``python -m servers.queuemanager``: the same as ``python -m mqclients.servers.queuemanager``."""

import sys

from mqclients.servers.queuemanager.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
