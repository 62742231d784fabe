"""plan.value_blocks.run_values: a run's lead column its printed blocks prove is kept where its
dates and statuses are read afterwards as date-and-rating pairs (plan.row_bands), not dropped
with the reading that found it."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.block_cells import EITHER, BlockCell
from dhrparse.plan.value_blocks import run_values


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    return BlockCell(kind, [Line(number + k, t, page=2) for k, t in enumerate(texts)])


def test_a_lone_rows_lead_stays_beside_its_date_and_rating_pair():
    # (one action of an agency's part of the plan: its lead wrapped over two lines, its date and
    # a rating word straight after, then its update, which opens with a status word too)
    action = _cell("action", 40, "Add a prompt to the call-handling script", "for family disputes.")
    after = [
        _cell("lead", 43, "Head of Call", "Handling"),
        _cell("target_date", 46, "Oct-23"),
        _cell(EITHER, 48, "Complete"),
        _cell("status", 50, "Completed 2 October", "2023."),
    ]
    found = run_values(after, [action], False, [], ["lead", "target_date", "status"])
    assert {f: [c.text for c in cells] for f, cells in found.items()} == {
        "lead": ["Head of Call Handling"],
        "target_date": ["Oct-23"],
        "status": ["Complete"],
    }
