"""The queueManager reference server: the 19 ``qm.*`` methods of specs/queuemanager.yaml over JSON-RPC 2.0.

``python -m servers.queuemanager --port 8765 --data-dir DIR`` serves ``POST /rpc`` and ``GET /public-key`` on
127.0.0.1 (Starlette on uvicorn). Queues and maps live in SQLite (WAL, ``synchronous=FULL``) in DIR, with the RSA
key pair and, unless ``--users`` names another, the users file. Modules:

- ``app``: the ASGI app, JSON-RPC parsing and validation, the methods.
- ``store``: queues (at-least-once delivery, ack deadlines) and maps in SQLite.
- ``security``: users and password hashes, the key pair, session tokens.
- ``models``: pydantic models generated from the spec (``generate_models``).
- ``local``: start a server as a subprocess on a free port, for tests and demos.
"""
