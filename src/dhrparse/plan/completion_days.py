"""A finished action's completion day printed under its status word: a tracker's Status cell
"Completed" over "12/02/2025", which a text taken out a printed line at a time prints as a line of
its own below the row's first line, the date alone. Its place in the line gives no column, and a
date reads as well in the target date's cell as in the status's; but a target date cell holds one
date and the status word over it says the work was done: the day is the status cell's."""

from __future__ import annotations

import regex

from dhrparse.vocab.dates import find_dates

DAY_PARTS = 2  # a day's date prints at least two numbers ("12/02/2025", "3 June 2024")


def whole_day(text: str, p) -> bool:
    """Whether a line is one whole date with its day and nothing else; a month and year alone,
    "June 2025", may end a date cell opened by "By the end of"."""
    text = text.strip()
    found = find_dates(text, p)
    return (
        len(found) == 1
        and found[0].start == 0
        and found[0].end >= len(text.rstrip(" ."))
        and len(regex.findall(r"\d+", text)) >= DAY_PARTS
    )


def completion_days(texts: list[str], starts: list[int], p) -> list[str]:
    """`texts` (a table's printed lines, rows opening at `starts`, its last column the status)
    with each completion day printed alone under a row whose first line ends on a word saying
    the action is complete moved to the end of that first line, into the status cell; its own
    line left empty."""
    done = [w.lower() for w in p.list("actions.status.complete")]
    out = list(texts)
    for n, text in enumerate(texts):
        if n in starts or not whole_day(text, p):
            continue
        s = max((st for st in starts if st < n), default=None)
        if s is None:
            continue
        first = out[s].rstrip().lower()
        if any(first.endswith(f" {w}") for w in done) and not any(
            whole_day(texts[k], p) for k in range(s + 1, n)
        ):
            out[s] = f"{out[s].rstrip()} {text.strip()}"
            out[n] = ""
    return out
