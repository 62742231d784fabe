"""Every third-party module the tests import is declared in pyproject.toml (the runtime
dependencies or the `test` extra), so `.ci/run`'s brand-new environment has it: a
test run must not pass only because the developer's machine happened to hold a package."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from functools import cache
from pathlib import Path

from conftest import ROOT

TESTS = ROOT / "tests"


def _requirement_name(spec: str) -> str:
    return re.split(r"[\s<>=!~;\[]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def declared(*, every_extra: bool = False) -> set[str]:
    """Distributions a `pip install '.[test]'` brings (or any extra brings, with every_extra)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    specs = project["dependencies"] + (sum(extras.values(), []) if every_extra else extras["test"])
    return {_requirement_name(s) for s in specs}


@cache
def _tree(path: Path) -> ast.Module:
    """A test file parsed (once: both checks below walk every file)."""
    return ast.parse(path.read_text(encoding="utf-8"))


def optional_modules(folder: Path) -> set[str]:
    """Modules the tests only use behind `pytest.importorskip("name")` (an optional extra)."""
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(_tree(path)):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", None) == "importorskip"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                names.add(str(node.args[0].value).split(".")[0])
    return names


def imported_modules(folder: Path) -> set[str]:
    """Top-level names of every module imported anywhere in the test files."""
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def third_party(names: set[str]) -> set[str]:
    # the project's own scripts (tests, samples/make_samples.py, bench/) are not packages to install
    local = {p.stem for folder in (TESTS, ROOT / "samples", ROOT / "bench") for p in folder.rglob("*.py")}
    local.add("dhrparse")
    return {n for n in names if n not in sys.stdlib_module_names and n not in local}


def test_every_module_the_tests_import_is_declared():
    """Test dependencies are in `[test]`; a module a test skips without (importorskip) must at
    least be declared by an extra, so the skip is a documented option, not an accident."""
    owners = importlib.metadata.packages_distributions()
    optional = optional_modules(TESTS)
    missing = {}
    for module in sorted(third_party(imported_modules(TESTS))):
        wanted = declared(every_extra=module in optional)
        dists = {d.lower().replace("_", "-") for d in owners.get(module, [module])}
        if not dists & wanted:
            missing[module] = sorted(dists)
    assert not missing, f"imported by tests but not declared in pyproject (dependencies or [test]): {missing}"


def test_the_check_sees_a_test_import_of_an_undeclared_package(tmp_path):
    (tmp_path / "test_x.py").write_text("def test():\n    from PIL import Image\n    import yaml.loader\n")
    assert {"PIL", "yaml"} <= third_party(imported_modules(tmp_path))


def test_ci_runs_the_readmes_test_command_in_a_new_environment():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"Install the test extras.*?```sh\n(.+?)\n```", readme, re.DOTALL).group(1).strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command in ci
    assert "python3 -m venv" in ci and ci.index("python3 -m venv") < ci.index(command)


def test_the_plugin_addopts_needs_is_declared():
    """addopts names xdist's options (-n, --dist): without pytest-xdist in `[test]` a fresh
    environment's pytest stops at its first argument and runs nothing."""
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"
    ]
    if re.search(r"(^|\s)(-n|--dist)\b", options["addopts"]):
        assert "pytest-xdist" in declared()
