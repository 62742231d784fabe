"""Chronology tables: a table the reader found (one entry per row under a header with a date
column), and a table a layout-preserving text export printed as whitespace-aligned columns."""

from __future__ import annotations

from dhrparse.document import Block, Line
from dhrparse.extractors.chronology.columns import Columns, column_positions
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.ledger import Ledger
from dhrparse.plan.layouts import SideBySide


def read_table(block: Block, entries: Entries, ctx: Ledger, furniture: Furniture) -> None:
    """One entry per row under a header row that names a date column; a header repeated after
    a page break and running footers inside the table are not rows."""
    table = block.table
    if table is None or not table.rows:
        return
    cols = None
    header_texts: list[str] = []
    for row in table.rows:
        texts = [" ".join(t.split()) for t in row.texts]
        if furniture.row_is_furniture(texts):
            # a running footer inside the table ("<title> | Page 12 of 31"): not a row
            ctx.consumed(range(row.line_start, row.line_end + 1), "page furniture")
            continue
        if cols is None or texts == header_texts:
            found = column_positions(texts, entries.p)
            if found is not None:
                cols, header_texts = found, texts
                ctx.consumed(range(row.line_start, row.line_end + 1), "table header")
            continue
        entries.add_row(texts, cols, row.line_start, row.line_end, row.page)
    if cols is None:
        ctx.warn(
            "chronology_table_unread",
            "a table in a chronology section has no date column; its rows were not read",
            entries.location(block.line_start, block.line_end, block.page),
        )


def aligned_table(
    blocks: list[Block], entries: Entries, ctx: Ledger, furniture: Furniture
) -> list[Block] | None:
    """Rows of a table a layout-preserving text export printed as whitespace-aligned columns
    (the plan layouts' side-by-side reader gives their cells): one entry per row, a row
    opening at a date cell. Returns the blocks outside the table, to be read as usual, or
    None when the section holds no such table."""
    if not blocks:
        return None
    first, last = min(b.line_start for b in blocks), max(b.line_end for b in blocks)
    lines = [ln for ln in entries.doc.lines if first <= ln.number <= last]
    if not any("  " in ln.raw.strip() for ln in lines):
        return None
    headings = {b.line_start for b in blocks if b.kind == "heading"}
    rewritten = SideBySide(Columns(entries.p), headings).rewrite(lines)
    cols, rows = _aligned_rows(rewritten, entries, ctx, furniture)
    if cols is None or not rows:
        return None
    for texts, printed in rows:
        entries.add_row(texts, cols, printed[0].number, printed[-1].number, printed[0].page)
    covered = {ln.number for ln in rewritten if ln.cells is not None}
    return [b for b in blocks if b.line_start not in covered]


def _aligned_rows(
    rewritten: list[Line], entries: Entries, ctx: Ledger, furniture: Furniture
) -> tuple[dict[str, int] | None, list[tuple[list[str], list[Line]]]]:
    """The header's columns and the rows (cells, printed lines) under it: a row opens at a date
    cell, the lines after it continue its cells."""
    names = Columns(entries.p)
    rows: list[tuple[list[str], list[Line]]] = []
    cols: dict[str, int] | None = None
    for ln in rewritten:
        if ln.cells is None:
            continue
        texts = [" ".join(t.split()) for t in ln.cells]
        if column_positions(texts, entries.p) is not None and all(names.field_of(t) for t in texts if t):
            cols = column_positions(texts, entries.p)
            ctx.consumed([ln.number], "table header")
            continue
        if not any(texts) or furniture.row_is_furniture(texts) or cols is None:
            ctx.consumed([ln.number], "page furniture")
            continue
        if is_date_cell(texts[cols["date"]], entries.p) or not rows:
            rows.append((texts, [ln]))
            continue
        cells, printed = rows[-1]
        rows[-1] = ([f"{a} {b}".strip() for a, b in zip(cells, texts)], printed + [ln])
    return cols, rows
