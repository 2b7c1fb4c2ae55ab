"""The mutation tool (mutation/, ``make mutation``) on a toy module whose mutants' fates are known.

``square`` is tested with 2 only, where ``x ** 2`` and ``x * 2`` agree: that mutant must survive, and the report
must show it with its file:line and diff; ``x ** 3`` must be killed. ``LIMIT`` and ``triple`` are evaluated at import
time (run the slow way, in a fresh pytest): their mutants must be killed by the tests that use them.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from mutation.__main__ import main
from mutation.mutants import mutants_of
from mutation.report import Outcome, load_settings, resolve_modules, write_report

_TOY = '''\
"""A toy module."""

LIMIT = 10


def square(x: int) -> int:
    """Docstrings and annotations are not mutated."""
    return x ** 2


def fits(size: int) -> bool:
    return size <= LIMIT


triple = lambda x: x * 3  # noqa: E731
'''

_TOY_TESTS = """\
from toy_mutation_target import fits, square, triple


def test_square() -> None:
    assert square(2) == 4


def test_fits_boundary() -> None:
    assert fits(10)
    assert not fits(11)


def test_triple() -> None:
    assert triple(2) == 6
"""


def _project(root: Path, *, allow_square: bool) -> Path:
    (root / "src").mkdir()
    (root / "src" / "toy_mutation_target.py").write_text(_TOY)
    (root / "tests_toy").mkdir()
    (root / "tests_toy" / "test_toy.py").write_text(_TOY_TESTS)
    config = root / "mutation"
    (config / "equivalents").mkdir(parents=True)
    (config / "config.yaml").write_text(
        textwrap.dedent("""\
        roots: [src]
        groups:
          - name: toy
            modules: [toy_mutation_target]
            tests: [tests_toy]
            options: [-p, no:hypothesispytest, -p, no:asyncio, -p, no:mqclients-emulators]
        timeout_base: 60
        warm_imports: []
        """)
    )
    (config / "thresholds.yaml").write_text("default: 95\nmodules: {}\n")
    if allow_square:
        (config / "equivalents" / "toy_mutation_target.yaml").write_text(
            '- {original: "return x ** 2", mutant: "return x * 2", reason: "equal at the only value tested"}\n'
        )
    return root


def _report(root: Path) -> dict[str, list[dict[str, object]]]:
    report: dict[str, list[dict[str, object]]] = json.loads((root / "build/mutation/report.json").read_text())
    return report


def test_mutants_are_line_pairs_and_skip_docstrings_and_annotations() -> None:
    pairs = {(m.operator, m.original, m.mutated) for m in mutants_of(_TOY)}
    assert pairs == {
        ("number", "LIMIT = 10", "LIMIT = 11"),
        ("binop", "return x ** 2", "return x * 2"),
        ("number", "return x ** 2", "return x ** 3"),
        ("compare", "return size <= LIMIT", "return size < LIMIT"),
        ("binop", "triple = lambda x: x * 3  # noqa: E731", "triple = lambda x: x / 3  # noqa: E731"),
        ("number", "triple = lambda x: x * 3  # noqa: E731", "triple = lambda x: x * 4  # noqa: E731"),
    }
    scopes = {m.original: (m.scope, m.scope_line) for m in mutants_of(_TOY)}
    assert scopes["LIMIT = 10"] == (None, 0)
    assert scopes["return x ** 2"] == ("square", 6)


def test_operators_cover_boundaries_booleans_deletion_and_loops() -> None:
    source = textwrap.dedent("""\
        class Box:
            def run(self, items, flag=True):
                for item in items:
                    if item and flag:
                        self.seen = min(item, 3)
                        break
                    log(item)
                    raise ValueError(item)
        """)
    pairs = {(m.original, m.mutated) for m in mutants_of(source)}
    assert ("def run(self, items, flag=True):", "def run(self, items, flag=False):") in pairs
    assert ("if item and flag:", "if item or flag:") in pairs
    assert ("if item and flag:", "if not (item and flag):") in pairs
    assert ("self.seen = min(item, 3)", "pass") in pairs
    assert ("self.seen = min(item, 3)", "self.seen = max(item, 3)") in pairs
    assert ("break", "continue") in pairs
    assert ("log(item)", "pass") in pairs
    assert ("raise ValueError(item)", "pass") in pairs
    assert all(m.scope == "Box.run" for m in mutants_of(source) if m.line > 2)


@pytest.mark.slow  # whole-repository check, 1-3 s: in make test, kept out of the fast suite's budget
def test_a_survivor_fails_the_threshold_and_is_reported_with_file_line_and_diff(tmp_path: Path) -> None:
    root = _project(tmp_path, allow_square=False)
    assert main(["--root", str(root), "--workers", "2"]) == 1
    report = _report(root)
    [row] = report["modules"]
    assert (row["mutants"], row["killed"], row["survived"], row["equivalent"]) == (6, 5, 1, 0)
    assert report["survivors"] == [
        {
            "module": "toy_mutation_target",
            "path": "src/toy_mutation_target.py",
            "line": 8,
            "operator": "binop",
            "status": "survived",
            "original": "return x ** 2",
            "mutant": "return x * 2",
        }
    ]
    markdown = (root / "build/mutation/report.md").read_text()
    assert "src/toy_mutation_target.py:8 [binop] survived" in markdown
    assert "- return x ** 2\n+ return x * 2" in markdown


def test_an_allow_listed_equivalent_is_excluded_from_the_score(tmp_path: Path) -> None:
    root = _project(tmp_path, allow_square=True)
    settings = load_settings(root, root / "mutation")
    [target] = resolve_modules(settings, ["toy_*"])
    survived = {"return x * 2"}
    outcomes = [
        Outcome(target, mutant, "survived" if mutant.mutated in survived else "killed")
        for mutant in mutants_of(target.path.read_text())
    ]
    assert write_report(settings, [target], outcomes, root / "report", 1.0) == 0
    [row] = json.loads((root / "report/report.json").read_text())["modules"]
    assert (row["killed"], row["survived"], row["equivalent"], row["score"]) == (5, 0, 1, 100.0)
    survived.add("return x ** 3")  # one real survivor among 5 scored mutants: 80 % < 95 %
    outcomes = [
        Outcome(target, mutant, "survived" if mutant.mutated in survived else "killed")
        for mutant in mutants_of(target.path.read_text())
    ]
    assert write_report(settings, [target], outcomes, root / "report", 1.0) == 1


def test_a_malformed_allow_list_entry_is_refused(tmp_path: Path) -> None:
    root = _project(tmp_path, allow_square=False)
    (root / "mutation/equivalents/toy_mutation_target.yaml").write_text('- {original: "return x ** 2"}\n')
    with pytest.raises(ValueError, match="exactly the keys original, mutant, reason"):
        main(["--root", str(root)])
