"""A summary's key events printed as a "spine" timeline: a borderless table of three columns, the
centre one a shaded date cell per event ("Jun 2021", "11 Nov 2021") and each event set beside it,
alternately in the left cell (set flush right, against the spine) and the right cell. A row's
date cell dates the event beside it; the rows run in the order the events happened.

Found by its structure, whatever the heading over it says: a table of at least three rows, each
filling two cells, a date alone in the same column on every row and the event in a cell beside
it, events on both sides of the date column. A spine is read here whole, and left out of any
chronology section around it.
"""

from __future__ import annotations

from dhrparse.document import Block, Row, SourceDocument
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

MIN_ROWS = 3  # (fewer rows is a table's fragment, not a timeline)
_CELL_PUNCTUATION = " .:;,"


def spine_tables(doc: SourceDocument, p: Patterns) -> list[tuple[Block, int]]:
    """The document's spine timelines in print order, each with its date column's index."""
    tables = [b for b in doc.blocks if b.kind == "table" and b.table is not None]
    return [(b, spine) for b in tables if (spine := _spine(b, p)) is not None]


def read_spine(block: Block, spine: int, entries: Entries) -> None:
    """Each row's event an entry, dated by the date cell (column `spine`) beside it."""
    for row in block.table.rows:
        event = next(c.text for k, c in enumerate(row.cells) if k != spine and c.text.strip())
        entries.add_row(
            [row.cells[spine].text.strip(), event.strip()],
            {"date": 0, "event": 1},
            row.line_start,
            row.line_end,
            row.page,
        )


def _spine(block: Block, p: Patterns) -> int | None:
    """The date column's index where every row is a date alone beside one event and the events
    fall on both sides of it; else none."""
    rows = block.table.rows
    if len(rows) < MIN_ROWS:
        return None
    columns = {_date_column(row, p) for row in rows}
    if len(columns) != 1 or None in columns:
        return None
    spine = columns.pop()
    sides = {_event_side(row, spine) for row in rows}
    return spine if sides == {-1, 1} else None


def _date_column(row: Row, p: Patterns) -> int | None:
    """The one filled cell of a two-cell row that is a date alone, where the other is no date."""
    filled = [k for k, c in enumerate(row.cells) if c.text.strip()]
    if len(filled) != 2:
        return None
    dated = [k for k in filled if _date_alone(row.cells[k].text, p)]
    return dated[0] if len(dated) == 1 else None


def _event_side(row: Row, spine: int) -> int:
    """-1 where the row's event stands left of the date column, 1 right of it."""
    return next(-1 if k < spine else 1 for k, c in enumerate(row.cells) if k != spine and c.text.strip())


def _date_alone(text: str, p: Patterns) -> bool:
    """The cell is one date with a month and nothing else ("Jun 2021", "11 Nov 2021")."""
    text = " ".join(text.split()).strip(_CELL_PUNCTUATION)
    found = find_dates(text, p)
    return (
        len(found) == 1
        and found[0].start == 0
        and found[0].end == len(text)
        and found[0].value.precision in {"month", "day"}
    )
