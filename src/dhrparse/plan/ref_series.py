"""Where a plan table's run of row numbers ends: a tracker printed with its cells joined on each
line runs, as far as headings tell, to the report's next heading, and a short table printed
after it under a title the report sets as plain text (a version log, "0.1 02/11/2023 Tracker
created ...") would be read as more of the plan's rows.

The plan's rows number in one series ("R1.1", "R1.2", ... "R7.3"); the next table's rows number
in another ("0.1", "0.2"): a number of another shape (its letters and its dotted parts) that
starts again lower, after which no row numbers in the plan's shape again. A plan's lettered
actions ("5", "5a", "5b") start no lower, and a series that comes back is the plan's own.
"""

from __future__ import annotations

import regex

_NUMBER = regex.compile(r"\d+")
MIN_ROWS = 2  # the fewest rows of the plan's own before another series may end it


def _shape(ref: str) -> str:
    """The ref with its numbers masked: "R1.1" and "R7.3" share a shape, "0.1" has another."""
    return _NUMBER.sub("9", ref.rstrip(".").upper())


def _first_number(ref: str) -> int | None:
    m = _NUMBER.search(ref)
    return int(m.group()) if m else None


def series_end(refs: list[str]) -> int:
    """How many of the rows (their refs in order) are the plan's own: all of them unless a
    row numbering in another series starts again lower and the plan's shape never comes back."""
    if len(refs) <= MIN_ROWS:
        return len(refs)
    shapes = [_shape(r) for r in refs]
    own = shapes[0]
    # (from the end back: the last row printing the plan's own shape; a break can only follow it)
    last_own = max(n for n, s in enumerate(shapes) if s == own)
    n = last_own + 1
    if n >= len(refs) or n < MIN_ROWS:
        return len(refs)
    before, after = _first_number(refs[n - 1]), _first_number(refs[n])
    if before is None or after is None or after >= before:
        return len(refs)
    if len({shapes[m] for m in range(n, len(refs))}) != 1:
        return len(refs)  # (the rows after are no one series either)
    return n


def astray_numbers(refs: list[str], nexts: list[str]) -> set[int]:
    """The rows (by place) whose number breaks the plan's rising series where it stands and
    whose words go on in lower case ("1", "2", "65 complete the risk ...", "3"): a figure a
    wrapped cell's line opens with (a victim's age, a count), printed at the line's start
    where the cell wraps, no row's number. A number between its neighbours' (a lettered
    action "2a", a repeated "2") stays, as does one opening a capitalised cell."""
    numbers = [_first_number(r) for r in refs]
    astray = set()
    for n, number in enumerate(numbers):
        before = next((x for x in reversed(numbers[:n]) if x is not None), None)
        after = next((x for x in numbers[n + 1 :] if x is not None), None)
        if (
            number is not None
            and before is not None
            and after is not None
            and before <= after
            and not before <= number <= after
            and nexts[n][:1].islower()
        ):
            astray.add(n)
    return astray
