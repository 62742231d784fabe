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
from dhrparse.extractors.chronology.life_days import count_column_name
from dhrparse.ledger import Ledger

_WRAPPED_WORDS = 2  # the most words of each line of a date's name wrapped in its column


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
    # (a child's age names the date column when count cells stand under it: life_days)
    texts = [ln.text for ln in lines]
    lone = sorted(lone + [(k, "date") for k in range(len(lines)) if count_column_name(texts, k, entries.p)])
    # ("Week" over "commencing": the name ends on its second line, so a name on the line after
    # it is the same header's, printed a name a line)
    lone = sorted(lone + [(j, "date") for k, _ in wrapped_date_names(lines, names) for j in (k, k + 1)])
    for n, (k, field) in enumerate(lone):
        if field == "date" and _cells_before_next_name(lone[n:]):
            return lines[k].number
    return None


def _cells_before_next_name(lone: list[tuple[int, str | None]]) -> bool:
    """From the date's name (lone[0]): the names printed one after another are one header (its
    names a cell a line); printed apart, the date's cells stand between the date's own names
    ("Date", "Time") and the next column's name, before the date's name comes again."""
    end = 0
    while end + 1 < len(lone) and lone[end + 1][0] == lone[end][0] + 1:
        end += 1
    if any(field == "event" for _, field in lone[: end + 1]):
        return False  # (the whole header printed a name a line: the rows follow it one by one)
    following = lone[end + 1 : end + 2]
    return bool(following) and following[0][1] not in (None, "date")


def wrapped_date_names(lines: list[Line], names: Columns) -> list[tuple[int, str]]:
    """The date column's name wrapped in its narrow column, alone on two lines whose first names
    nothing ("Week" over "commencing"): (the first line's index, "date")."""
    out = []
    for k in range(len(lines) - 1):
        up, down = lines[k].text.split(), lines[k + 1].text.split()
        if not (0 < len(up) <= _WRAPPED_WORDS and 0 < len(down) <= _WRAPPED_WORDS):
            continue
        alone = names.field_of(" ".join(up)) is None and names.field_of(" ".join(down)) is None
        if alone and names.field_of(" ".join([*up, *down])) == "date":
            out.append((k, "date"))
    return out


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
