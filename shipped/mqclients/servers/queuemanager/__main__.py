"""``mqclients-queuemanager`` (or ``python -m mqclients.servers.queuemanager``): serve queueManager, or manage users.

Serve:        mqclients-queuemanager --data-dir DIR [--port 8765] [--tls-cert FILE --tls-key FILE] [limits...]
Add a user:   mqclients-queuemanager --users FILE --add-user NAME [--role admin|user] [--grant-queue P]...
              [--grant-map P]...   (password from the terminal, or stdin's first line when stdin is not a terminal;
              --data-dir DIR instead of --users means DIR/users.json; an existing user keeps what is not given;
              --no-password keeps its password)
Remove one:   mqclients-queuemanager --users FILE --remove-user NAME

Replicas:     mqclients-queuemanager --store postgresql://USER@HOST:PORT/DB --data-dir KEYS_DIR --port P ...
              (docs/pages/queuemanager-replicas.md: every replica the same key files and the same database)
DB users:     mqclients-queuemanager --store postgresql://... --add-user NAME ... (or --remove-user NAME)

Without --users a SQLite server uses DATA_DIR/users.json, created on first start with the admin ``admin`` and a
random password printed once (on stderr). With a PostgreSQL store users and grants are in the database: --users
FILE adds the file's users that are missing (never changes one), and an empty users table gets the admin
``admin`` with a random password printed once. The data directory is made 0700, every file in it 0600.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from .accounts import ROLES, UsersFileError, add_user, create_default_users, remove_user
from .login import MAX_PASSWORD_BYTES

PROG = "mqclients-queuemanager"
METRICS_MODES = ("loopback", "open", "off")  # who may read GET /metrics (see operations.py)


def _positive(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text}")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, got {text}")
    return value


def _read_password(username: str) -> str:
    if sys.stdin.isatty():
        password = getpass.getpass(f"password for {username}: ")
        if getpass.getpass("again: ") != password:
            raise UsersFileError("the passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsersFileError("the password is empty")
    # A longer password does not fit in the login's one RSA block: the user could never log in.
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise UsersFileError(
            f"the password is longer than {MAX_PASSWORD_BYTES} bytes of UTF-8, more than a login carries"
        )
    return password


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="The queueManager server: JSON-RPC 2.0 at POST /rpc (see specs/queuemanager.yaml).",
    )
    serve = p.add_argument_group("serving")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, loopback)")
    serve.add_argument("--port", type=int, default=8765, help="TCP port (default 8765)")
    serve.add_argument("--data-dir", type=Path, help="where the database, the keys and users.json live (made 0700)")
    serve.add_argument(
        "--store",
        default=os.environ.get("QM_STORE") or None,
        help="sqlite:///PATH (default: DATA_DIR/queuemanager.sqlite3) or postgresql://USER@HOST:PORT/DB for "
        "replicas sharing one database (password from PGPASSWORD or ~/.pgpass); default $QM_STORE",
    )
    serve.add_argument(
        "--pool-size", type=_count, default=8, help="PostgreSQL connections of this replica, at most (8)"
    )
    serve.add_argument(
        "--metrics",
        choices=METRICS_MODES,
        default="loopback",
        help="who may read GET /metrics: loopback clients (default), anyone (open), nobody (off)",
    )
    serve.add_argument("--users", type=Path, help="the users file (default: DATA_DIR/users.json)")
    serve.add_argument("--tls-cert", type=Path, help="PEM certificate (chain) to serve HTTPS with; needs --tls-key")
    serve.add_argument("--tls-key", type=Path, help="PEM private key of --tls-cert")
    serve.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    sessions = p.add_argument_group("sessions and logins")
    sessions.add_argument("--token-ttl", type=_positive, default=300.0, help="session idle lifetime, s (300)")
    sessions.add_argument(
        "--session-max-lifetime", type=_positive, default=8 * 3600.0, help="longest session, heart beats or not, s"
    )
    sessions.add_argument("--sessions-per-user", type=_count, default=256, help="open sessions per user (256)")
    sessions.add_argument("--challenge-ttl", type=_positive, default=60.0, help="login challenge lifetime, s (60)")
    sessions.add_argument("--login-workers", type=_count, default=2, help="logins checked at once (2)")
    sessions.add_argument("--login-queue", type=_count, default=16, help="logins waiting at most (16)")
    sessions.add_argument("--user-free-failures", type=_count, default=3, help="failed logins per user before back-off")
    sessions.add_argument(
        "--address-free-failures", type=_count, default=20, help="failed logins per client address before back-off"
    )
    sessions.add_argument("--backoff-base", type=_positive, default=1.0, help="first back-off, s (1; doubles)")
    sessions.add_argument("--backoff-cap", type=_positive, default=60.0, help="longest back-off, s (60)")
    limits = p.add_argument_group("limits")
    limits.add_argument("--ack-deadline", type=_positive, default=30.0, help="seconds before redelivery (30)")
    limits.add_argument("--session-in-flight", type=_count, default=1000, help="elements in flight per session")
    limits.add_argument("--max-in-flight", type=_count, default=100_000, help="elements in flight on the server")
    limits.add_argument("--max-page", type=_count, default=1000, help="pairs per map_get_all answer (1000)")
    limits.add_argument("--max-body", type=int, default=1 << 20, help="largest request body, bytes (1 MiB)")
    limits.add_argument("--body-timeout", type=_positive, default=10.0, help="seconds to receive a body (10)")
    limits.add_argument("--header-timeout", type=_positive, default=10.0, help="seconds to receive headers (10)")
    limits.add_argument("--idle-timeout", type=_positive, default=5.0, help="idle keep-alive connection, s (5)")
    limits.add_argument(
        "--max-connections", type=_count, help="open connections at most (default: file-descriptor limit - 64)"
    )
    users = p.add_argument_group(
        "users (these change the users file, or with a postgresql:// --store and no --users the database, and exit)"
    )
    users.add_argument("--add-user", metavar="NAME", help="add NAME, or change its password, role or grants")
    users.add_argument("--remove-user", metavar="NAME", help="remove NAME (its sessions end at their next call)")
    users.add_argument("--role", choices=ROLES, help="with --add-user: admin (everything) or user (grants only)")
    users.add_argument("--grant-queue", action="append", metavar="P", help="with --add-user: a queue name or prefix*")
    users.add_argument("--grant-map", action="append", metavar="P", help="with --add-user: a map name or prefix*")
    users.add_argument("--no-password", action="store_true", help="with --add-user: keep the user's password")
    return p


def _manage_users(args: argparse.Namespace, users_file: Path) -> int:
    try:
        if args.remove_user:
            remove_user(users_file, args.remove_user)
            print(f"{users_file}: user {args.remove_user!r} removed", file=sys.stderr)
            return 0
        password = None if args.no_password else _read_password(args.add_user)
        add_user(users_file, args.add_user, password, role=args.role, queues=args.grant_queue, maps=args.grant_map)
    except UsersFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{users_file}: user {args.add_user!r} saved", file=sys.stderr)
    return 0


def _manage_database_users(args: argparse.Namespace) -> int:
    """--add-user / --remove-user on the users table of a PostgreSQL store (every replica sees the change)."""
    from .accounts import updated_account
    from .pg_store import PostgresStore, redacted
    from .store import StorageFailure

    store = PostgresStore(args.store, ack_deadline=30.0, pool_size=1)
    where = redacted(args.store)
    try:
        store.open()
        if args.remove_user:
            if not store.account_remove(args.remove_user):
                raise UsersFileError(f"{where}: no user {args.remove_user!r}")
            print(f"{where}: user {args.remove_user!r} removed", file=sys.stderr)
            return 0
        current = store.account_get(args.add_user)
        password = None if args.no_password else _read_password(args.add_user)
        store.account_put(
            updated_account(
                current, args.add_user, password, role=args.role, queues=args.grant_queue, maps=args.grant_map
            )
        )
    except (UsersFileError, StorageFailure) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"{where}: user {args.add_user!r} saved", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    shared_users = bool(args.store and args.store.startswith(("postgresql://", "postgres://")))
    users_file: Path | None = args.users
    if users_file is None and args.data_dir is not None and not shared_users:
        users_file = args.data_dir / "users.json"
    os.umask(0o077)  # every file this process makes is its owner's only
    from .stores import StoreURLError, check_url  # no server dependency: managing users needs none

    try:
        check_url(args.store)
    except StoreURLError as exc:
        p.error(str(exc))
    if args.add_user or args.remove_user:
        if shared_users and args.users is None:
            return _manage_database_users(args)
        if users_file is None:
            p.error("--add-user and --remove-user need --users FILE (or --data-dir DIR)")
        return _manage_users(args, users_file)
    if args.data_dir is None:
        p.error("--data-dir is required to serve")
    if args.max_body < 1024:
        p.error("--max-body must be at least 1024 bytes")
    if (args.tls_cert is None) != (args.tls_key is None):
        p.error("--tls-cert and --tls-key go together")

    data_dir: Path = args.data_dir
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    if users_file is not None and args.users is None and not users_file.exists():
        password = create_default_users(users_file)
        print(
            f"created {users_file} with the admin 'admin', password {password} (shown only now; "
            "add users with --add-user NAME)",
            file=sys.stderr,
            flush=True,
        )

    import uvicorn  # imported here: managing users needs none of the server's dependencies

    from .app import Config, QueueManagerServer
    from .connections import default_max_connections, guarded_protocol
    from .operations import configure_logging

    configure_logging(args.log_level)

    scheme = "https" if args.tls_cert else "http"
    config = Config(
        data_dir=data_dir,
        users_file=users_file,
        token_ttl=args.token_ttl,
        session_max_lifetime=args.session_max_lifetime,
        sessions_per_user=args.sessions_per_user,
        challenge_ttl=args.challenge_ttl,
        ack_deadline=args.ack_deadline,
        max_body=args.max_body,
        body_timeout=args.body_timeout,
        max_in_flight=args.max_in_flight,
        session_in_flight=args.session_in_flight,
        max_page=args.max_page,
        login_workers=args.login_workers,
        login_queue=args.login_queue,
        user_free_failures=args.user_free_failures,
        address_free_failures=args.address_free_failures,
        backoff_base=args.backoff_base,
        backoff_cap=args.backoff_cap,
        url=f"{scheme}://{args.host}:{args.port}",
        store_url=args.store,
        pool_size=args.pool_size,
        metrics=args.metrics,
    )
    try:
        server = QueueManagerServer(config)
    except (UsersFileError, StoreURLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    uvicorn.run(
        server.app(),
        host=args.host,
        port=args.port,
        http=guarded_protocol(args.max_connections or default_max_connections(), args.header_timeout),
        timeout_keep_alive=max(1, round(args.idle_timeout)),
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        log_level=args.log_level,
        access_log=False,
        lifespan="on",
        server_header=False,
        timeout_graceful_shutdown=5,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
