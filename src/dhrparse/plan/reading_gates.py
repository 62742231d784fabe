"""Whether a reading of a joined plan table is clear enough to keep (plan.joined_cells): its
cuts cheap per printed line, few lines over their column, its target dates dates, its columns
within the header's room and its action rows in the template's shape."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.cell_shapes import CellShapes
from dhrparse.plan.header_room import header_room, room_agrees
from dhrparse.plan.joined_lines import CELL_OPENS, NEVER, OVER, JoinedRow
from dhrparse.plan.tables import column_map

if TYPE_CHECKING:
    from dhrparse.plan.joined_cells import JoinedTable

SHARE_OVER = 0.08  # at most this share of a table's printed lines may run over a column
DATES_READ = 0.7  # the least share of a reading's target-date cells that must read as dates


def header_fits(rows: list[JoinedRow], table: JoinedTable, header: list[str] | None) -> bool:
    """Whether a reading's columns fit the room the header's wrapped names leave them, in the
    reading's typeface (True where the header tells nothing)."""
    if not header:
        return True
    room = header_room(header, table.roles.columns, column_map(table.roles.p), table.face)
    return room is None or room_agrees(wrap_room(rows, table.k, table.face.space), room)


def clear_reading(texts: list[str], read: tuple, clear: float) -> bool:
    """Whether a reading's cuts cost little per printed line and leave few lines over their column."""
    cost, over, rows, before = read
    lines = len(texts) - len(before)
    return bool(rows) and lines > 0 and cost / lines <= clear and over <= SHARE_OVER * lines


def dates_read(rows: list[JoinedRow], roles: CellShapes) -> bool:
    """Whether the target-date cells the cuts give read as dates: a reading that puts other
    cells' words among them has cut the lines wrongly, however little its cuts cost."""
    if "target_date" not in roles.columns:
        return True
    c = roles.columns.index("target_date")
    cells = [" ".join(part[c]) for row in rows for part in row.parts if part[c]]
    dated = sum(roles.date_cell(cell) for cell in cells)
    return dated >= DATES_READ * len(cells)


def wrap_room(rows: list[JoinedRow], k: int, space: float) -> list[tuple[float, float]]:
    """Per column, (the widest of its cells' lines, the narrowest a cell's line with the next
    line's first word): a word processor wraps a cell's line only where the next word does not
    fit, so the column is at least the first and narrower than the second."""
    out = [[0.0, NEVER] for _ in range(k)]
    for row in rows:
        for part in row.lines:
            for c, cell in enumerate(part):
                for n, (w, _) in enumerate(cell):
                    out[c][0] = max(out[c][0], w)
                    if n + 1 < len(cell):
                        out[c][1] = min(out[c][1], w + space + cell[n + 1][1])
    return [(lo, hi) for lo, hi in out]


def misshapen(rows: list[JoinedRow], table: JoinedTable) -> float:
    """The share of a reading's action rows that break the template's shape (`faults`)."""
    bad, n = faults(rows, table.roles, table.face.space)
    return bad / n if n else 1.0


def faults(rows: list[JoinedRow], roles: CellShapes, space: float) -> tuple[int, int]:
    """(action rows a reading cuts against the template's shape, action rows): an action row
    with no action, a cell opening with a small letter, a target date that is no date, a lead
    that is no name; and a column whose cells' lines no one width wraps (every one of its rows
    counted then)."""
    cols = roles.columns
    k = len(cols)
    room = wrap_room(rows, k, space)
    parts = [part for row in rows for part in row.parts]
    if any(lo > hi * OVER for lo, hi in room):
        return len(parts), len(parts)
    names, joining = roles.lead_words
    name_words = names | joining
    bad = 0
    for part in parts:
        texts = [" ".join(cell) for cell in part]
        wrong = "action" in cols and not part[cols.index("action")]
        for c, cell in enumerate(part):
            if not cell:
                continue
            if not CELL_OPENS.match(cell[0]):
                wrong = True
            if cols[c] == "target_date" and not roles.date_cell(texts[c]):
                wrong = True
            if cols[c] == "lead" and any(
                w[:1].islower() and w.lower().strip(",;:()") not in name_words for w in cell
            ):
                wrong = True
        bad += wrong
    return bad, len(parts)
