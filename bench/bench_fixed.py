"""What one `dhrparse extract` pays once per process whatever the document (run by hand, not a
test): CPU seconds spent turning modules' source into bytecode, loading bytecode, building
dataclasses and compiling regular expressions (`re` and `regex`), in one run of the CLI.

    PYTHONPATH=src python bench/bench_fixed.py FILE

Run it with the environment the comparison runs in: with PYTHONDONTWRITEBYTECODE=1 a tree
without `__pycache__` compiles every module from source on every run, while a tree that has
one (because it was once run without that setting) loads bytecode; set PYTHONPYCACHEPREFIX
(and unset PYTHONDONTWRITEBYTECODE) to give every tree its own bytecode cache, as an
installed package has. The `regex` figure counts its cache look-ups too (cheap).
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib._bootstrap_external as loading
import re._compiler as re_compiler
import sys
import time
from collections import Counter, defaultdict

import regex._main as regex_main

SPENT: defaultdict[str, list[float]] = defaultdict(lambda: [0, 0.0])
_INSIDE: Counter[str] = Counter()


def _timed(owner: object, attr: str, label: str) -> None:
    """Count the calls and outermost CPU time of owner.attr under `label`."""
    original = getattr(owner, attr)

    def wrapper(*args, **kwargs):
        if _INSIDE[label]:
            return original(*args, **kwargs)
        _INSIDE[label] += 1
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            _INSIDE[label] -= 1
            SPENT[label][0] += 1
            SPENT[label][1] += time.process_time() - start

    setattr(owner, attr, wrapper)


def main() -> None:
    _timed(loading.SourceLoader, "source_to_code", "modules compiled from source")
    _timed(loading, "_compile_bytecode", "modules loaded from bytecode")
    _timed(dataclasses, "_process_class", "dataclasses built")
    _timed(re_compiler, "compile", "re expressions compiled")
    _timed(regex_main, "_compile", "regex expressions compiled")
    start = time.process_time()
    try:
        from dhrparse.output.target import run_cli
    except ImportError:  # a tree from before the CLI's output module (the base of issue 12)
        from dhrparse.cli import main as run_cli

    sys.argv = ["dhrparse", "extract", sys.argv[1], "--format", "json"]
    with open("/dev/null", "w") as sink, contextlib.redirect_stdout(sink), contextlib.suppress(SystemExit):
        run_cli()
    print(f"whole run {time.process_time() - start:6.2f} s CPU")
    for label, (calls, seconds) in sorted(SPENT.items(), key=lambda kv: -kv[1][1]):
        print(f"  {seconds:6.3f} s  {calls:5d}  {label}")


if __name__ == "__main__":
    main()
