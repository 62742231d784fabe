"""A Home Office template plan of one row in text taken out a printed line at a time (every
printed line followed by a blank line, the cells of a table line joined by single spaces): one
row's first line gives too few lines to learn the columns' widths, so the joined-cells reader
refuses the table (plan_cells_untold). The walk's printed-row reading would still make an
action of the joined lines, the milestone's words, the target date and the completion date in
its action cell and its date cell empty, and a recommendation of the row's first cell run into
the scope and the action. Such a row (its date in another column's cell) is let go with the
refused table's rows (plan.refused_tables.let_go_refused): no action, no recommendation, the
warning over the table's lines."""

from __future__ import annotations

import dhrparse

LINES = [
    "Appendix 2 – Action Plan",
    "Ferrowby Community Safety Partnership – Domestic Homicide Review 'Edith'",
    "Recommendation Scope of Action to take Lead Agency Key milestones Target Date Date of completion and",
    "recommend achieved in enacting Outcome",
    "ation recommendation",
    "1. Ferrowby Fire and Rescue Local Add a question on Ferrowby Fire and Question added 30/06/2025 Completed 02/06/2025 –",
    "Service should make sure home abuse at home to Rescue Service to the form. form in use.",
    "fire safety visits ask whether the safe and well",
    "anyone in the household visit form.",
    "frightens the person visited.",
    "Plan owner: Ferrowby CSP Manager.",
]


def _doc():
    return dhrparse.extract("".join(f"{line} \n\n" for line in LINES), name="ferrowby.txt")


def test_a_refused_tables_row_with_its_date_in_the_action_cell_is_let_go():
    doc = _doc()
    assert doc.actions == []
    assert doc.recommendations == []
    untold = [w for w in doc.warnings if w.code == "plan_cells_untold"]
    assert untold and untold[0].location.line_end > untold[0].location.line_start
