"""A Home Office template plan plain pdftotext printed as column blocks
(tests/column_blocks/s3merged_ho_plan_plain): a recommendation's action cells, beside a tall
merged recommendation cell, print after their rows' bands (lead, progress, target, status), so
each band's status prints before its row's action. The statuses with words after their status
word print down the status column, so where the page's first rows have the statuses their bands
proved and the statuses left print after the last of those, as many as the rows left, the k-th
left is the k-th row's (plan.column_order `_after_proven`)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PLAN = Path(__file__).parent / "column_blocks" / "s3merged_ho_plan_plain.txt"


def test_statuses_printed_before_their_run_are_its_rows_in_order():
    doc = extract(PLAN)
    assert [a.status.value for a in doc.actions] == [
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
