"""The generation pipeline: lint, generate into a scratch tree, format, then replace (or compare with) generated/."""

from __future__ import annotations

import contextlib
import filecmp
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import cli_commands, facade, models, official_names
from .lint import lint
from .specs import GENERATED_DIR, SPECS_DIR, Spec, discover

TEMPLATES = Path(__file__).resolve().parent / "templates" / "openapi_python_client"
# One formatter configuration, whatever folder the files sit in, so the scratch tree and generated/ match.
RUFF_ARGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]


def _json_like_content_types(doc: object) -> dict[str, str]:
    """Vendor media types that carry JSON (``application/json-home``, ``...-json-patch``): parse them as JSON."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            content = node.get("content")
            if isinstance(content, dict):
                found.update(str(c) for c in content if "json" in str(c) and str(c) != "application/json")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
    return {ctype: "application/json" for ctype in sorted(found)}


def _generator_config(spec: Spec, package_dir: Path) -> Config:
    config_file = ConfigFile(
        package_name_override=f"{spec.package}_api",
        content_type_overrides=_json_like_content_types(spec.doc),
        post_hooks=[],
        literal_enums=True,
        docstrings_on_attributes=True,
        # Zaqar's reserved metadata keys (`_default_message_ttl`) keep their real names: `default_message_ttl`,
        # not `field_default_message_ttl`. (A name that would start with a digit still fails to generate, loudly.)
        field_prefix="",
    )
    return Config.from_sources(config_file, MetaType.NONE, spec.path, "utf-8", True, package_dir)


class ModelsProject(Project):
    """openapi-python-client, asked for models only: no ``Client``, no ``api/`` modules.

    It parses the spec and writes the enum modules; the model classes come from our own template
    (``model.py.jinja``, with the field code of ``codegen/models.py``).

    Requests are described by our own facade template (``codegen/facade.py``); the generator's endpoint modules
    were a second, unsigned and unretried way to call every API, so they are not written at all.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.env.globals.update(models.template_globals())

    def _build_api(self) -> None:
        return None


def generate_api(spec: Spec, root: Path) -> list[str]:
    """Write ``root/mqclients/<pkg>_api`` and ``root/inventory/<pkg>.md``; return the generator's complaints."""
    package_dir = root / "mqclients" / f"{spec.package}_api"
    config = _generator_config(spec, package_dir)
    data = GeneratorData.from_dict(spec.doc, config=config)
    if isinstance(data, GeneratorError):
        return [f"{spec.path.name}: {data.header}: {data.detail}"]
    project = ModelsProject(openapi=data, config=config, custom_template_path=TEMPLATES)
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    complaints = [f"{spec.path.name}: {p.level.value} {p.header}: {p.detail}" for p in problems]
    if complaints:
        return complaints
    source, methods = facade.render(spec, data)
    (package_dir / "facade.py").write_text(source, encoding="utf-8")
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    (package_dir / "cli_commands.py").write_text(cli_commands.render(spec, methods), encoding="utf-8")
    if (names := official_names.render(spec)) is not None:
        (package_dir / "official_names.py").write_text(names, encoding="utf-8")
    inventory_dir = root / "inventory"
    inventory_dir.mkdir(exist_ok=True)
    (inventory_dir / f"{spec.package}.md").write_text(facade.inventory(spec, methods), encoding="utf-8")
    return []


def format_tree(root: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", *RUFF_ARGS, "--select", "I,F401", "--fix", "--quiet", str(root)], check=False)
    subprocess.run([*ruff, "format", *RUFF_ARGS, "--quiet", str(root)], check=True)


def _differences(left: Path, right: Path) -> list[str]:
    """Files that differ between two trees, relative to them."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.diff_files)
        out.extend(prefix + name for name in cmp.funny_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(out)


def orphans(specs: list[Spec], generated: Path = GENERATED_DIR) -> list[Path]:
    """Generated packages and inventories whose spec is gone: they would ship an API nothing generates any more."""
    packages = {f"{spec.package}_api" for spec in specs}
    found = [p for p in sorted((generated / "mqclients").glob("*_api")) if p.is_dir() and p.name not in packages]
    inventories = {f"{spec.package}.md" for spec in specs}
    found += [p for p in sorted((generated / "inventory").glob("*.md")) if p.name not in inventories]
    return found


def _shown(path: Path) -> str:
    """A path as a reader finds it: relative to the working directory when inside it."""
    with contextlib.suppress(ValueError):
        return str(path.resolve().relative_to(Path.cwd()))
    return str(path)


def run(
    names: list[str],
    *,
    check: bool = False,
    lint_only: bool = False,
    specs_dir: Path = SPECS_DIR,
    generated_dir: Path = GENERATED_DIR,
) -> int:
    """Lint the specs of ``specs_dir``, then write (or, with ``check``, compare) ``generated_dir``; 1 on a problem."""
    specs = discover(names, specs_dir)
    failed = False
    for spec in specs:
        problems = lint(spec)
        for problem in problems:
            print(f"{_shown(spec.path)}: {problem}", file=sys.stderr)
        failed = failed or bool(problems)
        print(f"lint {spec.path.name}: {'FAIL, ' + str(len(problems)) + ' problems' if problems else 'ok'}")
    if failed:
        return 1
    if lint_only:
        return 0

    with tempfile.TemporaryDirectory(prefix="mqclients-gen-") as scratch:
        root = Path(scratch)
        for spec in specs:
            complaints = generate_api(spec, root)
            for line in complaints:
                print(line, file=sys.stderr)
            if complaints:
                return 1
        format_tree(root)
        pairs = []
        for spec in specs:
            for relative in (Path("mqclients") / f"{spec.package}_api", Path("inventory") / f"{spec.package}.md"):
                pairs.append((root / relative, generated_dir / relative))
        # Orphans are judged against every spec, whichever ones this run generates.
        stale = [f"{path} (its spec is gone)" for path in orphans(discover(specs_dir=specs_dir), generated_dir)]
        for fresh, current in pairs:
            if fresh.is_dir():
                if not current.is_dir():
                    stale.append(f"{current} (missing)")
                else:
                    stale.extend(f"{current}/{name}" for name in _differences(fresh, current))
            elif not current.is_file() or fresh.read_bytes() != current.read_bytes():
                stale.append(str(current))
        if check:
            for line in stale:
                print(f"out of date: {line}", file=sys.stderr)
            print(f"generated/: {'out of date, run make generate' if stale else 'up to date'}")
            return 1 if stale else 0
        for orphan in orphans(discover(specs_dir=specs_dir), generated_dir):
            if orphan.is_dir():
                shutil.rmtree(orphan)
            else:
                orphan.unlink()
        for fresh, current in pairs:
            if fresh.is_dir():
                shutil.rmtree(current, ignore_errors=True)
                shutil.copytree(fresh, current, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                current.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(fresh, current)
        print(f"generated {len(specs)} api(s); {len(stale)} file(s) changed")
    return 0
