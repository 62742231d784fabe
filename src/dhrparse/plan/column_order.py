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

from collections.abc import Sequence

from dhrparse.plan.block_cells import BlockCell, CellRow
from dhrparse.plan.rag_key import is_legend

MIN_STATUS_WORDS = 4  # a status with words after its status word: more than a lone phrase ("Not yet started")


def _opens_with_word(cell: BlockCell) -> bool:
    """The cell opens with a status word, not a bare RAG letter: "A – call handlers to ask ..." is
    a lettered recommendation's summary printed in the column beside, not an Amber rating."""
    first = cell.text.split()[0].strip(".,;:()")
    return len(first) > 1


def fill_statuses_by_page(actions: Sequence[CellRow], cells: Sequence[BlockCell]) -> None:
    """Give each action without a status the one the page's status column order settles."""
    taken = {v.first for act in actions for v in act.values.values()}
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
        if not rows or len(statuses) != len(rows):
            continue
        if all(s.first > act.cell.first for act, s in zip(rows, statuses)):
            for act, status in zip(rows, statuses):
                act.values["status"] = status
