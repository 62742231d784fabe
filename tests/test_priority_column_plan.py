"""A standalone SAB action plan for a SAR whose table carries a Priority column (High / Medium /
Low) between the merged recommendation cells and the actions, each action's own ref the
recommendation's number and a capital letter ("1A", "2B"): the capital was not taken for an
action's ref, so the Ref column was not a ref column and the whole plan was lost on the PDF and
Word routes (zoo: tests/zoo/pending/build_sab_sar_plan_priority_rag_progress_col_dotted_targets.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sab_sar_plan_priority_rag_progress_col_dotted_targets"
ROWS = [
    ("1A", "1", "Add", "2026-01-31", "complete"),
    ("1B", "1", "Audit", "2026-06-30", "in_progress"),
    ("2A", "2", "Write", "2026-09-30", "in_progress"),
    ("2B", "2", "Brief", "2026-12-31", "not_started"),
    ("3A", "3", "Publish", "2026-05-31", "in_progress"),
    ("4A", "4", "Publish", "2026-03-31", "complete"),
]


def _rows(doc):
    return [
        (
            a.ref.replace("(", "").replace(")", "").upper(),
            a.recommendation_ref,
            a.action.split()[0],
            a.target_date.start if a.target_date else None,
            a.status.value,
        )
        for a in doc.actions
    ]


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_capital_lettered_action_refs_read_the_plan(ext):
    doc = extracted(PENDING / f"{STEM}.{ext}")
    assert _rows(doc) == ROWS
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    # (the Priority cell is kept aside, neither the action nor its status)
    assert all("High" not in a.action and a.status.raw not in ("High", "Medium", "Low") for a in doc.actions)
