"""A table printed side by side (pdftotext -layout) over a page break with no header printed
again: the new page sets the table afresh, its columns at other places (a page laid out
narrower moves every column left). The page's own places are read from a row's first line that
prints every cell, its ref first, one text a column: where such a line does not fit the
columns as the header's page printed them, its texts' starts are the page's columns. A
spreadsheet's print sets its letters over each page's columns: there the letters tell
(plan.sheet_letters)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from dhrparse.document import Line
from dhrparse.plan.printed_header import REF_CELL, SLACK, column_of, segments
from dhrparse.plan.sheet_letters import lettered_starts

PAGE_SHIFT = 24  # the most characters a column moves between pages
# the warning for a page whose rows print their cells where no column of the page stands
UNPLACED = (
    "a plan table's row on a new page printed its cells away from the table's columns, and no "
    "line of the page shows where they moved: its cells may be read in the wrong columns"
)


def page_starts(
    body: list[Line],
    k: int,
    starts: list[int],
    header: Callable[[Line], object],
    letters: dict[int, list[int]] | None = None,
) -> list[int]:
    """The column starts of the page line k opens: the header's page's `starts`, or the places
    the page's first full row line prints its cells at, where that line does not fit them. A
    page printing the header again (`header` finds it) is left to it: it moves the columns.
    `letters`: a sheet's letters row on each page, by page, where the print has them."""
    page = body[k].page
    if letters and k > 0 and (lettered := lettered_starts(letters, body[k - 1].page, page, starts)):
        return lettered
    for _, segs in _row_lines(body, k, header):
        if len(segs) != len(starts):
            continue
        moved = [s for s, _ in segs]
        if any(abs(a - b) > PAGE_SHIFT for a, b in zip(moved, starts)):
            return starts
        fits = all(column_of(starts, s, t) == n for n, (s, t) in enumerate(segs))
        return starts if fits else moved
    return starts


def unplaced_row(
    body: list[Line], k: int, starts: list[int], header: Callable[[Line], object]
) -> Line | None:
    """The first row line of the page line k opens, a ref first, whose texts do not start at
    the page's columns (`starts`): the page moved its columns and nothing told where (a row
    under empty cells prints fewer texts than the table has columns), or None."""
    for ln, segs in _row_lines(body, k, header):
        if len(segs) < 2:
            continue
        placed = all(any(abs(s - c) <= SLACK for c in starts) for s, _ in segs)
        return None if placed else ln
    return None


def _row_lines(body: list[Line], k: int, header: Callable[[Line], object]) -> Iterator[tuple[Line, list]]:
    """The lines of the page line k opens that print a ref first, with their texts' starts, up to
    the page's end or a header printed again (it sets the columns itself)."""
    page = body[k].page
    for ln in body[k:]:
        if ln.page != page or header(ln) is not None:
            return
        segs = segments(ln.raw)
        if segs and REF_CELL.match(segs[0][1]):
            yield ln, segs
