from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: a quick profile for CI, a long one by hand (HYPOTHESIS_PROFILE=long). The quick
# profile draws the same examples on every run (derandomize), so a green CI means the same as the
# developer's green run and a failure names a draw anyone can repeat; the long profile searches afresh.
settings.register_profile(
    "ci", max_examples=50, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLD = Path(__file__).resolve().parent / "gold"
CORPUS = {
    "000": SAMPLES / "000_50e7dad5ba5f6ffb.txt",
    "001": SAMPLES / "001_de2b1f6d2af1e5e0.txt",
    "002": SAMPLES / "002_8c558d289ea6a1d3.txt",
}


# dev/corpus_style.py's renderings of a folder's gold-backed PDFs (`<stem>.corpus.txt`, text as the
# bundled reports were made): a route of their own, scored by tests/test_corpus_style_route.py and
# tests/zoo/quality_table.py, never a folder's text-route documents.
CORPUS_STYLE = ".corpus.txt"


def text_route(folder: Path, pattern: str = "*.txt") -> list[Path]:
    """The text-route documents `pattern` names in `folder`, sorted: not the corpus-style
    renderings (`<stem>.corpus.txt`) beside them, which a glob of `*.txt` also names."""
    return sorted(p for p in folder.glob(pattern) if not p.name.endswith(CORPUS_STYLE))


def pytest_sessionstart(session):
    """Compile the package's bytecode once, before any test starts a process. The tests start
    dozens of `python -m dhrparse` processes and spawned batch workers; where bytecode is not
    written (PYTHONDONTWRITEBYTECODE, as in many CI and container set-ups) each of them compiled
    every module again, about 0.6 s of CPU apiece. Python writes these same __pycache__ files on
    a first import when bytecode is written; compileall skips those already up to date."""
    import compileall

    compileall.compile_dir(ROOT / "src" / "dhrparse", quiet=1)


def gold(key: str) -> dict:
    return json.loads((GOLD / f"{key}.json").read_text(encoding="utf-8"))


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run `python -m dhrparse` as a user would, from the source tree."""
    env_path = str(ROOT / "src")
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = env_path + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return subprocess.run(
        [sys.executable, "-m", "dhrparse", *args], input=stdin, capture_output=True, env=env, timeout=300
    )


def invoke_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """`dhrparse ARGS` run in this process by click's CliRunner, answered as `run_cli` answers:
    the same command group, exit status, standard output and standard error (bytes), without a
    new interpreter's start-up and pattern compiling (about a second each). An exception the
    commands do not handle is raised here and fails the test, as its traceback would in a real
    process. What only a real process has -- the entry point's handling of a standard output
    that fails (`dhrparse.output.target.run_cli`), signals, special files as stdin or stdout --
    is tested with `run_cli`."""
    from click.testing import CliRunner

    from dhrparse.cli import main

    result = CliRunner().invoke(
        main, list(args), input=stdin, catch_exceptions=False, prog_name="python -m dhrparse"
    )
    return subprocess.CompletedProcess(
        ["dhrparse", *args], result.exit_code, result.stdout_bytes, result.stderr_bytes
    )


@pytest.fixture
def conversions_here(monkeypatch):
    """The batch command converts in this process, not in worker processes
    (`batch_helpers.convert_here`): for tests of what a batch writes, not of its workers."""
    from batch_helpers import convert_here

    from dhrparse.batch import command

    monkeypatch.setattr(command, "run_all", convert_here)


@pytest.fixture(scope="session")
def patterns():
    from dhrparse.patterns import load_patterns

    return load_patterns()


_ANALYSES: dict[str, object] = {}


def analysed(key: str):
    """The pipeline's Analysis of one corpus sample, computed once per test session."""
    from dhrparse.pipeline import analyse

    if key not in _ANALYSES:
        _ANALYSES[key] = analyse(CORPUS[key])
    return _ANALYSES[key]


_FILE_ANALYSES: dict[Path, object] = {}


def analysed_file(path: str | Path):
    """The pipeline's Analysis of one file, computed once per test session, for the tests that
    read its records with what the reading found (claims, structure, the source's lines): the
    samples' PDF and Word renderings are read so by several test files. A bundled sample's text
    is the one `analysed` read; `extracted` gives the same file's Document from here."""
    path = Path(path).resolve()
    key = next((k for k, p in CORPUS.items() if p.resolve() == path), None)
    if key is not None:
        return analysed(key)
    if path not in _FILE_ANALYSES:
        from dhrparse.pipeline import analyse

        _FILE_ANALYSES[path] = analyse(path)
    return _FILE_ANALYSES[path]


_DOCUMENTS: dict[Path, object] = {}
_DOCUMENTS_JSON: dict[Path, dict] = {}


def extracted(path: str | Path):
    """The pipeline's Document of one file, extracted once per test session and shared by the
    tests that only read it (the zoo's golden and parity tests, the theme coder's shortcut
    test, ...): a test that changes a document, or reads it with other patterns or code
    patched, extracts its own. A bundled sample is the one `analysed` read, a file already
    analysed whole the one `analysed_file` read."""
    path = Path(path).resolve()
    if path not in _DOCUMENTS:
        key = next((k for k, p in CORPUS.items() if p.resolve() == path), None)
        if key is not None:
            _DOCUMENTS[path] = analysed(key).document
        elif path in _FILE_ANALYSES:
            _DOCUMENTS[path] = _FILE_ANALYSES[path].document
        else:
            from dhrparse.pipeline import extract

            _DOCUMENTS[path] = extract(path)
    return _DOCUMENTS[path]


def extracted_json(path: str | Path) -> dict:
    """`extracted`'s Document as the JSON the command line writes, decoded (shared likewise)."""
    path = Path(path).resolve()
    if path not in _DOCUMENTS_JSON:
        _DOCUMENTS_JSON[path] = json.loads(extracted(path).model_dump_json())
    return _DOCUMENTS_JSON[path]
