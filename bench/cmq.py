"""CMQ benchmarks: per-call latency of SendMessage against raw httpx (with the same signer) and against the legacy
SDK's Python 3 port (qcloud-cmq-sdk-py3) on one loopback server, and import time.

    make bench        (or: python -m bench.cmq [--rounds N])
"""

from __future__ import annotations

import argparse
import importlib
import os
import tempfile

import httpx

from bench.common import import_seconds, interleaved, table
from bench.loopback import canned_server
from mqclients._signing.tencent_cmq import CMQAuth, CMQCredentials
from mqclients.cmq import CMQ
from mqclients.cmq_api.models import SendMessageRequest

SECRET_ID = "AKIDbenchmark00000000000000000000"
SECRET_KEY = "benchmark-secret-key-0123456789ab"
ANSWER = {"code": 0, "message": "", "requestId": "r-1", "msgId": "m-1"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    os.chdir(tempfile.mkdtemp(prefix="mqclients-bench-"))  # the legacy SDK writes its log file into the cwd
    account_module = importlib.import_module("cmq.account")
    queue_module = importlib.import_module("cmq.queue")

    with canned_server(lambda method, path: (200, ANSWER)) as url:
        auth = CMQAuth(CMQCredentials(SECRET_ID, SECRET_KEY))
        raw = httpx.Client(base_url=url, auth=auth)
        form = {"Action": "SendMessage", "queueName": "orders", "msgBody": "hello", "delaySeconds": 0}
        client = CMQ(endpoint=url, secret_id=SECRET_ID, secret_key=SECRET_KEY)
        request = SendMessageRequest(queue_name="orders", msg_body="hello")
        legacy_queue = account_module.Account(url, SECRET_ID, SECRET_KEY).get_queue("orders")
        legacy_message = queue_module.Message("hello")
        times = interleaved(
            {
                "raw httpx + our signer": lambda: raw.post("/v2/index.php", data=form).json(),
                "mqclients CMQ": lambda: client.send_message(body=request),
                "qcloud-cmq-sdk-py3": lambda: legacy_queue.send_message(legacy_message),
            },
            args.rounds,
        )
        raw.close()
        client.close()
    floor = times["raw httpx + our signer"]
    print(
        table(
            f"CMQ SendMessage: per-call latency on one loopback server, median of {args.rounds} interleaved calls",
            ("client", "us", "/ raw httpx"),
            [(name, f"{t * 1e6:.0f}", f"{t / floor:.2f}x") for name, t in times.items()],
        )
    )
    print()
    imports = {name: import_seconds(name) for name in ("httpx", "mqclients.cmq", "cmq.account")}
    print(
        table(
            "Import time, median of 7 fresh interpreters",
            ("module", "ms", "/ httpx"),
            [(m, f"{s * 1e3:.0f}", f"{s / imports['httpx']:.2f}x") for m, s in imports.items()],
        )
    )


if __name__ == "__main__":
    main()
