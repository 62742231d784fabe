"""A "Finding | Recommendation | Agency" table that a layout-preserving text export (pdftotext
-layout) printed with its columns side by side.

The header's three names stand apart by runs of spaces ("Finding     Recommendation     Agency");
under them each row opens on the line whose recommendation cell opens with the recommendation's
code ("R1 Kelby Police should ..."), the finding and the agency's name wrapped in their own
columns on the lines below it. The rows are rebuilt from where each line prints its text and
handed to the reader of any recommendations table (layout_rows.side_by_side_items), as the PDF
and Word routes read the same table: the finding is the panel's, no part of the recommendation.
A table whose rows open with no code is left as printed (finding_columns refuses what is read
from it, with a warning): a row's first line is then told from its wrapped lines by nothing
surer than a capital.
"""

from __future__ import annotations

from dhrparse.document import Row
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.layout_rows import as_rows, header_opened, line_cells
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.plan.opening_codes import code_opening
from dhrparse.plan.printed_header import segments

_NAMES = ("Finding", "Recommendation", "Agency")
_REACH = 200  # printed lines a table may run over
MIN_ROWS = 2  # fewer coded rows tell too little of where the columns' text starts


def layout_table(r: Reading, i: int, regions) -> tuple[list[Item], int] | None:
    """The records of such a table whose header opens block i, and the block after the table;
    None when block i does not open one."""
    return header_opened(r, i, regions, _NAMES, _header, _rows, MIN_ROWS)


def _header(r: Reading, n: int) -> list[int] | None:
    """Where the header's three columns start, when line n prints only a finding column's name,
    "Recommendation" and an agency column's name, apart."""
    ln = r.doc.line_numbered(n)
    segs = segments(ln.raw) if ln is not None else []
    if len(segs) != len(_NAMES):
        return None
    v = r.vocab
    (_, finding), (_, rec), (_, agency) = segs
    if not (
        v.table_finding.match(finding) and v.table_recommendation.match(rec) and v.table_agency.match(agency)
    ):
        return None
    return [s for s, _ in segs]


def _rows(r: Reading, first: int, starts: list[int]) -> tuple[list[Row], int]:
    """The rows under the header at line `first` (each opening on a coded recommendation cell),
    and the table's last line; the table ends at the first line apart from the rows or printed
    across the columns."""
    rows: list[list[list[str]]] = []  # each row's cells, a list of printed lines per column
    spans: list[list[int]] = []  # each row's first and last line, and page
    for ln in r.doc.lines_between(first + 1, first + _REACH):
        if not ln.is_content:
            if rows and not ln.text.strip():
                break  # (the rows print on consecutive lines; a blank line ends the table)
            continue
        cells = line_cells(ln.raw, starts)
        if cells is None:
            break
        if code_opening(cells[1], r.ctx.patterns)[0] is not None:
            rows.append([[c] if c else [] for c in cells])
            spans.append([ln.number, ln.number, ln.page or 0])
        elif not rows:
            break
        else:
            for k, c in enumerate(cells):
                if c:
                    rows[-1][k].append(c)
            spans[-1][1] = ln.number
    return as_rows(rows, spans, first)
