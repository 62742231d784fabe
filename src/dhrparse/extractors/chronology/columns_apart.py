"""A chronology table a plain text export printed column after column: the "Date" cell, then
every row's date, then "Agency" and every row's agency, then the events. Nothing in such text
says which event belongs to which date (an event's cell runs over many lines, and a row's cells
may be pages apart), so no entry is read from it: the table becomes one warning saying where it
is, never events dated from another row."""

from __future__ import annotations

from dhrparse.document import Block, Line
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.ledger import Ledger


def first_column_apart(blocks: list[Block], entries: Entries, furniture: Furniture) -> int | None:
    """Where a table printed column after column starts (its "Date" line), or None: the date
    column's name stands alone on a line, and another column's name stands alone further on
    with the column's cells between them (a header printed one cell per line has its names
    on consecutive lines)."""
    if not blocks:
        return None
    first, last = blocks[0].line_start, max(b.line_end for b in blocks)
    lines = [ln for ln in furniture.doc.lines_between(first, last) if ln.text.strip()]
    names = Columns(entries.p)
    lone = [(k, names.field_of(ln.text)) for k, ln in enumerate(lines) if _lone_name(ln, names)]
    for (k, field), (k2, field2) in zip(lone, lone[1:]):
        if field == "date" and field2 not in (None, "date") and k2 - k > 1:
            return lines[k].number
    return None


def _lone_name(line: Line, names: Columns) -> bool:
    # (asked of every line: a line of prose is told from its first words, only a short line is
    # tidied; split(None, 3) gives more than three words exactly when the whole split does)
    if not 0 < len(line.text.split(None, 3)) <= 3:
        return False
    return names.field_of(" ".join(line.text.split())) is not None


def warn_columns_apart(blocks: list[Block], start: int, entries: Entries, ctx: Ledger) -> list[Block]:
    """One warning for the table from its first column's name on; returns the blocks before
    it (the table's introduction), to be read as usual."""
    table = [b for b in blocks if b.line_end >= start]
    last = max(b.line_end for b in table)
    ctx.warn(
        "chronology_table_columns_apart",
        "a chronology table printed column after column (all dates, then all agencies, then all "
        "events): its rows cannot be told apart, so no events were read from it",
        entries.location(start, last, table[0].page),
    )
    return [b for b in blocks if b.line_end < start]
