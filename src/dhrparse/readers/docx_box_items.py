"""A form's box whose one cell lists numbered items, a paragraph each ("4.1 The Health Board
should ...", "4.2 The Local Authority should ...", as a learning summary's recommendations box
prints them): Word keeps the paragraphs apart, but a table cell's text is read as one line, so
the items ran into one. Such a cell is read a line per paragraph, as its PDF prints it.

Only a row of one cell (a box), at least two of whose paragraphs open with a number, the first
of them among them, is read so; any other cell stays one line."""

from __future__ import annotations

import re
from collections.abc import Callable

_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+\S")
MIN_ITEMS = 2


def numbered_box_items(tcs, table, paragraphs: Callable) -> list[str]:
    """The cell's paragraphs, when the row is one cell listing numbered items; else []."""
    if len(tcs) != 1 or tcs[0].vMerge == "continue":
        return []
    from docx.table import _Cell

    cell = _Cell(tcs[0], table)
    if cell.tables:
        return []
    texts = [t for t in paragraphs(cell) if t]
    numbered = sum(1 for t in texts if _NUMBERED.match(t))
    if numbered < MIN_ITEMS or not _NUMBERED.match(texts[0]):
        return []
    return texts
