"""A SAR plan after a death in prison as plain pdftotext prints it: the merged recommendation
and acceptance cells as blocks, each row's action cell a run of lines and its owner, target date
and status a band of one-line blocks after it (plan.block_header: the bands are no sign of a
spaced style that prints every line as a block of its own)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_prison_death_plan_accepted_col_rec_whole_above_break_hollinbury"


def test_rows_whose_short_cells_print_as_bands_are_read():
    result = extract(PENDING / f"{STEM}.txt")
    actions = result.actions
    assert len(actions) == 7
    assert [a.lead for a in actions][:3] == [
        "Governor, HMP Hollinbury",
        "Head of Healthcare",
        "Head of Healthcare",
    ]
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "in_progress",
        "not_started",
        "in_progress",
        "not_started",
        "complete",
    ]
    assert actions[4].lead == "Head of Learning and Development"
    assert actions[4].target_date.start == "2026-02-28"
    assert [r.ref for r in result.recommendations] == ["1", "2", "3"]
