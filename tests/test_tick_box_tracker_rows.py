"""A tick-box status cell ("☐ Not started" / "☐ In progress" / "☒ Complete", one state a line)
in a plan whose corpus text joins every printed line's cells (plan.tracker_rows): the first
line's cut left the status cell a box alone and gave its state's words to the progress cell, so
every row read "Not started". The row's lines hold all its boxes: the cell is made whole from
them (plan.tick_boxes.boxed_cell) and the ticked state is the status. The header's "Complete"
over "by" names the target column ("Complete by"), so the date no longer joins the lead.
Stand-in: tests/zoo/pending/build_dhr_plan_tick_box_status_cells_quenhope.py; and the target
column of tests/zoo/pending/plan_blank_rec_cells_position_key_madderby."""

from __future__ import annotations

import json
from pathlib import Path

import regex
from conftest import extracted

from dhrparse.patterns import load_patterns
from dhrparse.plan.tick_boxes import boxed_cell, boxed_states

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
P = load_patterns()
STATES = regex.compile(r"^(?:not started|in progress|complete)(?![\w-])", regex.I)
# (the gold's statuses, as the hand-made gold beside the stand-in gives them)
STATUSES = [
    a["status"]
    for a in json.loads(
        (PENDING / "dhr_plan_tick_box_status_cells_quenhope.json").read_text(encoding="utf-8")
    )["actions"]
]


def test_the_boxes_of_a_rows_lines_in_order():
    lines = [
        "Brief the ward staff Ward Manager 31/05/2026 ☐ Not started Two wards briefed",
        "on the new form ☒ In progress so far.",
        "☐ Complete",
    ]
    assert boxed_states(lines, STATES, P) == ["☐ Not started", "☒ In progress", "☐ Complete"]
    assert boxed_cell("☐", lines, STATES, P) == "☐ Not started ☒ In progress ☐ Complete"


def test_no_whole_cell_without_one_ticked_box():
    lines = ["Audit the files Lead Nurse June 2026 ☐ Not started", "☐ In progress", "☐ Complete"]
    assert boxed_cell("☐", lines, STATES, P) is None  # (nothing ticked: no choice made)
    assert boxed_cell("Open", lines, STATES, P) is None  # (a status cell of words, no box alone)


def test_the_ticked_state_is_each_rows_status_on_corpus_text():
    doc = extracted(PENDING / "dhr_plan_tick_box_status_cells_quenhope.corpus.txt")
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]
    assert [a.status.value for a in doc.actions] == STATUSES
    assert doc.actions[0].target_date.start == "2025-03-31"
    assert doc.actions[0].lead.startswith("Domestic Abuse Lead")
    assert "2025" not in doc.actions[0].lead


def test_complete_by_names_the_target_column_on_corpus_text():
    doc = extracted(PENDING / "plan_blank_rec_cells_position_key_madderby.corpus.txt")
    assert [a.target_date.start for a in doc.actions] == [
        "2025-06-30",
        "2025-09-30",
        "2025-03-31",
        "2025-12-31",
        "2025-07-31",
    ]
    assert doc.actions[2].lead == "Head of Tenancy"


def test_a_progress_column_of_states_gives_the_status_on_plain_text():
    # (with "Complete by" the target column, no column is named the status: "Position" holds the
    # rows' states, "Done" / "Not begun", read through the plan's key; plan.row_runs)
    doc = extracted(PENDING / "plan_blank_rec_cells_position_key_madderby.txt")
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "in_progress",
        "not_started",
        "complete",
    ]
    assert [a.target_date.start for a in doc.actions][0] == "2025-06-30"
