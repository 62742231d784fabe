"""A form's box whose one cell lists numbered items, a paragraph each ("4.1 The Health Board
should ...", "4.2 The Local Authority should ...", as a learning summary's recommendations box
prints them): Word keeps the paragraphs apart, but a table cell's text is read as one line, so
the items ran into one. Such a cell is read a line per paragraph, as its PDF prints it.

Only a row of one cell (a box), at least two of whose paragraphs open with a number, the first
of them among them, is read so; any other cell stays one line.

A titled box is read the same way: a box whose first paragraph is a bold title line over the
box's text ("Recommendation 3 – Hospital discharge" over the recommendation, as a summary prints
its recommendations in boxes). Run into one line the title would read as the text's first
words; its PDF prints the title on a line of its own."""

from __future__ import annotations

import re
from collections.abc import Callable

_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+\S")
MIN_ITEMS = 2
TITLE_WORDS = 12  # a box's title line is at most this many words


def box_lines(tcs, table, paragraphs: Callable) -> list[str]:
    """The cell's paragraphs, when the row is one cell listing numbered items or a box's title
    over its text; else []. The paragraphs are read once (Word's automatic numbers count on as
    they are read)."""
    if len(tcs) != 1 or tcs[0].vMerge == "continue":
        return []
    from docx.table import _Cell

    cell = _Cell(tcs[0], table)
    if cell.tables:
        return []
    texts = [t for t in paragraphs(cell) if t]
    if _numbered_items(texts) or _titled_box(cell, table, texts):
        return texts
    return []


def _numbered_items(texts: list[str]) -> bool:
    numbered = sum(1 for t in texts if _NUMBERED.match(t))
    return numbered >= MIN_ITEMS and bool(_NUMBERED.match(texts[0]))


def _titled_box(cell, table, texts: list[str]) -> bool:
    """A box (a table of one column, never a band merged across a wider table) opening with a
    bold title line over more text."""
    if len(texts) < 2 or len(table._tbl.tblGrid.gridCol_lst) != 1:
        return False
    first = next((p for p in cell.paragraphs if p.text.strip()), None)
    return first is not None and _title_line(first, texts[0])


def _title_line(paragraph, text: str) -> bool:
    """A short line set in bold throughout, no sentence (no full stop at its end)."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    return (
        bool(runs)
        and all(r.bold for r in runs)
        and len(text.split()) <= TITLE_WORDS
        and not text.rstrip().endswith((".", ":"))
    )
