"""Tables continued from one PDF page to the next.

A table the page break cut carries on at the top of the next page, often with its
header row printed again and with the row the break split in two parts. The repeated
header is dropped, the split row's second part joined to its first, and an unruled
table's continuation put back in the columns of the table it continues.
"""

from __future__ import annotations

import re

from dhrparse.readers.pdf_page import PageLine
from dhrparse.readers.pdf_tables import PdfTable

_SAME_EDGE = 2.5  # points: column boundaries this close are the same column on both pages
_SAME_COLUMN = 3.0  # points: an unruled cell's left edge this close starts that column
_SHORT_CELL = 5  # words: a cell this short without a full stop is whole (a date, a scope, a lead's name)
_CODE = re.compile(
    r"^\(?[A-Z]{0,4}\s?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?\)?\.?$"
)  # a row's own number: "4b", "2.1"


def stitch(
    page_lines: list[PageLine], earlier: list[PageLine], prev_table: PdfTable | None
) -> PdfTable | None:
    """Join a table continued from the previous page: drop its repeated header row and
    rejoin a row the page break split. Returns the last table seen."""
    first_table = next((ln.table for ln in page_lines if ln.table is not None), None)
    last_row = _continued_row(page_lines, earlier, first_table, prev_table)
    if last_row is not None:
        if not first_table.ys and not prev_table.ys and len(first_table.xs) < len(prev_table.xs):
            _widen(page_lines, first_table, prev_table)
        if _lines_above(page_lines) <= 2 and _same_columns(first_table, prev_table):
            _carry_on(page_lines, first_table, prev_table, last_row)
    tables = [ln.table for ln in page_lines if ln.table is not None]
    if tables:
        return tables[-1]
    return prev_table if not page_lines else None


def _continued_row(
    page_lines: list[PageLine],
    earlier: list[PageLine],
    first_table: PdfTable | None,
    prev_table: PdfTable | None,
) -> PageLine | None:
    """The last table row printed before this page, when this page opens with a table and
    the page before it ended in one."""
    if first_table is None or prev_table is None or not earlier:
        return None
    if earlier[-1].page != page_lines[0].page - 1:
        return None
    return next((ln for ln in reversed(earlier) if ln.cells is not None), None)


def _lines_above(page_lines: list[PageLine]) -> int:
    """How many lines the page prints above its first table (a running head)."""
    for k, ln in enumerate(page_lines):
        if ln.table is not None:
            return k
    return len(page_lines)


def _same_columns(table: PdfTable, prev: PdfTable) -> bool:
    return len(table.xs) == len(prev.xs) and all(abs(a - b) <= _SAME_EDGE for a, b in zip(table.xs, prev.xs))


def _carry_on(page_lines: list[PageLine], table: PdfTable, prev: PdfTable, last_row: PageLine) -> None:
    """The table carries on the previous page's: its repeated header row goes, and a first
    row with nothing in its first column finishes the row the page break split."""
    rows = [ln for ln in page_lines if ln.table is table]
    header = prev.rows[0] if prev.rows else None
    if rows and header is not None and rows[0].cells == header:
        page_lines.remove(rows[0])
        rows = rows[1:]
    if (
        rows
        and rows[0].cells
        and not rows[0].cells[0]
        and last_row.cells
        and last_row.cells[0]
        and len(rows[0].cells) == len(last_row.cells)
    ):
        if _own_code(rows[0].cells, last_row.cells) or _row_of_its_own(rows[0].cells, last_row.cells):
            _finish_merged(rows[0], last_row)
            table.rows = prev.rows[:1] + table.rows
            return
        joined = [f"{a} {b}".strip() for a, b in zip(last_row.cells, rows[0].cells)]
        last_row.cells = joined
        last_row.text = "\t".join(joined)
        page_lines.remove(rows[0])
    table.rows = prev.rows[:1] + table.rows  # the header carries on to the next page


def _own_code(cells: list[str], above: list[str]) -> bool:
    """The row opening the page numbers itself ("4b" under "4a"): a row of its own, beside the
    merged cells the page break split (their text carries on in it)."""
    return any(_CODE.match(a) and _CODE.match(b) and a != b for a, b in zip(above, cells))


def _row_of_its_own(cells: list[str], above: list[str]) -> bool:
    """The row opening the page is the next row under cells merged down the leading columns (a
    recommendation's number and text over its actions), not the tail of the row above: it fills
    every column the row above filled after the ones it leaves empty, each cell above finished (a
    sentence ended, or a short cell such as a date or a name) and each here opening afresh. A
    merged cell's text may carry on into it (lower case after a sentence cut short): that goes
    back to the row above. A split row's tail carries on only some cells, mid-sentence."""
    lead = next((k for k, c in enumerate(cells) if c), len(cells))
    shared = [(a, b) for a, b in zip(above[lead:], cells[lead:]) if a]
    if lead == 0 or any(not b for _, b in shared):
        return False
    fresh = [(a, b) for a, b in shared if not _carries_on(a, b)]
    return len(fresh) >= 2 and all(_finished(a) and _opens(b) for a, b in fresh)


def _carries_on(above: str, text: str) -> bool:
    return text[:1].islower() and not above.rstrip().endswith((".", "!", "?"))


def _finished(text: str) -> bool:
    words = text.split()
    return text.rstrip().endswith((".", "!", "?")) or (len(words) <= _SHORT_CELL and not _left_open(words))


def _left_open(words: list[str]) -> bool:
    """A short cell whose last word leaves it open: a comma or dash after it, or the word "and"
    itself (a status "In hand" ends in those letters and is whole)."""
    return bool(words) and (words[-1].endswith((",", "–", "-")) or words[-1].lower() == "and")


def _opens(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


def _finish_merged(row: PageLine, above: PageLine) -> None:
    """A merged cell carried on in the new page's first row ("information about residents ...",
    lower case, after a cell that ended mid-sentence) goes back to the row the cell opened in."""
    cells, joined = list(row.cells), list(above.cells)
    for k, (a, b) in enumerate(zip(joined, cells)):
        if a and b and b[:1].islower() and not a.rstrip().endswith((".", "!", "?")):
            joined[k], cells[k] = f"{a} {b}", ""
    above.cells, above.text = joined, "\t".join(joined)
    row.cells, row.text = cells, "\t".join(cells)


def _widen(page_lines: list[PageLine], table: PdfTable, prev: PdfTable) -> None:
    """An unruled table continued on a new page may have text in only some of its columns
    (the tail of a row the page break split): its cells go back to the columns of the table
    they continue, found by their left edges."""
    slots = []
    for x in table.xs:
        near = [j for j, px in enumerate(prev.xs) if abs(px - x) <= _SAME_COLUMN]
        if not near:
            return
        slots.append(near[0])
    width = len(prev.xs)

    def spread(cells: list[str]) -> list[str]:
        out = [""] * width
        for j, cell in zip(slots, cells):
            out[j] = cell
        return out

    table.rows = [spread(r) for r in table.rows]
    table.xs = list(prev.xs)
    for ln in page_lines:
        if ln.table is table and ln.cells is not None:
            ln.cells = spread(ln.cells)
            ln.text = "\t".join(ln.cells)
