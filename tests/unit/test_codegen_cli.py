"""``make check`` on a broken spec: the real command (``python -m codegen --check``) on a copy of one of the
project's specs with one extension broken, in a temporary tree, fails naming the rule and the spec's path.

Each cross-check rule of codegen/crosscheck.py has its case here; tests/unit/test_codegen.py checks the same rules
on a small spec through ``lint()`` directly. A process per case, a second or two each: marked slow.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.specs import GENERATED_DIR, ROOT, SPECS_DIR, read_yaml

pytestmark = pytest.mark.slow

Doc = dict[str, Any]


def operation(doc: Doc, operation_id: str) -> Doc:
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise AssertionError(f"no operation {operation_id}")


def pagination(operation_id: str, **changes: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        operation(doc, operation_id)["x-pagination"].update(changes)

    return change


def token_pagination(**fields: str) -> Callable[[Doc], None]:
    """RocketMQ's list_instances paged by a cursor (no spec of ours pages so yet): ``offset``/``limit`` in the query."""
    wanted = {"token_param": "offset", "token_field": "instance_num", **fields}

    def change(doc: Doc) -> None:
        operation(doc, "list_instances")["x-pagination"] = {"style": "token", "items": "instances", **wanted}

    return change


def set_key(operation_id: str, key: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        operation(doc, operation_id)[key] = value

    return change


def rename_client_param(doc: Doc) -> None:
    for parameter in doc["components"]["parameters"].values():
        if parameter.get("x-client-param") == "client_id":
            parameter["x-client-param"] = "clientid"
            return
    raise AssertionError("no client_id parameter")


CASES = {
    "pagination-items": ("huawei-rocketmq", pagination("list_instances", items="instancez"), "x-pagination.items"),
    "pagination-total": ("huawei-rocketmq", pagination("list_instances", total="instance_nun"), "x-pagination.total"),
    "pagination-offset_param": (
        "huawei-rocketmq",
        pagination("list_instances", offset_param="ofset"),
        "x-pagination.offset_param 'ofset' is not a query parameter",
    ),
    "pagination-limit_param-in-body": (
        "queuemanager",
        pagination("map_get_list", limit_param="sise"),
        "x-pagination.limit_param 'sise' is not a field of the request body",
    ),
    "pagination-token_field": (
        "huawei-rocketmq",
        token_pagination(token_field="next_markr"),
        "x-pagination.token_field 'next_markr' is not in the response",
    ),
    "pagination-token_param": (
        "huawei-rocketmq",
        token_pagination(token_param="markr"),
        "x-pagination.token_param 'markr' is not a query parameter",
    ),
    "pagination-links": ("openstack-zaqar-v2", pagination("list_queues", links="linkz"), "x-pagination.links 'linkz'"),
    "batch-items": (
        "huawei-dms-v1",
        lambda doc: operation(doc, "send_messages")["x-batch"].update(items="mesages"),
        "x-batch.items 'mesages' is not an array of the request body",
    ),
    "long-poll-param": (
        "huawei-dms-v1",
        lambda doc: operation(doc, "consume_messages")["x-long-poll"].update(param="time_wiat"),
        "x-long-poll.param 'time_wiat' is not a query parameter",
    ),
    "host": ("tencent-cmq", set_key("list_queue", "x-host", "queu"), "x-host 'queu' is not one of x-hosts"),
    "client-param-undeclared": (
        "openstack-zaqar-v2",
        rename_client_param,
        "x-client-param 'clientid' is not declared in the root x-client-params",
    ),
    "client-param-unused": (
        "openstack-zaqar-v2",
        lambda doc: doc["x-client-params"].update(region="a region nothing uses"),
        "x-client-params declares 'region', which no parameter uses",
    ),
}


def write_copy(specs: Path, stem: str, change: Callable[[Doc], None]) -> Path:
    """The project's spec ``stem`` written into ``specs`` after ``change``."""
    doc = read_yaml(SPECS_DIR / f"{stem}.yaml")
    change(doc)
    copy = specs / f"{stem}.yaml"
    copy.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return copy


def codegen_check(specs: Path, generated: Path, mode: str = "--check") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", mode, "--specs", str(specs), "--generated", str(generated)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_make_check_fails_on_a_broken_spec_naming_the_rule_and_the_spec(case: str, tmp_path: Path) -> None:
    stem, change, rule = CASES[case]
    specs = tmp_path / "specs"
    specs.mkdir()
    broken = write_copy(specs, stem, change)

    result = codegen_check(specs, GENERATED_DIR)

    assert result.returncode == 1, result.stdout + result.stderr
    problems = [line for line in result.stderr.splitlines() if rule in line]
    assert problems, result.stderr
    assert all(line.startswith(f"{broken}: ") for line in problems), problems
    assert f"lint {broken.name}: FAIL" in result.stdout


def test_make_check_fails_on_a_generated_package_whose_spec_is_gone(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()  # every spec deleted: whatever generated/ holds is an orphan
    generated = tmp_path / "generated"
    (generated / "mqclients" / "ghost_api").mkdir(parents=True)
    (generated / "mqclients" / "ghost_api" / "__init__.py").write_text("", encoding="utf-8")
    (generated / "inventory").mkdir()
    (generated / "inventory" / "ghost.md").write_text("# ghost\n", encoding="utf-8")

    result = codegen_check(specs, generated)

    assert result.returncode == 1, result.stdout + result.stderr
    assert f"out of date: {generated / 'mqclients' / 'ghost_api'} (its spec is gone)" in result.stderr
    assert f"out of date: {generated / 'inventory' / 'ghost.md'} (its spec is gone)" in result.stderr


def test_the_same_copies_unbroken_pass_the_same_command(tmp_path: Path) -> None:
    # The control: each spec the cases break, copied the same way (through YAML) but unchanged, lints clean, so each
    # failure above comes from its change alone.
    specs = tmp_path / "specs"
    specs.mkdir()
    for stem in sorted({stem for stem, _, _ in CASES.values()}):
        write_copy(specs, stem, lambda doc: None)
    result = codegen_check(specs, GENERATED_DIR, "--lint-only")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(": ok") == len({stem for stem, _, _ in CASES.values()})
