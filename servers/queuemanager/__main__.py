"""``python -m servers.queuemanager``: serve queueManager on loopback, or add a user to a users file.

Serve:     python -m servers.queuemanager --port 8765 --data-dir DIR [--users FILE] [--token-ttl S] [--ack-deadline S]
Add user:  python -m servers.queuemanager --users FILE --add-user NAME   (password from the terminal, or stdin's
           first line when stdin is not a terminal; --data-dir DIR instead of --users means DIR/users.json)

Without --users the server uses DATA_DIR/users.json, created on first start with the user ``admin`` and a random
password printed once (on stderr).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from .security import UsersFileError, add_user, create_default_users


def _positive(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text}")
    return value


def _read_password(username: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"password for {username}: ")
        if getpass.getpass("again: ") != first:
            raise UsersFileError("the passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m servers.queuemanager",
        description="The queueManager reference server: JSON-RPC 2.0 at POST /rpc on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=8765, help="TCP port on 127.0.0.1 (default 8765)")
    parser.add_argument("--data-dir", type=Path, help="where the database, the key pair and users.json live")
    parser.add_argument("--users", type=Path, help="the users file (default: DATA_DIR/users.json)")
    parser.add_argument("--token-ttl", type=_positive, default=300.0, help="session lifetime, seconds (300)")
    parser.add_argument("--ack-deadline", type=_positive, default=30.0, help="seconds before redelivery (30)")
    parser.add_argument("--max-body", type=int, default=1 << 20, help="largest request body, bytes (1 MiB)")
    parser.add_argument("--body-timeout", type=_positive, default=10.0, help="seconds to receive a body (10)")
    parser.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    parser.add_argument("--add-user", metavar="NAME", help="add NAME (or change its password) in the users file, exit")
    args = parser.parse_args(argv)

    users_file: Path | None = args.users or (args.data_dir / "users.json" if args.data_dir else None)
    if args.add_user:
        if users_file is None:
            parser.error("--add-user needs --users FILE (or --data-dir DIR)")
        try:
            add_user(users_file, args.add_user, _read_password(args.add_user))
        except UsersFileError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"{users_file}: user {args.add_user!r} saved", file=sys.stderr)
        return 0
    if args.data_dir is None or users_file is None:
        parser.error("--data-dir is required to serve")
    if args.max_body < 1024:
        parser.error("--max-body must be at least 1024 bytes")

    data_dir: Path = args.data_dir
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if args.users is None and not users_file.exists():
        password = create_default_users(users_file)
        print(
            f"created {users_file} with the user 'admin', password {password} (shown only now; "
            "add users with --add-user NAME)",
            file=sys.stderr,
            flush=True,
        )

    import uvicorn  # imported here: --add-user needs none of the server's dependencies

    from .app import Config, QueueManagerServer

    config = Config(
        data_dir=data_dir,
        users_file=users_file,
        token_ttl=args.token_ttl,
        ack_deadline=args.ack_deadline,
        max_body=args.max_body,
        body_timeout=args.body_timeout,
        port=args.port,
    )
    try:
        server = QueueManagerServer(config)
    except UsersFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    uvicorn.run(
        server.app(),
        host="127.0.0.1",
        port=args.port,
        log_level=args.log_level,
        access_log=False,
        lifespan="on",
        server_header=False,
        timeout_graceful_shutdown=5,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
