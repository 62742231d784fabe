"""An "Agency | No. | Recommendation" table that a layout-preserving text export (pdftotext
-layout) printed with its columns side by side.

The header's names stand apart by runs of spaces ("Agency      No.    Recommendation"); under
them each row opens on the line that prints its number, the agency's name on its first row only
(wrapped over the lines below it), the recommendation's text wrapped in its own column; a row
broken by a page goes on under the header printed again. Segmenting reads such a table as
paragraphs that run the columns together. The rows are rebuilt here from where each line prints
its text and handed to the reader of any recommendations table (tables), so the text route
gives each row's ref and the agency carried down from the row that printed it, as the PDF and
Word routes do. A table with no number column is left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dhrparse.document import Block, Cell, Row, Table
from dhrparse.extractors.recommendations import tables
from dhrparse.extractors.recommendations.agency_columns import ends_name
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.plan.printed_header import SLACK, segments

_NUMBER = re.compile(r"^\(?\d{1,2}[.)]?$")
_ROLES = ("agency", "ref", "recommendation")
_REACH = 2_000  # printed lines a table may run over (several pages of rows)


def layout_table(r: Reading, i: int, regions) -> tuple[list[Item], int] | None:
    """The records of such a table whose header opens block i, and the block after the table;
    None when block i does not open one."""
    return header_opened(r, i, regions, ("Agency", "No.", "Recommendation"), _header, _rows)


def header_opened(r: Reading, i: int, regions, names, header, rows_under, min_rows: int = 1):
    """A side-by-side table whose header opens block i: `header(r, n)` the columns' starts when
    line n prints its header, `rows_under(r, n, starts)` its rows and last line; its records
    under the column `names`, and the block after it (None when block i opens no such table)."""
    b = r.blocks[i]
    if b.kind not in ("heading", "paragraph"):
        return None
    starts = header(r, b.line_start)
    if starts is None:
        return None
    rows, last = rows_under(r, b.line_start, starts)
    if len(rows) < min_rows:
        return None
    head = Row([Cell(name, b.line_start, b.line_start) for name in names], b.line_start, b.line_start, b.page)
    return side_by_side_items(r, i, regions, [head, *rows], last)


def side_by_side_items(r: Reading, i: int, regions, rows: list[Row], last: int) -> tuple[list[Item], int]:
    """The records of a table printed side by side whose header opens block i, from its rows
    rebuilt (the header's first) to line `last`, and the block after it (tables)."""
    b = r.blocks[i]
    block = Block.of_table(Table(rows, b.line_start, last, b.page), b.section)
    return tables.rebuilt_table_items(
        r, i, block, regions, last, "recommendations table printed side by side"
    )


def _header(r: Reading, n: int) -> list[int] | None:
    """Where the header's three columns start, when line n prints only "Agency", a number
    column's name and "Recommendation", apart."""
    ln = r.doc.line_numbered(n)
    segs = segments(ln.raw) if ln is not None else []
    if len(segs) != len(_ROLES):
        return None
    v = r.vocab
    (_, agency), (_, ref), (_, rec) = segs
    if not (v.table_agency.match(agency) and v.table_ref.match(ref) and v.table_recommendation.match(rec)):
        return None
    return [s for s, _ in segs]


# where a text starting at a point sits: its column's index, or None
Placement = Callable[[list[int], int, str], int | None]


def column_at(starts: list[int], s: int, text: str) -> int | None:
    """The column a text starting at `s` sits in; None when it runs on past the next column's
    start (a paragraph printed across the page: the table has ended)."""
    k = max((n for n, c in enumerate(starts) if c - SLACK <= s), default=0)
    if k + 1 < len(starts) and s + len(text) > starts[k + 1] - SLACK:
        return None
    return k


def line_cells(raw: str, starts: list[int], column: Placement = column_at) -> list[str] | None:
    """A printed line's text per column; None when a text runs across a column's start or two
    texts fall in one column (a paragraph, not a row's line). `column(starts, s, text)` places
    each text (a table's own test where it asks more of a cell)."""
    cells = [""] * len(starts)
    for s, t in segments(raw):
        k = column(starts, s, t)
        if k is None or cells[k]:
            return None
        cells[k] = t
    return cells


def _rows(r: Reading, first: int, starts: list[int]) -> tuple[list[Row], int]:
    """The rows under the header at line `first`, and the table's last line."""
    rows: list[list[list[str]]] = []  # each row's cells, a list of printed lines per column
    spans: list[list[int]] = []  # each row's first and last line, and page
    agency_open = False  # the row's agency cell is still being printed (a name wrapped over lines)
    gap = False
    lines = r.doc.lines_between(first + 1, first + _REACH)
    for at, ln in enumerate(lines):
        n = ln.number
        if not ln.is_content:
            gap = gap or not ln.text.strip()
            continue
        if _header(r, n) is not None:
            gap = False
            continue  # the header printed again on a new page
        cells = line_cells(ln.raw, starts)
        if cells is None:
            return as_rows(rows, spans, first)
        agency, number, text = cells
        if number:
            if not _NUMBER.match(number) or not text:
                return as_rows(rows, spans, first)
            rows.append([[agency] if agency else [], [number], [text]])
            spans.append([n, n, ln.page or 0])
            agency_open = bool(agency)
        elif not rows:
            return as_rows(rows, spans, first)
        elif agency and (
            not agency_open or gap or not text and not _name_goes_on(r, rows[-1][0], lines[at:], starts)
        ):
            # a name printed alone, apart or after a whole name: a heading after the table
            return as_rows(rows, spans, first)
        else:
            if agency:
                rows[-1][0].append(agency)
            if text:
                rows[-1][2].append(text)
            agency_open = agency_open and bool(agency)
            spans[-1][1] = n
        gap = False
    return as_rows(rows, spans, first)


def _name_goes_on(r: Reading, name: list[str], lines: list, starts: list[int]) -> bool:
    """A line printed alone in the agency column, straight under a row, carries on the row's
    agency name when the name so far is not whole ("Turning Point (drug and"), or when the table
    goes on below it (the next printed line opens a row or repeats the header): a short heading
    printed at the margin under the table is followed by prose, not by a row."""
    if not ends_name(r, " ".join(name)):
        return True
    nxt = next((ln for ln in lines[1:] if ln.is_content), None)
    if nxt is None:
        return False
    if _header(r, nxt.number) is not None:
        return True
    segs = segments(nxt.raw)
    return all(column_at(starts, s, t) is not None for s, t in segs) and any(
        column_at(starts, s, t) == 1 and _NUMBER.match(t) for s, t in segs
    )


def as_rows(rows: list[list[list[str]]], spans: list[list[int]], first: int) -> tuple[list[Row], int]:
    """The rows as table rows, and the table's last line (the header's, with no row)."""
    out = [
        Row([Cell(" ".join(lines), a, b) for lines in cells], a, b, page or None)
        for cells, (a, b, page) in zip(rows, spans)
    ]
    return out, (spans[-1][1] if spans else first)
