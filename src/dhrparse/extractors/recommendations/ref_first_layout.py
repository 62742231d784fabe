"""A "No. | (Para.) | Recommendation | Organisation" table that a layout-preserving text export
(pdftotext -layout) printed with its columns side by side: the number column first, maybe the
paragraph of the report each recommendation's learning comes from, the recommendation, and the
body it is for last, its name wrapped over the lines of its narrow column.

Segmenting reads each row as a paragraph running the columns together ("7.2 Fernbrook Health
Board should make sure ... Fernbrook Health ask every ..."). The rows are rebuilt here from
where each line prints its text: a row opens on the line printing its number in the first
column, its later lines go on in their own columns, a page's header printed again carries the
row on. The paragraph's number is a cross-reference (paragraph_xrefs), no part of the row. The
table ends at the first line that reads as none of its rows' (a paragraph printed across the
columns, a numbered paragraph after it, a line after a gap that opens no row).
"""

from __future__ import annotations

import re

from dhrparse.document import Cell, Row
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.layout_rows import column_at, line_cells, side_by_side_items
from dhrparse.extractors.recommendations.paragraph_xrefs import XREF, xref_role
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.plan.printed_header import SLACK, segments

_NUMBER = re.compile(r"^\(?\d{1,2}[.)]?$")
_REACH = 2_000  # printed lines a table may run over (several pages of rows)
_MIN_ROWS = 2


def layout_table(r: Reading, i: int, regions) -> tuple[list[Item], int] | None:
    """The records of such a table whose header opens block i, and the block after the table;
    None when block i does not open one."""
    b = r.blocks[i]
    if b.kind not in ("heading", "paragraph"):
        return None
    header = _header(r, b.line_start)
    if header is None:
        return None
    starts, roles, names = header
    rows, last = _rows(r, b.line_start, starts, roles)
    if len(rows) < _MIN_ROWS:
        return None
    kept = [k for k, role in enumerate(roles) if role != XREF]
    head = Row([Cell(names[k], b.line_start, b.line_start) for k in kept], b.line_start, b.line_start, b.page)
    body = [
        Row([Cell(" ".join(cells[k]), a, z) for k in kept], a, z, page or None)
        for cells, (a, z, page) in rows
    ]
    return side_by_side_items(r, i, regions, [head, *body], last)


def _header(r: Reading, n: int) -> tuple[list[int], list[str], list[str]] | None:
    """Where the columns start, their roles and names, when line n prints only a number
    column's name first, maybe the paragraph column's, "Recommendation", maybe the body's."""
    ln = r.doc.line_numbered(n)
    segs = segments(ln.raw) if ln is not None else []
    if not 3 <= len(segs) <= 4:
        return None
    v = r.vocab
    roles: list[str] = []
    for _, name in segs:
        if v.table_recommendation.match(name):
            roles.append("recommendation")
        elif xref_role(r, name):
            roles.append(XREF)
        elif v.table_agency.match(name):
            roles.append("agency")
        elif v.table_ref.match(name):
            roles.append("ref")
        else:
            return None
    if roles[0] != "ref" or roles[1:] not in (
        [XREF, "recommendation", "agency"],
        [XREF, "recommendation"],
        ["recommendation", "agency"],
    ):
        return None
    return [s for s, _ in segs], roles, [t for _, t in segs]


def _column(starts: list[int], s: int, text: str) -> int | None:
    """The column a text starting at `s` sits in (layout_rows.column_at); None too for a text
    printed left of the number column, which is no cell of this table."""
    return None if s < starts[0] - SLACK else column_at(starts, s, text)


def _rows(r: Reading, first: int, starts: list[int], roles: list[str]) -> tuple[list, int]:
    """Each row's cells (a list of printed lines per column) with its first and last line and
    page, and the table's last line."""
    rows: list[tuple[list[list[str]], list[int]]] = []
    gap = False  # a blank line or the page's furniture since the row's last line
    for ln in r.doc.lines_between(first + 1, first + _REACH):
        if not ln.is_content:
            gap = True
            continue
        if _header(r, ln.number) is not None:
            gap = False  # the header printed again on a new page: the row goes on under it
            continue
        cells = line_cells(ln.raw, starts, _column)  # (None: one fits no column or two share one)
        if cells is None:
            break
        ref = cells[0]
        if ref and not (_NUMBER.match(ref) and cells[roles.index("recommendation")]):
            break
        if not ref and (not rows or gap or (XREF in roles and cells[roles.index(XREF)])):
            break
        if ref:
            rows.append(([[c] if c else [] for c in cells], [ln.number, ln.number, ln.page or 0]))
        else:
            for k, c in enumerate(cells):
                if c:
                    rows[-1][0][k].append(c)
            rows[-1][1][1] = ln.number
        gap = False
    return rows, (rows[-1][1][1] if rows else first)
