"""plan.row_runs where the header names no status column and the progress column holds the
rows' bare states ("Not yet started."): such a cell is the row's status, printed in the progress
column. The check that leaves a row's late-printed value to no row asks which column each value
came from; a status stated in the progress column must be placed there, not looked up as a
column the header never named (it raised ValueError and lost the whole plan)."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.row_runs import RunRow, _column_of, _leave_late_values

ORDER = ["action", "lead", "target_date", "progress"]


def _cell(kind: str, number: int, text: str) -> BlockCell:
    return BlockCell(kind, [Line(number, text, page=1)])


def test_a_status_stated_in_the_progress_column_sits_in_that_column():
    assert _column_of("status", ORDER) == ORDER.index("progress")
    assert _column_of("lead", ORDER) == ORDER.index("lead")
    assert _column_of("status", [*ORDER, "status"]) == len(ORDER)


def test_late_values_are_judged_without_a_status_column_named():
    above = RunRow(_cell("action", 1, "Write the guide."), {"lead": _cell("lead", 2, "Nurse")}, last=1)
    row = RunRow(_cell("action", 3, "Audit the files."), {"status": _cell("status", 4, "Not yet started.")})
    _leave_late_values([above, row], ORDER)  # (raised ValueError: 'status' is not in list)
    assert "status" not in row.values  # (its row above stopped before the progress column)
