"""``python -m mutation`` (``make mutation``): mutation testing of the runtime, the signers and the server's core.

    python -m mutation                                   # every module of mutation/config.yaml
    python -m mutation --module mqclients._core.retry    # one module (repeatable; fnmatch patterns allowed)
    python -m mutation --changed main                    # the configured modules changed since their merge base

Writes build/mutation/report.md and report.json (score per module, each surviving mutant with file:line and its
diff) and exits 1 when a module scores under its threshold (mutation/thresholds.yaml), 2 when the run itself failed
(the tests fail without any mutant, an allow-list entry is malformed, pytest could not run a mutant's tests).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .execute import Job, Timeouts, run_group, warm_up
from .mutants import mutants_of
from .report import Outcome, Settings, Target, load_settings, modules_changed_since, resolve_modules, write_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mutation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", action="append", default=[], help="module name or fnmatch pattern (repeatable)")
    parser.add_argument("--changed", metavar="REF", help="only configured modules changed since merge-base(REF, HEAD)")
    parser.add_argument("--workers", type=int, default=None, help="parallel children (default: the CPU count)")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository (default: the current folder)")
    parser.add_argument("--config", type=Path, default=Path("mutation"), help="folder of config.yaml and friends")
    parser.add_argument("--report-dir", type=Path, default=Path("build/mutation"))
    parser.add_argument("--list", action="store_true", help="print the mutants and run nothing")
    args = parser.parse_args(argv)

    root = args.root.resolve()
    settings = load_settings(root, root / args.config)
    selected = resolve_modules(settings, args.module)
    if args.changed:
        changed = modules_changed_since(root, args.changed, settings)
        selected = [target for target in selected if target.module in changed]
    if not selected:
        print("mutation: no module selected")
        return 0
    for target in selected:
        settings.equivalents(target.module)  # a malformed allow-list fails now, not after the run
    if args.list:
        for target in selected:
            for mutant in mutants_of(target.path.read_text()):
                print(f"{target.relative}:{mutant.line} [{mutant.operator}] {mutant.original!r} -> {mutant.mutated!r}")
        return 0
    report_dir = args.report_dir if args.report_dir.is_absolute() else root / args.report_dir
    return _run(settings, selected, args.workers, report_dir)


def _run(settings: Settings, selected: list[Target], workers: int | None, report_dir: Path) -> int:
    report_dir.mkdir(parents=True, exist_ok=True)
    warm_up(settings.warm_imports)
    started = time.monotonic()
    outcomes: list[Outcome] = []
    broken = False
    for group in settings.groups:
        targets = [target for target in selected if target.group == group.name]
        if not targets:
            continue
        jobs: list[Job] = []
        by_key: dict[int, Outcome] = {}
        for target in targets:
            source = target.path.read_text()
            for mutant in mutants_of(source):
                last_line = source.count("\n", 0, max(mutant.start, mutant.end - 1)) + 1
                by_key[len(jobs)] = outcome = Outcome(target=target, mutant=mutant, status="pending")
                outcomes.append(outcome)
                jobs.append(
                    Job(
                        len(jobs),
                        target.module,
                        str(target.path),
                        mutant.apply(source),
                        mutant.line,
                        last_line,
                        mutant.scope,
                        mutant.scope_line,
                    )
                )
        print(f"mutation: {group.name}: {len(jobs)} mutants of {len(targets)} module(s) ...", flush=True)
        statuses, failing = run_group(
            settings.root,
            settings.roots,
            group.tests,
            group.options,
            jobs,
            [str(target.path) for target in targets],
            workers or os.cpu_count() or 1,
            Timeouts(settings.timeout_base, settings.timeout_factor),
            report_dir,
            group.name,
        )
        if failing:
            print(f"mutation: {len(failing)} test(s) fail without any mutant, e.g. {failing[0]}")
            broken = True
        for key, status in statuses.items():
            by_key[key].status = status
        print(f"mutation: {group.name}: done ({time.monotonic() - started:.0f} s)", flush=True)
    code = write_report(settings, selected, outcomes, report_dir, time.monotonic() - started)
    return 2 if broken else code


if __name__ == "__main__":
    sys.exit(main())
