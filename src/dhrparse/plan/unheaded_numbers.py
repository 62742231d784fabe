"""A plan table numbering its rows in a first column no name heads, the named "Ref" column
beside it holding the recommendation each row answers as a code of the review's ("IMR 2",
"R3"), printed with its cells joined on each line (corpus text).

A single agency's plan answering its own review's recommendations is often set out so: the
header prints "Ref | Action | Owner | Timescale | Progress | Complete (Y/N)", each row's first
printed line "3 IMR 2 Deliver ... N". Read by the header alone every row holds a cell more than
it names. Where every row's first line opens with a bare number, the numbers running on one
by one from 1, and then a code that is no bare number, the number is the row's own ref and
the code the recommendation's (as under a header "No. | Ref | ...", plan.tracker_refs): the
two are told apart before the rows' first lines are cut.
"""

from __future__ import annotations

import regex

from dhrparse.plan.joined_cells import CELL_OPENS
from dhrparse.plan.tracker_shapes import joined_ref

# the names the rows' numbers (their column prints none) and the recommendations' codes (under
# the printed "Ref") are handed on under: the walk reads the second as the recommendation's ref
UNHEADED, CODES = "No.", "Rec ref"
MIN_ROWS = 3  # fewer rows give too little to tell a column no name heads
_BARE = regex.compile(r"^\d{1,3}$")


def unheaded_seconds(
    header_cols: list[str], texts: list[tuple[int, list[str]]], ref
) -> dict[int, str] | None:
    """{row's line: the recommendation's code} where every row's first line (`texts`: its words
    from the row's number on) opens with its number, the numbers 1, 2, 3 ... in order, then a
    code of a letter's ("IMR 1", "R3") and a cell's opening; None where any row does not, or
    where the header names a second number column of its own (read by plan.tracker_refs)."""
    if len(texts) < MIN_ROWS or header_cols[:1] != ["ref"] or header_cols[1:2] == ["ref"]:
        return None
    seconds = {}
    for n, (k, words) in enumerate(texts, start=1):
        if not words or words[0] != str(n):
            return None
        rest = joined_ref(words[1:], ref)
        if len(rest) < 2 or _BARE.match(rest[0]) or not rest[0][:1].isalpha():
            return None  # ("1 2 Audit ...": two numbers, no code answering a recommendation)
        if not ref.match(rest[0]) or not CELL_OPENS.match(rest[1]):
            return None
        seconds[k] = rest[0]
    return seconds
