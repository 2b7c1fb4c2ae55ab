"""The queueManager server: the ``qm.*`` methods of specs/queuemanager.yaml over JSON-RPC 2.0.

``mqclients-queuemanager --data-dir DIR`` (or ``python -m mqclients.servers.queuemanager``; installed with
``pip install 'mqclients[server]'``) serves ``POST /rpc``, ``GET /login-challenge`` and ``GET /public-key`` on
127.0.0.1:8765 (``--host``, ``--port``; HTTPS with ``--tls-cert``/``--tls-key``). Modules:

- ``app``: the ASGI app, JSON-RPC parsing and validation, who may call what, the methods.
- ``store``: the storage interface; ``stores``: ``--store`` picks one; ``sqlite_store``: SQLite (one process, the
  default); ``pg_store``: PostgreSQL (many replicas: sessions, users, challenges in the database too);
  ``migrations``: their versioned schema migrations.
- ``operations``: request ids, JSON logs, Prometheus metrics (``/healthz``, ``/readyz``, ``/metrics`` in ``app``).
- ``accounts``: the users file, password hashes, roles and grants.
- ``login``: the key pair, login challenges and the encrypted login payload.
- ``sessions``: hashed session tokens and their lifetimes.
- ``limits``: failed-login back-off, rate-limited logging.
- ``connections``: the HTTP protocol with a connection cap, header and idle timeouts.
- ``models``: pydantic models generated from the spec (``python -m servers.queuemanager.generate_models``).
- ``local``: start a server as a subprocess on a free port, for tests, demos and benchmarks; ``local_postgres``: a
  throw-away PostgreSQL cluster on loopback for the same.
"""
