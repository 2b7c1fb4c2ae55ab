"""The settings in mutation/ (modules, tests, thresholds, allow-lists of equivalent mutants) and the report.

- ``config.yaml``: the source roots of the ``mqclients`` namespace, the groups of modules with the pytest arguments
  that may kill their mutants, timeouts, and third-party modules the parent imports once.
- ``thresholds.yaml``: the score (percent) each module must reach: ``default``, and ``modules`` for exceptions.
- ``equivalents/<dotted.module.name>.yaml``: a list of ``{original, mutant, reason}``: a surviving mutant whose
  stripped original and mutated line(s) equal an entry's is equivalent (excluded from the score), with the reason a
  reviewer accepted. Entries that no longer match any mutant are reported, so the lists do not rot.
"""

from __future__ import annotations

import fnmatch
import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .mutants import Mutant


@dataclass(frozen=True)
class Target:
    module: str
    path: Path
    relative: str
    group: str


@dataclass(frozen=True)
class Group:
    name: str
    modules: list[str]
    tests: list[str]  # test files or folders
    options: list[str]  # other pytest arguments (markers to select, plugins to leave out), for every run


@dataclass(frozen=True)
class Equivalent:
    original: str
    mutant: str
    reason: str


@dataclass
class Settings:
    root: Path
    roots: list[Path]
    groups: list[Group]
    warm_imports: list[str]
    timeout_base: float
    timeout_factor: float
    default_threshold: float
    thresholds: dict[str, float]
    equivalents_dir: Path

    def threshold(self, module: str) -> float:
        return self.thresholds.get(module, self.default_threshold)

    def equivalents(self, module: str) -> list[Equivalent]:
        path = self.equivalents_dir / f"{module}.yaml"
        if not path.exists():
            return []
        entries = yaml.safe_load(path.read_text()) or []
        if not isinstance(entries, list):
            raise ValueError(f"{path}: must be a list of {{original, mutant, reason}}")
        found = []
        for number, entry in enumerate(entries, 1):
            if not isinstance(entry, dict) or set(entry) != {"original", "mutant", "reason"}:
                raise ValueError(f"{path}: entry {number} must have exactly the keys original, mutant, reason")
            if not all(isinstance(entry[key], str) and entry[key].strip() for key in entry):
                raise ValueError(f"{path}: entry {number}: original, mutant and reason must be non-empty strings")
            found.append(Equivalent(entry["original"].strip(), entry["mutant"].strip(), entry["reason"].strip()))
        return found


def load_settings(root: Path, folder: Path) -> Settings:
    config: dict[str, Any] = yaml.safe_load((folder / "config.yaml").read_text())
    thresholds: dict[str, Any] = yaml.safe_load((folder / "thresholds.yaml").read_text())
    return Settings(
        root=root,
        roots=[(root / name).resolve() for name in config["roots"]],
        groups=[
            Group(g["name"], list(g["modules"]), _expand(root, g["tests"]), [str(a) for a in g.get("options", [])])
            for g in config["groups"]
        ],
        warm_imports=list(config.get("warm_imports", [])),
        timeout_base=float(config.get("timeout_base", 20)),
        timeout_factor=float(config.get("timeout_factor", 3)),
        default_threshold=float(thresholds["default"]),
        thresholds={name: float(value) for name, value in (thresholds.get("modules") or {}).items()},
        equivalents_dir=folder / "equivalents",
    )


def _expand(root: Path, patterns: list[str]) -> list[str]:
    """Test paths, with glob patterns expanded (sorted; a pattern matching nothing is dropped)."""
    paths: list[str] = []
    for pattern in map(str, patterns):
        if any(c in pattern for c in "*?["):
            paths += sorted(str(p.relative_to(root)) for p in root.glob(pattern))
        else:
            paths.append(pattern)
    return paths


def _module_files(settings: Settings) -> dict[str, Path]:
    """Every module under the source roots, by dotted name."""
    found: dict[str, Path] = {}
    for folder in settings.roots:
        for path in sorted(folder.rglob("*.py")):
            parts = path.relative_to(folder).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found.setdefault(name, path.resolve())
    return found


def resolve_modules(settings: Settings, patterns: list[str]) -> list[Target]:
    """The configured modules (each in the first group whose pattern matches), narrowed to ``patterns``."""
    files = _module_files(settings)
    targets: list[Target] = []
    seen: set[str] = set()
    for group in settings.groups:
        for name, path in files.items():
            if name in seen or not any(fnmatch.fnmatchcase(name, pattern) for pattern in group.modules):
                continue
            seen.add(name)
            targets.append(Target(name, path, str(path.relative_to(settings.root)), group.name))
    if patterns:
        unknown = [p for p in patterns if not any(fnmatch.fnmatchcase(t.module, p) for t in targets)]
        if unknown:
            raise SystemExit(f"mutation: not a configured module: {', '.join(unknown)}")
        targets = [t for t in targets if any(fnmatch.fnmatchcase(t.module, p) for p in patterns)]
    return targets


