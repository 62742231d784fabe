"""A report printed in two languages side by side: one borderless two-column table, each row a
paragraph and its twin (a Welsh body's review, English in one column and Welsh in the other:
the title, the reference, each section's heading and paragraphs, the numbered recommendations).
Such a table is no data table but the report's text: its English column is read as the body,
one paragraph a row, and the Welsh twin is left out, so that no recommendation or event is read
twice or in a mixture of the two languages.

The English column is told from the rows' content (readers/languages.py), never from a side
fixed in advance: the rows whose two cells tell two languages must all agree which column is
English, and there must be several of them. A heading printed across both columns, "Gwella
systemau ac ymarfer / Improving systems and practice", keeps its English half.

On Word and PDF the reader gives each row's two cells; on text the twins print one after the
other (plain pdftotext: each cell whole, then its twin) or joined on one line (a PDF text layer
read line across the page): `text_twins` and `joined_halves` read those.
"""

from __future__ import annotations

import re
from collections import Counter

from dhrparse.document import SourceDocument
from dhrparse.lines import BlankLine, Line
from dhrparse.patterns import Patterns
from dhrparse.readers.languages import ENGLISH, WELSH, language, words_of

# rows whose two cells tell two languages, all agreeing which column is English, before a table
# is read as a report printed side by side (a glossary's one Welsh term is not such a report)
MIN_TWINS = 3
# ... and the share of a run's (or a text's) rows the twins must be: a report printed side by
# side pairs nearly every row, an English table with a Welsh name in a cell or two does not
TWIN_SHARE = 0.5
TWO_COLUMNS = 2
# a heading across both columns: its two languages parted by a slash set apart by spaces
_ACROSS = re.compile(r"(?<!\s)\s+/\s+")  # (a run of spaces tried from its first only: scanned once)


def english_column(doc: SourceDocument, patterns: Patterns) -> SourceDocument:
    """The document with each row of a side-by-side two-language table read as its English
    cell's paragraph; unchanged where no such table is found."""
    rows = [k for k, ln in enumerate(doc.lines) if _two_cells(ln)]
    side = _english_side([doc.lines[k].cells for k in rows], patterns)
    if side is None:
        return doc
    table = _table_rows(doc, rows, side, patterns)
    if sum(_twin_side(doc.lines[k].cells, patterns) == side for k in table) < MIN_TWINS:
        return doc
    for k in table:
        ln = doc.lines[k]
        text = _english_cell(ln.cells, side, patterns)
        doc.lines[k] = (
            Line(ln.number, text, page=ln.page, raw=text, kind=ln.kind)
            if text
            else BlankLine(ln.number, ln.page)
        )
    return doc


def _two_cells(ln) -> bool:
    cells = getattr(ln, "cells", None)
    return cells is not None and len(cells) == TWO_COLUMNS and any(c.strip() for c in cells)


def _twin_side(cells: list[str], patterns: Patterns) -> int | None:
    """The column (0 or 1) whose cell is English where the row's two cells tell two languages."""
    told = [language(patterns, c) for c in cells]
    if told == [ENGLISH, WELSH]:
        return 0
    if told == [WELSH, ENGLISH]:
        return 1
    return None


def _english_side(rows: list[list[str]], patterns: Patterns) -> int | None:
    """The English column where the twin rows agree on it and are enough; else None."""
    sides = Counter(s for s in (_twin_side(c, patterns) for c in rows) if s is not None)
    if len(sides) != 1:
        return None
    side, count = sides.most_common(1)[0]
    return side if count >= MIN_TWINS else None


def _table_rows(doc: SourceDocument, rows: list[int], side: int, patterns: Patterns) -> list[int]:
    """The two-cell rows of the side-by-side table: each run of two-cell rows (a page's number
    or a blank line between them does not break it) holding twin rows and no row whose two
    cells tell one language alike (a data table of the report's, which keeps its cells)."""
    runs: list[list[int]] = []
    for k in rows:
        if runs and all(_between(doc.lines[j]) for j in range(runs[-1][-1] + 1, k)):
            runs[-1].append(k)
        else:
            runs.append([k])
    return [k for run in runs if _twin_run([doc.lines[k].cells for k in run], side, patterns) for k in run]


def _between(ln) -> bool:
    return not ln.is_content or ln.text.strip().isdigit()


def _twin_run(rows: list[list[str]], side: int, patterns: Patterns) -> bool:
    """A run of the side-by-side table: a twin row English on `side` among its rows, and no row
    whose two cells both tell one language."""
    twins = [_twin_side(c, patterns) for c in rows]
    filled = sum(all(c.strip() for c in cells) for cells in rows)
    if side not in twins or twins.count(side) < TWIN_SHARE * filled:
        return False
    for cells in rows:
        told = [language(patterns, c) for c in cells if c.strip()]
        if len(told) == TWO_COLUMNS and told[0] is not None and told[0] == told[1]:
            return False
    return True


def _english_cell(cells: list[str], side: int, patterns: Patterns) -> str:
    """The row's English paragraph: its English column's cell, or the English half of a heading
    printed across both columns (the other cell empty)."""
    filled = [c for c in cells if c.strip()]
    if len(filled) == 1:
        return english_half(filled[0], patterns)
    mine, other = cells[side], cells[1 - side]
    if language(patterns, mine) == WELSH and language(patterns, other) == ENGLISH:
        return other  # (a row set the other way round: its words tell)
    return mine


def english_half(text: str, patterns: Patterns) -> str:
    """A heading printed in both languages, "Welsh / English" or "English / Welsh": its English
    half where the slash parts two halves telling the two languages; else the text as printed."""
    halves = _ACROSS.split(text.strip())
    if len(halves) != TWO_COLUMNS:
        return text
    told = [_half_language(h, patterns) for h in halves]
    if sorted(told, key=str) == sorted([ENGLISH, WELSH]):
        return halves[told.index(ENGLISH)]
    return text


def _half_language(text: str, patterns: Patterns) -> str | None:
    told = language(patterns, text)
    if told is not None:
        return told
    # (a short heading: its words alone, a number aside)
    langs = {lang for _, lang in words_of(patterns, text)} - {None}
    return langs.pop() if len(langs) == 1 else None
