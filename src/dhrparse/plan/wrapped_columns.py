"""A tracker's header in corpus text whose long names wrap in narrow columns, the first printed
line holding every column's first word or words and the lines under it the rest:

    Agency Ref Action SMART Lead officer By when Date
    required outcome – completed
    how will we
    know it has
    worked?

The first line alone misnames two columns: "SMART" names none (its name, "SMART required
outcome ...", goes on below), and "Date" reads as the target date beside "By when" where it
opens "Date completed". The header is rebuilt column by column: a word of the first line that
names no column is the place of the column the lines under it name and the first line does
not; the first line's last word and a wrapped line's last word naming a completion date
(patterns' `actions.completion_date_header`) are the last column's name (the last column's
wrapped words print at the end of their lines).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

COMPLETED = "completed"  # the role of a column holding the day an action was completed


def _unplaced(cm: ColumnMap, words: list[str], cols: list[str]) -> list[int]:
    """The places of the first line's words that name no column and stand between the names
    (the columns before them and after them being all the line names)."""
    out = []
    loose = set(cm.unnamed_words(" ".join(words)))  # (not "officer" of "Lead officer")
    for t, w in enumerate(words):
        if not cm.unnamed_words(w) or not loose & set(cm.unnamed_words(w)):
            continue
        before, after = cm.scan(" ".join(words[:t])), cm.scan(" ".join(words[t + 1 :]))
        if before + after == cols and before and after and before[-1] != after[0]:
            out.append(t)
    return out


def rebuilt(cm: ColumnMap, p: Patterns, first: str, wraps: list[str]) -> list[tuple[str, str]] | None:
    """The header's columns as (role, name printed on the first line or rebuilt), the first line
    `first` completed by its wrapped lines `wraps`; None when the wrapped lines change nothing."""
    words = first.split()
    cols = cm.scan(first)
    if not words or not wraps or not cols:
        return None
    changed = False
    # (the last column's name completed by a wrapped line's last word: "Date" / "completed")
    completed = None
    rxs = p.regexes("actions.completion_date_header")
    for wrap in wraps:
        name = f"{words[-1]} {wrap.split()[-1]}"
        if any(rx.search(name) for rx in rxs) and len(words) > 1:
            completed = name
            break
    if completed is not None:
        words = words[:-1]
        cols = cm.scan(" ".join(words))
        changed = True
    # (a word naming no column on the first line: the column the wrapped lines name)
    gaps = _unplaced(cm, words, cols)
    below = [f for f in cm.scan(" ".join(wraps)) if f not in cols]
    out: list[tuple[str, str]] = []
    if len(gaps) == 1 and below:
        below = below[:1]  # (one column's long name naming it twice: "... outcome – how will we know")
    if gaps and len(below) == len(gaps):
        fill = dict(zip(gaps, below))
        bounds = [-1, *gaps, len(words)]
        for a, b in zip(bounds, bounds[1:]):
            out += [(f, f) for f in cm.scan(" ".join(words[a + 1 : b]))]
            if b in fill:
                out.append((fill[b], words[b]))
        changed = True
    else:
        out = [(f, f) for f in cols]
    if completed is not None:
        out.append((COMPLETED, completed))
    return out if changed else None
