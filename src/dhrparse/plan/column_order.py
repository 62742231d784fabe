"""The status cells of a column-block table (plan.column_blocks) that no run of actions took,
paired with their rows by the order the status column prints in.

Plain pdftotext prints a page of a Word table in blocks whose order across columns follows the
page's layout (a tall lead cell beside two short rows, a status wrapped over five lines), so the
cells printed after a run of actions are often not that run's alone: the next row's date comes
before this row's status. A status cell with words after its status word ("Complete – guide
issued in May") wraps into a block of its own column, and pdftotext prints those blocks down
the column. So on a page where such statuses no run took are exactly as many as the actions
still without one, the k-th of them is the k-th such action's, as long as it is printed after
that action's own cell (a cell right of the actions never prints before its row's action).

A short one-line cell is not ordered so: a target date, a bare RAG rating ("G", "Amber") or a
lone status word ("Ongoing") is a lone block pdftotext places among the others by where it
falls, not down its column. Leads neither: one lead's lines cannot be told from the next
lead's (two short names stack into one block), so a count of lead blocks proves nothing. Where
the numbers differ (a merged cell printed once) no status is guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dhrparse.plan.block_cells import BlockCell, CellRow
from dhrparse.plan.rag_key import is_legend
from dhrparse.plan.status_bands import taken_cells

MIN_STATUS_WORDS = 4  # a status with words after its status word: more than a lone phrase ("Not yet started")


def _opens_with_word(cell: BlockCell) -> bool:
    """The cell opens with a status word, not a bare RAG letter: "A – call handlers to ask ..." is
    a lettered recommendation's summary printed in the column beside, not an Amber rating."""
    first = cell.text.split()[0].strip(".,;:()")
    return len(first) > 1


def fill_statuses_by_page(
    actions: Sequence[CellRow],
    cells: Sequence[BlockCell],
    name_of: Callable[[BlockCell], str | None] | None = None,
) -> None:
    """Give each action without a status the one the page's status column order settles.
    `name_of`: the field a name cell names (a status column printed in parts, `_top_part_first`)."""
    taken = taken_cells(actions)
    for page in dict.fromkeys(act.cell.page for act in actions):
        rows = [act for act in actions if act.cell.page == page and "status" not in act.values]
        statuses = [
            c
            for c in cells
            if c.kind == "status"
            and c.page == page
            and c.first not in taken
            and len(c.text.split()) >= MIN_STATUS_WORDS
            and _opens_with_word(c)
            and not is_legend(c.text)  # (a key to the status words under the table)
        ]
        if statuses and _named_between(cells, statuses):
            statuses = _top_part_first(cells, statuses, name_of) if name_of is not None else []
        if not rows or len(statuses) != len(rows):
            continue
        if all(s.first > act.cell.first for act, s in zip(rows, statuses)):
            for act, status in zip(rows, statuses):
                act.values["status"] = status


def _named_between(cells: Sequence[BlockCell], statuses: Sequence[BlockCell]) -> bool:
    """A column's name printed among the statuses: the status column came out in parts, its name
    heading the top rows' cells after lower rows' cells were printed, so print order is not the
    rows' order (a RAG column printed last, under its name, after the page's other rows)."""
    first, last = statuses[0].first, statuses[-1].first
    return any(c.kind == "name" and first < c.first < last for c in cells)


def _top_part_first(
    cells: Sequence[BlockCell], statuses: Sequence[BlockCell], name_of: Callable[[BlockCell], str | None]
) -> list[BlockCell]:
    """The statuses in the rows' order where the status column printed in two parts: its name
    with the top rows' cells straight under it, after the lower rows' cells, as pdftotext prints a
    column whose head sits beside tall cells. A column's name heads its first cells, so the part
    under the name is the top rows' and the part before it the rows' below, in print order; no
    statuses where any other name prints among them or no status is printed straight under it."""
    first, last = statuses[0].first, statuses[-1].first
    names = [c for c in cells if c.kind == "name" and first < c.first < last]
    if len(names) != 1 or name_of(names[0]) != "status":
        return []
    under = [s for s in statuses if s.first > names[0].first]
    if under[0].first != names[0].lines[-1].number + 1:
        return []
    return under + [s for s in statuses if s.first < names[0].first]
