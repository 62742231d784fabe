"""A "No. | Recommendation | <whom it is for>" table that plain pdftotext printed one cell at a
time, row after row: the header's three names each a line of its own, then for each row its
number alone on a line, the recommendation's paragraph, and the body it is for on a few short
lines ("Riverside Health and" / "Care Partnership").

Segmenting reads the body's short lines as headings, so the recommendations region closes at
the first row's body and the later rows are lost. The rows are rebuilt here from the printed
lines and handed to the reader of any recommendations table (tables). A row is taken only
where it reads whole: its number one more than the row before's, a paragraph ending its
sentence, and a body's name of a few short lines that ends no sentence; the table ends at the
first line that does not open such a row, and fewer than two rows read are no table.
"""

from __future__ import annotations

import re

from dhrparse.document import Block, Cell, Row, Table
from dhrparse.extractors.recommendations import tables
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading

_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]?\s*$")
_REACH = 400  # printed lines a table may run over
_NAME_WORDS = 6  # a body's printed line: a few words
_NAME_LINES = 4
_ENDS = re.compile(r"[.!?)\]]['’”]?\s*$")  # a paragraph's last sentence ended
_MIN_ROWS = 2


def stacked_table(r: Reading, i: int, regions) -> tuple[list[Item], int] | None:
    """The records of such a table whose header opens block i, and the block after it; None
    when block i does not open one or its rows do not read whole."""
    names = _header(r, i)
    if names is None:
        return None
    rows, last = _rows(r, r.blocks[i + 2].line_end + 1)
    if len(rows) < _MIN_ROWS:
        return None
    b = r.blocks[i]
    header = Row(
        [Cell(name, b.line_start, b.line_start) for name in names], b.line_start, b.line_start, b.page
    )
    table = Table([header, *rows], b.line_start, last, b.page)
    block = Block.of_table(table, b.section)
    return tables.rebuilt_table_items(
        r, i, block, regions, last, "recommendations table printed cell by cell"
    )


def _header(r: Reading, i: int) -> list[str] | None:
    """The header's three names when blocks i..i+2 print them one a line: a number column's
    name, the recommendation column's, and whom it is for."""
    if i + 2 >= len(r.blocks):
        return None
    blocks = r.blocks[i : i + 3]
    if any(b.kind not in ("heading", "paragraph") or b.line_start != b.line_end for b in blocks):
        return None
    ref, rec, who = (b.text.strip() for b in blocks)
    v = r.vocab
    if not (ref and v.table_ref.match(ref) and v.table_recommendation.match(rec)):
        return None
    if not (v.table_agency.match(who) or v.table_addressee.match(who)):
        return None
    return [ref, rec, who]


def _rows(r: Reading, n: int) -> tuple[list[Row], int]:
    """The rows read from line n on, and the last line they cover."""
    rows: list[Row] = []
    last = n - 1
    stop = n + _REACH
    while n < stop:
        n = _skip_blank(r, n, stop)
        m = _NUMBER.match(_raw(r, n))
        if m is None or int(m.group(1)) != len(rows) + 1:
            break
        row = _row(r, n, stop)
        if row is None:
            break
        rows.append(row)
        last = row.line_end
        n = last + 1
    return rows, last


def _row(r: Reading, n: int, stop: int) -> Row | None:
    """The row whose number prints alone on line n: its paragraph, then its body's lines."""
    start = _skip_blank(r, n + 1, stop)
    text, end = _run(r, start, stop)
    if not text or not _ENDS.search(text[-1]) or any(_NUMBER.match(t) for t in text):
        return None
    at = _skip_blank(r, end + 1, stop)
    name, name_end = _run(r, at, stop)
    if not name or len(name) > _NAME_LINES or not _names_body(r, name):
        return None
    cells = [
        Cell(_raw(r, n).strip(), n, n),
        Cell(" ".join(text), start, end),
        Cell(" ".join(name), at, name_end),
    ]
    page = r.lines[n].page if n in r.lines else None
    return Row(cells, n, name_end, page)


def _names_body(r: Reading, lines: list[str]) -> bool:
    """A body's name: short lines, no sentence ended, a name the vocabulary knows as a body."""
    if any(len(t.split()) > _NAME_WORDS or _ENDS.search(t) or _NUMBER.match(t) for t in lines):
        return False
    return r.actors.is_body(" ".join(lines).rstrip(","))


def _run(r: Reading, n: int, stop: int) -> tuple[list[str], int]:
    """The printed lines from n up to the next blank line, and the last of them."""
    out: list[str] = []
    while n < stop and _raw(r, n).strip():
        out.append(_raw(r, n).strip())
        n += 1
    return out, n - 1


def _skip_blank(r: Reading, n: int, stop: int) -> int:
    while n < stop and n in r.lines and not _raw(r, n).strip():
        n += 1
    return n


def _raw(r: Reading, n: int) -> str:
    ln = r.lines.get(n)
    return (ln.raw or ln.text or "") if ln is not None else ""
