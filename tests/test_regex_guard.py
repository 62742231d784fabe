"""Every regular expression that can meet a report's text runs in linear time.

Reports arrive with lines nobody planned for: a whole document on one line, a run of
thousands of tabs from a broken table export, "<" characters from a mangled HTML paste.
An expression with nested or adjacent unbounded repeats backtracks over such runs in
quadratic or exponential time, and one file then hangs a whole batch. This guard runs
every compiled expression (the shipped pattern files', the code's module-level ones,
and the ones the code compiles inline, gathered from the engines' caches after the
samples are read) over adversarial strings and fails on any that needs more than a
generous time budget: a linear scan of 100 KB takes milliseconds, a quadratic one
minutes, so the budget separates them on a loaded machine without timing anything
that passes.

Each expression first scans a probe a tenth as long. A scan whose cost grows with the
square of the text (or slower) and overruns the budget at full length still takes at
least a hundredth of the budget at the probe's length, so only a probe that costs more
than half of that is run again at full length, against the same budget; worse-than-
quadratic expressions overrun the budget at the probe's length already. The thousands
of quick expressions are then judged at a tenth of the cost, and each distinct
expression is scanned once however many pattern entries share its text.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import sys
import time
import tomllib
from pathlib import Path

import pytest
import regex

import dhrparse
from dhrparse.patterns import default_patterns_dir, load_patterns
from dhrparse.vocab.engines import Expression, TextPattern

SIZE = 100_000
BUDGET = 1.0  # seconds for one expression over one string; linear needs ~0.01-0.05
PROBE = SIZE // 10
# CPU seconds a probe may take before the full-length scan decides: half the hundredth of
# the budget that a quadratic scan failing at full length needs at a tenth of the length
PROBE_LIMIT = BUDGET / 200


def adversarial(size: int) -> dict[str, str]:
    return {
        "spaces": " " * size,
        "tabs": "\t" * size,
        "spaces_tabs": " \t" * (size // 2),
        "dots": "." * size,
        "digits": "1" * size,
        "digit_dots": "1." * (size // 2),
        "digits_spaces": "1 " * (size // 2),
        "lt": "<" * size,
        "unclosed_tag": "<tag " * (size // 5),
        "recommendation": "Recommendation " * (size // 15),
        "words": "the review of " * (size // 14),
        "capitals": "Police Service " * (size // 15),
        "letters": "a" * size,
        "letters_stop": "a" * size + "!",  # a run a nested repeat must give back, letter by letter
        "dashes": "- " * (size // 2),
        "newlines": "\n" * size,
        "date_words": "12 March 2019 " * (size // 14),
        "learning": "learning " * (size // 9),
        "following": "the following " * (size // 14),
        "summary": "summary analysis " * (size // 17),
        "cue_then_tags": "learning the following summary should " + "<tag " * (size // 5),
        # a run between two words: a short label, a blank table cell's tabs, then text that ends no label
        "word_tabs_word": "ab" + "\t" * size + "x",
        "word_spaces_word": "Lead" + " " * size + "x",
    }


ADVERSARIAL = adversarial(SIZE)
PROBES = adversarial(PROBE)


class _Overrun(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Overrun()


def _cpu_seconds(pattern, text: str) -> float | None:
    """The CPU time every match of `pattern` in `text` takes to find, or None when that
    overruns the budget. Both engines check for signals while matching, so the timer
    interrupts a blow-up."""
    if isinstance(pattern.pattern, bytes):  # the PDF guard's, which scan a whole file
        text = text.encode("latin-1", "replace")
    # the budget is the process's CPU time, not the wall clock: a loaded machine slows the
    # clock a scan takes, never the work it does
    previous = signal.signal(signal.SIGPROF, _on_alarm)
    started = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, BUDGET)
    try:
        for _ in pattern.finditer(text):
            pass
        return time.process_time() - started
    except _Overrun:
        return None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _run_bounded(pattern, text: str) -> bool:
    """True when every match of `pattern` in `text` is found within the budget of CPU time."""
    return _cpu_seconds(pattern, text) is not None


def _linear_on(pattern, kind: str) -> bool:
    """The probe first; the full-length string only when the probe was not clearly quick."""
    spent = _cpu_seconds(pattern, PROBES[kind])
    if spent is None:
        return False
    return spent < PROBE_LIMIT or _run_bounded(pattern, ADVERSARIAL[kind])


def _strings(node, trail=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{trail}.{key}" if trail else key)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item, trail)
    elif isinstance(node, str):
        yield trail, node


def shipped_expressions() -> dict[str, regex.Pattern]:
    """Every string of every shipped pattern file, compiled as the code compiles it."""
    out = {}
    for path in sorted(default_patterns_dir().glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for trail, source in _strings(data):
            try:
                out[f"{path.stem}.{trail}: {source}"] = regex.compile(source, regex.IGNORECASE)
            except regex.error:
                continue  # a plain value (a label, a word list separator), not an expression
    return out


def code_expressions() -> dict[str, object]:
    """Module-level expressions of every dhrparse module, and those compiled inline
    while the samples are read (left in the engines' caches)."""
    re.purge()
    regex.purge()
    _read_samples()
    package = Path(dhrparse.__file__).resolve().parent
    source = "".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py"))
    out: dict[str, object] = {}
    for info in pkgutil.walk_packages(dhrparse.__path__, "dhrparse."):
        if info.name.endswith("__main__"):
            continue  # importing it runs the command line
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                out[f"{info.name}.{name}: {value.pattern}"] = value
            elif isinstance(value, (TextPattern, Expression)):
                # a stand-in runs its expression by either engine, as the text decides: both are guarded
                for engine in (value.std, value.rx()):
                    if engine is not None:
                        out[f"{info.name}.{name} ({type(engine).__module__}): {engine.pattern}"] = engine
    libraries = _library_expressions()
    for value in list(re._cache.values()) + list(getattr(regex, "_cache", {}).values()):
        # only ours: libraries (json, pydantic, openpyxl, rich) compile their own as they run
        if (
            isinstance(value, (re.Pattern, regex.Pattern))
            and str(value.pattern) in source
            and id(value) not in libraries
        ):
            out.setdefault(f"(inline) {value.pattern}", value)
    patterns = load_patterns()
    for (dotted, _flags), compiled in patterns._compiled.items():
        for value in compiled:
            out.setdefault(f"{dotted}: {value.pattern[:80]}", value)
    return out


def _library_expressions() -> set[int]:
    """The expressions other packages keep at module level (rich's `\\s+$` is one of ours too,
    by its text, but only rich runs it)."""
    return {
        id(value)
        for name, module in list(sys.modules.items())
        if module is not None and not name.startswith("dhrparse")
        for value in list(getattr(module, "__dict__", {}).values())
        if isinstance(value, (re.Pattern, regex.Pattern))
    }


def _read_samples() -> None:
    samples = Path(__file__).resolve().parents[1] / "samples"
    for path in sorted(samples.glob("*.txt"))[:2]:
        dhrparse.extract(path.read_text(encoding="utf-8"))


def _slow_ones(expressions: dict) -> list[str]:
    slow = []
    scanned = set()
    for label, pattern in expressions.items():
        # pattern files repeat an expression under several names: its speed is its text's
        same = (type(pattern), pattern.pattern, pattern.flags)
        if same in scanned:
            continue
        scanned.add(same)
        for kind in ADVERSARIAL:
            if not _linear_on(pattern, kind):
                slow.append(f"{label!r} on {kind}")
                break
    return slow


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs POSIX interval timers")
def test_every_shipped_pattern_expression_scans_long_runs_in_linear_time():
    expressions = shipped_expressions()
    assert len(expressions) > 100  # the walk found the pattern files' expressions
    assert _slow_ones(expressions) == []


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs POSIX interval timers")
def test_every_code_expression_scans_long_runs_in_linear_time():
    expressions = code_expressions()
    assert len(expressions) > 50
    assert _slow_ones(expressions) == []


def test_the_guard_catches_a_backtracking_expression():
    """The budget really separates linear from quadratic: a classic backtracking
    expression fails it, its possessive twin passes."""
    assert not _run_bounded(re.compile(r"\s+\d"), ADVERSARIAL["spaces"])
    assert _run_bounded(re.compile(r"(?<!\s)\s+\d"), ADVERSARIAL["spaces"])


class _Costly:
    """Stands in for an expression whose scan costs `share` of the budget at full length,
    growing with the length to the power `growth`: the probe's decision, without relying
    on how fast this machine backtracks."""

    def __init__(self, share: float, growth: int):
        self.pattern, self.flags = f"costly {share} {growth}", 0
        self.share, self.growth = share, growth

    def finditer(self, text: str):
        until = time.process_time() + BUDGET * self.share * (len(text) / SIZE) ** self.growth
        while time.process_time() < until:
            pass
        return iter(())


def test_the_probe_leaves_the_decision_to_the_full_length_scan_when_not_clearly_quick():
    # quadratic, over budget at full length: a fiftieth of the budget at the probe, so judged at full length
    assert not _linear_on(_Costly(2.0, 2), "spaces")
    # linear, but slow enough at the probe to be judged at full length, where it is within budget
    assert _linear_on(_Costly(0.2, 1), "spaces")
    # the probe spares the full-length scan only below its limit
    assert _cpu_seconds(_Costly(0.02, 1), PROBES["spaces"]) < PROBE_LIMIT * 2


def test_a_nested_repeat_overruns_at_the_probes_length_and_each_text_is_named_once():
    assert not _linear_on(regex.compile(r"(a+)+$", regex.IGNORECASE), "letters_stop")
    assert _slow_ones({"quadratic": re.compile(r"\s+\d"), "again": re.compile(r"\s+\d")}) == [
        "'quadratic' on spaces"
    ]
