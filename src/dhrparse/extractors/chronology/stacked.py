"""A chronology table a text export printed one cell after another: a header row printed one
cell per line ("Date" / "Agency" / "Event"), then each row's cells as blocks in turn."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.ledger import Ledger


def stacked_header(blocks: list[Block], i: int, entries: Entries) -> list[str] | None:
    """Column names when blocks[i:] start with a header row printed one cell per line, the
    date column among them."""
    names = Columns(entries.p)
    columns: list[str] = []
    for block in blocks[i : i + 6]:
        name = names.field_of(block.text) if block.kind in ("heading", "paragraph") else None
        if name is None or name in columns:
            break
        columns.append(name)
    if len(columns) >= 2 and "date" in columns and columns[0] in ("date", "ref"):
        nxt = blocks[i + len(columns)] if i + len(columns) < len(blocks) else None
        if nxt is not None and (is_date_cell(entries.cell(nxt), entries.p) or columns[0] == "ref"):
            return columns
    return None


def stacked_rows(blocks: list[Block], i: int, columns: list[str], entries: Entries, ctx: Ledger) -> int:
    """Reads the table whose header starts at blocks[i]; returns where the table ends."""
    width = len(columns)
    header = _names(blocks[i : i + width], entries)
    for b in blocks[i : i + width]:
        ctx.consumed(b.lines or range(b.line_start, b.line_end + 1), "table header")
    i += width
    rows: list[list[Block]] = []
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "table" or (
            block.kind == "heading" and block.number and not is_date_cell(entries.cell(block), entries.p)
        ):
            break  # the table has ended at a numbered heading or a real table
        if _names(blocks[i : i + width], entries) == header:
            for b in blocks[i : i + width]:
                ctx.consumed(b.lines or range(b.line_start, b.line_end + 1), "repeated table header")
            i += width
            continue  # the header repeated after a page break
        if _starts_row(blocks, i, columns.index("date"), entries) or not rows:
            rows.append([block])
        else:
            rows[-1].append(block)
        i += 1
    cols = {name: k for k, name in enumerate(columns)}
    for cells in rows:
        texts = [entries.cell(b) for b in cells[: width - 1]]
        texts.append(" ".join(entries.cell(b) for b in cells[width - 1 :]))  # the last column runs on
        entries.add_row(texts, cols, cells[0].line_start, max(b.line_end for b in cells), cells[0].page)
    return i


def _names(blocks: list[Block], entries: Entries) -> list[str | None]:
    names = Columns(entries.p)
    return [names.field_of(b.text) for b in blocks]


def _starts_row(blocks: list[Block], i: int, date_at: int, entries: Entries) -> bool:
    """blocks[i] opens a row: it is the date cell, or (a ref column first) a short cell just
    before one."""
    if date_at == 0:
        return is_date_cell(entries.cell(blocks[i]), entries.p)
    return (
        len(blocks[i].text.split()) <= 2
        and i + 1 < len(blocks)
        and is_date_cell(entries.cell(blocks[i + 1]), entries.p)
    )
