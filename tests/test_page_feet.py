"""plan.page_feet: a page's running foot printed among a column-block run's cells, the same line
an earlier page ends on, is no block of names: the run's leads are counted without it."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.page_feet import page_feet, without_feet

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"

PRINTED = [
    Line(1, "Learning review: summary", page=1),
    Line(9, "Nothing was shared between the two teams.", page=1),
    Line(10, "Ambervale Trust · Learning Review ·", page=1),
    Line(12, "1", page=1, kind="furniture"),
    Line(14, "Action plan", page=2),
    Line(30, "Ambervale Trust · Learning Review ·", page=2),
    Line(31, "Ward Manager", page=2),
]


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    return BlockCell(kind, [Line(number + k, t, page=2) for k, t in enumerate(texts)])


def test_an_earlier_pages_last_line_is_a_running_foot():
    assert page_feet(PRINTED, 14) == {"Ambervale Trust · Learning Review ·"}


def test_the_runs_own_page_gives_no_foot():
    # (its last line may be a row's cell printed late)
    assert page_feet(PRINTED, 5) == set()


def test_a_cell_that_is_only_the_foot_is_left_out():
    cells = [
        _cell("lead", 20, "Ward Manager", "Matron"),
        _cell("target_date", 22, "31 May 2026"),
        _cell("other", 30, "Ambervale Trust · Learning Review ·"),
    ]
    assert [c.text for c in without_feet(cells, PRINTED, 14)] == ["Ward Manager Matron", "31 May 2026"]


def test_the_pending_summarys_leads_are_read_past_its_foot_on_the_text_route():
    doc = extracted_json(PENDING / "sfo_summary_mark_progress_columns_brackenfold.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "Head of Public Protection",
        "Senior Probation Officers",
        "Business Systems Manager",
        "Quality Development Officer",
        "Deputy Regional Director",
    ]
