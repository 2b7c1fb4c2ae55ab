"""Local, in-memory emulators of the cloud queue APIs, for testing code written against mqclients offline.

``mqclients.emulators.dms`` (Huawei DMS v1.0), ``mqclients.emulators.cmq`` (Tencent CMQ legacy API),
``mqclients.emulators.rocketmq`` (Huawei DMS for RocketMQ, management API) and ``mqclients.emulators.zaqar``
(OpenStack Zaqar v2, checked differentially against the real server) are ASGI apps
built on the same specs as their clients: requests are validated by models generated from the spec, signatures are
checked with the configured credentials, and the documented semantics (invisibility, redelivery, dead letters, long
polling, delays, batch limits, routing) are kept in memory.

Start one with ``python -m mqclients.emulators dms --port 9000`` (or the ``mqclients-emulator`` script), or use the
pytest plugin's fixtures (``dms_client``, ``async_cmq_client``, ...). Needs the ``emulators`` extra:
``pip install 'mqclients[emulators]'``.
"""

from __future__ import annotations

APIS = ("dms", "cmq", "rocketmq", "zaqar")
