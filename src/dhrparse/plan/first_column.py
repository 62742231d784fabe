"""The room a plan's first column has, where its printed lines join its cells to the others'
(text taken out a printed line at a time): how wide the column's cell lines may run, so that a
later line's opening words that fit are the first cell's.

The widest of the rows' first lines in the column only says the column is at least so wide.
Where every first line is short (a long word wrapped each one early: "Ashdown" over "Council
to ..."), a later line whose first cell is a little wider ("ensure housing") loses its last
word to the next cell. The wrap says more:

- the column is narrower than any cell's line with the first word of the cell's next line put
  after it (that word did not fit): "Ashdown Council" bounds it from above;
- a later line's first cell is some run of its opening words that fits under that bound and
  leaves no room for the next line's first word. Where only one run does, that run is the
  cell's, and the column is at least as wide as it ("domestic abuse" over "and refer ...": not
  "domestic", which would have left room for "and", nor "domestic abuse assessment.", too wide).

The least width is raised by such lines alone: a line two runs could fill says nothing, and a
bound never lets a line take more than the least width allows (the words past it may be the
next cell's: "seek in which" where "seek" ends the cell).
"""

from __future__ import annotations

from collections.abc import Iterable

from dhrparse.vocab.type_widths import Face

OVER = 1.03  # a line may run this much past a width measured (kerning, rounding, the face)


def wrap_bound(face: Face, room: float, wraps: Iterable[tuple[str, str]]) -> float | None:
    """The narrowest (cell's first line, its next line's first word) pair that did not fit:
    the column is narrower. A pair the widest first line `room` would hold is no wrap (a cell
    whose words ended there) and says nothing; None where no pair tells."""
    bound = None
    for first, word in wraps:
        if not first or not word:
            continue
        width = face.width(first) + face.space + face.width(word)
        if width > room * OVER and (bound is None or width < bound):
            bound = width
    return bound


def _runs(words: list[str], face: Face, least: float, bound: float, after: str) -> list[float]:
    """The widths of the opening runs of `words` that may be the cell's line: under the bound,
    and too wide to have taken `after` (the cell's next line's first word) as well. A run
    ending a sentence ends the cell: `after` is then another cell's, and tells nothing."""
    out: list[float] = []
    width = -face.space
    for w in words:
        width += face.space + face.width(w)
        if width > bound * OVER:
            break
        if w.endswith(".") or width + face.space + face.width(after) > least / OVER:
            out.append(width)
        if w.endswith("."):
            break
    return out


def least_room(face: Face, room: float, bound: float | None, lines: Iterable[tuple[list[str], str]]) -> float:
    """The column's least width: `room` (its widest first line) raised to the widest later
    line's first cell that only one run of its words can be. `lines`: each later line's words
    with the first word of the line under it, where the same cell goes on there. (One pass: a
    width so raised is not used to tell further lines apart, where a line read wrongly as the
    cell's, an action's beside a merged cell, would raise it again past the column.)"""
    if bound is None:
        return room
    least = room
    for words, after in lines:
        runs = _runs(words, face, room, bound, after)
        if len(runs) == 1 and room < runs[0] < bound:
            least = max(least, runs[0])
    return least