def modules_changed_since(root: Path, ref: str, settings: Settings) -> set[str]:
    """Configured modules whose file differs from merge-base(ref, HEAD), committed or not."""

    def git(*args: str) -> list[str]:
        out = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout
        return [line for line in out.splitlines() if line]

    base = git("merge-base", ref, "HEAD")[0]
    changed = {(root / name).resolve() for name in git("diff", "--name-only", base)}
    return {target.module for target in resolve_modules(settings, []) if target.path in changed}


@dataclass
class Outcome:
    target: Target
    mutant: Mutant
    status: str  # killed, timeout, survived, uncovered (no test runs the line), error; equivalent after matching
    reason: str = field(default="")


def write_report(
    settings: Settings, targets: list[Target], outcomes: list[Outcome], folder: Path, seconds: float
) -> int:
    """Write report.md and report.json; 0 when every module reaches its threshold, else 1."""
    rows: list[dict[str, Any]] = []
    survivors: list[Outcome] = []
    stale: list[str] = []
    failed = False
    for target in targets:
        mine = [o for o in outcomes if o.target == target]
        allowed = settings.equivalents(target.module)
        used: set[int] = set()
        for outcome in mine:
            if outcome.status not in ("survived", "uncovered"):
                continue
            for index, entry in enumerate(allowed):
                if (entry.original, entry.mutant) == (outcome.mutant.original, outcome.mutant.mutated):
                    outcome.status, outcome.reason = "equivalent", entry.reason
                    used.add(index)
                    break
        stale += [f"{target.module}: {e.original!r} -> {e.mutant!r}" for i, e in enumerate(allowed) if i not in used]
        counts = {
            s: sum(o.status == s for o in mine)
            for s in ("killed", "timeout", "survived", "uncovered", "error", "equivalent")
        }
        scored = len(mine) - counts["equivalent"]
        score = 100.0 if scored == 0 else 100.0 * (counts["killed"] + counts["timeout"]) / scored
        threshold = settings.threshold(target.module)
        ok = score >= threshold and counts["error"] == 0
        failed = failed or not ok
        rows.append(
            {
                "module": target.module,
                "path": target.relative,
                "mutants": len(mine),
                **counts,
                "score": round(score, 1),
                "threshold": threshold,
                "ok": ok,
            }
        )
        survivors += [o for o in mine if o.status in ("survived", "uncovered", "error")]

    lines = [
        "# Mutation report",
        "",
        f"{sum(r['mutants'] for r in rows)} mutants in {len(rows)} modules, {seconds:.0f} s. Score = (killed + "
        "timeout) / (mutants - equivalent). `uncovered`: no test of the module's group runs the line.",
        "",
        "| module | mutants | killed | timeout | survived | uncovered | equivalent | error | score | threshold | |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    lines += [
        f"| {r['module']} | {r['mutants']} | {r['killed']} | {r['timeout']} | {r['survived']} | {r['uncovered']} | "
        f"{r['equivalent']} | {r['error']} | {r['score']:.1f} % | {r['threshold']:.0f} % | "
        f"{'ok' if r['ok'] else 'FAIL'} |"
        for r in rows
    ]
    if survivors:
        lines += ["", "## Surviving mutants", ""]
        for o in survivors:
            lines += [
                f"{o.target.relative}:{o.mutant.line} [{o.mutant.operator}] {o.status}",
                "```diff",
                f"- {o.mutant.original}",
                f"+ {o.mutant.mutated}",
                "```",
            ]
    if stale:
        lines += ["", "## Allow-list entries that matched no surviving mutant", ""]
        lines += [f"- {entry}" for entry in stale]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.md").write_text("\n".join(lines) + "\n")
    (folder / "report.json").write_text(
        json.dumps(
            {
                "modules": rows,
                "survivors": [
                    {
                        "module": o.target.module,
                        "path": o.target.relative,
                        "line": o.mutant.line,
                        "operator": o.mutant.operator,
                        "status": o.status,
                        "original": o.mutant.original,
                        "mutant": o.mutant.mutated,
                    }
                    for o in survivors
                ],
                "stale_equivalents": stale,
            },
            indent=1,
        )
    )
    print("\n".join(lines[4 : 6 + len(rows)]))
    print(f"mutation: report in {folder / 'report.md'}")
    return 1 if failed else 0
