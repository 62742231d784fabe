"""A status cell of tick boxes ("☐ Not started" / "☒ In progress" / "☐ Complete") in a plan that
plain pdftotext printed a line at a time across its cells (plan.line_rounds): the box printed
alone before its state's words was taken as the end of the cell beside it ("Domestic Abuse Lead,
Quenhope Council ☒" | "Complete"), and the stray mark then refused the whole table. A box goes
with the words after it (plan.tick_boxes.box_alone, plan.round_fit). Stand-in of heldout39's tick
box family: tests/zoo/pending/build_dhr_plan_tick_box_status_cells_quenhope.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.round_fit import RoundFit
from dhrparse.plan.tick_boxes import box_alone

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_plan_tick_box_status_cells_quenhope"
P = load_patterns()
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


@pytest.mark.parametrize(
    ("word", "alone"), [("☒", True), ("☐", True), ("[x]", True), ("●", False), ("Lead", False)]
)
def test_a_box_alone(word, alone):
    assert box_alone(word, P) is alone


def test_no_cut_parts_a_box_from_its_state():
    fit = RoundFit(ColumnRoles(P))
    cuts = fit._cuts("☒ In progress")
    assert ("☒", "In progress") not in cuts
    assert fit._cuts("Named Nurse Safeguarding")  # (other lines still cut before a capital)


def test_the_ticked_line_is_the_status_on_plain_text():
    doc = extracted(PENDING / f"{STEM}.txt")
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]
    assert [a.status.value for a in doc.actions] == STATES
    assert doc.actions[0].lead == "Domestic Abuse Lead, Quenhope Council"
    assert doc.actions[0].target_date.start == "2025-03-31"
