"""A table printed side by side (pdftotext -layout) over a page break with no header printed
again: the new page sets the table afresh, its columns at other places (a page laid out
narrower moves every column left). The page's own places are read from a row's first line that
prints every cell, its ref first, one text a column: where such a line does not fit the
columns as the header's page printed them, its texts' starts are the page's columns."""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.document import Line
from dhrparse.plan.printed_header import REF_CELL, column_of, segments

PAGE_SHIFT = 24  # the most characters a column moves between pages


def page_starts(body: list[Line], k: int, starts: list[int], header: Callable[[Line], object]) -> list[int]:
    """The column starts of the page line k opens: the header's page's `starts`, or the places
    the page's first full row line prints its cells at, where that line does not fit them. A
    page printing the header again (`header` finds it) is left to it: it moves the columns."""
    page = body[k].page
    for ln in body[k:]:
        if ln.page != page or header(ln) is not None:
            break
        segs = segments(ln.raw)
        if len(segs) != len(starts) or not REF_CELL.match(segs[0][1]):
            continue
        moved = [s for s, _ in segs]
        if any(abs(a - b) > PAGE_SHIFT for a, b in zip(moved, starts)):
            return starts
        fits = all(column_of(starts, s, t) == n for n, (s, t) in enumerate(segs))
        return starts if fits else moved
    return starts
