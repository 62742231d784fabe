"""The statuses of a column-block table (plan.column_blocks) read from its status column as a
whole: every status cell the table prints, in print order, is its rows' statuses in row order.

On the Home Office template (Action to take | Lead Agency | Key milestones | Target Date |
Date of completion and Outcome) plain pdftotext prints a tall row's lead, milestone, date and
outcome as a band, and the action cells in runs of their own that fall out of step with the
bands, so after the first rows no run's own cells say whose each outcome is. plan.table_leads
gives such rows their leads from the lead column's order; the outcome column is read the same
way, since a column's cells print top to bottom, page after page, where

- the header names a status column;
- every cell after the table's first action cell read as a status ("Completed October 2024
  ...", "Not started - audit due ...") is one, and none is a date-or-status cell whose column
  is in doubt;
- there are exactly as many status cells as the table has rows (a row with an empty outcome,
  or a milestone opening with a state word, breaks the count and the table keeps what it had);
- every status a reading gave before lands on its own row, at least two of them, the first
  row's among them: a cell missed or one too many shifts the rows after it, and the proven
  statuses would then fall on rows not theirs;
- the cells to give are printed in the proven cells' form: where those are lone ratings, a
  sentence among them is another column's cell.

Only rows with no status are given one (a status paired by guess is worse than none).
"""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.plan.block_cells import EITHER, BlockCell, CellRow
from dhrparse.plan.paged_columns import paged_alike
from dhrparse.plan.rag_key import is_legend
from dhrparse.prepare.status_feet import MAX_STATUS_WORDS

MIN_PROVEN = 2  # statuses a reading proved, which the column's order must put back on their rows


def fill_table_statuses(
    actions: Sequence[CellRow], cells: Sequence[BlockCell], names: Sequence[str | None]
) -> None:
    """Give each action with no status the status its place in the table's status column gives,
    where the column holds exactly one status cell a row and every status already proven sits
    on its own row (see the module's account). `names`: the columns the header names."""
    if "status" not in names:
        return
    proven = {k: _printed(act.values["status"]) for k, act in enumerate(actions) if "status" in act.values}
    if len(proven) == len(actions):
        return
    column = _status_column(cells)
    if column is None or len(column) != len(actions):
        return
    if (len(proven) < MIN_PROVEN or 0 not in proven) and not paged_alike(actions, column):
        return
    if any(_printed(column[row]) != printed for row, printed in proven.items()):
        return
    if proven and _forms_differ(column, proven):
        return
    for act, status in zip(actions, column):
        act.values.setdefault("status", status)


def _forms_differ(column: Sequence[BlockCell], proven: dict[int, object]) -> bool:
    """Whether the cells left to give are printed in another form than the proven ones: where
    every proven status is a lone rating or state word ("Green", "Red") a column of such cells is
    a RAG column, and a sentence among them ("Not started; the form is due for replacement ...")
    is a progress column's cell that print order set between them, no status of this column."""
    if any(len(column[row].text.split()) > MAX_STATUS_WORDS for row in proven):
        return False
    return any(len(c.text.split()) > MAX_STATUS_WORDS for row, c in enumerate(column) if row not in proven)


def _status_column(cells: Sequence[BlockCell]) -> list[BlockCell] | None:
    """The status cells printed after the table's first action cell, in print order; None where
    one of them is a date-or-status cell (its column in doubt) or a key's legend."""
    first = next((k for k, c in enumerate(cells) if c.kind == "action"), len(cells))
    after = cells[first:]
    if any(c.kind == EITHER for c in after):
        return None
    column = [c for c in after if c.kind == "status"]
    if any(is_legend(c.text) for c in column):
        return None
    return column


def _printed(cell: object) -> tuple[int, ...] | None:
    """Where the cell was printed: its lines' numbers (None for a value that is no cell)."""
    lines = getattr(cell, "lines", None)
    return None if lines is None else tuple(ln.number for ln in lines)
