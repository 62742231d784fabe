"""A board's plan in text taken out a printed line at a time (every printed line followed by a
blank line, the cells of a table line joined by single spaces) whose header names only its
first and last columns in plan words ("Rec What will be done Who By Progress"): no reader cuts
its lines, and the walk's printed-row reading would make each row's joined line one action cell
holding the lead's, the date's and the progress's words too. The rows are let go with a
plan_cells_untold warning over them (plan.refused_tables.let_go_unnamed): a wrong action is
worse than a missing one. The recommendations stated above the plan are still read."""

from __future__ import annotations

import dhrparse

LINES = [
    "Dunholm Safeguarding Adults Board",
    "Safeguarding Adults Review concerning Mr Tarrant",
    "1. Recommendations",
    "Recommendation 1 – Checks after a fall",
    "Recommendation: The Board should ask the ambulance service to tell the GP whenever an",
    "older man living alone is left at home after a fall.",
    "Recommendation 2 – Unopened post",
    "Recommendation: The Board should ask housing officers to report a build-up of unopened",
    "post at the door of a tenant known to adult social care.",
    "2. The Board's response",
    "Rec What will be done Who By Progress",
    "1 The ambulance service will send a Clinical Lead, May Done",
    "fall notice to the GP the same day. Ambulance 2025",
    "2 Housing officers will be briefed Housing Team July Under",
    "on the post check at the spring Leader 2025 way",
    "team meeting.",
    "Progress key: Done – finished; Under way – started.",
]


def _doc():
    return dhrparse.extract("".join(f"{line} \n\n" for line in LINES), name="dunholm.txt")


def test_rows_of_a_header_naming_no_action_column_are_let_go_with_a_warning():
    doc = _doc()
    assert doc.actions == []
    untold = [w for w in doc.warnings if w.code == "plan_cells_untold"]
    assert untold and untold[0].location.line_end > untold[0].location.line_start


def test_recommendations_stated_above_the_plan_are_still_read():
    refs = [r.ref for r in _doc().recommendations]
    assert refs == ["1", "2"]
