"""The top rows of a column-block table whose actions the Action name's block holds one under
another, and whose statuses the Status name's block holds likewise ("Status" / "Closed" /
"Open – on" / "track" / "Not started"): as many of each, the k-th status is the k-th row's
(plan.name_block_rows); the name's block closing a page keeps its last status (prepare.status_feet)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dhrparse.lines import Line
from dhrparse.pipeline import extract
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.name_block_rows import name_block_statuses

PENDING = Path(__file__).parent / "zoo" / "pending"


@dataclass
class _Row:
    cell: BlockCell
    values: dict = field(default_factory=dict)


def _cell(kind: str, first: int, n: int = 1) -> BlockCell:
    return BlockCell(kind, [Line(first + i, f"{kind} {first + i}", 1) for i in range(n)])


def _table(statuses: list[BlockCell]) -> tuple[list[BlockCell], dict[int, _Row]]:
    actions = [_cell("action", 2, 2), _cell("action", 4, 2), _cell("action", 6, 2)]
    cells = [_cell("name", 1), *actions, _cell("name", 20), *statuses]
    return cells, {a.first: _Row(a) for a in actions}


def test_as_many_statuses_as_actions_in_the_names_blocks_go_in_order():
    cells, rows = _table([_cell("status", 21), _cell("status", 22, 2), _cell("status", 24)])
    given = name_block_statuses(cells, 1, 5, rows, set())
    assert [(row.cell.first, status.first) for row, status in given] == [(2, 21), (4, 22), (6, 24)]


def test_a_gap_in_the_status_block_proves_only_the_first_row():
    # (an empty cell leaves a gap: the block under the name ends, its count is not the rows')
    cells, rows = _table([_cell("status", 21), _cell("status", 22), _cell("status", 26)])
    given = name_block_statuses(cells, 1, 5, rows, set())
    assert [(row.cell.first, status.first) for row, status in given] == [(2, 21)]


def test_a_tracker_reads_its_top_rows_statuses_from_the_status_names_block():
    doc = extract(PENDING / "dhr_tracker_plain_overview_codes_harwood.txt")
    assert [a.status.raw for a in doc.actions[:3]] == ["Closed", "Open – on track", "Not started"]
    assert doc.actions[-1].status.raw == "Not started"
