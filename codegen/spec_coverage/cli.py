"""``python -m codegen.spec_coverage``: the check (from the committed doc index), and ``--write-index``."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from codegen.sdk_inventory import find_inventory
from codegen.spec_coverage import index
from codegen.spec_coverage.compare import Report, check, load_exceptions
from codegen.spec_coverage.sdk import SdkReport, check_sdk, load_inventory, load_sdk_exceptions
from codegen.spec_coverage.seed import SEEDS_ENV, Seed, find_seed, parse_seed, seed_id, seeds_dir
from codegen.specs import ROOT, SPECS_DIR, read_yaml

DEFAULT_SPEC = SPECS_DIR / "huawei-rocketmq.yaml"
COVERAGE_DIR = ROOT / "codegen" / "coverage"


def _read_spec(spec_path: Path) -> dict[str, Any]:
    spec = read_yaml(spec_path)
    if not isinstance(spec, dict):
        raise SystemExit(f"{spec_path}: not a YAML mapping")
    return spec


def _ident(spec: Mapping[str, Any]) -> str:
    ident = seed_id(spec)
    if ident is None:
        raise SystemExit("the spec's x-doc names no seed (expected e.g. '002 §5.1.1')")
    return ident


def run(spec_path: Path, seeds: Path | None, exceptions_path: Path) -> Report:
    """The check with the seed document itself (parsed now)."""
    spec = _read_spec(spec_path)
    seed = parse_seed(find_seed(spec, seeds).read_text(encoding="utf-8"))
    return check(seed, spec, load_exceptions(exceptions_path))


def run_from_index(spec_path: Path, index_dir: Path, exceptions_path: Path) -> Report:
    """The check with the committed doc index of the spec's seed (no seed needed)."""
    spec = _read_spec(spec_path)
    seed, _ = index.load(index.index_path(_ident(spec), index_dir))
    return check(seed, spec, load_exceptions(exceptions_path))


def run_sdk(spec_path: Path, inventory_path: Path, exceptions_path: Path) -> SdkReport:
    """The SDK coverage check: every method of the committed SDK inventory mapped by an operation's x-sdk-name."""
    return check_sdk(_read_spec(spec_path), load_inventory(inventory_path), load_sdk_exceptions(exceptions_path))


