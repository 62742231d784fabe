"""A trust's plan printed as one two-column box per recommendation ("Recommendation N" alone on
its first row, then Issue identified | Actions to be taken | Person responsible | Target
completion date | Evidence to be provided | Progress to date), its actions, dates and progress
items numbered inside the cells. plan.labelled_blocks reads the box: the "Issue identified" row
holds the recommendation's words, the numbered items pair with the same-numbered action."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.labelled_blocks import LabelledBlocks
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "plan_label_blocks_numbered_items"


def _row(number: int, cells: list[str]) -> Line:
    return Line(number, "\t".join(cells), cells=cells)


def test_the_issue_row_is_the_box_recommendation_only_under_a_bare_number():
    p = load_patterns()
    blocks = LabelledBlocks(ColumnMap(p), p)
    issue = _row(2, ["Issue identified", "The Trust should ask families about risk."])
    got = blocks.field(issue)
    assert got is not None and got[0] == "recommendation" and got[2] is None
    assert blocks.field(_row(3, ["Issue", ""])) is None  # (no words: no recommendation)


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_each_numbered_item_is_its_actions(ext):
    doc = extracted_json(PENDING / f"{STEM}.{ext}")
    assert sorted(r["ref"] for r in doc["recommendations"]) == ["2", "4", "5"]
    got = [(a["recommendation_ref"], a["ref"], a["status"]["value"]) for a in doc["actions"]]
    assert got == [
        ("2", "1", "complete"),
        ("2", "2", "in_progress"),
        ("4", "1", "in_progress"),
        ("5", "1", "complete"),
        ("5", "2", "in_progress"),
        ("5", "3", "not_started"),
    ]
    assert not any(a["action"].startswith(("Evidence", "Progress")) for a in doc["actions"])
