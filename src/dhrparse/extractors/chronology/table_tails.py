"""The report's text printed after a chronology table's last event cell, in the same printing of
its columns (apart_rows): a heading over a few bullets ("Learning for practice"), the key to a
column of source marks, the next numbered paragraph. Plain pdftotext prints it after a gap,
among the event column's runs, and its lines open like cells: the event text then has more
certain openings (a gap, a line with room left) than the printing has rows, and no cut is
settled at all.

Where the lines before one gap settle every row's cell by themselves (wrapped_cells: the wrap's
proven ends, or the sentence ends, exactly as many as the rows need), the runs after that gap are
the report's, not the table's. The earliest such gap is taken: a cell's second paragraph after a
gap only adds an opening, so the lines before it cannot hold every row, while a key or a heading
after the table read as one more cell would merge two rows' events to make room for it."""

from __future__ import annotations

from dhrparse.extractors.chronology.wrapped_cells import cell_spans, openings


def cells_end(texts: list[str], cells: int, gaps: frozenset[int]) -> int | None:
    """Where the table's cells end in the event lines (`texts`, `gaps` the lines printed after a
    gap): the gap before which the lines settle exactly `cells` cells, when the whole run has
    more certain openings than the rows need; else None."""
    _, proven = openings(texts, gaps)
    if cells < 1 or len(proven) <= cells - 1:
        return None  # (the run does not overflow its rows: nothing after the table among it)
    for gap in sorted(gaps):
        head = frozenset(k for k in gaps if k < gap)
        if all(sp is not None for sp in cell_spans(texts[:gap], cells, head)):
            return gap
    return None
