"""Column-block plans (plan.column_blocks) whose status column holds no status word: a
spreadsheet tracker's "% complete" column of shares done over ISO days ("2025-04-30"), and a
CSPR's "Done?" column of marks read through the plan's key, its "?" wrapped alone under "Done".
Plain pdftotext prints them as blocks; a row's share is its status only where the printed order
proves whose it is, and a row it does not prove keeps no status (never a neighbour's).
The documents are the pending zoo's own (fictional people and places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"


def _statuses(stem: str) -> list[tuple[str | None, str]]:
    doc = extract(PENDING / f"{stem}.txt")
    return [(a.status.raw, a.status.value) for a in doc.actions]


@pytest.mark.parametrize(
    ("stem", "want"),
    [
        (
            "sar_tracker_percent_narrow_hollin",
            # (1b's cells print among the first row's, under the header's names: its share is
            # read in print order, as the gold has it)
            ["100%", "50%", "100%", "25%", "75%", "0%", "100%", "0%"],
        ),
        ("sar_tracker_repeated_recs_ashwell", ["100%", "50%", "100%", "25%", "0%"]),
    ],
)
def test_percent_tracker_shares_are_statuses(stem: str, want: list[str | None]) -> None:
    got = _statuses(stem)
    assert [raw for raw, _ in got] == want
    values = {"100%": "complete", "0%": "not_started", None: "unknown"}
    assert [value for _, value in got] == [values.get(raw, "in_progress") for raw in want]


def test_percent_tracker_days_are_targets_not_done_days() -> None:
    doc = extract(PENDING / "sar_tracker_repeated_recs_ashwell.txt")
    targets = [a.target_date.start if a.target_date else None for a in doc.actions]
    # ("Date completed" over 2025-03-14 / 2025-04-22 is a column of done days: no row's target)
    assert "2025-03-14" not in targets and "2025-04-22" not in targets
    assert targets[2:4] == ["2025-04-30", "2025-09-30"]


def test_done_marks_under_a_wrapped_name_are_the_rows_statuses() -> None:
    got = _statuses("cspr_week_marks_wc_targets_stallowby")
    assert [value for _, value in got] == ["complete", "in_progress", "not_started", "in_progress"]
