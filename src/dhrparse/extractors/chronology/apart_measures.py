"""Measures of a chronology table's runs printed column after column (apart_rows): how wide a
run prints, where a gap falls between two cells, what finishes a wrapped date cell, and on
which pages a line is printed."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.extractors.chronology.time_cells import is_clock
from dhrparse.extractors.chronology.wrapped_cells import printed_width

NARROWER = 80  # a later column this share (%) of the event column's width or less is told by width


def after_gap(events: list[Line]) -> frozenset[int]:
    """The event lines printed after a gap on the same page (between two cells)."""
    return frozenset(
        k
        for k in range(1, len(events))
        if events[k].number > events[k - 1].number + 1 and events[k].page == events[k - 1].page
    )


def narrower(width: int, event_width: int) -> bool:
    """A run this wide is clearly narrower than the event column."""
    return 0 < width * 100 <= event_width * NARROWER


def widest(runs) -> int:
    return max((printed_width(ln.text.strip()) for r in runs for ln in r.lines), default=0)


def completes(taken: list[Line], following: str) -> bool:
    """The next line finishes the date cell: a clock time ("23:10"), or the close of a bracket
    the cell opened ("(date" / "not recorded)")."""
    text = " ".join(ln.text.strip() for ln in taken)
    nxt = following.strip()
    if is_clock(nxt):
        return True
    return text.count("(") > text.count(")") and nxt.endswith(")")


def pages_of_lines(lines: list[Line]) -> dict[str, set[int | None]]:
    """Each printed line's text and the pages it is printed on."""
    pages: dict[str, set[int | None]] = {}
    for ln in lines:
        text = " ".join(ln.text.split())
        if text:
            pages.setdefault(text, set()).add(ln.page)
    return pages
