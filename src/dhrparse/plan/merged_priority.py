"""A Priority column beside a plan's merged recommendation cells, in text whose printed lines
join the cells ("Rec | Recommendation | Priority | Ref | Action | Lead | Target | ... | Status"):

    1 The Board should ask every High 1A Add a household members prompt Head of ...
    partner to check that staff who visit to the home visit record used by Care, ...

The priority (High / Medium / Low) is printed once, on the recommendation's first line, merged
down beside it like the recommendation's words; it is neither the action nor its status. Its
column is told by its name and by its cells together: the header names it (patterns'
`tracker.priority_names`) and every recommendation's first line closes its words with a
priority word (`tracker.priority_words`) before the action's number. The words are taken off
the recommendation's cell and put in the Priority column, kept as the row's extra cell.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dhrparse.document import Line

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns

PRIORITY_AT = 2  # (the column's place: after the recommendation's number and words)


def priority_named(name: str, p: Patterns) -> bool:
    """A column's printed name that is a priority's ("Priority", "Priority (H/M/L)")."""
    names = {n.lower() for n in p.list("actions.tracker.priority_names")}
    return " ".join(name.lower().split()) in names


def split_priorities(recs: dict[int, tuple[str, str]], p: Patterns) -> dict[int, str] | None:
    """Each recommendation's first line's priority, taken off the end of its words in `recs`
    ({line: (number, words)}, rewritten); None, and `recs` left as they were, unless every
    recommendation's first line closes with a priority word."""
    words = {w.lower() for w in p.list("actions.tracker.priority_words")}
    firsts = {k: text.split() for k, (ref, text) in recs.items() if ref}
    if not firsts or any(len(t) < 2 or t[-1].lower().strip(".") not in words for t in firsts.values()):
        return None
    for k, text in firsts.items():
        recs[k] = (recs[k][0], " ".join(text[:-1]))
    return {k: text[-1] for k, text in firsts.items()}


def with_priorities(out: list[Line], name: str, ranks: dict[int, str]) -> list[Line]:
    """The table's cell lines with the Priority column put back in its place: its name on the
    header's lines (the first, and each printed again), each recommendation's priority on its
    first line, empty elsewhere."""
    header = out[0].cells
    done = []
    for ln in out:
        if ln.cells is None:
            done.append(ln)
            continue
        cell = name if ln.cells == header else ranks.get(ln.number, "")
        cells = [*ln.cells[:PRIORITY_AT], cell, *ln.cells[PRIORITY_AT:]]
        done.append(replace(ln, text="\t".join(cells), cells=cells))
    return done
