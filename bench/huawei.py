"""DMS and RocketMQ benchmarks: AK/SK signing cost against the official signer, per-call latency against raw httpx
and the official RocketMQ SDK on one loopback server, and import time.

    make bench        (or: python -m bench.huawei [--rounds N])
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

import httpx
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import Signer

from bench.common import import_seconds, interleaved, table
from bench.loopback import canned_server
from mqclients._signing.huawei import HuaweiAKSKAuth, HuaweiCredentials
from mqclients.dms import DMS
from mqclients.rocketmq import RocketMQ

AK = "HPUABENCHMARKAK00001"
SK = "benchmark-secret-key-0123456789abcdefghij"
PROJECT = "0123456789abcdef0123456789abcdef"
QUEUE = {"id": "q-1", "name": "orders", "created": 1495701557000, "queue_mode": "NORMAL", "group_count": 1}
INSTANCE = {"instance_id": "i-1", "name": "mq", "engine": "reliability", "status": "RUNNING"}


def signing(rounds: int) -> dict[str, float]:
    """Seconds to sign one POST with a JSON body: ours (on the httpx request) and the official signer."""
    body = b'{"messages":[{"body":"hello","attributes":{"a":"1"}}]}'
    url = f"https://dms.cn-north-4.myhuaweicloud.com/v1.0/{PROJECT}/queues/q-1/messages?returnId=true"
    ours = HuaweiAKSKAuth(HuaweiCredentials(AK, SK, project_id=PROJECT))
    official = Signer(BasicCredentials(AK, SK, PROJECT))

    # Each signer signs a request already built by its own client (httpx builds ours once; re-signing replaces
    # the previous signature). The official SdkRequest is rebuilt each time: signing mutates its header dict.
    request = httpx.Request("POST", url, content=body, headers={"Content-Type": "application/json"})

    def sign_ours() -> None:
        ours.sign_request(request)

    def sign_official() -> None:
        request = SdkRequest(
            method="POST",
            schema="https",
            host="dms.cn-north-4.myhuaweicloud.com",
            resource_path=f"/v1.0/{PROJECT}/queues/q-1/messages",
            uri=f"/v1.0/{PROJECT}/queues/q-1/messages",
            query_params=[("returnId", "true")],
            header_params={
                "Content-Type": "application/json",
                "X-Sdk-Date": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"),
            },
            body=body,
        )
        official.sign(request)

    return interleaved({"mqclients": sign_ours, "huaweicloudsdkcore": sign_official}, rounds)


def per_call(rounds: int) -> tuple[dict[str, float], dict[str, float]]:
    """Median seconds per call on one loopback server: DMS get_queue, RocketMQ get_instance."""
    from huaweicloudsdkrocketmq.v2 import RocketMQClient, ShowInstanceRequest

    def answer(method: str, path: str) -> tuple[int, object]:
        return 200, (QUEUE if "/queues/" in path else INSTANCE)

    with canned_server(answer) as url:
        auth = HuaweiAKSKAuth(HuaweiCredentials(AK, SK, project_id=PROJECT))
        raw = httpx.Client(base_url=url, auth=auth)
        dms = DMS(endpoint=url, project_id=PROJECT, ak=AK, sk=SK)
        mq = RocketMQ(endpoint=url, project_id=PROJECT, ak=AK, sk=SK)
        official = (
            RocketMQClient.new_builder().with_credentials(BasicCredentials(AK, SK, PROJECT)).with_endpoint(url).build()
        )
        dms_times = interleaved(
            {
                # the same request on the wire as the client's: it sends the spec's default include_deadletter=false
                "raw httpx + our signer": lambda: raw.get(
                    f"/v1.0/{PROJECT}/queues/q-1", params={"include_deadletter": "false"}
                ).json(),
                "mqclients DMS": lambda: dms.get_queue("q-1"),
            },
            rounds,
        )
        mq_times = interleaved(
            {
                "raw httpx + our signer": lambda: raw.get(f"/v2/{PROJECT}/instances/i-1").json(),
                "mqclients RocketMQ": lambda: mq.get_instance("i-1"),
                "huaweicloudsdkrocketmq": lambda: official.show_instance(ShowInstanceRequest(instance_id="i-1")),
            },
            rounds,
        )
        for client in (raw, dms, mq):
            client.close()
    return dms_times, mq_times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()

    sign = signing(args.rounds * 10)
    base = sign["huaweicloudsdkcore"]
    print(
        table(
            f"AK/SK signing of one JSON POST, median of {args.rounds * 10} (ratio to the official signer)",
            ("signer", "us", "/ official"),
            [(name, f"{t * 1e6:.1f}", f"{t / base:.2f}x") for name, t in sign.items()],
        )
    )
    print()
    dms_times, mq_times = per_call(args.rounds)
    for title, times in (("DMS get_queue", dms_times), ("RocketMQ get_instance", mq_times)):
        floor = times["raw httpx + our signer"]
        print(
            table(
                f"{title}: per-call latency on one loopback server, median of {args.rounds} interleaved calls",
                ("client", "us", "/ raw httpx"),
                [(name, f"{t * 1e6:.0f}", f"{t / floor:.2f}x") for name, t in times.items()],
            )
        )
        print()
    modules = ("httpx", "mqclients.dms", "mqclients.rocketmq", "huaweicloudsdkrocketmq.v2")
    imports = {name: import_seconds(name) for name in modules}
    print(
        table(
            "Import time, median of 7 fresh interpreters",
            ("module", "ms", "/ httpx"),
            [(m, f"{s * 1e3:.0f}", f"{s / imports['httpx']:.2f}x") for m, s in imports.items()],
        )
    )


if __name__ == "__main__":
    main()
