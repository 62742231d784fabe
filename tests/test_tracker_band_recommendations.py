"""A single agency's plan under one column for both, "Ref | Recommendation / action | Owner |
Deadline | Update | Status", in corpus text where the narrow Owner and Status columns wrap so
that the lines below each row's first do not cut clearly: the recommendations printed as bands
("1" and its words, the other cells empty) are set aside, the lettered action rows read from
their first lines, and the bands put back as the recommendations their actions answer
(plan.tracker_bands, plan.recommendation_bands). A year printed after its month ("February
2025") opens no cell of a row's first line (plan.tracker_first_lines); a status cell broken
after a status's first word ("Open – not") takes its last word from the line below
(plan.tracker_merges)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "plan_band_rows_open_closed_tarrow"


def test_lettered_actions_under_recommendation_bands():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    rows = [(a.ref, a.recommendation_ref, a.action.split()[0], a.status.value) for a in doc.actions]
    assert rows == [
        ("1(a)", "1", "Add", "complete"),
        ("1(b)", "1", "Audit", "in_progress"),
        ("2(a)", "2", "Write", "complete"),
        ("2(b)", "2", "Brief", "in_progress"),
        ("3(a)", "3", "Set", "in_progress"),
        # ("Open – not" over "started": the status's last word printed on the line below)
        ("3(b)", "3", "Check", "not_started"),
    ]
    # (a band's words are its recommendation's, never an action's)
    assert not any("should" in a.action for a in doc.actions)
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]


def test_a_year_after_its_month_stays_in_the_date_cell():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    assert [a.target_date.raw for a in doc.actions] == [
        "30/09/2024",
        "March 2025",
        "31/12/2024",
        "February 2025",
        "June 2025",
        "September 2025",
    ]
