"""A progress column printed as a bar of squares ("■■■□□", a key over the plan: ■ a part done,
□ a part still to do) and no status word: the row's state, read from the column's header and
cells together.

Some plans show how far each action has got with a small bar and nothing else. A bar alone in
one cell may be decoration; a column read as the progress, nearly every filled cell of which is
a bar, is the plan's way of stating each row's state: every square filled complete, none filled
not started, any other in progress. The bar's text stays the row's progress, as printed.

Cleaning reads a filled square as a bullet ("■" is one before a list item); inside a run of the
bar's squares it is kept (`outside_bars`), so the bar reaches the plan as printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dhrparse.models import Action, Status
from dhrparse.patterns import Patterns

ENOUGH = 0.8  # share of a column's filled cells that must be bars (a blank or "n/a" may stand among them)


@dataclass(frozen=True)
class BarGlyphs:
    """The squares a plan's bars print (patterns/actions.toml [status.bar])."""

    filled: frozenset[str]
    empty: frozenset[str]
    shortest: int
    longest: int
    run: re.Pattern  # a run of squares long enough to be a bar

    @classmethod
    def of(cls, patterns: Patterns) -> BarGlyphs:
        def build(p: Patterns) -> BarGlyphs:
            bar = p.get("actions.status.bar", {}) or {}
            filled, empty = frozenset(bar.get("filled", [])), frozenset(bar.get("empty", []))
            shortest, longest = int(bar.get("shortest", 3)), int(bar.get("longest", 10))
            glyphs = re.escape("".join(sorted(filled | empty)))
            run = re.compile(rf"[{glyphs}]{{{shortest},}}" if glyphs else r"(?!x)x")
            return cls(filled, empty, shortest, longest, run)

        return patterns.derived("progress_bars.glyphs", build)


def bar_state(text: str | None, patterns: Patterns) -> str | None:
    """The state a cell holding only a bar states, or None for any other cell."""
    glyphs = BarGlyphs.of(patterns)
    squares = "".join(text.split()) if text else ""
    if not glyphs.shortest <= len(squares) <= glyphs.longest:
        return None
    if any(ch not in glyphs.filled and ch not in glyphs.empty for ch in squares):
        return None
    done = sum(ch in glyphs.filled for ch in squares)
    return "complete" if done == len(squares) else "not_started" if done == 0 else "in_progress"


def outside_bars(text: str, patterns: Patterns, clean: Callable[[str], str]) -> str:
    """The line cleaned by `clean` everywhere but inside runs of a bar's squares."""
    run = BarGlyphs.of(patterns).run
    if not run.search(text):
        return clean(text)
    pieces, at = [], 0
    for m in run.finditer(text):
        pieces += [clean(text[at : m.start()]), m.group()]
        at = m.end()
    return "".join([*pieces, clean(text[at:])])


def read_bar_statuses(actions: list[Action], columns: list[str], patterns: Patterns) -> None:
    """Each row's state from its progress bar, where the table's progress column (its header
    named it so) holds bars in nearly every filled cell; a row whose status is read stays."""
    if "progress" not in columns:
        return
    # (each filled cell's bar read once: the same reading judges the column and sets the row)
    read = [(a, bar_state(a.progress, patterns)) for a in actions if a.progress and a.progress.strip()]
    bars = [state for _, state in read if state]
    if len(bars) < 2 or len(bars) < ENOUGH * len(read):
        return
    for action, state in read:
        if state and action.status.value == "unknown" and not action.status.raw:
            action.status = Status(value=state, judged_from=f"progress: {' '.join(action.progress.split())}")
