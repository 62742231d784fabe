"""A status cell printed as a form's tick boxes, one state a line ("☐ Not started" / "☒ In
progress" / "☐ Complete"): every state's words are printed, so the cell was read by its first
state's words ("Not started") whatever box was ticked; the state is the ticked line's (zoo:
tests/zoo/pending/build_dhr_plan_tick_box_status_cells_quenhope.py; plan.tick_boxes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.plan.status import normalise_status

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_plan_tick_box_status_cells_quenhope"
STATES = [
    "complete",
    "complete",
    "in_progress",
    "complete",
    "in_progress",
    "not_started",
    "in_progress",
    "not_started",
    "in_progress",
]


@pytest.mark.parametrize("ext", [".docx", ".pdf"])
def test_the_ticked_line_is_the_status(ext):
    doc = extracted(PENDING / f"{STEM}{ext}")
    assert [a.status.value for a in doc.actions] == STATES


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("☐ Not started\n☒ In progress\n☐ Complete", "in_progress"),
        ("[ ] Not started [ ] In progress [x] Complete", "complete"),
        ("☒ Not started ☐ In progress ☐ Complete", "not_started"),
    ],
)
def test_a_cell_of_boxes_is_read_by_its_ticked_box(cell, value):
    assert normalise_status(cell).value == value


def test_a_lone_tick_beside_words_is_read_as_printed():
    assert normalise_status("☒ Complete").value == "complete"
    assert normalise_status("☒ In progress ☒ Complete").value == "in_progress"  # (two ticked: as printed)