def write_index(spec_path: Path, seeds: Path | None, index_dir: Path) -> Path:
    """Parse the spec's seed and write its doc index; returns the file written."""
    seed_path = find_seed(_read_spec(spec_path), seeds)
    text = seed_path.read_text(encoding="utf-8")
    target = index.index_path(_ident(_read_spec(spec_path)), index_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(index.dumps(parse_seed(text), source=seed_path.name, text=text), encoding="utf-8")
    return target


def index_freshness(spec_path: Path, seeds: Path | None, index_dir: Path) -> str | None:
    """With a seeds folder named (``--seeds`` or ``$MQCLIENTS_SEEDS``): a problem if the committed index is not what
    the seed parses to; else None. Without one there is nothing to compare with: None.
    """
    if seeds is None:
        return None
    try:
        seed_path = find_seed(_read_spec(spec_path), seeds)
    except SystemExit:
        return None
    text = seed_path.read_text(encoding="utf-8")
    target = index.index_path(_ident(_read_spec(spec_path)), index_dir)
    wanted = index.dumps(parse_seed(text), source=seed_path.name, text=text)
    if not target.exists() or target.read_text(encoding="utf-8") != wanted:
        return f"{_shown(target)} is not what {seed_path.name} parses to: run make doc-index and commit it"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen.spec_coverage",
        description="Does a hand-transcribed spec say everything its seed document says, and nothing else?",
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the spec (default: %(default)s)")
    parser.add_argument(
        "--seeds", type=Path, help=f"the seeds folder (default: ${SEEDS_ENV}; none: only the committed index is read)"
    )
    parser.add_argument("--index-dir", type=Path, default=index.INDEX_DIR, help="where doc indexes are kept")
    parser.add_argument(
        "--exceptions", type=Path, help="the deliberate differences (codegen/coverage/<spec stem>.yaml)"
    )
    parser.add_argument(
        "--sdk-inventory",
        type=Path,
        help="the official SDK's committed inventory (default: specs/reference/huaweicloudsdkrocketmq-*.yaml for the "
        "RocketMQ spec, none otherwise)",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--from-seed", action="store_true", help="parse the seed instead of reading the doc index")
    source.add_argument("--write-index", action="store_true", help="parse the seed and write its doc index (only)")
    parser.add_argument("-q", "--quiet", action="store_true", help="list only the gaps not listed as deliberate")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print the reasons and the parser's notes")
    args = parser.parse_args(argv)
    seeds = args.seeds or seeds_dir()
    if args.write_index:
        print(f"wrote {_shown(write_index(args.spec, seeds, args.index_dir))}")
        return 0
    exceptions_path = args.exceptions or COVERAGE_DIR / f"{args.spec.stem}.yaml"
    stale: str | None = None
    if args.from_seed:
        report = run(args.spec, seeds, exceptions_path)
    else:
        report = run_from_index(args.spec, args.index_dir, exceptions_path)
        stale = index_freshness(args.spec, seeds, args.index_dir)
    _print(report, exceptions_path, quiet=args.quiet, verbose=args.verbose)
    if stale:
        print(f"stale doc index: {stale}")
    inventory = args.sdk_inventory or (find_inventory() if args.spec.resolve() == DEFAULT_SPEC else None)
    sdk_ok = True
    if inventory is not None:
        sdk_exceptions = COVERAGE_DIR / f"{args.spec.stem}-sdk.yaml"
        sdk_report = run_sdk(args.spec, inventory, sdk_exceptions)
        _print_sdk(sdk_report, sdk_exceptions, quiet=args.quiet, verbose=args.verbose)
        sdk_ok = sdk_report.ok
        title = str(_read_spec(args.spec).get("info", {}).get("x-client-class", args.spec.stem))
        print(
            f"{title}: {report.request_lines_in_spec}/{report.request_lines} seed request lines, "
            f"{len(sdk_report.mapped)}/{sdk_report.methods} official SDK methods mapped "
            f"({sdk_report.package} {sdk_report.version})"
        )
        print(
            f"{title} fields against the SDK: {sdk_report.operations_compared} operations, "
            f"{sdk_report.fields_compared} fields compared, {len(sdk_report.fields_explained)} documented differences"
            + (f", {len(sdk_report.fields_unexplained)} not documented" if sdk_report.fields_unexplained else "")
        )
    return 0 if report.ok and not stale and sdk_ok else 1


def _print_gaps(
    unexplained: Sequence[object],
    explained: Sequence[tuple[object, Any]],
    prefix: str,
    explained_title: str,
    *,
    quiet: bool,
    verbose: bool,
) -> None:
    """The gaps no entry explains (always), then the deliberate ones with their reasons (unless ``quiet``)."""
    if unexplained:
        print(f"{prefix}not listed as deliberate:")
        for gap in unexplained:
            print(f"  {gap}")
    if explained and not quiet:
        print(f"{explained_title}:")
        for gap, deliberate in explained:
            print(f"  {gap}")
            if verbose:
                print(f"      reason: {deliberate.reason}")


def _print_sdk(report: SdkReport, exceptions_path: Path, *, quiet: bool, verbose: bool) -> None:
    print(
        f"SDK gaps: {len(report.gaps)}, {len(report.explained)} of them deliberate ({_shown(exceptions_path)}), "
        f"{len(report.unexplained)} not"
    )
    _print_gaps(report.unexplained, report.explained, "SDK gaps ", "deliberate SDK gaps", quiet=quiet, verbose=verbose)
    for stale in report.stale:
        print(f"stale SDK entry (matches no gap): {stale.kind} {stale.method}")
    if report.fields_unexplained:
        print("SDK field differences not documented (fix the spec, or list them with a reason):")
        for field_gap in report.fields_unexplained:
            print(f"  {field_gap}")
    if report.fields_explained and verbose:
        print("documented SDK field differences:")
        for field_gap, reason in report.fields_explained:
            print(f"  {field_gap}")
            print(f"      reason: {reason}")
    for entry, name in report.stale_fields:
        print(f"stale SDK field entry (matches no difference): {entry.kind} {entry.method} {name}")


def _print(report: Report, exceptions_path: Path, *, quiet: bool, verbose: bool) -> None:
    print(f"request lines: {report.request_lines_in_spec} of {report.request_lines} in the spec")
    print(
        f"gaps: {len(report.gaps)}, {len(report.explained)} of them deliberate ({_shown(exceptions_path)}), "
        f"{len(report.unexplained)} not"
    )
    _print_gaps(report.unexplained, report.explained, "", "deliberate", quiet=quiet, verbose=verbose)
    for stale in report.stale:
        print(f"stale entry (matches no gap): §{stale.section} {stale.kind} {stale.name}")
    if report.notes and verbose:
        print("parser notes:")
        for note in report.notes:
            print(f"  {note}")
    elif report.notes:
        print(f"parser notes: {len(report.notes)} (-v prints them)")


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


__all__ = ["COVERAGE_DIR", "DEFAULT_SPEC", "Seed", "index_freshness", "main", "run", "run_from_index", "write_index"]
