"""A tracker in corpus text whose last column holds outcome sentences (cut against the rows'
target dates, plan.tracker_rows), its recommendation cell merged down over several actions: a
later action's row prints no number, its first line carrying the merged recommendation on in
lower case before the action. Read as the row it is where the cut gives it an action opening
with a capital, a lead, a target date reading as one and an outcome cell opening as a row's
first line does, with a capital or a date (an outcome's later lines, which may hold dates too,
open no row; nor does a cut leaving the outcome a dash, its status word taken for the date)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"


def test_later_actions_under_a_merged_recommendation_read_beside_an_outcome_column():
    doc = extract(ZOO / "plan_rows_over_pages.corpus.txt")
    rows = [
        (a.recommendation_ref, a.action.split()[0], a.lead, a.target_date.raw if a.target_date else None)
        for a in doc.actions
    ]
    assert rows == [
        ("1", "Agree", "Partnership Manager", "31/07/2024"),
        ("1", "Report", "Specialist Service", "Quarterly"),
        ("2", "Add", "Head of Clinical Systems", "30/09/2024"),
        ("2", "Audit", "Safeguarding Lead", "31/03/2025"),
        ("2", "Share", "Clinical Education", "May 2025"),
        ("3", "Write", "Revenues Manager", "30/06/2025"),
    ]
    # (the row whose target recurs, "Quarterly", is read since session 30: a recurring target is a
    # whole target cell, so "Ongoing" stays the status, not the date; later lines are still untold)
    report = doc.actions[1]
    assert report.target_date.start is None and report.status.value == "in_progress"
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)
