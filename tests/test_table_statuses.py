"""plan.table_statuses: a Home Office template plan whose rows' bands (lead, milestone, date,
outcome) plain pdftotext prints apart from the runs of action cells they belong to; the table's
outcome cells in print order are its rows' statuses, given where there is one a row and the
statuses a band proved sit on their own rows."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.plan.block_cells import EITHER, BlockCell
from dhrparse.plan.table_statuses import fill_table_statuses

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
BLOCKS = Path(__file__).resolve().parent / "column_blocks"


def test_statuses_of_bands_printed_apart_from_their_actions_follow_the_outcome_column():
    doc = extracted_json(PENDING / "plan_ho_bands_before_actions_wrenmouth.txt")
    assert [a["status"]["value"] for a in doc["actions"]] == [
        "complete",
        "in_progress",
        "complete",
        "complete",
        "not_started",
        "in_progress",
        "not_started",
        "complete",
        "in_progress",
    ]


def test_the_same_template_from_another_partnership_reads_alike():
    doc = extracted_json(BLOCKS / "s3merged_ho_plan_plain.txt")
    assert [a["status"]["raw"][:9] for a in doc["actions"][3:6]] == ["Completed", "Not start", "Ongoing -"]


class _Row:
    def __init__(self, cell: BlockCell, status: BlockCell | None = None):
        self.cell = cell
        self.values = {"status": status} if status is not None else {}


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    from dhrparse.document import Line

    return BlockCell(kind, [Line(number + k, t, page=1) for k, t in enumerate(texts)])


def _plan(statuses: list[BlockCell], proven: dict[int, BlockCell], rows: int = 3):
    acts = [_cell("action", 10 * k, f"Write the guide number {k} for staff.") for k in range(1, rows + 1)]
    return [_Row(act, proven.get(k)) for k, act in enumerate(acts)], [*acts, *statuses]


def test_the_one_status_left_between_two_proven_ones_is_the_middle_rows():
    first, middle, third = (
        _cell("status", n, t) for n, t in ((100, "Completed."), (102, "Ongoing."), (104, "Not started."))
    )
    rows, cells = _plan([first, middle, third], {0: first, 2: third})
    fill_table_statuses(rows, cells, ["action", "lead", "status"])
    assert rows[1].values["status"].text == "Ongoing."


def test_a_row_with_no_outcome_leaves_the_rows_unread():
    # (three rows, two outcomes printed: whose the second is, the order alone cannot tell)
    first, second = _cell("status", 100, "Completed."), _cell("status", 102, "Ongoing.")
    rows, cells = _plan([first, second], {0: first})
    fill_table_statuses(rows, cells, ["action", "status"])
    assert "status" not in rows[1].values


def test_a_proven_status_the_column_would_put_on_another_row_leaves_the_rows_unread():
    first, extra, third = (
        _cell("status", n, t) for n, t in ((100, "Completed."), (102, "Ongoing."), (104, "Not started."))
    )
    rows, cells = _plan([first, extra, third], {0: first, 1: third})
    fill_table_statuses(rows, cells, ["action", "status"])
    assert "status" not in rows[2].values


def test_a_cell_that_may_be_a_date_or_a_status_leaves_the_rows_unread():
    first, middle, third = (
        _cell("status", n, t) for n, t in ((100, "Completed."), (102, "Ongoing."), (104, "Not started."))
    )
    rows, cells = _plan([first, _cell(EITHER, 101, "Ongoing"), middle, third], {0: first, 2: third})
    fill_table_statuses(rows, cells, ["action", "status"])
    assert "status" not in rows[1].values


def test_without_a_status_column_in_the_header_nothing_is_given():
    first, middle, third = (
        _cell("status", n, t) for n, t in ((100, "Completed."), (102, "Ongoing."), (104, "Not started."))
    )
    rows, cells = _plan([first, middle, third], {0: first, 2: third})
    fill_table_statuses(rows, cells, ["action", "lead"])
    assert "status" not in rows[1].values
