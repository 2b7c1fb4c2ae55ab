"""``python -m mqclients.emulators <api> --port N`` (or ``mqclients-emulator``): serve one emulator on 127.0.0.1
until interrupted. The credentials it accepts are printed, except the secret (see ``--help`` for the defaults)."""

from __future__ import annotations

import argparse
import sys

from . import APIS
from .auth import HuaweiKeys, TencentKeys
from .core import Faults
from .defaults import CMQ_KEYS, DMS_KEYS


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m mqclients.emulators", description=__doc__)
    parser.add_argument("api", choices=list(APIS), help="which API to emulate")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one, printed)")
    parser.add_argument(
        "--ak", default=DMS_KEYS.ak, help="DMS, RocketMQ: the access key accepted (default %(default)s)"
    )
    parser.add_argument(
        "--sk", default=DMS_KEYS.sk, help="DMS, RocketMQ: the secret key accepted (default: the documented test key)"
    )
    parser.add_argument(
        "--project-id", default=DMS_KEYS.project_id, help="DMS, RocketMQ: the project served (default %(default)s)"
    )
    parser.add_argument(
        "--token", default=None, help="DMS, RocketMQ, Zaqar: an X-Auth-Token also accepted (default: none)"
    )
    parser.add_argument(
        "--secret-id", default=CMQ_KEYS.secret_id, help="CMQ: the SecretId accepted (default %(default)s)"
    )
    parser.add_argument(
        "--secret-key",
        default=CMQ_KEYS.secret_key,
        help="CMQ: the secret key accepted (default: the documented test key)",
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer (fault injection)")
    parser.add_argument("--error-rate", type=float, default=0.0, help="share of calls answered with an internal error")
    parser.add_argument("--seed", type=int, default=None, help="seed of the fault injection's random choices")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        import uvicorn

        from .apps import build
        from .runner import bind_loopback
    except ImportError as exc:
        print(f"the emulators need the 'emulators' extra: pip install 'mqclients[emulators]' ({exc.name} is missing)")
        return 2
    try:
        faults = Faults(latency=args.latency, error_rate=args.error_rate, seed=args.seed)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    keys: HuaweiKeys | TencentKeys
    if args.api in ("dms", "rocketmq"):
        keys = HuaweiKeys(ak=args.ak, sk=args.sk, project_id=args.project_id, token=args.token)
        who = f"ak={keys.ak} project_id={keys.project_id}"
    else:
        keys = TencentKeys(secret_id=args.secret_id, secret_key=args.secret_key)
        who = f"secret_id={keys.secret_id}"
    if args.api == "zaqar":
        keys_or_token: object = args.token  # Zaqar: an optional X-Auth-Token, else X-Project-ID alone
        who = "X-Project-ID of your choice" + ("" if args.token is None else ", X-Auth-Token required")
    else:
        keys_or_token = keys
    _, app = build(args.api, keys=keys_or_token, faults=faults)
    sock = bind_loopback(args.port)
    port = sock.getsockname()[1]
    print(f"{args.api} emulator on http://127.0.0.1:{port} ({who}); Ctrl-C stops it", flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off")).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
