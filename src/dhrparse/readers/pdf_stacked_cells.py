"""A table's first cell wrapped over lines PDFium printed before the rest of its row.

Executive summaries set their chronology as a Date | Source | Summary table, often without
rules, with a Date column so narrow that a date wraps: "October" / "2018", "w/c 9 July" /
"2019", "w/c 14" / "January" / "2020". PDFium prints such a row's first cell line by line and
only then the row's other cells, joined on the first cell's baseline; a row whose date fits one
line is printed as one line ("02/05/2018 GP Hollis asked ..."). So the wrapped date's later
lines stand alone between its first line and its event, where they read as headings ("2018")
and the row loses its event.

The cell is known from where it stands and what it says together: lines of one size, none
bold and all short, starting at the same left edge and each one line-step below the last,
followed in reading order by a line standing on the first one's baseline further right (the
row's other cells); and the stacked lines read together as one date, whole (two stacked dates,
"03/09/2019" / "04/09/2019", are two rows). Those are one row: the cell's lines joined, then
the rest of the row, as PDFium prints a row whose first cell fits one line. A first cell that
is not a date (an agency name wrapped in an Agency | Recommendation table) is left as printed:
the extractors read such a name on its own line as the heading of the text beside it.
"""

from __future__ import annotations

from dhrparse.patterns import Patterns
from dhrparse.readers.pdf_page import PageLine
from dhrparse.vocab.dates import find_dates

_SAME_EDGE = 3.0  # points: lines starting this close start at the same cell edge
_CELL_CHARS = 24  # a narrow first column's line holds no more than this
_STEP = 1.6  # a wrapped cell's next line lies within this many font sizes below the last


def join_stacked_cells(lines: list[PageLine], patterns: Patterns | None = None) -> list[PageLine]:
    """The page's lines with each date cell printed over several lines joined to its row."""
    out: list[PageLine] = []
    i = 0
    while i < len(lines):
        end = _row_end(lines, i)
        if end is None or not _one_date(" ".join(ln.text for ln in lines[i:end]), patterns):
            out.append(lines[i])
            i += 1
            continue
        first = lines[i]
        first.text = " ".join(ln.text for ln in lines[i : end + 1])
        out.append(first)
        i = end + 1
    return out


def _one_date(cell: str, patterns: Patterns | None) -> bool:
    """Whether the stacked lines read as one date from their first character to their last."""
    found = find_dates(cell, patterns)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(cell)


def _cell_line(ln: PageLine, size: float) -> bool:
    return (
        ln.cells is None
        and ln.x is not None
        and ln.y is not None
        and not ln.bold
        and not ln.bullet
        and ln.size == size
        and len(ln.text) <= _CELL_CHARS
    )


def _row_end(lines: list[PageLine], i: int) -> int | None:
    """The index of the line holding the rest of the row whose first cell starts at line i
    and wraps onto the lines after it; None when line i is not such a cell."""
    first = lines[i]
    size = first.size
    if not size or not _cell_line(first, size):
        return None
    last = first
    j = i + 1
    while j < len(lines) and _cell_line(lines[j], size):
        ln = lines[j]
        if abs(ln.x - first.x) > _SAME_EDGE or not 0 < last.y - ln.y <= _STEP * size:
            break
        last = ln
        j += 1
    if last is first or j >= len(lines):
        return None
    rest = lines[j]
    on_baseline = rest.y is not None and abs(rest.y - first.y) <= 0.25 * size
    further_right = rest.x is not None and rest.x > first.x + 2 * size
    if rest.cells is None and on_baseline and further_right and rest.size == size and not rest.bold:
        return j
    return None
