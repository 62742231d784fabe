""" "Actioned" is how many plans print a finished action (beside "Ongoing" and "Not commenced");
"not actioned" is not started and "being actioned" in progress. A plan's Accepted? column (the
agencies' response to the recommendation) never stands in for the row's status."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract
from dhrparse.plan.status import normalise_status

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "sar_custody_death_plan_accepted_col_merged_brackwater"


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("Actioned", "complete"),
        ("Not actioned", "not_started"),
        ("Not yet actioned", "not_started"),
        ("Being actioned", "in_progress"),
        ("Partially actioned", "in_progress"),
    ],
)
def test_actioned_words(cell, value):
    assert normalise_status(cell).value == value


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_status_column_not_the_accepted_column(ext):
    doc = extract(PENDING / f"{STEM}{ext}")
    assert [a.status.value for a in doc.actions] == [
        "in_progress",
        "complete",
        "complete",
        "not_started",
        "in_progress",
        "not_started",
        "complete",
    ]
